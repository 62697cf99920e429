/**
 * Saved groups for `send --to NAME`: `DATA_DIR/groups.json`. Members are
 * kept as typed (nicks or PeerIds) and resolved at each send, so a group
 * follows a child whose laptop was replaced under the same nick.
 */
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../files.js';
import type { Logger } from '../logger.js';
import { foldName, looksLikePeerId } from './recipients.js';

export const GROUPS_FILE = 'groups.json';
const MAX_NAME_CHARS = 64;
const MAX_MEMBER_CHARS = 256;
const MAX_MEMBERS = 1000;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export type GroupErrorCode = 'invalid-name' | 'invalid-member' | 'no-members' | 'not-found';

export class GroupError extends Error {
  constructor(
    readonly code: GroupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GroupError';
  }
}

interface GroupsFile {
  version: 1;
  groups: Record<string, string[]>;
}

export class Groups {
  private readonly path: string;
  private readonly log: Logger;
  private groups = new Map<string, string[]>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(dataDir: string, log: Logger) {
    this.path = join(dataDir, GROUPS_FILE);
    this.log = log;
  }

  static async open(options: { dataDir: string; log: Logger }): Promise<Groups> {
    const groups = new Groups(options.dataDir, options.log);
    await groups.load();
    return groups;
  }

  /** Name -> members, sorted by name (a copy: resolveRecipients takes it as is). */
  list(): Map<string, string[]> {
    return new Map([...this.groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, members]) => [name, [...members]]));
  }

  get(name: string): string[] | undefined {
    const key = this.keyOf(name);
    return key === undefined ? undefined : [...this.groups.get(key)!];
  }

  /** Create or replace a group (names compare case-insensitively; the new spelling is kept). Throws GroupError. */
  async set(name: string, members: readonly string[]): Promise<void> {
    const clean = checkName(name);
    const list = checkMembers(clean, members);
    return this.exclusive(async () => {
      const old = this.keyOf(clean);
      const next = new Map(this.groups);
      if (old !== undefined) next.delete(old);
      next.set(clean, list);
      await this.save(next);
      this.groups = next;
    });
  }

  /** Throws GroupError 'not-found'. */
  remove(name: string): Promise<void> {
    return this.exclusive(async () => {
      const key = this.keyOf(name.trim());
      if (key === undefined) throw new GroupError('not-found', `There is no group called '${name.trim()}'; 'mesh-share group' lists them.`);
      const next = new Map(this.groups);
      next.delete(key);
      await this.save(next);
      this.groups = next;
    });
  }

  private keyOf(name: string): string | undefined {
    const folded = foldName(name);
    for (const key of this.groups.keys()) if (foldName(key) === folded) return key;
    return undefined;
  }

  private async load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const groups = parseGroups(text);
    if (groups === null) {
      // Kept for a human; the next save would otherwise overwrite what may be a class list typed by hand.
      await rename(this.path, `${this.path}.damaged`).catch(() => undefined);
      this.log.warn(`${this.path} is damaged; it was moved aside and the groups start empty`, { file: `${this.path}.damaged` });
      return;
    }
    this.groups = groups;
  }

  private save(groups: Map<string, string[]>): Promise<void> {
    const file: GroupsFile = { version: 1, groups: Object.fromEntries(groups) };
    return writeFileAtomically(this.path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function checkName(name: string): string {
  const clean = typeof name === 'string' ? name.normalize('NFC').trim() : '';
  const invalid = (why: string): GroupError => new GroupError('invalid-name', `A group name ${why}.`);
  if (clean === '') throw invalid('cannot be empty');
  if (Array.from(clean).length > MAX_NAME_CHARS) throw invalid(`has at most ${MAX_NAME_CHARS} characters`);
  if (clean.includes(',') || CONTROL.test(clean)) throw invalid('cannot contain commas or control characters');
  if (clean.toLowerCase() === 'all') throw invalid("cannot be 'all': that already means every laptop");
  if (looksLikePeerId(clean)) throw invalid('cannot look like a PeerId');
  return clean;
}

function checkMembers(group: string, members: readonly string[]): string[] {
  const list: string[] = [];
  const seen = new Set<string>();
  for (const raw of members) {
    const member = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
    if (member === '') continue;
    if (Array.from(member).length > MAX_MEMBER_CHARS || member.includes(',') || CONTROL.test(member)) {
      throw new GroupError('invalid-member', `'${member.slice(0, 40)}' is not a laptop name or PeerId; members are names as 'mesh-share peers' shows them, or PeerIds.`);
    }
    if (member.toLowerCase() === 'all' || foldName(member) === foldName(group)) {
      throw new GroupError('invalid-member', `A group cannot contain '${member}'; list the laptops by name or PeerId.`);
    }
    const key = foldName(member);
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(member);
  }
  if (list.length === 0) throw new GroupError('no-members', `The group '${group}' needs at least one member; to delete it: mesh-share group ${group} --remove`);
  if (list.length > MAX_MEMBERS) throw new GroupError('invalid-member', `A group has at most ${MAX_MEMBERS} members.`);
  return list;
}

function parseGroups(text: string): Map<string, string[]> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || (raw as GroupsFile).version !== 1) return null;
  const groups = (raw as GroupsFile).groups;
  if (typeof groups !== 'object' || groups === null || Array.isArray(groups)) return null;
  const out = new Map<string, string[]>();
  for (const [name, members] of Object.entries(groups)) {
    if (!Array.isArray(members) || !members.every((m) => typeof m === 'string')) return null;
    out.set(name, [...members]);
  }
  return out;
}
