import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { open as openFile, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import bcrypt from 'bcryptjs';
import aprMd5Module from 'apache-md5';
import { writeFileAtomically } from '../../agent/files.js';
import type { Logger } from '../../agent/logger.js';

/** Longest user name we accept, in characters. */
export const MAX_USER_LENGTH = 64;
/** Longest password we accept, in UTF-8 bytes; keeps a hostile request from making us hash megabytes. */
export const MAX_PASSWORD_BYTES = 1024;
/** bcrypt only looks at this many bytes of a password (Apache's htpasswd has the same limit). */
export const BCRYPT_MAX_BYTES = 72;
const BCRYPT_COST = 10;

type AprMd5 = (password: string, salt?: string) => string;
// apache-md5 is CommonJS (`module.exports = fn`) but its typings say `export default`:
// from ESM Node hands us the function itself; accept either shape.
const loaded = aprMd5Module as unknown as AprMd5 | { default: AprMd5 };
const aprMd5: AprMd5 = typeof loaded === 'function' ? loaded : loaded.default;

// Control characters would break the one-line-per-user file format or hide in logs.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Returns why a user name cannot be used, in plain words, or undefined when it is fine. */
export function checkUserName(name: string): string | undefined {
  const length = [...name].length;
  if (length === 0) return 'The user name is empty.';
  if (length > MAX_USER_LENGTH) return `The user name is too long (at most ${MAX_USER_LENGTH} characters).`;
  if (name.includes(':')) return 'A user name cannot contain a colon (:).';
  if (CONTROL.test(name)) return 'A user name cannot contain tabs, line breaks or other invisible characters.';
  return undefined;
}

/** Returns why a password cannot be used, in plain words, or undefined when it is fine. */
export function checkPassword(password: string): string | undefined {
  const bytes = Buffer.byteLength(password, 'utf8');
  if (bytes === 0) return 'The password is empty.';
  if (bytes > MAX_PASSWORD_BYTES) return `The password is too long (at most ${MAX_PASSWORD_BYTES} characters).`;
  return undefined;
}

type HashKind = 'bcrypt' | 'apr1' | 'sha1' | 'unknown';

function hashKind(hash: string): HashKind {
  if (/^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(hash)) return 'bcrypt';
  if (/^\$apr1\$[^$]{1,8}\$[./A-Za-z0-9]{22}$/.test(hash)) return 'apr1';
  if (/^\{SHA\}[A-Za-z0-9+/]{27}=$/.test(hash)) return 'sha1';
  return 'unknown';
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

async function checkHash(kind: HashKind, hash: string, password: string): Promise<boolean> {
  switch (kind) {
    case 'bcrypt':
      // bcryptjs accepts $2y$ as well as $2a$/$2b$ (checked against apache2-utils output in the tests).
      return bcrypt.compare(password, hash);
    case 'apr1': {
      // apache-md5 feeds the password to MD5 one char = one byte; hand it the UTF-8 bytes as
      // latin1 text so non-ASCII passwords hash the way Apache (which sees raw bytes) does.
      const asBytes = Buffer.from(password, 'utf8').toString('latin1');
      return sameBytes(Buffer.from(aprMd5(asBytes, hash), 'latin1'), Buffer.from(hash, 'latin1'));
    }
    case 'sha1': {
      const expected = Buffer.from(hash.slice('{SHA}'.length), 'base64');
      return sameBytes(createHash('sha1').update(password, 'utf8').digest(), expected);
    }
    case 'unknown':
      return false;
  }
}

type Line = { kind: 'entry'; user: string; hash: string; raw: string } | { kind: 'other'; raw: string };

interface Stamp {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
}

function sameStamp(a: Stamp | null, b: Stamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

function parse(text: string): Line[] {
  const rawLines = text.split('\n');
  // A trailing newline is not a line of its own; we add it back when writing.
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  return rawLines.map((raw): Line => {
    // Apache strips trailing blanks from each line before reading it.
    const line = raw.replace(/\s+$/, '');
    if (line === '' || line.trimStart().startsWith('#')) return { kind: 'other', raw };
    const colon = line.indexOf(':');
    if (colon <= 0) return { kind: 'other', raw };
    const user = line.slice(0, colon);
    // Like mod_authn_file: the hash ends at the next colon; anything after is ignored.
    const rest = line.slice(colon + 1);
    const nextColon = rest.indexOf(':');
    return { kind: 'entry', user, hash: nextColon === -1 ? rest : rest.slice(0, nextColon), raw };
  });
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

export interface HtpasswdOptions {
  /**
   * Watch the folder so a change made by `htpasswd` or `mesh-share passwd`
   * invalidates cached sign-ins at once. On by default; one-shot commands turn it off.
   */
  watch?: boolean;
}

/**
 * An Apache-compatible htpasswd file. It is re-read when it changes on disk
 * (another process may run `htpasswd -B` or `mesh-share passwd` while the
 * agent serves), found by a directory watch plus one stat per real password
 * check, so nothing runs while the agent is idle.
 */
export class HtpasswdFile {
  readonly path: string;
  private readonly log: Logger;
  private lines: Line[] = [];
  private entries = new Map<string, string>();
  private stamp: Stamp | null = null;
  private versionNumber = 0;
  private watcher: FSWatcher | null = null;
  /** Set by the watcher; without a working watcher every refresh stats the file. */
  private dirty = true;
  private reloading: Promise<void> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly warned = new Set<string>();

  private constructor(path: string, log: Logger) {
    this.path = path;
    this.log = log;
  }

  static async open(path: string, log: Logger, options: HtpasswdOptions = {}): Promise<HtpasswdFile> {
    const file = new HtpasswdFile(path, log);
    if (options.watch ?? true) file.startWatching();
    await file.reloadIfChanged(true);
    return file;
  }

  /**
   * Changes whenever the set of users or any password changes. Cached
   * sign-ins remember the version they were checked against.
   */
  get version(): number {
    return this.versionNumber;
  }

  users(): string[] {
    return [...this.entries.keys()];
  }

  has(user: string): boolean {
    return this.entries.has(user);
  }

  /**
   * Brings the in-memory table up to date. Costs nothing when the watcher
   * has seen no change; otherwise one stat, and a read only if the file differs.
   */
  async refresh(): Promise<void> {
    if (this.watcher !== null && !this.dirty) return;
    await this.reloadIfChanged(false);
  }

  async verify(user: string, password: string): Promise<boolean> {
    if (checkUserName(user) !== undefined || checkPassword(password) !== undefined) return false;
    // Always one stat on a real check: the watcher's event may still be on its way.
    await this.reloadIfChanged(false);
    const hash = this.entries.get(user);
    if (hash === undefined) return false;
    const kind = hashKind(hash);
    if (kind === 'unknown') {
      const key = `${user}:${hash}`;
      if (!this.warned.has(key)) {
        this.warned.add(key);
        this.log.warn(`The password of "${user}" is stored in a form this agent cannot check, so "${user}" cannot sign in. Run: mesh-share passwd ${user}`, { file: this.path });
      }
      return false;
    }
    return checkHash(kind, hash, password);
  }

  /** Sets (or adds) a user's password, stored as bcrypt so Apache's tools accept it too. */
  async setPassword(user: string, password: string): Promise<void> {
    const userProblem = checkUserName(user);
    if (userProblem !== undefined) throw new Error(userProblem);
    const passwordProblem = checkPassword(password);
    if (passwordProblem !== undefined) throw new Error(passwordProblem);
    // bcryptjs writes $2b$; Apache writes $2y$. They are the same algorithm, and $2y$ is
    // what older Apache builds and htpasswd itself recognise.
    const hash = `$2y$${(await bcrypt.hash(password, BCRYPT_COST)).slice(4)}`;
    const run = this.writing.then(() => this.writeEntry(user, hash));
    // Keep the queue going after a failed write; the caller still sees the error.
    this.writing = run.catch(() => undefined);
    await run;
  }

  /** Stops watching the folder. The object still works, checking the file by stat. */
  close(): void {
    this.watcher?.close();
    this.watcher = null;
    this.dirty = true;
  }

  private async writeEntry(user: string, hash: string): Promise<void> {
    // Start from what is on disk now, so edits made by other tools since we last read are kept.
    await this.reloadIfChanged(true);
    const newLine = `${user}:${hash}`;
    let replaced = false;
    const lines: Line[] = [];
    for (const line of this.lines) {
      if (line.kind === 'entry' && line.user === user) {
        // Only the first entry for a user counts (as in Apache); later duplicates are dropped.
        if (!replaced) lines.push({ kind: 'entry', user, hash, raw: newLine });
        replaced = true;
      } else {
        lines.push(line);
      }
    }
    if (!replaced) lines.push({ kind: 'entry', user, hash, raw: newLine });
    const text = lines.map((line) => `${line.raw}\n`).join('');
    await writeFileAtomically(this.path, text, { mode: 0o600, durable: true });
    this.applyLines(lines);
    this.stamp = await readStamp(this.path);
  }

  private startWatching(): void {
    const name = basename(this.path);
    try {
      // persistent: false so an open share file never keeps the process alive on its own.
      this.watcher = watch(dirname(this.path), { persistent: false }, (_event, filename) => {
        if (filename === null || String(filename) === name) this.dirty = true;
      });
      this.watcher.on('error', () => {
        // The folder went away or cannot be watched: fall back to a stat per check.
        this.close();
      });
    } catch {
      // A missing folder or no inotify left: stat on every check instead.
      this.watcher = null;
    }
  }

  private reloadIfChanged(force: boolean): Promise<void> {
    // Concurrent checks share one stat/read instead of each starting their own.
    if (this.reloading !== null && !force) return this.reloading;
    const run = (async () => {
      this.dirty = false;
      const stamp = await readStamp(this.path);
      if (!force && sameStamp(stamp, this.stamp)) return;
      let text = '';
      if (stamp !== null) {
        try {
          text = await readFile(this.path, 'utf8');
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
      const lines = parse(text);
      const changed = !sameEntries(lines, this.lines);
      this.lines = lines;
      if (changed) this.applyLines(lines);
      this.stamp = stamp;
    })();
    const tracked = run.finally(() => {
      if (this.reloading === tracked) this.reloading = null;
    });
    this.reloading = tracked;
    return tracked;
  }

  private applyLines(lines: Line[]): void {
    const entries = new Map<string, string>();
    for (const line of lines) {
      if (line.kind === 'entry' && !entries.has(line.user)) entries.set(line.user, line.hash);
    }
    this.lines = lines;
    this.entries = entries;
    this.versionNumber += 1;
  }
}

function sameEntries(a: Line[], b: Line[]): boolean {
  const pick = (lines: Line[]): string => lines.flatMap((line) => (line.kind === 'entry' ? [`${line.user}:${line.hash}`] : [])).join('\n');
  return pick(a) === pick(b);
}

async function readStamp(path: string): Promise<Stamp | null> {
  try {
    const info = await stat(path);
    return { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

