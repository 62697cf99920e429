/**
 * One list of neighbours merged from every source. Observations that share
 * a PeerId, or a host name, are one laptop: a child's XO running Sugar
 * (Salut presence) and mesh-share (our share, libp2p) is one entry.
 *
 * An entry is online while one of its DNS-SD records is alive; libp2p's
 * mDNS has no goodbye, so it only decides for laptops seen by nothing else.
 * Entries that went away stay listed as gone for a while, then are dropped.
 *
 * Events, only on real changes (a refresh that changes nothing is silent):
 * `appeared` (new, or back online), `changed` (online, something shown
 * changed), `vanished` (went offline). No timer runs unless something is
 * due to expire.
 */
import { EventEmitter } from 'node:events';
import type { Observation, PeerSource } from './observation.js';

export interface PeerEntry {
  /** The PeerId when known, else `presence:...` or `webdavs:...` of its first record. */
  id: string;
  peerId?: string;
  nick: string;
  color?: string;
  host?: string;
  addresses: string[];
  shareUrl?: string;
  status?: string;
  message?: string;
  sources: PeerSource[];
  /** ms since 1970. */
  lastSeen: number;
  online: boolean;
}

export interface PeerListOptions {
  /** Observations carrying this PeerId are this laptop's own and are ignored. */
  selfPeerId?: string;
  /** How long a gone entry stays listed (default 10 min). */
  goneRetentionMs?: number;
  now?: () => number;
}

interface Held {
  observation: Observation;
  /** Set when the source said goodbye or its record expired. */
  lostAt?: number;
}

export interface PeerListEvents {
  appeared: [PeerEntry];
  changed: [PeerEntry];
  vanished: [string];
}

const SOURCE_ORDER: readonly PeerSource[] = ['webdavs', 'presence', 'libp2p'];
const DEFAULT_GONE_RETENTION_MS = 10 * 60_000;

export class PeerList extends EventEmitter<PeerListEvents> {
  private readonly held = new Map<string, Held>();
  private entries = new Map<string, PeerEntry>();
  private readonly selfPeerId: string | undefined;
  private readonly goneRetentionMs: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private timerDue = Infinity;

  constructor(options: PeerListOptions = {}) {
    super();
    this.selfPeerId = options.selfPeerId;
    this.goneRetentionMs = options.goneRetentionMs ?? DEFAULT_GONE_RETENTION_MS;
    this.now = options.now ?? Date.now;
  }

  /** A source saw (or refreshed) a record. */
  observe(observation: Observation): void {
    if (observation.peerId !== undefined && observation.peerId === this.selfPeerId) return;
    this.held.set(observation.key, { observation: { ...observation, addresses: [...observation.addresses] } });
    this.update();
  }

  /** A source's record said goodbye or expired. */
  lose(key: string): void {
    const held = this.held.get(key);
    if (!held || held.lostAt !== undefined) return;
    held.lostAt = this.now();
    this.update();
  }

  /** Drop a record without calling it gone (it turned out to be this laptop's own). */
  forget(key: string): void {
    if (this.held.delete(key)) this.update();
  }

  list(): PeerEntry[] {
    return [...this.entries.values()].map(copyEntry).sort(byNick);
  }

  get(id: string): PeerEntry | undefined {
    const entry = this.entries.get(id);
    return entry ? copyEntry(entry) : undefined;
  }

  /** Stop the expiry timer (the list keeps its contents). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerDue = Infinity;
  }

  /** Recompute entries, emit what changed, and arm the timer for the next expiry. */
  private update(): void {
    const now = this.now();
    for (const [key, held] of this.held) {
      if (held.lostAt !== undefined && now - held.lostAt >= this.goneRetentionMs) this.held.delete(key);
      else if (held.lostAt === undefined && held.observation.expiresAt !== undefined && held.observation.expiresAt <= now) held.lostAt = held.observation.expiresAt;
    }
    const next = mergeObservations([...this.held.values()], now);
    const before = this.entries;
    this.entries = next;
    for (const [id, entry] of next) {
      const old = before.get(id);
      if (entry.online && (!old || !old.online)) this.emit('appeared', copyEntry(entry));
      else if (!entry.online && old?.online) this.emit('vanished', id);
      else if (entry.online && old && !sameShown(old, entry)) this.emit('changed', copyEntry(entry));
    }
    for (const [id, old] of before) {
      if (!next.has(id) && old.online) this.emit('vanished', id);
    }
    this.arm(now);
  }

  private arm(now: number): void {
    let due = Infinity;
    for (const held of this.held.values()) {
      if (held.lostAt !== undefined) due = Math.min(due, held.lostAt + this.goneRetentionMs);
      else if (held.observation.expiresAt !== undefined) due = Math.min(due, held.observation.expiresAt);
    }
    if (due === this.timerDue) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerDue = due;
    if (due === Infinity) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerDue = Infinity;
      this.update();
    }, Math.max(0, due - now) + 5);
    this.timer.unref();
  }
}

/**
 * Group observations into laptops and build one entry per group. Pure:
 * the same observations give the same entries.
 */
export function mergeObservations(helds: readonly Held[], now: number): Map<string, PeerEntry> {
  // Union-find over observations linked by PeerId or host name.
  const parent = helds.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // A group's PeerId: two laptops briefly announcing one host name (before a conflict rename) must not merge.
  const groupPeer = helds.map((held) => held.observation.peerId);
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [pa, pb] = [groupPeer[ra], groupPeer[rb]];
    if (pa !== undefined && pb !== undefined && pa !== pb) return;
    parent[ra] = rb;
    groupPeer[rb] = pb ?? pa;
  };
  const byLink = new Map<string, number>();
  // PeerId links first, so host links see each group's PeerId.
  for (const kind of ['peer', 'host'] as const) {
    helds.forEach((held, i) => {
      const value = kind === 'peer' ? held.observation.peerId : held.observation.host;
      if (!value) return;
      const link = `${kind}:${value}`;
      const other = byLink.get(link);
      if (other === undefined) byLink.set(link, i);
      else union(i, other);
    });
  }
  const groups = new Map<number, Held[]>();
  helds.forEach((held, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(held);
    groups.set(root, group);
  });

  const entries = new Map<string, PeerEntry>();
  for (const group of groups.values()) {
    const entry = entryOf(group, now);
    entries.set(entry.id, entry);
  }
  return entries;
}

function entryOf(group: Held[], now: number): PeerEntry {
  // Most trusted source first, then the freshest record, so names come from our own TXT before Salut's.
  const ordered = [...group].sort(
    (a, b) => SOURCE_ORDER.indexOf(a.observation.source) - SOURCE_ORDER.indexOf(b.observation.source) || b.observation.lastSeen - a.observation.lastSeen,
  );
  const pick = <K extends keyof Observation>(key: K): Observation[K] | undefined => {
    for (const held of ordered) if (held.lostAt === undefined && held.observation[key] !== undefined) return held.observation[key];
    for (const held of ordered) if (held.observation[key] !== undefined) return held.observation[key];
    return undefined;
  };
  const hasDnsSd = group.some((held) => held.observation.source !== 'libp2p');
  const alive = (held: Held): boolean => held.lostAt === undefined && (held.observation.expiresAt === undefined || held.observation.expiresAt > now);
  const online = group.some((held) => alive(held) && (held.observation.source !== 'libp2p' || !hasDnsSd));
  const peerId = pick('peerId');
  const firstKey = [...group].map((held) => held.observation.key).sort()[0]!;
  const addresses = [...new Set(ordered.filter(alive).flatMap((held) => held.observation.addresses))].sort(compareAddresses);
  const entry: PeerEntry = {
    id: peerId ?? firstKey,
    nick: pick('nick') ?? pick('host')?.replace(/\.local$/, '') ?? (peerId ? `${peerId.slice(-6)}` : firstKey),
    addresses,
    // Online: who reports it now; gone: who did, so the list can still say what it was.
    sources: SOURCE_ORDER.filter((source) => group.some((held) => held.observation.source === source && (!online || alive(held)))),
    lastSeen: Math.max(...group.map((held) => held.lostAt ?? held.observation.lastSeen)),
    online,
  };
  if (peerId !== undefined) entry.peerId = peerId;
  const optional = ['color', 'host', 'shareUrl', 'status', 'message'] as const;
  for (const key of optional) {
    const value = pick(key);
    if (typeof value === 'string') entry[key] = value;
  }
  return entry;
}

/** Link-local first (what works on a mesh), then numerically. */
function compareAddresses(a: string, b: string): number {
  const rank = (x: string): number => (x.startsWith('169.254.') ? 0 : x.includes(':') ? 2 : 1);
  return rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true });
}

function sameShown(a: PeerEntry, b: PeerEntry): boolean {
  const { lastSeen: _a, ...restA } = a;
  const { lastSeen: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

function copyEntry(entry: PeerEntry): PeerEntry {
  return { ...entry, addresses: [...entry.addresses], sources: [...entry.sources] };
}

function byNick(a: PeerEntry, b: PeerEntry): number {
  return a.nick.localeCompare(b.nick) || a.id.localeCompare(b.id);
}
