/**
 * The last step of receiving: give a complete, verified file its name in
 * the inbox. The file appears whole or not at all, never replaces anything,
 * and never lands outside the inbox.
 *
 * The final step is always one that fails instead of replacing: link()
 * (EEXIST → try the next name). When the data folder and the inbox are on
 * different disks (the inbox on a memory stick), the file is first copied
 * into a hidden staging folder on the inbox's disk, then linked from there.
 * On a disk with no hard links at all (FAT), the name is reserved by an
 * exclusive create and the copy renamed over that empty reservation: for a
 * moment the name shows an empty file, but nothing another program created
 * can be replaced.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link as fsLink, lstat, mkdir, open, readdir, realpath, rename, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { FileReceiveError } from './errors.js';
import { nameCandidates } from './file-names.js';

/** Prefix of the hidden staging folders in the inbox's root (one per copy across disks); leftovers of a crash go when the store starts. */
export const STAGING_PREFIX = '.mesh-share-staging-';

/** Errors of link() that mean "no hard link possible here", not "name taken". */
const NO_HARD_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

export type LinkFunction = (existing: string, newPath: string) => Promise<void>;

export interface PlaceOptions {
  inboxDir: string;
  /** realpath(inboxDir), for the containment check. */
  realInbox: string;
  link?: LinkFunction;
}

/**
 * Puts `source` (a complete file) into the inbox at the sanitised
 * `segments`, creating the folders. Returns the absolute path it got.
 * `source` stays where it is; the caller removes it.
 */
export async function placeInInbox(source: string, segments: readonly string[], options: PlaceOptions): Promise<string> {
  const link = options.link ?? fsLink;
  const folder = await makeFolders(options.inboxDir, segments.slice(0, -1));
  await checkInside(folder, options.realInbox);
  const name = segments[segments.length - 1]!;
  const linked = await linkUnderFreeName(link, source, folder, name);
  if (linked !== null) return linked;
  // Another disk: copy aside on the inbox's disk first, so the name only ever shows a whole file.
  // A folder of its own per copy: concurrent copies cannot remove each other's.
  const staging = join(options.inboxDir, `${STAGING_PREFIX}${randomBytes(12).toString('hex')}`);
  await mkdir(staging, { mode: 0o700 });
  const temp = join(staging, 'file');
  try {
    await copyFile(source, temp, constants.COPYFILE_EXCL);
    await syncFile(temp);
    return (await linkUnderFreeName(link, temp, folder, name)) ?? (await renameOverReservation(temp, folder, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Creates (or reuses) each folder under the inbox. A name taken by a file
 * or a symbolic link is never followed nor replaced: the folder gets the
 * next free name instead (`Project (2)`). Folders of a send that exist
 * already are reused, so a folder sent twice fills the same folder (its
 * files numbered where names clash).
 */
async function makeFolders(root: string, folders: readonly string[]): Promise<string> {
  let current = root;
  for (const folder of folders) {
    let next: string | null = null;
    for (const candidate of nameCandidates(folder)) {
      const path = join(current, candidate);
      try {
        await mkdir(path, { mode: 0o755 });
        next = path;
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      if ((await lstat(path)).isDirectory()) {
        next = path;
        break;
      }
    }
    if (next === null) throw new FileReceiveError('io', `There are too many files called "${folder}" in ${current}.`);
    current = next;
  }
  return current;
}

/** Belt and braces after makeFolders: whatever happened to the folders meanwhile, the target is inside the inbox. */
async function checkInside(folder: string, realInbox: string): Promise<void> {
  const real = await realpath(folder);
  if (real !== realInbox && !real.startsWith(realInbox.endsWith(sep) ? realInbox : realInbox + sep)) {
    throw new FileReceiveError('io', `Refusing to write to ${real}: it is outside the inbox ${realInbox}.`);
  }
}

/** The path it was linked under, or null when this disk cannot hard-link it. */
async function linkUnderFreeName(link: LinkFunction, source: string, folder: string, name: string): Promise<string | null> {
  for (const candidate of nameCandidates(name)) {
    const target = join(folder, candidate);
    try {
      await link(source, target);
      await syncFolder(folder);
      return target;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') continue;
      if (NO_HARD_LINK.has(code)) return null;
      throw error;
    }
  }
  throw new FileReceiveError('io', `There are too many files called "${name}" in ${folder}; rename or remove some of them.`);
}

async function renameOverReservation(temp: string, folder: string, name: string): Promise<string> {
  for (const candidate of nameCandidates(name)) {
    const target = join(folder, candidate);
    try {
      // O_EXCL: the reservation is ours alone, so the rename below replaces nothing but it.
      await (await open(target, 'wx', 0o644)).close();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      await rename(temp, target);
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
    await syncFolder(folder);
    return target;
  }
  throw new FileReceiveError('io', `There are too many files called "${name}" in ${folder}; rename or remove some of them.`);
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** So a power cut right after "received" does not lose the new name (best effort: not every file system allows it). */
async function syncFolder(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // the link itself is still atomic
  }
}

/** Removes staging folders a crash left in the inbox's root (call before any placement runs). */
export async function removeStaging(inboxDir: string): Promise<void> {
  for (const entry of await readdir(inboxDir)) {
    if (entry.startsWith(STAGING_PREFIX)) await rm(join(inboxDir, entry), { recursive: true, force: true });
  }
}
