/**
 * mDNS querier for DNS-SD browsing (RFC 6762 §5.2, §7, §10; RFC 6763).
 *
 * - Continuous PTR query per browsed type: first after 20-120 ms, then
 *   1 s, 2 s, 4 s ... capped at 60 min (plus a little jitter so laptops do
 *   not fall into step), with known answers (§7.1).
 * - Duplicate question suppression (§7.3): another host's query with the
 *   same question whose known answers we would all list too counts as ours.
 * - Only records of what we browse are cached: PTR of browsed types, SRV and
 *   TXT of their instances, A of the SRV targets. Everything arriving in
 *   any response refreshes the cache, so one host's refresh serves all.
 * - Cache maintenance: refresh queries at 80/85/90/95 % of TTL (+0-2 %),
 *   skipped when refreshed meanwhile; all that falls due together goes in
 *   one packet; expiry at TTL -> 'down' 'expired'; goodbye -> 'down'
 *   'goodbye' one second later.
 * - Instances seen without SRV/TXT/A get up to four resolve queries
 *   (0, 1, 2, 4 s), batched.
 * - One timer for everything, set to the next due time; nothing runs while
 *   nothing is due.
 */
import { EventEmitter } from 'node:events';
import type { Logger } from '../../agent/logger.js';
import { RecordCache, type CacheEntry } from './cache.js';
import { checkServiceType, instanceLabelOf, nameKey, unescapeLabel } from './names.js';
import { decodeTxt, typeDomain, txtToMap, type TxtEntry } from './records.js';
import { Alarm, type Timers } from './timers.js';
import { CLASS_IN, encodeMessage, FLAG_TC, recordKey, TYPE, type Message, type Question, type ResourceRecord } from './wire.js';

export interface DiscoveredService {
  type: string;
  name: string;
  fullName: string;
  host: string;
  port: number;
  addresses: string[];
  txt: TxtEntry[];
  txtMap: Record<string, string | true>;
  lastSeen: number;
}

export interface ServiceBrowser {
  readonly type: string;
  services(): DiscoveredService[];
  on(event: 'up' | 'changed', listener: (s: DiscoveredService) => void): this;
  on(event: 'down', listener: (s: DiscoveredService, reason: 'goodbye' | 'expired') => void): this;
  stop(): void;
}

export interface QuerierDeps {
  log: Logger;
  send(message: Message): void;
  timers: Timers;
  now(): number;
  random(): number;
  /**
   * True for a record this host publishes itself. Such records are never
   * cached: a copy of our own announcement that comes back late (a busy
   * event loop misses the transport's own-packet window) would otherwise
   * be refreshed by queries nobody else can answer, every TTL, forever.
   */
  isOwnRecord?(record: ResourceRecord): boolean;
}

export const QUERY_INTERVAL_CAP = 60 * 60 * 1000;
/**
 * Resolving a half-seen instance (a PTR without SRV, TXT or address) backs
 * off 1, 2, 4 ... s up to this for RESOLVE_PATIENT_ATTEMPTS questions: a
 * neighbour too busy to answer the first ones (thirty laptops starting at
 * once) is found within a minute, not at the next refresh wave. After that
 * the interval keeps doubling up to the hour of §5.2 (a host that never
 * gets an IPv4 address is asked about rarely, not every minute).
 */
export const RESOLVE_INTERVAL_CAP = 60 * 1000;
/** Least time between two early queries caused by a neighbour knowing more than we do. */
const ASK_SOON_GAP = 60 * 1000;
const RESOLVE_PATIENT_ATTEMPTS = 10;
/** A classroom has dozens; beyond this something is wrong (or hostile): new ones are ignored. */
const MAX_INSTANCES = 1000;
/** Keep questions of one query packet under this many bytes (known answers may add TC packets). */
const QUESTION_BYTES = 900;

type DownReason = 'goodbye' | 'expired';

interface TypeState {
  type: string;
  typeName: string;
  browsers: Set<BrowserImpl>;
  nextAt: number;
  /** Gap after the next query. */
  interval: number;
  /** When a neighbour's known answers last made us ask early (at most once a minute). */
  askedSoonAt?: number;
}

interface InstanceState {
  key: string;
  fullName: string;
  typeKey: string;
  view: DiscoveredService | null;
  resolveAttempts: number;
  nextResolve: number | undefined;
}

class BrowserImpl implements ServiceBrowser {
  private readonly emitter = new EventEmitter();
  stopped = false;

  constructor(
    readonly type: string,
    private readonly querier: Querier,
  ) {}

  services(): DiscoveredService[] {
    return this.stopped ? [] : this.querier.servicesOf(this.type);
  }

  on(event: 'up' | 'changed', listener: (s: DiscoveredService) => void): this;
  on(event: 'down', listener: (s: DiscoveredService, reason: 'goodbye' | 'expired') => void): this;
  on(event: string, listener: (...args: never[]) => void): this {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
    return this;
  }

  emit(event: 'up' | 'changed' | 'down', service: DiscoveredService, reason?: DownReason): void {
    if (this.stopped) return;
    for (const listener of this.emitter.listeners(event)) {
      try {
        (listener as (s: DiscoveredService, r?: DownReason) => void)(copyService(service), reason);
      } catch (error) {
        this.querier.deps.log.warn(`a DNS-SD '${event}' listener threw`, { type: this.type, error: String(error) });
      }
    }
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.querier.unbrowse(this);
  }
}

function copyService(s: DiscoveredService): DiscoveredService {
  return {
    ...s,
    addresses: [...s.addresses],
    txt: s.txt.map((e) => ({ key: e.key, value: e.value === null ? null : e.value.slice() })),
    txtMap: Object.assign(Object.create(null) as Record<string, string | true>, s.txtMap),
  };
}

function sameView(a: DiscoveredService, b: DiscoveredService): boolean {
  if (a.host !== b.host || a.port !== b.port || a.name !== b.name) return false;
  if (a.addresses.length !== b.addresses.length || a.addresses.some((x, i) => x !== b.addresses[i])) return false;
  if (a.txt.length !== b.txt.length) return false;
  for (let i = 0; i < a.txt.length; i++) {
    const x = a.txt[i]!;
    const y = b.txt[i]!;
    if (x.key !== y.key) return false;
    if (x.value === null || y.value === null) {
      if (x.value !== y.value) return false;
    } else if (Buffer.compare(x.value, y.value) !== 0) {
      return false;
    }
  }
  return true;
}

function questionKey(q: { name: string; type: number }): string {
  return `${nameKey(q.name)}|${q.type}`;
}

export class Querier {
  readonly deps: QuerierDeps;
  readonly cache: RecordCache;
  private readonly types = new Map<string, TypeState>();
  private readonly instances = new Map<string, InstanceState>();
  private readonly alarm: Alarm;
  private running = false;

  constructor(deps: QuerierDeps) {
    this.deps = deps;
    this.cache = new RecordCache(deps.random);
    this.alarm = new Alarm(deps.timers, deps.now, () => this.tick());
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const now = this.deps.now();
    for (const t of this.types.values()) t.nextAt = now + 20 + this.deps.random() * 100;
    this.reschedule();
  }

  stop(): void {
    this.running = false;
    this.alarm.cancel();
    for (const t of this.types.values()) for (const b of t.browsers) b.stopped = true;
    this.types.clear();
    this.instances.clear();
  }

  browse(type: string): ServiceBrowser {
    checkServiceType(type);
    const typeName = typeDomain(type);
    const key = nameKey(typeName);
    let state = this.types.get(key);
    const browser = new BrowserImpl(type, this);
    if (!state) {
      state = { type, typeName, browsers: new Set(), nextAt: this.deps.now() + 20 + this.deps.random() * 100, interval: 1000 };
      this.types.set(key, state);
      if (this.running) this.reschedule();
    }
    state.browsers.add(browser);
    return browser;
  }

  unbrowse(browser: BrowserImpl): void {
    const key = nameKey(typeDomain(browser.type));
    const state = this.types.get(key);
    if (!state) return;
    state.browsers.delete(browser);
    if (state.browsers.size > 0) return;
    this.types.delete(key);
    for (const [k, inst] of this.instances) if (inst.typeKey === key) this.instances.delete(k);
    for (const e of [...this.cache.entries()]) if (!this.isRelevant(e.record)) this.cache.remove(e.key);
    this.collectHosts();
    this.reschedule();
  }

  servicesOf(type: string): DiscoveredService[] {
    const key = nameKey(typeDomain(type));
    const out: DiscoveredService[] = [];
    for (const inst of this.instances.values()) if (inst.typeKey === key && inst.view) out.push(copyService(inst.view));
    return out;
  }

  // ------------------------------------------------------------ relevance

  private isBrowsedPtr(r: ResourceRecord): boolean {
    return r.type === TYPE.PTR && r.data.kind === 'PTR' && this.types.has(nameKey(r.name)) && instanceLabelOf(r.data.target, r.name) !== undefined;
  }

  private trackedHosts(): Set<string> {
    const hosts = new Set<string>();
    for (const inst of this.instances.values()) {
      for (const e of this.cache.get({ name: inst.fullName, type: TYPE.SRV, cls: CLASS_IN })) {
        if (e.record.data.kind === 'SRV') hosts.add(nameKey(e.record.data.target));
      }
    }
    return hosts;
  }

  private isRelevant(r: ResourceRecord): boolean {
    if (r.cls !== CLASS_IN) return false;
    if (r.type === TYPE.PTR) return this.isBrowsedPtr(r);
    if (r.type === TYPE.SRV || r.type === TYPE.TXT) return this.instances.has(nameKey(r.name));
    if (r.type === TYPE.A) return this.trackedHosts().has(nameKey(r.name));
    return false;
  }

  // ------------------------------------------------------------ incoming

  handleResponse(message: Message): void {
    if (!this.running || this.types.size === 0) return;
    const now = this.deps.now();
    const isOwn = this.deps.isOwnRecord;
    const records = [...message.answers, ...message.additionals].filter((r) => r.cls === CLASS_IN && !(isOwn && isOwn(r)));
    const accepted: ResourceRecord[] = [];
    const affected = new Set<string>();
    // PTRs first: they make instances tracked; then SRV/TXT of tracked instances; then A of their hosts.
    for (const r of records) {
      if (!this.isBrowsedPtr(r) || r.data.kind !== 'PTR') continue;
      const key = nameKey(r.data.target);
      if (r.ttl > 0 && !this.instances.has(key) && this.instances.size >= MAX_INSTANCES) {
        this.deps.log.debug('mDNS: too many services; ignoring a new one', { name: r.data.target });
        continue;
      }
      accepted.push(r);
      if (r.ttl > 0 && !this.instances.has(key)) {
        this.instances.set(key, { key, fullName: r.data.target, typeKey: nameKey(r.name), view: null, resolveAttempts: 0, nextResolve: now + 20 + this.deps.random() * 100 });
      }
      affected.add(key);
    }
    for (const r of records) {
      if ((r.type !== TYPE.SRV && r.type !== TYPE.TXT) || !this.instances.has(nameKey(r.name))) continue;
      if ((r.type === TYPE.SRV && r.data.kind !== 'SRV') || (r.type === TYPE.TXT && r.data.kind !== 'TXT')) {
        this.deps.log.debug('mDNS: ignoring a malformed record', { name: r.name, type: r.type });
        continue;
      }
      accepted.push(r);
      affected.add(nameKey(r.name));
    }
    const hosts = this.trackedHosts();
    for (const r of records) {
      if (r.type === TYPE.SRV && r.data.kind === 'SRV' && r.ttl > 0 && this.instances.has(nameKey(r.name))) hosts.add(nameKey(r.data.target));
    }
    for (const r of records) {
      if (r.type !== TYPE.A || r.data.kind !== 'A' || !hosts.has(nameKey(r.name))) continue;
      accepted.push(r);
      for (const k of this.instancesOnHost(nameKey(r.name))) affected.add(k);
    }
    if (accepted.length === 0) return;
    const keep = new Set(accepted.map(recordKey));
    const newSrv: ResourceRecord[] = [];
    for (const r of accepted) {
      if (this.cache.add(r, now) === 'added' && r.type === TYPE.SRV) newSrv.push(r);
      if (r.flush && r.ttl > 0) this.cache.flushOthers(r, now, keep);
    }
    // A new SRV target needs its address: resolve soon (a fresh round of attempts).
    for (const r of newSrv) {
      if (r.data.kind !== 'SRV' || this.cache.get({ name: r.data.target, type: TYPE.A, cls: CLASS_IN }).length > 0) continue;
      const inst = this.instances.get(nameKey(r.name));
      if (!inst) continue;
      inst.resolveAttempts = 0;
      inst.nextResolve = Math.min(inst.nextResolve ?? Infinity, now + 20 + this.deps.random() * 100);
    }
    for (const k of affected) this.reconcile(k);
    this.reschedule();
  }

  /** §7.3 duplicate question suppression: another host asked what we were going to ask. */
  handleQuery(message: Message): void {
    if (!this.running || this.types.size === 0 || (message.flags & FLAG_TC) !== 0) return;
    const now = this.deps.now();
    let changed = false;
    for (const q of message.questions) {
      if (q.cls !== CLASS_IN || q.qu) continue;
      const ours = new Set(this.cache.knownAnswers({ name: q.name, type: q.type, cls: CLASS_IN }, now).map(recordKey));
      // Our own records are never in our cache, but in everyone else's known answers: they are not news.
      const theirs = message.answers.filter((r) => nameKey(r.name) === nameKey(q.name) && r.type === q.type && this.deps.isOwnRecord?.(r) !== true);
      const state = q.type === TYPE.PTR ? this.types.get(nameKey(q.name)) : undefined;
      if (!theirs.every((r) => ours.has(recordKey(r)))) {
        // They know a service we do not: its announcements did not reach us (a lost packet, or a start when
        // every laptop speaks at once). Ask again soon, with our known answers, so only what we lack is sent,
        // instead of waiting out a backoff that may have grown to an hour.
        if (state && this.askSoon(state, now)) changed = true;
        continue;
      }
      if (state) {
        this.querySent(state, now);
        changed = true;
      }
      for (const e of this.cache.get({ name: q.name, type: q.type, cls: CLASS_IN })) {
        const until = now + e.ttl * 1000 * 0.05;
        if (e.refreshAt.length > 0 && e.refreshAt[0]! <= until) {
          this.cache.refreshSent(e, until);
          changed = true;
        }
      }
    }
    if (changed) this.reschedule();
  }

  /** Brings the next query of a type forward to within a second (its backoff goes on). False when it is that near already, or was done within the minute. */
  private askSoon(state: TypeState, now: number): boolean {
    // Once a minute at most: a record some caches keep and nobody answers for (a laptop gone without a
    // goodbye) must not turn every neighbour's query into one of ours.
    if (state.askedSoonAt !== undefined && now - state.askedSoonAt < ASK_SOON_GAP) return false;
    const at = now + 200 + this.deps.random() * 800;
    if (state.nextAt <= at) return false;
    state.askedSoonAt = now;
    state.nextAt = at;
    return true;
  }

  private querySent(state: TypeState, at: number): void {
    state.nextAt = at + state.interval + 20 + this.deps.random() * (100 + state.interval * 0.02);
    state.interval = Math.min(state.interval * 2, QUERY_INTERVAL_CAP);
  }

  private instancesOnHost(hostKey: string): string[] {
    const out: string[] = [];
    for (const inst of this.instances.values()) {
      const srv = this.newest(inst.fullName, TYPE.SRV);
      if (srv && srv.record.data.kind === 'SRV' && nameKey(srv.record.data.target) === hostKey) out.push(inst.key);
    }
    return out;
  }

  /** Newest live record of an RRset (one not already replaced by a cache-flush), else the newest. */
  private newest(name: string, type: number): CacheEntry | undefined {
    const entries = this.cache.get({ name, type, cls: CLASS_IN });
    const live = entries.filter((e) => !e.flushed);
    return (live.length > 0 ? live : entries).at(-1);
  }

  private ptrFor(inst: InstanceState): CacheEntry | undefined {
    const state = this.types.get(inst.typeKey);
    if (!state) return undefined;
    return this.cache.get({ name: state.typeName, type: TYPE.PTR, cls: CLASS_IN }).find((e) => e.record.data.kind === 'PTR' && nameKey(e.record.data.target) === inst.key);
  }

  /** Recompute one instance's view and emit up/changed/down. */
  private reconcile(key: string, reason: DownReason = 'expired'): void {
    const inst = this.instances.get(key);
    if (!inst) return;
    const state = this.types.get(inst.typeKey);
    if (!state) return;
    const ptr = this.ptrFor(inst);
    const srv = this.newest(inst.fullName, TYPE.SRV);
    const txt = this.newest(inst.fullName, TYPE.TXT);
    if (!ptr) {
      this.instances.delete(key);
      this.dropInstanceRecords(inst);
      if (inst.view) this.lost(state, inst.view, reason);
      return;
    }
    if (!srv || !txt || srv.record.data.kind !== 'SRV' || txt.record.data.kind !== 'TXT') {
      if (inst.view) {
        // It was complete and lost its SRV or TXT: the service is gone.
        this.instances.delete(key);
        this.cache.remove(ptr.key);
        this.dropInstanceRecords(inst);
        this.lost(state, inst.view, reason);
      }
      return;
    }
    const host = srv.record.data.target;
    const addresses: string[] = [];
    for (const a of this.cache.get({ name: host, type: TYPE.A, cls: CLASS_IN })) {
      if (a.record.data.kind === 'A' && !a.flushed && !addresses.includes(a.record.data.address)) addresses.push(a.record.data.address);
    }
    const txtEntries = decodeTxt(txt.record.data.strings);
    const label = instanceLabelOf(inst.fullName, state.typeName)!;
    const view: DiscoveredService = {
      type: state.type,
      name: unescapeLabel(label),
      fullName: inst.fullName,
      host,
      port: srv.record.data.port,
      addresses,
      txt: txtEntries,
      txtMap: txtToMap(txtEntries),
      lastSeen: Math.max(ptr.received, srv.received, txt.received),
    };
    const previous = inst.view;
    inst.view = view;
    if (!previous) this.emit(state, 'up', view);
    else if (!sameView(previous, view)) this.emit(state, 'changed', view);
  }

  /**
   * A service is gone. When it just went quiet (no goodbye), its answers may
   * only have been lost on the radio: ask for the type once more within
   * 1-3 s (other browsers' identical queries suppress theirs, §7.3).
   */
  private lost(state: TypeState, view: DiscoveredService, reason: DownReason): void {
    if (reason === 'expired') state.nextAt = Math.min(state.nextAt, this.deps.now() + 1000 + this.deps.random() * 2000);
    this.emit(state, 'down', view, reason);
  }

  private dropInstanceRecords(inst: InstanceState): void {
    for (const type of [TYPE.SRV, TYPE.TXT]) for (const e of this.cache.get({ name: inst.fullName, type, cls: CLASS_IN })) this.cache.remove(e.key);
    this.collectHosts();
  }

  /** Forget A records no tracked SRV points to. */
  private collectHosts(): void {
    const hosts = this.trackedHosts();
    for (const e of [...this.cache.entries()]) if (e.record.type === TYPE.A && !hosts.has(nameKey(e.record.name))) this.cache.remove(e.key);
  }

  private emit(state: TypeState, event: 'up' | 'changed' | 'down', view: DiscoveredService, reason?: DownReason): void {
    for (const b of [...state.browsers]) b.emit(event, view, reason);
  }

  // ------------------------------------------------------------ timers

  private tick(): void {
    if (!this.running) return;
    try {
      this.expire();
      this.sendDue();
    } catch (error) {
      this.deps.log.warn('mDNS querier timer failed', { error: String(error) });
    }
    this.reschedule();
  }

  private expire(): void {
    const now = this.deps.now();
    const removed = this.cache.takeExpired(now);
    if (removed.length === 0) return;
    const touched = new Map<string, DownReason>();
    const hostsTouched = new Set<string>();
    for (const e of removed) {
      const r = e.record;
      const reason: DownReason = e.goodbye ? 'goodbye' : 'expired';
      if (r.type === TYPE.PTR && r.data.kind === 'PTR') touched.set(nameKey(r.data.target), reason);
      else if (r.type === TYPE.SRV || r.type === TYPE.TXT) {
        const k = nameKey(r.name);
        // A record replaced through cache-flush is not a loss.
        if (!e.flushed || !touched.has(k)) touched.set(k, e.flushed ? touched.get(k) ?? 'expired' : reason);
      } else if (r.type === TYPE.A) hostsTouched.add(nameKey(r.name));
    }
    for (const h of hostsTouched) for (const k of this.instancesOnHost(h)) if (!touched.has(k)) touched.set(k, 'expired');
    for (const [k, reason] of touched) this.reconcile(k, reason);
  }

  private sendDue(): void {
    const now = this.deps.now();
    const questions = new Map<string, Question>();
    const ask = (name: string, type: number): void => {
      const q = { name, type, cls: CLASS_IN, qu: false };
      questions.set(questionKey(q), q);
    };
    for (const state of this.types.values()) {
      if (state.nextAt <= now) {
        ask(state.typeName, TYPE.PTR);
        this.querySent(state, now);
      }
    }
    const due = this.cache.dueRefresh(now);
    if (due.length > 0) {
      // Whatever falls due within the jitter window goes in the same packet.
      for (const e of this.cache.entries()) {
        const until = now + e.ttl * 1000 * 0.025;
        if (e.refreshAt.length > 0 && e.refreshAt[0]! <= until) {
          ask(e.record.name, e.record.type);
          this.cache.refreshSent(e, until);
        }
      }
    }
    for (const inst of this.instances.values()) {
      if (inst.nextResolve === undefined || inst.nextResolve > now) continue;
      const srv = this.newest(inst.fullName, TYPE.SRV);
      const txt = this.newest(inst.fullName, TYPE.TXT);
      let asked = false;
      if (!srv) {
        ask(inst.fullName, TYPE.SRV);
        asked = true;
      }
      if (!txt) {
        ask(inst.fullName, TYPE.TXT);
        asked = true;
      }
      if (srv && srv.record.data.kind === 'SRV' && this.cache.get({ name: srv.record.data.target, type: TYPE.A, cls: CLASS_IN }).length === 0) {
        ask(srv.record.data.target, TYPE.A);
        asked = true;
      }
      if (asked) {
        inst.resolveAttempts++;
        inst.nextResolve = now + resolveDelay(inst.resolveAttempts);
      } else {
        inst.nextResolve = undefined;
        inst.resolveAttempts = 0;
      }
    }
    if (questions.size === 0) return;
    this.sendQueries([...questions.values()], now);
  }

  private sendQueries(questions: Question[], now: number): void {
    let chunk: Question[] = [];
    const flush = (): void => {
      if (chunk.length === 0) return;
      const knownAnswers: ResourceRecord[] = [];
      const seen = new Set<string>();
      for (const q of chunk) {
        for (const k of this.cache.knownAnswers(q, now)) {
          const key = recordKey(k);
          if (!seen.has(key)) knownAnswers.push(k);
          seen.add(key);
        }
      }
      this.deps.send({ id: 0, flags: 0, questions: chunk, answers: knownAnswers, authorities: [], additionals: [] });
      chunk = [];
    };
    for (const q of questions) {
      const size = encodeMessage({ id: 0, flags: 0, questions: [...chunk, q], answers: [], authorities: [], additionals: [] }).length;
      if (size > QUESTION_BYTES && chunk.length > 0) flush();
      chunk.push(q);
    }
    flush();
  }

  private reschedule(): void {
    if (!this.running) return;
    let next: number | undefined = this.cache.nextDue();
    for (const t of this.types.values()) if (next === undefined || t.nextAt < next) next = t.nextAt;
    for (const i of this.instances.values()) if (i.nextResolve !== undefined && (next === undefined || i.nextResolve < next)) next = i.nextResolve;
    if (next === undefined) {
      this.alarm.cancel();
      return;
    }
    this.alarm.setAt(Math.max(next, this.deps.now() + 5));
  }

  /** For tests and stats: how many records are cached. */
  get cacheSize(): number {
    return this.cache.size;
  }
}

/** Milliseconds after the `attempt`th resolving question (1-based) until the next. */
export function resolveDelay(attempt: number): number {
  const doubling = 1000 * 2 ** Math.min(Math.max(attempt - 1, 0), 30);
  return Math.min(attempt <= RESOLVE_PATIENT_ATTEMPTS ? RESOLVE_INTERVAL_CAP : QUERY_INTERVAL_CAP, doubling);
}
