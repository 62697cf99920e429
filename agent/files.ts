import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write a small file (a key, the password file, agent.json, a property
 * file) through a temporary file and a rename, so a reader or a crash never
 * sees half of it. The mode is applied exactly (open() filters it through
 * the umask). `durable` also syncs the data and the folder, for files whose
 * loss would lock the user out.
 */
export async function writeFileAtomically(path: string, text: string, options: { mode: number; durable?: boolean }): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', options.mode);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.chmod(options.mode);
      if (options.durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  if (options.durable) {
    try {
      const folder = await open(dirname(path), 'r');
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
    } catch {
      // Not every file system lets a folder be synced; the rename is still atomic.
    }
  }
}

/** A file-system failure in words a teacher understands. */
export function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'you are not allowed to write there';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk can only be read, not written';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of that path is a file, not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
