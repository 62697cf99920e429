/**
 * Small JSON state files of the inbox (trusted.json, offers.json,
 * received.json): read tolerantly, written atomically. A damaged file is
 * reported and treated as empty rather than stopping the agent: losing the
 * list of trusted laptops or held offers is an inconvenience, not a danger
 * (nothing is accepted that would not have been asked about).
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomically } from '../files.js';
import type { Logger } from '../logger.js';

/** The parsed file, or undefined when it does not exist or is damaged (logged). */
export async function readJsonState(path: string, log: Logger, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    log.warn(`${path} is damaged; ${what} starts empty`);
    return undefined;
  }
}

/**
 * Saves a snapshot of some state, coalescing: while one write runs, every
 * further save() joins a single next write, which takes its snapshot when
 * it starts and so includes every change made before. A burst of changes
 * (a folder of 500 files arriving) costs two writes, not 500.
 */
export class JsonStateWriter {
  private last: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(
    private readonly path: string,
    private readonly snapshot: () => unknown,
  ) {}

  /** Resolves once a write that includes every change made so far is on disk. */
  save(): Promise<void> {
    if (this.queued !== null) return this.queued;
    const run = this.last
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return writeFileAtomically(this.path, `${JSON.stringify(this.snapshot(), null, 1)}\n`, { mode: 0o600 });
      });
    this.queued = run;
    this.last = run;
    return run;
  }

  /** Waits for writes in progress (never rejects). */
  async flush(): Promise<void> {
    await this.last.catch(() => undefined);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
