/**
 * What this laptop already received (`DATA_DIR/received.json`), by SHA-256,
 * so a sender re-offering a file gets "already have" instead of sending it
 * again (a resumed transfer whose first files landed before the cut, the
 * teacher sending the same worksheet twice).
 */
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { isCount, isRecord, JsonStateWriter, readJsonState } from './json-state.js';

export const RECEIVED_FILE = 'received.json';
/** Past this, the oldest entries are forgotten (the files stay; they may merely be sent again). */
const MAX_ENTRIES = 50_000;
const SHA256 = /^[0-9a-f]{64}$/;

export interface ReceivedEntry {
  /** Where it landed (absolute). */
  path: string;
  size: number;
  /** Milliseconds since 1970. */
  receivedAt: number;
  /** The sender's PeerId. */
  from: string;
  /** The file's mtime once in the inbox: a file changed since (same size, new content) no longer counts as had. */
  mtimeMs: number;
}

export class ReceivedIndex {
  private readonly entries = new Map<string, ReceivedEntry>();
  private readonly writer: JsonStateWriter;

  private constructor(path: string) {
    this.writer = new JsonStateWriter(path, () => ({ version: 1, files: Object.fromEntries(this.entries) }));
  }

  static async open(options: { dataDir: string; log: Logger }): Promise<ReceivedIndex> {
    const path = join(options.dataDir, RECEIVED_FILE);
    const index = new ReceivedIndex(path);
    const file = await readJsonState(path, options.log, 'the list of received files');
    const files = isRecord(file) && isRecord(file.files) ? file.files : {};
    for (const [sha256, raw] of Object.entries(files)) {
      const entry = readEntry(raw);
      if (SHA256.test(sha256) && entry !== null) index.entries.set(sha256, entry);
    }
    return index;
  }

  get(sha256: string): ReceivedEntry | undefined {
    const entry = this.entries.get(sha256);
    return entry === undefined ? undefined : { ...entry };
  }

  /** Resolves once saved. The newest file of a given content wins. */
  record(sha256: string, entry: ReceivedEntry): Promise<void> {
    this.entries.delete(sha256);
    this.entries.set(sha256, { ...entry });
    // Map order is insertion order, so the first keys are the oldest.
    for (const key of this.entries.keys()) {
      if (this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(key);
    }
    return this.writer.save();
  }

  forget(sha256: string): Promise<void> {
    if (!this.entries.delete(sha256)) return Promise.resolve();
    return this.writer.save();
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }
}

function readEntry(raw: unknown): ReceivedEntry | null {
  if (!isRecord(raw)) return null;
  const { path, size, receivedAt, from, mtimeMs } = raw;
  if (typeof path !== 'string' || typeof from !== 'string' || !isCount(size) || typeof receivedAt !== 'number' || typeof mtimeMs !== 'number') return null;
  return { path, size, receivedAt, from, mtimeMs };
}
