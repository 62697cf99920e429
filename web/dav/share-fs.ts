import { constants, type BigIntStats } from 'node:fs';
import { copyFile, lstat, mkdir, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { forbidden, HttpError } from '../http-error.js';
import { COLLECT_EVERY_BYTES, collectTransferGarbage } from '../transfer-memory.js';
import { FileSink } from './file-sink.js';

/** What a share path names on disk right now. */
export interface Resource {
  readonly segments: readonly string[];
  /** Absolute path inside the share (the link itself, when the name is a link). */
  readonly path: string;
  /** `null` when nothing exists under that name. */
  readonly stats: BigIntStats | null;
  readonly isCollection: boolean;
  /** The resolved real path, when resolve() found one (saves a second lookup on open). */
  readonly real?: string;
}

export interface DirectoryEntry {
  readonly name: string;
  readonly stats: BigIntStats;
  readonly isCollection: boolean;
}

/** The staging folder's name when it must live in the share; hidden and refused over every route. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['.mesh-share-staging']);

/** Members stat'ed at once when listing a folder. */
const LIST_BATCH = 16;

const outsideShare = (): HttpError =>
  forbidden('This name is a link that leads outside the shared folder; it cannot be used.');

/**
 * The share folder as the server may touch it. Every access goes through
 * `resolve`, which refuses names that are, or pass through, links leading
 * outside the share root. Writes land in a staging file first and are
 * renamed into place, so nobody ever sees half a file.
 */
export class ShareFs {
  readonly root: string;
  private readonly stagingDir: string;

  private constructor(root: string, stagingDir: string) {
    this.root = root;
    this.stagingDir = stagingDir;
  }

  /**
   * Open a share root. `preferredStaging` (in the data dir) is used when a
   * file renamed from it into the share arrives atomically; otherwise a
   * reserved hidden folder inside the share holds uploads in progress.
   * The check is a real rename: two bind mounts of one file system (what
   * systemd's ReadWritePaths= makes) share a device number, yet rename()
   * between them fails with EXDEV.
   */
  static async open(root: string, preferredStaging: string): Promise<ShareFs> {
    await mkdir(root, { recursive: true });
    const realRoot = await realpath(root);
    await mkdir(preferredStaging, { recursive: true, mode: 0o700 });
    const staging = (await renamesInto(preferredStaging, realRoot)) ? preferredStaging : join(realRoot, '.mesh-share-staging');
    await mkdir(staging, { recursive: true, mode: 0o700 });
    // Leftovers of uploads cut by a crash are never renamed into place; drop them.
    for (const name of await readdir(staging)) {
      if (name.startsWith('upload-')) await rm(join(staging, name), { force: true });
    }
    return new ShareFs(realRoot, staging);
  }

  /** Where this share stages whole files before renaming them into place. */
  get staging(): string {
    return this.stagingDir;
  }

  pathOf(segments: readonly string[]): string {
    return segments.length === 0 ? this.root : this.root + sep + segments.join(sep);
  }

  /** True when a real path is the root or inside it. */
  private contains(real: string): boolean {
    return real === this.root || real.startsWith(this.root + sep);
  }

  /**
   * Look a share path up. Throws 403 when the name (or a folder on the way)
   * is a link leaving the share; reserved names read as absent.
   */
  async resolve(segments: readonly string[]): Promise<Resource> {
    if (segments.length > 0 && RESERVED_NAMES.has(segments[0]!)) throw forbidden('This name is reserved by the share.');
    const path = this.pathOf(segments);
    let real: string | null = null;
    try {
      real = await realpath(path);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    if (real !== null) {
      if (!this.contains(real)) throw outsideShare();
      const stats = await stat(real, { bigint: true });
      return { segments, path, stats, isCollection: stats.isDirectory(), real };
    }
    // The name does not exist (or is a dangling link); its parent must still be inside.
    if (segments.length > 0) {
      try {
        const parentReal = await realpath(this.pathOf(segments.slice(0, -1)));
        if (!this.contains(parentReal)) throw outsideShare();
      } catch (error) {
        if (!isMissing(error) && !isNotDir(error)) throw error;
      }
      // A dangling link must not be written through: creating its target would land wherever it points.
      try {
        const link = await lstat(path);
        if (link.isSymbolicLink()) throw outsideShare();
      } catch (error) {
        if (!isMissing(error) && !isNotDir(error)) throw error;
      }
    }
    return { segments, path, stats: null, isCollection: false };
  }

  /** Whether the parent of a path is an existing collection (PUT, MKCOL, COPY and MOVE need it). */
  async parentIsCollection(segments: readonly string[]): Promise<boolean> {
    if (segments.length === 0) return false;
    const parent = await this.resolve(segments.slice(0, -1));
    return parent.stats !== null && parent.isCollection;
  }

  /**
   * The members of a collection with their stats. Links leaving the share,
   * dangling links, reserved names and things that are neither files nor
   * folders (sockets, devices) are left out.
   */
  async list(collection: Resource): Promise<DirectoryEntry[]> {
    const dirents = await readdir(collection.path, { withFileTypes: true });
    const entryOf = async (dirent: (typeof dirents)[number]): Promise<DirectoryEntry | null> => {
      if (collection.segments.length === 0 && RESERVED_NAMES.has(dirent.name)) return null;
      if (!dirent.name.isWellFormed()) return null;
      const full = collection.path + sep + dirent.name;
      try {
        if (dirent.isSymbolicLink()) {
          const real = await realpath(full);
          if (!this.contains(real)) return null;
        } else if (!dirent.isFile() && !dirent.isDirectory()) {
          return null;
        }
        const stats = await stat(full, { bigint: true });
        if (!stats.isFile() && !stats.isDirectory()) return null;
        return { name: dirent.name, stats, isCollection: stats.isDirectory() };
      } catch {
        return null; // vanished or unreadable between readdir and stat
      }
    };
    // Stat in small batches: a thousand stats at once would fill libuv's four
    // threads and make every other request's file access wait behind them.
    const entries: DirectoryEntry[] = [];
    for (let i = 0; i < dirents.length; i += LIST_BATCH) {
      for (const entry of await Promise.all(dirents.slice(i, i + LIST_BATCH).map(entryOf))) if (entry) entries.push(entry);
    }
    return entries;
  }

  /**
   * Stream a body into a staging file and rename it onto `target` only when
   * the whole body arrived. On any failure the staging file is removed and
   * the old content (if any) is untouched. `limit` caps the bytes accepted;
   * `expectedBytes` (a Content-Length) only sizes the write buffers.
   */
  async writeAtomically(target: Resource, body: Readable, limit: number, expectedBytes?: number): Promise<{ bytes: number }> {
    const staging = join(this.stagingDir, `upload-${randomBytes(12).toString('hex')}`);
    let bytes = 0;
    // A plain listener beside the pipe: a transform stage costs a promise per 16 KiB TLS record.
    let sinceCollection = 0;
    const count = (chunk: Buffer): void => {
      bytes += chunk.length;
      sinceCollection += chunk.length;
      if (sinceCollection >= COLLECT_EVERY_BYTES) {
        sinceCollection = 0;
        collectTransferGarbage();
      }
      // Fail the file side: destroying the request would take its socket (and our 413) with it.
      if (bytes > limit) sink.destroy(new HttpError(413, 'too-large', `The upload is larger than this share accepts (${limit} bytes).`));
    };
    const sink = new FileSink(staging, { mode: 0o644, expectedBytes });
    body.on('data', count);
    try {
      await pipeline(body, sink);
      await rename(staging, target.path);
    } catch (error) {
      await rm(staging, { force: true });
      throw error;
    } finally {
      body.off('data', count);
    }
    return { bytes };
  }

  /**
   * Copy a file or folder (with `depth` infinity, everything below it) to a
   * path that does not exist yet. Each file is copied into staging and
   * renamed into place, so no copy is ever seen half-written. Links leaving
   * the share are not copied (list() leaves them out).
   */
  async copyTree(source: Resource, destinationPath: string, depth: '0' | 'infinity'): Promise<void> {
    if (!source.isCollection) {
      const staging = join(this.stagingDir, `upload-${randomBytes(12).toString('hex')}`);
      try {
        await copyFile(await realpath(source.path), staging);
        await rename(staging, destinationPath);
      } catch (error) {
        await rm(staging, { force: true });
        throw error;
      }
      return;
    }
    await mkdir(destinationPath);
    if (depth === '0') return;
    for (const entry of await this.list(source)) {
      const child: Resource = { segments: [...source.segments, entry.name], path: source.path + sep + entry.name, stats: entry.stats, isCollection: entry.isCollection };
      await this.copyTree(child, destinationPath + sep + entry.name, depth);
    }
  }

  /** Open a file for reading without following a final link (containment was checked by resolve). */
  async openForRead(resource: Resource): Promise<import('node:fs/promises').FileHandle> {
    const real = resource.real ?? (await realpath(resource.path));
    if (!this.contains(real)) throw outsideShare();
    return open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
  }
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

export function isNotDir(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOTDIR';
}

/** True when a file in `from` can be renamed into `to` (same mount, not just same device). */
async function renamesInto(from: string, to: string): Promise<boolean> {
  const probe = `upload-probe-${randomBytes(6).toString('hex')}`;
  const source = join(from, probe);
  const target = join(to, `.${probe}`);
  const handle = await open(source, 'wx', 0o600);
  await handle.close();
  try {
    await rename(source, target);
    await rm(target, { force: true });
    return true;
  } catch (error) {
    await rm(source, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EXDEV') return false;
    throw error;
  }
}
