import { isAbsolute } from 'node:path';
import { MeshShareError } from '../dbus/errors.js';

/**
 * A path an activity or the CLI gave that must be a full path: text, not
 * empty, no NUL, starting with /. Refusals are InvalidArgs in a teacher's
 * words; `missing` is the sentence for an empty one (it says what to give).
 */
export function checkFullPath(path: unknown, missing: string): string {
  if (typeof path !== 'string' || path.trim() === '') throw new MeshShareError('InvalidArgs', missing);
  if (path.includes('\0')) throw new MeshShareError('InvalidArgs', 'The path contains a NUL character.');
  if (!isAbsolute(path)) throw new MeshShareError('InvalidArgs', `"${path}" is not a full path; it must start with /.`);
  return path;
}
