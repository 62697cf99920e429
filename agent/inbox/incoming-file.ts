/**
 * One file being received: bytes appended in order to a part file in the
 * data folder, hashed as they are written. Only the store creates these.
 */
import type { Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { rm } from 'node:fs/promises';
import type { IncomingFile } from '../../protocols/push/types.js';
import { FileReceiveError, receiveErrorFromFs } from './errors.js';

/** A running hash and how many bytes of the part file it covers. */
export interface HashState {
  hash: Hash;
  length: number;
}

export interface PartFileContext {
  handle: FileHandle;
  /** Seeded with the bytes already in the part file. */
  hash: Hash;
  offset: number;
  size: number;
  sha256: string;
  /** For messages: the name it will have in the inbox. */
  label: string;
  partPath: string;
  sidecarPath: string;
  /** Moves the verified, closed part file into the inbox, records it and removes the part; returns the path. */
  complete(): Promise<string>;
  /** Called exactly once, when done with: the store unlocks the file and keeps the hash state (if any) for a quick resume. */
  release(kept: HashState | null): void;
}

type State = 'open' | 'closed';

export class PartFile implements IncomingFile {
  readonly offset: number;
  private readonly ctx: PartFileContext;
  private state: State = 'open';
  /** Bytes in the part file and in the hash. */
  private length: number;
  /** Bytes accepted by write(), some maybe still queued. */
  private accepted: number;
  private failure: FileReceiveError | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(ctx: PartFileContext) {
    this.ctx = ctx;
    this.offset = ctx.offset;
    this.length = ctx.offset;
    this.accepted = ctx.offset;
  }

  write(chunk: Uint8Array): Promise<void> {
    if (this.state !== 'open') return Promise.reject(new FileReceiveError('io', `"${this.ctx.label}" is closed; nothing more can be written to it.`));
    if (this.failure !== null) return Promise.reject(this.failure);
    if (this.accepted + chunk.byteLength > this.ctx.size) {
      return Promise.reject(new FileReceiveError('corrupt', `More bytes arrived for "${this.ctx.label}" than the ${this.ctx.size} offered.`));
    }
    this.accepted += chunk.byteLength;
    // Chained, so writes land in order even if a caller does not wait for the previous one.
    const run = this.chain.then(() => this.append(chunk));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async append(chunk: Uint8Array): Promise<void> {
    if (this.failure !== null) throw this.failure;
    try {
      let done = 0;
      while (done < chunk.byteLength) {
        const { bytesWritten } = await this.ctx.handle.write(chunk, done, chunk.byteLength - done, this.length + done);
        if (bytesWritten <= 0) throw new Error('the file system took no bytes');
        done += bytesWritten;
      }
    } catch (error) {
      // What part of this chunk reached the disk is unknown: suspend() cuts the file back to `length`.
      this.failure = receiveErrorFromFs(error, `Writing "${this.ctx.label}"`);
      throw this.failure;
    }
    this.ctx.hash.update(chunk);
    this.length += chunk.byteLength;
  }

  async finish(): Promise<{ path: string }> {
    if (this.state !== 'open') throw new FileReceiveError('io', `"${this.ctx.label}" is closed.`);
    await this.chain;
    if (this.failure !== null) throw this.failure;
    if (this.length !== this.ctx.size) return this.discard(`${this.length} bytes arrived of the ${this.ctx.size} offered`);
    // copy(): on a failure below, suspend() still has a usable running hash.
    if (this.ctx.hash.copy().digest('hex') !== this.ctx.sha256) return this.discard('its SHA-256 is not the one offered');
    try {
      await this.ctx.handle.sync();
      // Readable like any download once in the inbox (the part folder itself is private).
      await this.ctx.handle.chmod(0o644);
    } catch (error) {
      this.failure = receiveErrorFromFs(error, `Saving "${this.ctx.label}"`);
      throw this.failure;
    }
    this.state = 'closed';
    await this.ctx.handle.close().catch(() => undefined);
    let path: string;
    try {
      path = await this.ctx.complete();
    } catch (error) {
      // Verified bytes are worth keeping: the next delivery resumes at the end and only retries the move.
      this.ctx.release({ hash: this.ctx.hash, length: this.length });
      throw receiveErrorFromFs(error, `Moving "${this.ctx.label}" into the inbox`);
    }
    this.ctx.release(null);
    return { path };
  }

  async suspend(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'closed';
    await this.chain;
    try {
      if (this.failure !== null) await this.ctx.handle.truncate(this.length);
      await this.ctx.handle.sync();
    } catch {
      // The store checks the part's length against the kept hash and re-reads it when they differ.
    } finally {
      await this.ctx.handle.close().catch(() => undefined);
    }
    this.ctx.release({ hash: this.ctx.hash, length: this.length });
  }

  private async discard(why: string): Promise<never> {
    this.state = 'closed';
    await this.ctx.handle.close().catch(() => undefined);
    // Should removal fail, the next delivery finds a full-length part, hashes it again and lands here again.
    await rm(this.ctx.partPath, { force: true }).catch(() => undefined);
    await rm(this.ctx.sidecarPath, { force: true }).catch(() => undefined);
    this.ctx.release(null);
    throw new FileReceiveError('corrupt', `"${this.ctx.label}" was damaged on the way (${why}); it was thrown away.`);
  }
}
