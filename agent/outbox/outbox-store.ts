/**
 * The persistent outbox: one JSON file per transfer in `DATA_DIR/outbox/`
 * (0700; files 0600, written through a temporary file and a rename), so a
 * crash or a power cut on an XO never leaves half a record, and saving one
 * transfer's progress never rewrites the others.
 *
 * The store only reads and writes records; the scheduler owns their state.
 * Saves of one transfer are coalesced: while one write runs, later saves
 * wait and only the newest snapshot is written after it.
 */
import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../files.js';
import type { Logger } from '../logger.js';
import type { FileMetadata, SenderInfo, TransferId } from '../../protocols/push/types.js';
import type { PreparedFile } from './source-files.js';

export type RecipientState = 'pending' | 'sending' | 'held' | 'delivered' | 'failed' | 'cancelled' | 'waiting';

/**
 * pending: due now (or after a backoff after a failure);
 * sending: a delivery runs;
 * waiting: not reachable now, retried when discovery sees the laptop again;
 * held: the child on the other laptop has not accepted yet;
 * delivered / failed / cancelled: final.
 */
export const FINAL_STATES: ReadonlySet<RecipientState> = new Set(['delivered', 'failed', 'cancelled']);
const STATES: ReadonlySet<string> = new Set(['pending', 'sending', 'held', 'delivered', 'failed', 'cancelled', 'waiting']);

export type StoredFile = PreparedFile;

export interface RecipientRecord {
  peerId: string;
  nick: string;
  state: RecipientState;
  /** Bytes the recipient has (as the last delivery reported), of `total`. */
  done: number;
  total: number;
  /** Why it failed, was cancelled, or why the last attempt did not deliver. */
  reason?: string;
  /** Deliveries started. */
  attempts: number;
  /** ms since 1970. */
  lastAttemptAt?: number;
  deliveredAt?: number;
  /** Bytes the recipient already had when the delivering attempt started (resume). */
  resumedFrom?: number;
}

export interface TransferRecord {
  version: 1;
  id: TransferId;
  /** ms since 1970. */
  createdAt: number;
  from: SenderInfo;
  files: StoredFile[];
  recipients: RecipientRecord[];
  /** When the last recipient reached a final state (ms since 1970). */
  finishedAt?: number;
}

export interface OutboxStoreOptions {
  dataDir: string;
  log: Logger;
  /** How long finished transfers stay listed (default 7 days). */
  retentionMs?: number;
  now?: () => number;
}

export const OUTBOX_DIR = 'outbox';
export const DEFAULT_RETENTION_MS = 7 * 24 * 3600_000;
const RECORD_NAME = /^([0-9a-f]{32})\.json$/;
/** Temporary files of writeFileAtomically left by a crash. */
const TEMP_NAME = /^\..*\.tmp$/;

export function isFinal(state: RecipientState): boolean {
  return FINAL_STATES.has(state);
}

export function isTransferFinished(record: TransferRecord): boolean {
  return record.recipients.every((r) => isFinal(r.state));
}

export class OutboxStore {
  readonly dir: string;
  private readonly log: Logger;
  private readonly retentionMs: number;
  private readonly now: () => number;
  /** Per transfer: the chain of its writes, and the newest snapshot not yet written. */
  private readonly writes = new Map<TransferId, WriteSlot>();

  constructor(options: OutboxStoreOptions) {
    this.dir = join(options.dataDir, OUTBOX_DIR);
    this.log = options.log;
    this.retentionMs = options.retentionMs ?? DEFAULT_RETENTION_MS;
    this.now = options.now ?? Date.now;
  }

  /**
   * Every transfer on disk. A file that cannot be read as a transfer is
   * renamed `*.damaged` (kept for a human, never loaded again) with a
   * warning; finished transfers past their retention are deleted.
   */
  async load(): Promise<TransferRecord[]> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const records: TransferRecord[] = [];
    for (const name of (await readdir(this.dir)).sort()) {
      const path = join(this.dir, name);
      if (TEMP_NAME.test(name)) {
        await unlink(path).catch(() => undefined);
        continue;
      }
      const match = RECORD_NAME.exec(name);
      if (!match) continue;
      let record: TransferRecord | null = null;
      let problem = 'not a transfer record';
      try {
        record = readRecord(JSON.parse(await readFile(path, 'utf8')));
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      if (record === null || record.id !== match[1]) {
        const aside = `${path}.damaged`;
        await rename(path, aside).catch(() => undefined);
        this.log.warn('a damaged outbox record was moved aside; that transfer is no longer sent', { file: aside, problem });
        continue;
      }
      if (this.isExpired(record)) {
        await unlink(path).catch(() => undefined);
        continue;
      }
      records.push(record);
    }
    return records.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  /** Finished and older than the retention: may be forgotten. `now` lets the scheduler judge by its own clock. */
  isExpired(record: TransferRecord, now: number = this.now()): boolean {
    if (!isTransferFinished(record)) return false;
    return now - (record.finishedAt ?? record.createdAt) >= this.retentionMs;
  }

  /** Write `record` as it is now (snapshotted at the call). */
  save(record: TransferRecord): Promise<void> {
    const text = `${JSON.stringify(record, null, 1)}\n`;
    let slot = this.writes.get(record.id);
    if (!slot) {
      slot = { chain: Promise.resolve(), next: null, removed: false };
      this.writes.set(record.id, slot);
    }
    slot.removed = false;
    // Coalesce: a snapshot already queued behind the running write is replaced by this newer one.
    const queued = slot.next !== null;
    slot.next = text;
    if (!queued) {
      const current = slot;
      current.chain = current.chain.catch(() => undefined).then(() => this.writeNext(record.id, current));
    }
    return slot.chain;
  }

  /** Forget a transfer (waits for its writes first, so none recreates the file). */
  async remove(id: TransferId): Promise<void> {
    const slot = this.writes.get(id);
    if (slot) {
      slot.next = null;
      slot.removed = true;
      await slot.chain.catch(() => undefined);
      if (this.writes.get(id) === slot && slot.removed) this.writes.delete(id);
    }
    await unlink(this.pathOf(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Waits for every write queued so far (failures were reported to whoever saved). */
  async flush(): Promise<void> {
    await Promise.all([...this.writes.values()].map((slot) => slot.chain.catch(() => undefined)));
  }

  private pathOf(id: TransferId): string {
    return join(this.dir, `${id}.json`);
  }

  private async writeNext(id: TransferId, slot: WriteSlot): Promise<void> {
    const text = slot.next;
    slot.next = null;
    if (text === null || slot.removed) return;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFileAtomically(this.pathOf(id), text, { mode: 0o600 });
  }
}

interface WriteSlot {
  chain: Promise<void>;
  next: string | null;
  removed: boolean;
}

/** A record as parsed from disk, or null when it is not one (wrong types, unknown state...). */
export function readRecord(raw: unknown): TransferRecord | null {
  if (!isObject(raw)) return null;
  if (raw.version !== 1 || typeof raw.id !== 'string' || !/^[0-9a-f]{32}$/.test(raw.id) || !isTime(raw.createdAt)) return null;
  if (!isObject(raw.from) || typeof raw.from.nick !== 'string' || (raw.from.color !== undefined && typeof raw.from.color !== 'string')) return null;
  if (!Array.isArray(raw.files) || raw.files.length === 0 || !Array.isArray(raw.recipients)) return null;
  const files: StoredFile[] = [];
  for (const f of raw.files) {
    const file = readFile_(f);
    if (file === null) return null;
    files.push(file);
  }
  const recipients: RecipientRecord[] = [];
  for (const r of raw.recipients) {
    const recipient = readRecipient(r);
    if (recipient === null) return null;
    recipients.push(recipient);
  }
  const from: SenderInfo = { nick: raw.from.nick };
  if (typeof raw.from.color === 'string') from.color = raw.from.color;
  const record: TransferRecord = { version: 1, id: raw.id, createdAt: raw.createdAt, from, files, recipients };
  if (raw.finishedAt !== undefined) {
    if (!isTime(raw.finishedAt)) return null;
    record.finishedAt = raw.finishedAt;
  }
  return record;
}

function readFile_(raw: unknown): StoredFile | null {
  if (!isObject(raw)) return null;
  const { path, name, size, sha256, mimeType, metadata, mtimeMs } = raw;
  if (typeof path !== 'string' || !path.startsWith('/') || typeof name !== 'string' || name === '') return null;
  if (!isCount(size) || typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256) || typeof mimeType !== 'string') return null;
  if (typeof mtimeMs !== 'number' || !Number.isFinite(mtimeMs) || !isObject(metadata)) return null;
  const clean: FileMetadata = {};
  for (const key of ['title', 'mime_type', 'activity', 'activity_id', 'description', 'tags'] as const) {
    const value = metadata[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return null;
    clean[key] = value;
  }
  if (metadata.timestamp !== undefined) {
    if (!isCount(metadata.timestamp)) return null;
    clean.timestamp = metadata.timestamp;
  }
  return { path, name, size, sha256, mimeType, metadata: clean, mtimeMs };
}

function readRecipient(raw: unknown): RecipientRecord | null {
  if (!isObject(raw)) return null;
  const { peerId, nick, state, done, total, reason, attempts } = raw;
  if (typeof peerId !== 'string' || peerId === '' || typeof nick !== 'string' || typeof state !== 'string' || !STATES.has(state)) return null;
  if (!isCount(done) || !isCount(total) || !isCount(attempts) || (reason !== undefined && typeof reason !== 'string')) return null;
  const record: RecipientRecord = { peerId, nick, state: state as RecipientState, done, total, attempts };
  if (typeof reason === 'string') record.reason = reason;
  for (const key of ['lastAttemptAt', 'deliveredAt', 'resumedFrom'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (!isCount(value)) return null;
    record[key] = value;
  }
  return record;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isTime(value: unknown): value is number {
  return isCount(value);
}
