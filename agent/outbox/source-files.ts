/**
 * What the user asked to send, turned into the files of a transfer: each
 * one named, sized, typed and hashed (SHA-256, streamed: a 500 MB video
 * never sits in memory on an XO).
 *
 * Rules, decided here once so the CLI and D-Bus behave alike:
 * - A path the user names is followed even when it is a symbolic link (as
 *   `cp` does): they pointed at it on purpose.
 * - Inside a folder, symbolic links are skipped, whatever they point at,
 *   and reported in `skipped`: a link to `~` or `/` would send far more than
 *   the folder (or loop), and a link inside the folder duplicates a file.
 * - Sockets, FIFOs and devices are refused, also inside a folder: reading a
 *   FIFO blocks forever, and a folder holding them is not the one meant.
 * - Empty sub-folders are not sent (a transfer carries files only).
 * - A single file with a Journal title is named after its title, as
 *   ShareEntry names shared entries ("My drawing.png" rather than the
 *   datastore's "data"); otherwise files keep their own names, and a
 *   folder's files are named `Folder/sub/a.png`.
 */
import { createHash } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import mime from 'mime-types';
import { journalFileName } from '../journal-shares.js';
import type { FileMetadata, SourceFile } from '../../protocols/push/types.js';

export type SendErrorCode =
  | 'invalid' // not a full path, empty, NUL
  | 'not-found'
  | 'unreadable'
  | 'empty' // nothing to send: no paths, or folders without files
  | 'special-file' // socket, FIFO, device
  | 'too-many'
  | 'duplicate-name'
  | 'changed' // modified while being hashed, or after the send
  | 'cancelled';

export class SendError extends Error {
  constructor(
    readonly code: SendErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SendError';
  }
}

/** One file of a transfer as the outbox keeps it (and persists it). */
export interface PreparedFile {
  /** Where it is read from: absolute, links resolved. */
  path: string;
  /** The name offered ('/'-separated for a folder's files). */
  name: string;
  size: number;
  sha256: string;
  mimeType: string;
  metadata: FileMetadata;
  /** When it was hashed; a later delivery checks size and mtime are unchanged. */
  mtimeMs: number;
}

export interface PreparedFiles {
  files: PreparedFile[];
  /** Symbolic links found inside folders, not sent (see the rules above). */
  skipped: { path: string; reason: 'symlink' }[];
}

export interface PrepareOptions {
  /** Journal metadata; applies when the send is exactly one file. */
  metadata?: FileMetadata;
  /** Bytes hashed so far and the total, at most every HASH_REPORT_BYTES and at the end of each file. */
  onProgress?: (hashed: number, total: number) => void;
  signal?: AbortSignal;
}

/** The push protocol's limit on the files of one offer (protocols/push/messages.ts MAX_FILES). */
export const MAX_FILES = 10_000;
const HASH_REPORT_BYTES = 4 * 1024 * 1024;
const READ_CHUNK_BYTES = 256 * 1024;
const SANE_MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;
const METADATA_TEXT_KEYS = ['title', 'mime_type', 'activity', 'activity_id', 'description', 'tags'] as const;

interface Found {
  path: string;
  name: string;
  stats: Stats;
}

/**
 * Resolve, walk and hash `paths` (absolute). Throws SendError. The same
 * file named twice is sent once; two different files that would arrive
 * under one name are refused.
 */
export async function prepareSourceFiles(paths: readonly string[], options: PrepareOptions = {}): Promise<PreparedFiles> {
  if (paths.length === 0) throw new SendError('empty', 'Say which files or folders to send.');
  const found: Found[] = [];
  const skipped: PreparedFiles['skipped'] = [];
  const seenPaths = new Set<string>();
  for (const path of paths) {
    await collect(path, found, skipped, seenPaths, options.signal);
  }
  if (found.length === 0) {
    throw new SendError('empty', paths.length === 1 ? `${paths[0]} has no files in it, so there is nothing to send.` : 'Those folders have no files in them, so there is nothing to send.');
  }
  const byName = new Map<string, string>();
  for (const file of found) {
    const other = byName.get(file.name);
    if (other !== undefined) {
      throw new SendError('duplicate-name', `${other} and ${file.path} would both arrive as "${file.name}"; rename one, or put them in a folder and send the folder.`);
    }
    byName.set(file.name, file.path);
  }

  const single = found.length === 1;
  const metadata = single ? cleanMetadata(options.metadata) : {};
  if (single && metadata.title !== undefined && metadata.title.trim() !== '') {
    const { base, extension } = journalFileName(metadata.title, metadata.mime_type, found[0]!.path);
    found[0]!.name = extension === '' ? base : `${base}.${extension}`;
  }

  const total = found.reduce((sum, file) => sum + file.stats.size, 0);
  let hashed = 0;
  let reported = 0;
  const report = (force: boolean): void => {
    if (!options.onProgress || (!force && hashed - reported < HASH_REPORT_BYTES)) return;
    reported = hashed;
    options.onProgress(hashed, total);
  };
  const files: PreparedFile[] = [];
  for (const file of found) {
    const sha256 = await hashFile(file, (bytes) => {
      hashed += bytes;
      report(false);
    }, options.signal);
    report(true);
    files.push({
      path: file.path,
      name: file.name,
      size: file.stats.size,
      sha256,
      mimeType: single && metadata.mime_type !== undefined && SANE_MIME.test(metadata.mime_type) ? metadata.mime_type.toLowerCase() : mimeTypeOf(file.name),
      metadata: single ? metadata : {},
      mtimeMs: file.stats.mtimeMs,
    });
  }
  return { files, skipped };
}

/** The file as the transport reads it: `open(start)` streams from `start`. */
export function toSourceFile(file: PreparedFile, index: number): SourceFile {
  return {
    index,
    name: file.name,
    size: file.size,
    sha256: file.sha256,
    mimeType: file.mimeType,
    metadata: { ...file.metadata },
    open: (start: number) => createReadStream(file.path, { start, highWaterMark: READ_CHUNK_BYTES }),
  };
}

/**
 * Is the file still what was hashed? Size and mtime only (cheap; hashing
 * again before each of 30 deliveries is not). A change the check misses is
 * still caught: the recipient verifies the SHA-256 and refuses the copy.
 */
export async function checkUnchanged(file: PreparedFile): Promise<SendError | null> {
  let stats: Stats;
  try {
    stats = await stat(file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return new SendError('not-found', `${file.name} was moved or deleted after it was sent; send it again.`, { cause: error });
    return new SendError('unreadable', `${file.name} cannot be read any more (${describeError(error)}); send it again.`, { cause: error });
  }
  if (!stats.isFile() || stats.size !== file.size || stats.mtimeMs !== file.mtimeMs) {
    return new SendError('changed', `${file.name} was changed after it was sent; send it again.`);
  }
  return null;
}

async function collect(path: string, found: Found[], skipped: PreparedFiles['skipped'], seenPaths: Set<string>, signal: AbortSignal | undefined): Promise<void> {
  if (typeof path !== 'string' || path === '') throw new SendError('invalid', 'An empty path was given; give the full path of a file or folder.');
  if (path.includes('\0')) throw new SendError('invalid', 'A path contains a NUL character.');
  if (!isAbsolute(path)) throw new SendError('invalid', `"${path}" is not a full path; it must start with /.`);
  let real: string;
  let stats: Stats;
  try {
    real = await realpath(path);
    stats = await stat(real);
  } catch (error) {
    throw fsRefusal(error, path);
  }
  if (stats.isDirectory()) {
    await walk(real, folderName(path), found, skipped, seenPaths, signal);
    return;
  }
  refuseSpecial(stats, path);
  if (seenPaths.has(real)) return;
  seenPaths.add(real);
  found.push({ path: real, name: basename(path), stats });
  if (found.length > MAX_FILES) throw tooMany();
}

/** Depth-first, names sorted, so the order of a folder's files is the same every time. */
async function walk(dir: string, name: string, found: Found[], skipped: PreparedFiles['skipped'], seenPaths: Set<string>, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) throw cancelled();
  const entries: string[] = [];
  try {
    for await (const entry of await opendir(dir)) entries.push(entry.name);
  } catch (error) {
    throw fsRefusal(error, dir);
  }
  entries.sort();
  for (const entry of entries) {
    const path = join(dir, entry);
    let stats: Stats;
    try {
      stats = await lstat(path);
    } catch (error) {
      // Deleted between the listing and now: it is simply not part of the send.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw fsRefusal(error, path);
    }
    const child = `${name}/${entry}`;
    if (stats.isSymbolicLink()) {
      skipped.push({ path, reason: 'symlink' });
    } else if (stats.isDirectory()) {
      await walk(path, child, found, skipped, seenPaths, signal);
    } else {
      refuseSpecial(stats, path);
      if (seenPaths.has(path)) continue;
      seenPaths.add(path);
      found.push({ path, name: child, stats });
      if (found.length > MAX_FILES) throw tooMany();
    }
  }
}

async function hashFile(file: Found, onBytes: (bytes: number) => void, signal: AbortSignal | undefined): Promise<string> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    const stream = createReadStream(file.path, { highWaterMark: READ_CHUNK_BYTES, ...(signal ? { signal } : {}) });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      onBytes(chunk.byteLength);
    }
  } catch (error) {
    if (signal?.aborted) throw cancelled();
    throw fsRefusal(error, file.path);
  }
  // Saved while we read it: the hash may match neither version.
  let after: Stats;
  try {
    after = await stat(file.path);
  } catch (error) {
    throw fsRefusal(error, file.path);
  }
  if (bytes !== file.stats.size || after.size !== file.stats.size || after.mtimeMs !== file.stats.mtimeMs) {
    throw new SendError('changed', `${file.path} changed while it was being checked; send it again once it is saved.`);
  }
  return hash.digest('hex');
}

function refuseSpecial(stats: Stats, path: string): void {
  if (stats.isFile()) return;
  const kind = stats.isSocket() ? 'a socket' : stats.isFIFO() ? 'a pipe (FIFO)' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a regular file';
  throw new SendError('special-file', `${path} is ${kind}, not a file; only files and folders can be sent.`);
}

/** The folder's own name leads its files' names; `/` has none. */
function folderName(path: string): string {
  const name = basename(path.replace(/\/+$/, ''));
  return name === '' || name === '.' || name === '..' ? 'files' : name;
}

export function mimeTypeOf(name: string): string {
  return mime.lookup(name) || 'application/octet-stream';
}

/** Only the keys the push protocol carries, with the right types; anything else is dropped. */
function cleanMetadata(input: FileMetadata | undefined): FileMetadata {
  const out: FileMetadata = {};
  if (!input) return out;
  for (const key of METADATA_TEXT_KEYS) {
    const value = input[key];
    if (typeof value === 'string') out[key] = value;
  }
  if (typeof input.timestamp === 'number' && Number.isSafeInteger(input.timestamp) && input.timestamp >= 0) out.timestamp = input.timestamp;
  return out;
}

function tooMany(): SendError {
  return new SendError('too-many', `That is more than ${MAX_FILES} files; send fewer at a time, or pack them into an archive.`);
}

function cancelled(): SendError {
  return new SendError('cancelled', 'The send was stopped before the files were checked.');
}

function fsRefusal(error: unknown, path: string): SendError {
  if (error instanceof SendError) return error;
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
      return new SendError('not-found', `There is no file or folder at ${path}.`, { cause: error });
    case 'ENOTDIR':
      return new SendError('not-found', `There is no file at ${path} (a part of the path is a file, not a folder).`, { cause: error });
    case 'ELOOP':
      return new SendError('not-found', `${path} is a link that goes round in circles.`, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new SendError('unreadable', `The agent is not allowed to read ${path}.`, { cause: error });
    default:
      return new SendError('unreadable', `${path} cannot be read: ${describeError(error)}.`, { cause: error });
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
