/**
 * Record cache of an mDNS querier (RFC 6762 §5.2, §7.1, §10). Pure: the
 * clock is passed to every call, randomness is injected.
 *
 * - A record (name, type, class, rdata) lives until its TTL runs out; it is
 *   "refreshed" when heard again (from anyone: answers to other hosts'
 *   queries refresh us too).
 * - Refresh points at 80, 85, 90 and 95 % of the TTL, each plus 0-2 %
 *   random (§5.2); the owner decides which of them to query for.
 * - A goodbye (TTL 0) makes the record expire one second later (§10.1).
 * - A record with the cache-flush bit makes the other records of its RRset
 *   that were received more than one second earlier expire one second later
 *   (§10.2).
 * - Known answers for a query: records with more than half their TTL left
 *   (§7.1), with the remaining TTL.
 */
import { rrsetKey, recordKey, type ResourceRecord } from './wire.js';

export const REFRESH_FRACTIONS = [0.8, 0.85, 0.9, 0.95] as const;
/** Records claiming more than a day are kept for a day. */
export const MAX_CACHE_TTL = 86400;

export interface CacheEntry {
  readonly key: string;
  readonly rrset: string;
  record: ResourceRecord;
  /** ms, when last heard. */
  received: number;
  /** seconds, as last heard (capped). */
  ttl: number;
  /** ms. */
  expires: number;
  /** ms, ascending; refresh points not yet used. */
  refreshAt: number[];
  /** Expiring because of a goodbye. */
  goodbye: boolean;
  /** Expiring because a cache-flush record replaced it. */
  flushed: boolean;
  /** Increases every time the record is heard: the newest of an RRset has the highest. */
  heard: number;
}

export type AddResult = 'added' | 'refreshed' | 'goodbye' | 'ignored';

export class RecordCache {
  private readonly byKey = new Map<string, CacheEntry>();
  private readonly byRrset = new Map<string, Set<string>>();
  private counter = 0;

  constructor(private readonly random: () => number = Math.random) {}

  get size(): number {
    return this.byKey.size;
  }

  entries(): IterableIterator<CacheEntry> {
    return this.byKey.values();
  }

  getEntry(key: string): CacheEntry | undefined {
    return this.byKey.get(key);
  }

  /** Entries of an RRset, oldest heard first. */
  get(r: Pick<ResourceRecord, 'name' | 'type' | 'cls'>): CacheEntry[] {
    const keys = this.byRrset.get(rrsetKey(r));
    if (!keys) return [];
    return [...keys].map((k) => this.byKey.get(k)!).sort((a, b) => a.heard - b.heard);
  }

  add(record: ResourceRecord, now: number): AddResult {
    const key = recordKey(record);
    const existing = this.byKey.get(key);
    if (record.ttl === 0) {
      if (!existing || existing.goodbye) return 'ignored';
      existing.goodbye = true;
      existing.expires = Math.min(existing.expires, now + 1000);
      existing.refreshAt = [];
      return 'goodbye';
    }
    const ttl = Math.min(record.ttl, MAX_CACHE_TTL);
    const entry: CacheEntry = existing ?? {
      key,
      rrset: rrsetKey(record),
      record,
      received: now,
      ttl,
      expires: 0,
      refreshAt: [],
      goodbye: false,
      flushed: false,
      heard: 0,
    };
    entry.record = record;
    entry.received = now;
    entry.ttl = ttl;
    entry.expires = now + ttl * 1000;
    entry.refreshAt = REFRESH_FRACTIONS.map((f) => now + ttl * 1000 * (f + this.random() * 0.02));
    entry.goodbye = false;
    entry.flushed = false;
    entry.heard = ++this.counter;
    if (existing) return 'refreshed';
    this.byKey.set(key, entry);
    let set = this.byRrset.get(entry.rrset);
    if (!set) this.byRrset.set(entry.rrset, (set = new Set()));
    set.add(key);
    return 'added';
  }

  /**
   * §10.2: `record` arrived with the cache-flush bit; other records of its
   * RRset heard more than a second ago (and not in `keep`) expire in 1 s.
   * Returns the entries that were set to expire.
   */
  flushOthers(record: ResourceRecord, now: number, keep: ReadonlySet<string>): CacheEntry[] {
    const out: CacheEntry[] = [];
    for (const e of this.get(record)) {
      if (keep.has(e.key) || e.received > now - 1000 || e.flushed || e.goodbye) continue;
      e.flushed = true;
      e.expires = Math.min(e.expires, now + 1000);
      e.refreshAt = [];
      out.push(e);
    }
    return out;
  }

  remove(key: string): CacheEntry | undefined {
    const e = this.byKey.get(key);
    if (!e) return undefined;
    this.byKey.delete(key);
    const set = this.byRrset.get(e.rrset);
    set?.delete(key);
    if (set && set.size === 0) this.byRrset.delete(e.rrset);
    return e;
  }

  /** Seconds of TTL left (may be negative once expired). */
  remaining(e: CacheEntry, now: number): number {
    return (e.expires - now) / 1000;
  }

  /** §7.1: records of the RRset with more than half their TTL left, TTL set to what remains. */
  knownAnswers(r: Pick<ResourceRecord, 'name' | 'type' | 'cls'>, now: number): ResourceRecord[] {
    const out: ResourceRecord[] = [];
    for (const e of this.get(r)) {
      if (e.goodbye || e.flushed) continue;
      const left = this.remaining(e, now);
      if (left > e.ttl / 2) out.push({ ...e.record, ttl: Math.floor(left) });
    }
    return out;
  }

  /** Remove and return entries whose time is up. */
  takeExpired(now: number): CacheEntry[] {
    const out: CacheEntry[] = [];
    for (const e of this.byKey.values()) if (e.expires <= now) out.push(e);
    for (const e of out) this.remove(e.key);
    return out;
  }

  /** Entries with a refresh point at or before `now`. */
  dueRefresh(now: number): CacheEntry[] {
    const out: CacheEntry[] = [];
    for (const e of this.byKey.values()) if (e.refreshAt.length > 0 && e.refreshAt[0]! <= now) out.push(e);
    return out;
  }

  /** A refresh query went out (ours, or an equivalent one by another host): use up the points until `until`. */
  refreshSent(e: CacheEntry, until: number): void {
    while (e.refreshAt.length > 0 && e.refreshAt[0]! <= until) e.refreshAt.shift();
  }

  /** Earliest time something is due (a refresh point or an expiry), or undefined when empty. */
  nextDue(): number | undefined {
    let next: number | undefined;
    for (const e of this.byKey.values()) {
      const t = e.refreshAt.length > 0 ? Math.min(e.refreshAt[0]!, e.expires) : e.expires;
      if (next === undefined || t < next) next = t;
    }
    return next;
  }
}
