/**
 * Where received bytes live until they are verified: part files in
 * `DATA_DIR/incoming/` (0700), each named after (sender, transfer, file
 * index, SHA-256) so that a delivery cut at any point — link down, either
 * laptop restarted — finds what arrived and continues from there. A JSON
 * sidecar next to each part says what it is, so leftovers can be cleaned
 * and a part is never resumed for a different file.
 *
 * Only finish() moves a file into the inbox, after its size and SHA-256
 * matched (see place-file.ts for how it lands without replacing anything).
 */
import { createHash, type Hash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { chmod, lstat, mkdir, open, readdir, readFile, realpath, rm, stat, statfs, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileAnswer, IncomingFile, Offer, OfferedFile } from '../../protocols/push/types.js';
import { formatSize } from '../../web/browser/listing-page.js';
import { writeFileAtomically } from '../files.js';
import type { Logger } from '../logger.js';
import { FileReceiveError, receiveErrorFromFs } from './errors.js';
import { sanitiseRelativePath } from './file-names.js';
import { PartFile, type HashState } from './incoming-file.js';
import { isRecord } from './json-state.js';
import { placeInInbox, removeStaging, type LinkFunction } from './place-file.js';
import { ReceivedIndex } from './received-index.js';

export const INCOMING_DIR = 'incoming';
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 ** 3;
/** Left free on every disk we write to: a laptop with a full disk misbehaves in many other ways. */
export const SPACE_MARGIN = 64 * 1024 ** 2;
export const DEFAULT_STALE_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** Running hashes kept in memory for parts suspended in this run (a Hash is a few hundred bytes). */
const KEPT_HASHES = 64;
const READ_CHUNK = 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;
const PART_NAME = /^\.?([0-9a-f]{40})\./;

export interface IncomingStoreOptions {
  dataDir: string;
  /** Where received files land (created when missing). */
  inboxDir: string;
  log: Logger;
  /** Largest file accepted, in bytes (default 4 GiB). */
  maxFileSize?: number;
  /** Bytes free for an unprivileged user on the disk holding `path` (default: statfs). */
  freeSpace?: (path: string) => Promise<number>;
  /** Milliseconds since 1970. */
  now?: () => number;
  /** For tests: a file system without hard links. */
  link?: LinkFunction;
}

/** Why an offer cannot be taken, before any data: the inbox's decline reason and a sentence for the teacher. */
export interface RoomRefusal {
  reason: 'too-big' | 'disk-full';
  message: string;
}

interface KeptHash {
  hash: Hash;
  length: number;
  mtimeMs: number;
}

interface Sidecar {
  version: 1;
  peerId: string;
  transferId: string;
  index: number;
  sha256: string;
  size: number;
  /** As the sender named it (for whoever looks into the folder). */
  name: string;
  createdAt: number;
}

export async function statfsFreeSpace(path: string): Promise<number> {
  const info = await statfs(path);
  return Number(info.bavail) * Number(info.bsize);
}

export class IncomingStore {
  readonly incomingDir: string;
  readonly inboxDir: string;
  readonly maxFileSize: number;
  private readonly dataDir: string;
  private readonly log: Logger;
  private readonly freeSpace: (path: string) => Promise<number>;
  private readonly now: () => number;
  private readonly link: LinkFunction | undefined;
  /** Part keys being written (or being opened), with whose they are. */
  private readonly busy = new Map<string, { peerId: string; transferId: string; index: number }>();
  /** Running hashes of parts not open, newest last; a promise while one is being computed. */
  private readonly kept = new Map<string, Promise<KeptHash | null>>();
  private started: Promise<{ realInbox: string; received: ReceivedIndex }> | null = null;

  constructor(options: IncomingStoreOptions) {
    this.incomingDir = join(options.dataDir, INCOMING_DIR);
    this.inboxDir = options.inboxDir;
    this.log = options.log;
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (!Number.isSafeInteger(this.maxFileSize) || this.maxFileSize < 0) throw new RangeError(`maxFileSize must be a whole number of bytes, not ${options.maxFileSize}`);
    this.freeSpace = options.freeSpace ?? statfsFreeSpace;
    this.now = options.now ?? Date.now;
    this.link = options.link;
    this.dataDir = options.dataDir;
  }

  /** Creates the folders and reads the index (also done on first use). */
  static async open(options: IncomingStoreOptions): Promise<IncomingStore> {
    const store = new IncomingStore(options);
    await store.ready();
    return store;
  }

  private ready(): Promise<{ realInbox: string; received: ReceivedIndex }> {
    // A failed start (inbox on a memory stick not plugged in) is tried again at the next use.
    this.started ??= this.start().catch((error: unknown) => {
      this.started = null;
      throw error;
    });
    return this.started;
  }

  private async start(): Promise<{ realInbox: string; received: ReceivedIndex }> {
    await mkdir(this.incomingDir, { recursive: true, mode: 0o700 });
    await chmod(this.incomingDir, 0o700);
    await mkdir(this.inboxDir, { recursive: true });
    // Nothing is being placed yet, so any staging folder is a crash's leftover.
    await removeStaging(this.inboxDir);
    return { realInbox: await realpath(this.inboxDir), received: await ReceivedIndex.open({ dataDir: this.dataDir, log: this.log }) };
  }

  /**
   * Where a delivery of this file would start: the length of its part file,
   * or 0 when there is none (or one that does not belong to this file).
   * Starts hashing an existing part in the background, so open() need not
   * make the sender wait for it.
   */
  async resumeOffset(peerId: string, offer: Offer, index: number): Promise<number> {
    await this.ready();
    const file = offer.files[index];
    if (file === undefined) return 0;
    const key = partKey(peerId, offer.transferId, file);
    const part = await this.usablePart(key, file);
    if (part === null) return 0;
    if (part.size > 0 && !this.kept.has(key) && !this.busy.has(key)) this.keep(key, this.hashPart(this.partPath(key), part));
    return part.size;
  }

  /**
   * Whether the inbox holds this content already: the index names a file
   * that still exists with the same size and modification time. The file is
   * not hashed again (a 4 GB film would take minutes on an XO at every
   * offer); the price is that a file changed in place, same size, and its
   * mtime restored, would count as had.
   */
  async alreadyHave(sha256: string, size: number): Promise<boolean> {
    const { received } = await this.ready();
    const entry = received.get(sha256);
    if (entry === undefined || entry.size !== size) return false;
    let info: Stats;
    try {
      info = await lstat(entry.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') await received.forget(sha256).catch(() => undefined);
      return false;
    }
    return info.isFile() && info.size === size && info.mtimeMs === entry.mtimeMs;
  }

  /**
   * Whether an empty file of this (sender's) name is in the inbox already,
   * where it would land: a resumed or repeated send of a folder must not
   * add `empty (2).txt` next to it. Symbolic links do not count.
   */
  async hasEmptyFileAt(name: string): Promise<boolean> {
    await this.ready();
    try {
      const info = await lstat(join(this.inboxDir, ...sanitiseRelativePath(name)));
      return info.isFile() && info.size === 0;
    } catch {
      return false;
    }
  }

  /**
   * Whether the files to be sent (the 'send' answers, from their offsets)
   * fit: each no larger than maxFileSize, and all of them on the disks with
   * SPACE_MARGIN to spare. On one disk the remaining bytes are needed once;
   * with the inbox on another disk it also needs the whole files (they are
   * copied there). A disk whose free space cannot be read does not refuse.
   */
  async checkRoom(offer: Offer, answers: readonly FileAnswer[]): Promise<RoomRefusal | null> {
    await this.ready();
    const sends = answers.flatMap((answer) => (answer.action === 'send' && offer.files[answer.index] ? [{ file: offer.files[answer.index]!, offset: answer.offset }] : []));
    const tooBig = sends.filter(({ file }) => file.size > this.maxFileSize);
    if (tooBig.length > 0) {
      const first = tooBig[0]!.file;
      const more = tooBig.length > 1 ? ` (and ${tooBig.length - 1} more files are too big)` : '';
      return { reason: 'too-big', message: `The file "${labelOf(first)}" is ${size(first.size)}; this laptop accepts files of at most ${size(this.maxFileSize)}${more}.` };
    }
    const remaining = sends.reduce((sum, { file, offset }) => sum + Math.max(0, file.size - offset), 0);
    const whole = sends.reduce((sum, { file }) => sum + file.size, 0);
    if (whole === 0) return null;
    const sameDisk = (await stat(this.incomingDir)).dev === (await stat(this.inboxDir)).dev;
    const checks = sameDisk ? [{ path: this.incomingDir, need: remaining, where: 'this laptop' }] : [
      { path: this.incomingDir, need: remaining, where: "this laptop's own disk" },
      { path: this.inboxDir, need: whole, where: "the disk of this laptop's inbox" },
    ];
    for (const { path, need, where } of checks) {
      let free: number;
      try {
        free = await this.freeSpace(path);
      } catch (error) {
        this.log.warn('cannot tell the free space; accepting anyway', { path, error: String(error) });
        continue;
      }
      if (free < need + SPACE_MARGIN) {
        const have = Math.max(0, free - SPACE_MARGIN);
        return { reason: 'disk-full', message: `Not enough room on ${where}: the files need ${size(need)} and only ${size(have)} can be used (${size(SPACE_MARGIN)} are kept free).` };
      }
    }
    return null;
  }

  /** Whether a file of this transfer from this peer (any file, or file `index`) is being received now. */
  isOpen(peerId: string, transferId: string, index?: number): boolean {
    for (const owner of this.busy.values()) {
      if (owner.peerId === peerId && owner.transferId === transferId && (index === undefined || owner.index === index)) return true;
    }
    return false;
  }

  /**
   * Opens (or reopens, to resume) file `index` of the offer. Its offset is
   * what resumeOffset() answered, provided nothing else changed the part.
   */
  async open(peerId: string, offer: Offer, index: number): Promise<IncomingFile> {
    await this.ready();
    const file = offer.files[index];
    if (file === undefined || file.index !== index || !Number.isSafeInteger(file.size) || file.size < 0 || !SHA256.test(file.sha256)) {
      throw new FileReceiveError('refused', `The offer has no valid file number ${index}.`);
    }
    if (file.size > this.maxFileSize) {
      throw new FileReceiveError('too-big', `The file "${labelOf(file)}" is ${size(file.size)}; this laptop accepts files of at most ${size(this.maxFileSize)}.`);
    }
    const key = partKey(peerId, offer.transferId, file);
    if (this.busy.has(key)) throw new FileReceiveError('busy', `"${labelOf(file)}" is already being received from this laptop.`);
    // No await between the check above and this: two streams cannot both get the file.
    this.busy.set(key, { peerId, transferId: offer.transferId, index });
    let handle: FileHandle | null = null;
    try {
      const partPath = this.partPath(key);
      const sidecarPath = this.sidecarPath(key);
      if ((await this.usablePart(key, file)) === null) {
        await rm(partPath, { force: true });
        this.kept.delete(key);
        const sidecar: Sidecar = { version: 1, peerId, transferId: offer.transferId, index, sha256: file.sha256, size: file.size, name: file.name.slice(0, 1000), createdAt: this.now() };
        await writeFileAtomically(sidecarPath, `${JSON.stringify(sidecar)}\n`, { mode: 0o600 });
      }
      handle = await open(partPath, constants.O_RDWR | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
      const info = await handle.stat();
      const hash = await this.seedHash(key, handle, info);
      const label = sanitiseRelativePath(file.name).join('/');
      return new PartFile({
        handle,
        hash,
        offset: info.size,
        size: file.size,
        sha256: file.sha256,
        label,
        partPath,
        sidecarPath,
        complete: () => this.complete(peerId, file, partPath, sidecarPath),
        release: (state) => {
          this.busy.delete(key);
          if (state !== null) this.keep(key, this.checkKept(partPath, state));
        },
      });
    } catch (error) {
      await handle?.close().catch(() => undefined);
      this.busy.delete(key);
      throw receiveErrorFromFs(error, `Opening "${labelOf(file)}" for receiving`);
    }
  }

  /**
   * Removes parts (and their sidecars) untouched for `maxAgeMs`: deliveries
   * that will not come back (the sender gave up, or the offer was for a
   * file since received another way). Returns how many parts went.
   */
  async cleanStale(maxAgeMs: number = DEFAULT_STALE_AGE_MS): Promise<number> {
    await this.ready();
    const groups = new Map<string, { paths: string[]; newest: number; part: boolean }>();
    for (const name of await readdir(this.incomingDir)) {
      const key = PART_NAME.exec(name)?.[1] ?? name;
      if (this.busy.has(key)) continue;
      const path = join(this.incomingDir, name);
      const info = await lstat(path).catch(() => null);
      if (info === null) continue;
      const group = groups.get(key) ?? { paths: [], newest: 0, part: false };
      group.paths.push(path);
      group.newest = Math.max(group.newest, info.mtimeMs);
      group.part ||= name === `${key}.part`;
      groups.set(key, group);
    }
    let removed = 0;
    const now = this.now();
    for (const [key, group] of groups) {
      if (now - group.newest < maxAgeMs || this.busy.has(key)) continue;
      for (const path of group.paths) await rm(path, { force: true, recursive: true });
      this.kept.delete(key);
      if (group.part) removed += 1;
    }
    if (removed > 0) this.log.info('removed parts of files that never finished arriving', { count: removed, days: Math.round(maxAgeMs / 86_400_000) });
    return removed;
  }

  /** Waits for index writes in progress. */
  async flush(): Promise<void> {
    if (this.started !== null) await (await this.started).received.flush();
  }

  private partPath(key: string): string {
    return join(this.incomingDir, `${key}.part`);
  }

  private sidecarPath(key: string): string {
    return join(this.incomingDir, `${key}.json`);
  }

  /** The part's stats when it can be resumed for this file; null when absent or not this file's (too long, other sidecar). */
  private async usablePart(key: string, file: OfferedFile): Promise<Stats | null> {
    let info: Stats;
    try {
      info = await lstat(this.partPath(key));
    } catch {
      return null;
    }
    if (!info.isFile() || info.size > file.size) return null;
    const sidecar = await readSidecar(this.sidecarPath(key));
    if (sidecar === null || sidecar.sha256 !== file.sha256 || sidecar.size !== file.size || sidecar.index !== file.index) return null;
    return info;
  }

  /** A hash of the part's bytes: the one kept from this run when the part is unchanged since, else by reading it. */
  private async seedHash(key: string, handle: FileHandle, info: Stats): Promise<Hash> {
    const kept = await this.kept.get(key);
    this.kept.delete(key);
    if (kept && kept.length === info.size && kept.mtimeMs === info.mtimeMs) return kept.hash.copy();
    return hashBytes(handle, info.size);
  }

  private async hashPart(path: string, before: Stats): Promise<KeptHash | null> {
    const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const hash = await hashBytes(handle, before.size);
      const after = await handle.stat();
      // Changed while read (it should not: nobody writes a part that is not open): useless.
      return after.size === before.size && after.mtimeMs === before.mtimeMs ? { hash, length: before.size, mtimeMs: before.mtimeMs } : null;
    } finally {
      await handle.close();
    }
  }

  /** A suspended file's hash, valid only if the part on disk has exactly the bytes it covers. */
  private async checkKept(path: string, state: HashState): Promise<KeptHash | null> {
    const info = await lstat(path);
    return info.size === state.length ? { hash: state.hash, length: state.length, mtimeMs: info.mtimeMs } : null;
  }

  private keep(key: string, pending: Promise<KeptHash | null>): void {
    this.kept.delete(key);
    this.kept.set(key, pending.catch(() => null));
    for (const old of this.kept.keys()) {
      if (this.kept.size <= KEPT_HASHES) break;
      this.kept.delete(old);
    }
  }

  /** Verified and closed: into the inbox, into the index, then the part goes (in that order: a crash in between costs a leftover part, never a second copy). */
  private async complete(peerId: string, file: OfferedFile, partPath: string, sidecarPath: string): Promise<string> {
    const { realInbox, received } = await this.ready();
    const path = await placeInInbox(partPath, sanitiseRelativePath(file.name), { inboxDir: this.inboxDir, realInbox, link: this.link });
    const receivedAt = this.now();
    try {
      const { mtimeMs } = await stat(path);
      await received.record(file.sha256, { path, size: file.size, receivedAt, from: peerId, mtimeMs });
    } catch (error) {
      this.log.warn('could not note a received file in the index; it may be sent again', { path, error: String(error) });
    }
    await rm(partPath, { force: true }).catch(() => undefined);
    await rm(sidecarPath, { force: true }).catch(() => undefined);
    this.log.info('received a file', { path, size: file.size, from: peerId });
    return path;
  }
}

/** SHA-256 of the first `length` bytes, read in 1 MiB pieces (a 4 GB part is never in memory). */
async function hashBytes(handle: FileHandle, length: number): Promise<Hash> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(1, length)));
  for (let position = 0; position < length; ) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.byteLength, length - position), position);
    if (bytesRead === 0) throw new Error('the part file got shorter while it was read');
    hash.update(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
  return hash;
}

/** Deterministic, so a resumed delivery finds the part; hashed, so nothing the sender chose reaches a file name. */
function partKey(peerId: string, transferId: string, file: OfferedFile): string {
  return createHash('sha256').update(JSON.stringify([peerId, transferId, file.index, file.sha256])).digest('hex').slice(0, 40);
}

async function readSidecar(path: string): Promise<Sidecar | null> {
  try {
    const raw = JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (!isRecord(raw) || raw.version !== 1 || typeof raw.sha256 !== 'string' || typeof raw.size !== 'number' || typeof raw.index !== 'number') return null;
    return raw as unknown as Sidecar;
  } catch {
    return null;
  }
}

function labelOf(file: OfferedFile): string {
  return sanitiseRelativePath(file.name).join('/');
}

function size(bytes: number): string {
  return formatSize(BigInt(Math.max(0, Math.floor(bytes))));
}
