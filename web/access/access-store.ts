import type { Logger } from '../../agent/logger.js';
import { isWithin } from '../dav/share-path.js';
import { parsePrincipalName } from './principals.js';
import type { AccessRecord, AccessFacts, PeerAccess } from './policy.js';
import { StateFile } from './state-file.js';

interface FileShape {
  version: 1;
  /** Share key -> what is recorded about that resource. */
  entries: Record<string, AccessRecord>;
}

/** At most this many principals on one recipient list. */
export const MAX_RECIPIENTS = 1000;

/**
 * Owners and recipient lists (XEP-0129), keyed by share path like the dead
 * properties and kept in one JSON file in the data dir, never in the share.
 * The WebDAV handlers keep it in step: created resources get their owner,
 * DELETE forgets, MOVE moves, COPY copies the lists and makes the copier the
 * owner. Every change is on disk before the request that made it is
 * answered.
 */
export class AccessStore {
  private readonly byKey = new Map<string, AccessRecord>();
  private readonly file: StateFile;
  private restricted = 0;

  private constructor(path: string) {
    this.file = new StateFile(path, () => ({ version: 1, entries: Object.fromEntries(this.byKey) }) satisfies FileShape);
  }

  static async open(path: string, log: Logger): Promise<AccessStore> {
    const store = new AccessStore(path);
    const data = (await StateFile.read(path, log, 'the owners and recipient lists')) as Partial<FileShape> | null;
    const entries = typeof data?.entries === 'object' && data.entries !== null ? data.entries : {};
    let dropped = 0;
    for (const [key, value] of Object.entries(entries)) {
      const record = validRecord(key, value);
      if (record === null) dropped += 1;
      else store.put(key, record);
    }
    if (dropped > 0) log.warn('some saved owner records were damaged and are dropped; those files belong to the share again', { dropped });
    return store;
  }

  get(key: string): AccessRecord | undefined {
    return this.byKey.get(key);
  }

  /** Resources with a record. */
  get size(): number {
    return this.byKey.size;
  }

  /** True when any resource has a recipient list: listings then check each member. */
  get hasRestrictions(): boolean {
    return this.restricted > 0;
  }

  *below(key: string): Iterable<readonly [string, AccessRecord]> {
    for (const entry of this.byKey) if (entry[0] !== key && isWithin(entry[0], key)) yield entry;
  }

  /** The rules' view of this store. */
  facts(peerAccess: PeerAccess): AccessFacts {
    return { record: (key) => this.byKey.get(key), recordsBelow: (key) => this.below(key), peerAccess };
  }

  /** A new resource: whatever was recorded under its name is dropped, then its owner (and recipient list) recorded. */
  async create(key: string, owner: string, recipients?: readonly string[]): Promise<void> {
    this.dropTree(key);
    this.put(key, recipients === undefined ? { owner } : { owner, recipients: [...recipients] });
    await this.file.save();
  }

  /** Set (an array; empty = pending) or clear (undefined) a resource's recipient list, keeping its owner. */
  async setRecipients(key: string, recipients: readonly string[] | undefined): Promise<void> {
    const current = this.byKey.get(key);
    const owner = current?.owner;
    const next: AccessRecord = { ...(owner === undefined ? {} : { owner }), ...(recipients === undefined ? {} : { recipients: [...recipients] }) };
    this.remove(key);
    if (next.owner !== undefined || next.recipients !== undefined) this.put(key, next);
    await this.file.save();
  }

  async forgetTree(key: string): Promise<void> {
    if (this.dropTree(key)) await this.file.save();
  }

  async moveTree(from: string, to: string): Promise<void> {
    let changed = this.dropTree(to);
    const moved: [string, AccessRecord][] = [];
    for (const [k, record] of this.byKey) if (isWithin(k, from)) moved.push([to + k.slice(from.length), record]);
    for (const [k] of moved) this.remove(from + k.slice(to.length));
    for (const [k, record] of moved) this.put(k, record);
    changed ||= moved.length > 0;
    if (changed) await this.file.save();
  }

  /**
   * COPY: the copy belongs to whoever copied (what is inside it too, by
   * inheritance), and keeps the recipient lists, so a restricted file is not
   * opened up by copying it.
   */
  async copyTree(from: string, to: string, owner: string, deep: boolean): Promise<void> {
    this.dropTree(to);
    const copies: [string, AccessRecord][] = [];
    for (const [k, record] of this.byKey) {
      if (k === from || (deep && isWithin(k, from))) {
        if (record.recipients !== undefined) copies.push([to + k.slice(from.length), { recipients: [...record.recipients] }]);
      }
    }
    const top = copies.find(([k]) => k === to)?.[1];
    for (const [k, record] of copies) if (k !== to) this.put(k, record);
    this.put(to, top?.recipients === undefined ? { owner } : { owner, recipients: top.recipients });
    await this.file.save();
  }

  flush(): Promise<void> {
    return this.file.flush();
  }

  private put(key: string, record: AccessRecord): void {
    this.remove(key);
    this.byKey.set(key, record);
    if (record.recipients !== undefined) this.restricted += 1;
  }

  private remove(key: string): void {
    const old = this.byKey.get(key);
    if (old === undefined) return;
    this.byKey.delete(key);
    if (old.recipients !== undefined) this.restricted -= 1;
  }

  private dropTree(key: string): boolean {
    const doomed = [...this.byKey.keys()].filter((k) => isWithin(k, key));
    for (const k of doomed) this.remove(k);
    return doomed.length > 0;
  }
}

function validRecord(key: string, value: unknown): AccessRecord | null {
  if (key.startsWith('/') || key.endsWith('/') || key.includes('//')) return null;
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const owner = typeof v.owner === 'string' && /^(user|peer):./.test(v.owner) ? v.owner : undefined;
  let recipients: string[] | undefined;
  if (v.recipients !== undefined) {
    recipients = [];
    // A damaged list fails closed: the resource stays readable by its owner only, never by everyone.
    for (const entry of Array.isArray(v.recipients) ? v.recipients.slice(0, MAX_RECIPIENTS) : []) {
      const name = typeof entry === 'string' ? parsePrincipalName(entry) : null;
      if (name !== null) recipients.push(name);
    }
  }
  if (owner === undefined && recipients === undefined) return null;
  return { ...(owner === undefined ? {} : { owner }), ...(recipients === undefined ? {} : { recipients }) };
}
