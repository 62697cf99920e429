import { readFile, rename } from 'node:fs/promises';
import { writeFileAtomically } from '../../agent/files.js';
import type { Logger } from '../../agent/logger.js';

/**
 * A small JSON state file in the data dir (tickets, owners and recipient
 * lists): written through a temporary file and a rename, so a crash leaves
 * the old or the new state, never half of either. Saves coalesce: while one
 * write runs, the next picks up every change made meanwhile, and each
 * caller's promise settles once a write that includes its change is done.
 */
export class StateFile {
  private readonly path: string;
  private readonly serialize: () => unknown;
  private chain: Promise<void> = Promise.resolve();
  private dirty = false;

  constructor(path: string, serialize: () => unknown) {
    this.path = path;
    this.serialize = serialize;
  }

  /** The parsed file, or null when it does not exist; a damaged file is reported and read as null. */
  static async read(path: string, log: Logger, what: string): Promise<unknown> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      log.warn(`${what} could not be read; starting without them`, { path, error: String(error) });
      return null;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Kept aside, not overwritten by the next save: someone may want to recover it by hand.
      const aside = `${path}.damaged-${Date.now()}`;
      await rename(path, aside).catch(() => undefined);
      log.error(`${what} are damaged (not JSON); starting without them`, { path, keptAs: aside });
      return null;
    }
  }

  save(): Promise<void> {
    this.dirty = true;
    const run = async (): Promise<void> => {
      if (!this.dirty) return;
      this.dirty = false;
      const text = `${JSON.stringify(this.serialize())}\n`;
      try {
        await writeFileAtomically(this.path, text, { mode: 0o600 });
      } catch (error) {
        // The change is still only in memory: the next save must write it.
        this.dirty = true;
        throw error;
      }
    };
    this.chain = this.chain.then(run, run);
    return this.chain;
  }

  /** Wait for writes in flight (shutdown). */
  async flush(): Promise<void> {
    await this.chain.catch(() => undefined);
  }
}
