/**
 * mDNS responder for our own records (RFC 6762 §6-§10, RFC 6763 §12):
 * probing, announcing, answering, conflict handling, goodbyes.
 *
 * Entities: the host name (only when hostRecords = 'publish') and each
 * published service. An entity probes (3 queries 250 ms apart with its
 * records in the authority section), then announces (twice, 1 s apart), then
 * answers. A conflicting response while probing renames it ('Name (2)',
 * 'xo-2'); a conflicting cache-flush record after announcing sends it back to
 * probing (§9), which renames it if the other host defends the name. A
 * simultaneous probe is settled by the §8.2 tiebreak.
 *
 * Answers: known-answer suppression (§7.1), at most one multicast of a record
 * per second (§6, 250 ms for probe defence), shared answers delayed 20-120 ms
 * and aggregated, duplicate answer suppression (§7.4), unique answers at
 * once, QU answered by unicast when the record was multicast recently,
 * legacy unicast (source port != 5353) answered directly (§6.7), queries with
 * TC wait 400-500 ms for the rest of their known answers (§7.2).
 *
 * No sockets here: packets go out through `send`, come in through
 * handleQuery/handleResponse; timers and clock are injected.
 */
import { EventEmitter } from 'node:events';
import type { Logger } from '../../agent/logger.js';
import { checkHostLabel, DnsSdError, instanceFullName, joinName, nameKey, nextHostLabel, nextServiceName } from './names.js';
import {
  aRecord,
  checkServiceDescription,
  encodeTxt,
  enumerationRecord,
  isIPv4,
  nsecRecord,
  ptrRecord,
  srvRecord,
  txtRecord,
  type ServiceDescription,
  type Ttls,
  type TxtEntry,
} from './records.js';
import { Alarm, type Timers } from './timers.js';
import { CLASS_ANY, CLASS_IN, compareRecordSets, FLAG_AA, FLAG_RESPONSE, FLAG_TC, recordKey, TYPE, type Message, type Question, type ResourceRecord } from './wire.js';

export interface Destination {
  address: string;
  port: number;
}

export interface ResponderDeps {
  log: Logger;
  send(message: Message, destination?: Destination): void;
  timers: Timers;
  now(): number;
  random(): number;
  hostLabel: string;
  hostRecords: 'publish' | 'system';
  addresses(): string[];
  ttls: Ttls;
  /** The mDNS port; queries from another port are legacy unicast. */
  port: number;
}

export interface PublishedService {
  readonly name: string;
  readonly fullName: string;
  updateTxt(txt: TxtEntry[]): void;
  withdraw(): Promise<void>;
  on(event: 'renamed', listener: (newName: string, oldName: string) => void): this;
}

type State = 'idle' | 'probing' | 'waiting-host' | 'announced' | 'withdrawn';

const PROBE_INTERVAL = 250;
const PROBE_COUNT = 3;
const ANNOUNCE_COUNT = 2;
const ANNOUNCE_INTERVAL = 1000;
const GOODBYE_REPEAT_GAP = 100;

/** Common probing/announcing machinery of the host and of a service. */
abstract class Entity {
  state: State = 'idle';
  probesSent = 0;
  everAnnounced = false;
  readonly probeAlarm: Alarm;
  readonly announceAlarm: Alarm;
  announcesLeft = 0;
  conflictTimes: number[] = [];

  constructor(protected readonly responder: Responder) {
    this.probeAlarm = responder.alarm(() => this.responder.probeStep(this));
    this.announceAlarm = responder.alarm(() => this.responder.announceStep(this));
  }

  /** The unique name this entity probes for. */
  abstract uniqueName(): string;
  /** Records with the unique name (probe authority section, conflict checks). */
  abstract uniqueRecords(): ResourceRecord[];
  /** Everything it answers with. */
  abstract allRecords(): ResourceRecord[];
  /** What an announcement carries. */
  abstract announcement(): { answers: ResourceRecord[]; additionals: ResourceRecord[] };
  abstract rename(reason: string): void;
  abstract label(): string;
}

class HostEntity extends Entity {
  constructor(responder: Responder, public hostLabel: string) {
    super(responder);
  }
  uniqueName(): string {
    return joinName(this.hostLabel, 'local');
  }
  uniqueRecords(): ResourceRecord[] {
    return this.responder.hostARecords();
  }
  allRecords(): ResourceRecord[] {
    return this.uniqueRecords();
  }
  announcement(): { answers: ResourceRecord[]; additionals: ResourceRecord[] } {
    return { answers: this.uniqueRecords(), additionals: [] };
  }
  label(): string {
    return `host ${this.uniqueName()}`;
  }
  rename(reason: string): void {
    const old = this.hostLabel;
    this.hostLabel = nextHostLabel(old);
    this.responder.deps.log.info(`mDNS host name ${old}.local is taken (${reason}); using ${this.hostLabel}.local`, { old, name: this.hostLabel });
    this.responder.hostRenamed();
  }
}

export class ServiceEntity extends Entity implements PublishedService {
  private readonly emitter = new EventEmitter();
  private instanceName: string;
  readonly type: string;
  readonly port: number;
  txtStrings: Uint8Array[];
  readonly txtAlarm: Alarm;
  txtAnnouncesLeft = 0;

  constructor(responder: Responder, description: ServiceDescription, txtStrings: Uint8Array[]) {
    super(responder);
    this.type = description.type;
    this.instanceName = description.name;
    this.port = description.port;
    this.txtStrings = txtStrings;
    this.txtAlarm = responder.alarm(() => this.responder.txtAnnounceStep(this));
  }

  get name(): string {
    return this.instanceName;
  }
  get fullName(): string {
    return instanceFullName(this.instanceName, this.type);
  }
  uniqueName(): string {
    return this.fullName;
  }
  label(): string {
    return `service ${this.fullName}`;
  }
  srv(ttl = this.responder.deps.ttls.host): ResourceRecord {
    return srvRecord(this.fullName, this.responder.hostName(), this.port, ttl);
  }
  txt(ttl = this.responder.deps.ttls.other): ResourceRecord {
    return txtRecord(this.fullName, this.txtStrings, ttl);
  }
  ptr(ttl = this.responder.deps.ttls.other): ResourceRecord {
    return ptrRecord(this.type, this.fullName, ttl);
  }
  uniqueRecords(): ResourceRecord[] {
    return [this.srv(), this.txt()];
  }
  allRecords(): ResourceRecord[] {
    return [this.ptr(), this.srv(), this.txt(), enumerationRecord(this.type, this.responder.deps.ttls.other)];
  }
  announcement(): { answers: ResourceRecord[]; additionals: ResourceRecord[] } {
    return { answers: this.allRecords(), additionals: this.responder.hostARecordsIfReady() };
  }
  rename(reason: string): void {
    const old = this.instanceName;
    this.instanceName = nextServiceName(old);
    this.responder.deps.log.info(`mDNS service name "${old}" is taken (${reason}); using "${this.instanceName}"`, { type: this.type, old, name: this.instanceName });
    try {
      this.emitter.emit('renamed', this.instanceName, old);
    } catch (error) {
      this.responder.deps.log.warn('a renamed listener threw', { error: String(error) });
    }
  }

  updateTxt(txt: TxtEntry[]): void {
    if (this.state === 'withdrawn') throw new DnsSdError('stopped', `service "${this.instanceName}" was withdrawn`);
    this.txtStrings = encodeTxt(txt);
    this.responder.txtChanged(this);
  }

  withdraw(): Promise<void> {
    return this.responder.withdraw(this);
  }

  on(event: 'renamed', listener: (newName: string, oldName: string) => void): this {
    this.emitter.on(event, listener);
    return this;
  }
}

interface PendingResponse {
  answers: Map<string, { record: ResourceRecord; notBefore: number }>;
  additionals: Map<string, ResourceRecord>;
  alarm: Alarm;
}

interface PendingTruncated {
  questions: Question[];
  knownAnswers: ResourceRecord[];
  probe: boolean;
  source: Destination;
  alarm: Alarm;
}

export class Responder {
  readonly deps: ResponderDeps;
  private host: HostEntity | null;
  private hostLabelValue: string;
  private readonly services = new Set<ServiceEntity>();
  private running = false;
  private stopped = false;
  /** recordKey -> ms of the last multicast. */
  private readonly lastMulticast = new Map<string, number>();
  private readonly pending: PendingResponse;
  private readonly truncated = new Map<string, PendingTruncated>();

  constructor(deps: ResponderDeps) {
    this.deps = deps;
    this.hostLabelValue = checkHostLabel(deps.hostLabel);
    this.host = deps.hostRecords === 'publish' ? new HostEntity(this, this.hostLabelValue) : null;
    this.pending = { answers: new Map(), additionals: new Map(), alarm: this.alarm(() => this.flushPending()) };
  }

  alarm(fire: () => void): Alarm {
    return new Alarm(this.deps.timers, this.deps.now, () => {
      try {
        fire();
      } catch (error) {
        this.deps.log.warn('mDNS responder timer failed', { error: String(error) });
      }
    });
  }

  /** Current host label (changes after a conflict when we publish the host name). */
  get hostLabel(): string {
    return this.host ? this.host.hostLabel : this.hostLabelValue;
  }

  hostName(): string {
    return joinName(this.hostLabel, 'local');
  }

  hostARecords(ttl = this.deps.ttls.host): ResourceRecord[] {
    if (!this.host) return [];
    let addresses: string[];
    try {
      addresses = this.deps.addresses();
    } catch (error) {
      this.deps.log.warn('reading the addresses to announce failed', { error: String(error) });
      addresses = [];
    }
    const seen = new Set<string>();
    const out: ResourceRecord[] = [];
    for (const a of addresses) {
      if (!isIPv4(a) || a.startsWith('127.') || seen.has(a)) continue;
      seen.add(a);
      out.push(aRecord(this.hostName(), a, ttl));
    }
    return out;
  }

  hostARecordsIfReady(): ResourceRecord[] {
    return this.host && this.host.state === 'announced' ? this.hostARecords() : [];
  }

  private hostReady(): boolean {
    return this.host === null || this.host.state === 'announced';
  }

  start(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    if (this.host) this.startProbing(this.host, this.deps.random() * 250);
    for (const s of this.services) this.startProbing(s, this.deps.random() * 250);
  }

  publish(description: ServiceDescription): ServiceEntity {
    if (this.stopped) throw new DnsSdError('stopped', 'DnsSd was stopped');
    const strings = checkServiceDescription(description);
    const entity = new ServiceEntity(this, description, strings);
    for (const s of this.services) {
      if (nameKey(s.fullName) === nameKey(entity.fullName)) entity.rename('already published here');
    }
    this.services.add(entity);
    if (this.running) this.startProbing(entity, this.deps.random() * 250);
    return entity;
  }

  publishedServices(): ServiceEntity[] {
    return [...this.services];
  }

  /** Whether `record` (name, type, class and data; not TTL) is one we publish now. */
  ownsRecord(record: ResourceRecord): boolean {
    const key = recordKey(record);
    if (this.host && this.hostARecords().some((r) => recordKey(r) === key)) return true;
    for (const s of this.services) if (s.allRecords().some((r) => recordKey(r) === key)) return true;
    return false;
  }

  // ------------------------------------------------------------ probing

  private startProbing(e: Entity, delay: number): void {
    e.announceAlarm.cancel();
    if (e instanceof ServiceEntity) e.txtAlarm.cancel();
    e.state = 'probing';
    e.probesSent = 0;
    e.probeAlarm.setAt(this.deps.now() + delay);
  }

  probeStep(e: Entity): void {
    if (e.state !== 'probing' || !this.running) return;
    if (e.probesSent >= PROBE_COUNT) {
      this.probingDone(e);
      return;
    }
    e.probesSent++;
    this.deps.send({
      id: 0,
      flags: 0,
      questions: [{ name: e.uniqueName(), type: TYPE.ANY, cls: CLASS_IN, qu: false }],
      answers: [],
      authorities: e.uniqueRecords(),
      additionals: [],
    });
    e.probeAlarm.setAt(this.deps.now() + PROBE_INTERVAL);
  }

  private probingDone(e: Entity): void {
    if (e instanceof HostEntity) {
      this.startAnnouncing(e);
      for (const s of this.services) if (s.state === 'waiting-host') this.startAnnouncing(s);
      return;
    }
    if (!this.hostReady()) {
      e.state = 'waiting-host';
      return;
    }
    this.startAnnouncing(e);
  }

  private startAnnouncing(e: Entity): void {
    e.state = 'announced';
    e.everAnnounced = true;
    e.announcesLeft = ANNOUNCE_COUNT;
    this.deps.log.debug(`mDNS: announcing ${e.label()}`);
    this.announceStep(e);
  }

  announceStep(e: Entity): void {
    if (e.state !== 'announced' || e.announcesLeft <= 0 || !this.running) return;
    e.announcesLeft--;
    const { answers, additionals } = e.announcement();
    this.multicast(answers, additionals);
    if (e.announcesLeft > 0) e.announceAlarm.setAt(this.deps.now() + ANNOUNCE_INTERVAL);
  }

  txtChanged(s: ServiceEntity): void {
    if (s.state !== 'announced' || !this.running) return;
    s.txtAnnouncesLeft = ANNOUNCE_COUNT;
    this.txtAnnounceStep(s);
  }

  txtAnnounceStep(s: ServiceEntity): void {
    if (s.state !== 'announced' || s.txtAnnouncesLeft <= 0 || !this.running) return;
    s.txtAnnouncesLeft--;
    this.multicast([s.txt()], []);
    if (s.txtAnnouncesLeft > 0) s.txtAlarm.setAt(this.deps.now() + ANNOUNCE_INTERVAL);
  }

  /** Addresses changed: announce the A records again (cache-flush). */
  addressesChanged(): void {
    if (!this.host || this.host.state !== 'announced' || !this.running) return;
    this.host.announcesLeft = ANNOUNCE_COUNT;
    this.announceStep(this.host);
  }

  hostRenamed(): void {
    // Services keep their names; their SRV now points to the new host name.
    // Announced ones re-announce once the host is announced again.
    for (const s of this.services) if (s.state === 'announced') s.state = 'waiting-host';
  }

  private conflict(e: Entity, reason: string): void {
    const now = this.deps.now();
    e.conflictTimes = e.conflictTimes.filter((t) => t > now - 10_000);
    e.conflictTimes.push(now);
    e.rename(reason);
    // §8.1: after 15 conflicts within 10 s, wait 5 s before probing again.
    this.startProbing(e, e.conflictTimes.length >= 15 ? 5000 : this.deps.random() * 250);
  }

  // ------------------------------------------------------------ incoming

  private entities(): Entity[] {
    const out: Entity[] = [];
    if (this.host) out.push(this.host);
    for (const s of this.services) out.push(s);
    return out;
  }

  /** A response from another host: conflicts (§9) and duplicate answer suppression (§7.4). */
  handleResponse(message: Message): void {
    if (!this.running) return;
    const records = [...message.answers, ...message.additionals];
    for (const rec of records) {
      const mine = this.pending.answers.get(recordKey(rec));
      if (mine && rec.ttl >= mine.record.ttl / 2) this.pending.answers.delete(recordKey(rec));
    }
    for (const e of this.entities()) {
      if (e.state === 'idle' || e.state === 'withdrawn') continue;
      const key = nameKey(e.uniqueName());
      for (const rec of records) {
        if (rec.ttl === 0 || nameKey(rec.name) !== key) continue;
        const ours = e.uniqueRecords().filter((r) => r.type === rec.type && r.cls === rec.cls);
        if (ours.length === 0) continue;
        const k = recordKey(rec);
        if (ours.some((r) => recordKey(r) === k)) continue;
        if (e.state === 'probing' || e.state === 'waiting-host') {
          this.conflict(e, 'another host answered for it while we probed');
          break;
        }
        if (e.state === 'announced' && rec.flush) {
          this.deps.log.info(`mDNS: another host announced ${e.uniqueName()} with other data; probing again`);
          this.startProbing(e, this.deps.random() * 250);
          break;
        }
      }
    }
  }

  handleQuery(message: Message, source: Destination): void {
    if (!this.running) return;
    const probe = message.authorities.length > 0;
    if (probe) this.tiebreak(message);
    const sourceKey = `${source.address}:${source.port}`;
    const held = this.truncated.get(sourceKey);
    if (held) {
      held.knownAnswers.push(...message.answers);
      held.questions.push(...message.questions);
      if ((message.flags & FLAG_TC) === 0) {
        held.alarm.cancel();
        this.truncated.delete(sourceKey);
        this.answer(held.questions, held.knownAnswers, held.source, held.probe, 0);
      }
      return;
    }
    if (message.questions.length === 0) return;
    if ((message.flags & FLAG_TC) !== 0 && source.port === this.deps.port) {
      const entry: PendingTruncated = {
        questions: [...message.questions],
        knownAnswers: [...message.answers],
        probe,
        source,
        alarm: this.alarm(() => {
          this.truncated.delete(sourceKey);
          this.answer(entry.questions, entry.knownAnswers, entry.source, entry.probe, 0);
        }),
      };
      this.truncated.set(sourceKey, entry);
      entry.alarm.setAt(this.deps.now() + 400 + this.deps.random() * 100);
      return;
    }
    this.answer(message.questions, message.answers, source, probe, message.id);
  }

  /** §8.2: another host probes for a name we are probing for. */
  private tiebreak(message: Message): void {
    for (const e of this.entities()) {
      if (e.state !== 'probing') continue;
      const key = nameKey(e.uniqueName());
      const theirs = message.authorities.filter((r) => nameKey(r.name) === key);
      if (theirs.length === 0) continue;
      const c = compareRecordSets(e.uniqueRecords(), theirs);
      if (c < 0) {
        this.deps.log.debug(`mDNS: lost the probe tiebreak for ${e.uniqueName()}; probing again in 1 s`);
        this.startProbing(e, 1000);
      }
    }
  }

  /** Records we answer with: only those of announced entities. */
  private answerable(): ResourceRecord[] {
    const out = new Map<string, ResourceRecord>();
    for (const e of this.entities()) {
      if (e.state !== 'announced') continue;
      for (const r of e.allRecords()) out.set(recordKey(r), r);
    }
    return [...out.values()];
  }

  private additionalsFor(rec: ResourceRecord, all: ResourceRecord[]): ResourceRecord[] {
    if (rec.data.kind === 'PTR') {
      const target = nameKey(rec.data.target);
      const out = all.filter((r) => nameKey(r.name) === target && (r.type === TYPE.SRV || r.type === TYPE.TXT));
      if (out.some((r) => r.type === TYPE.SRV)) out.push(...this.hostARecordsIfReady());
      return out;
    }
    if (rec.data.kind === 'SRV' && nameKey(rec.data.target) === nameKey(this.hostName())) return this.hostARecordsIfReady();
    return [];
  }

  private answer(questions: Question[], knownAnswers: ResourceRecord[], source: Destination, probe: boolean, id: number): void {
    const all = this.answerable();
    if (all.length === 0) return;
    const legacy = source.port !== this.deps.port;
    const answers = new Map<string, ResourceRecord>();
    let allQu = questions.length > 0;
    for (const q of questions) {
      if (q.cls !== CLASS_IN && q.cls !== CLASS_ANY) continue;
      if (!q.qu) allQu = false;
      const key = nameKey(q.name);
      const sameName = all.filter((r) => nameKey(r.name) === key);
      const matching = sameName.filter((r) => q.type === TYPE.ANY || r.type === q.type);
      for (const r of matching) answers.set(recordKey(r), r);
      if (matching.length === 0 && sameName.length > 0 && sameName.every((r) => r.flush)) {
        // §6.1: a unique name of ours without this type: say so with NSEC.
        const types = [...new Set(sameName.map((r) => r.type))];
        const nsec = nsecRecord(sameName[0]!.name, types, Math.min(...sameName.map((r) => r.ttl)));
        answers.set(recordKey(nsec), nsec);
      }
    }
    // §7.1 known-answer suppression.
    const known = new Map<string, number>();
    for (const k of knownAnswers) known.set(recordKey(k), Math.max(known.get(recordKey(k)) ?? 0, k.ttl));
    for (const [k, r] of answers) {
      const ttl = known.get(k);
      if (ttl !== undefined && ttl >= r.ttl / 2) answers.delete(k);
    }
    if (answers.size === 0) return;
    const additionals = new Map<string, ResourceRecord>();
    for (const r of answers.values()) {
      for (const a of this.additionalsFor(r, all)) {
        const k = recordKey(a);
        const ttl = known.get(k);
        if (answers.has(k) || (ttl !== undefined && ttl >= a.ttl / 2)) continue;
        additionals.set(k, a);
      }
    }
    const now = this.deps.now();
    if (legacy) {
      // §6.7: legacy unicast: answer directly, echo id and questions, TTL <= 10, no cache-flush bits.
      const legacyRec = (r: ResourceRecord): ResourceRecord => ({ ...r, flush: false, ttl: Math.min(r.ttl, 10) });
      this.deps.send(
        { id, flags: FLAG_RESPONSE | FLAG_AA, questions, answers: [...answers.values()].map(legacyRec), authorities: [], additionals: [...additionals.values()].map(legacyRec) },
        source,
      );
      return;
    }
    if (allQu) {
      const recent = [...answers.values()].every((r) => (this.lastMulticast.get(recordKey(r)) ?? -Infinity) > now - (r.ttl * 1000) / 4);
      if (recent) {
        this.deps.send({ id: 0, flags: FLAG_RESPONSE | FLAG_AA, questions: [], answers: [...answers.values()], authorities: [], additionals: [...additionals.values()] }, source);
        return;
      }
    }
    // §6: a record is multicast at most once per second (probe defence: 250 ms).
    // Asked again within 250 ms of our multicast: the question crossed our
    // answer, drop it. Asked later: the asker may have missed it; it waits
    // until it may go again.
    const minGap = probe ? 250 : 1000;
    const immediate = new Map<string, ResourceRecord>();
    let wait = false;
    for (const [k, r] of answers) {
      const last = this.lastMulticast.get(k) ?? -Infinity;
      if (last > now - 250) continue;
      const notBefore = last + minGap;
      if (notBefore <= now && r.flush) {
        immediate.set(k, r);
        continue;
      }
      // Shared answers wait 20-120 ms, joining a response already waiting (aggregation, §6.3).
      const delay = r.flush ? now : this.pending.alarm.pending ? this.pending.alarm.time : now + 20 + this.deps.random() * 100;
      const held = this.pending.answers.get(k);
      this.pending.answers.set(k, { record: r, notBefore: Math.min(held?.notBefore ?? Infinity, Math.max(notBefore, delay)) });
      wait = true;
    }
    if (immediate.size > 0) {
      // Unique answers go out at once (§6), with whatever shared answers were waiting and may go.
      this.multicast([...immediate.values()], [...additionals.values()].filter((a) => !immediate.has(recordKey(a))));
    }
    if (!wait) return;
    for (const [k, r] of additionals) this.pending.additionals.set(k, r);
    this.armPending();
  }

  private armPending(): void {
    let next = Infinity;
    for (const p of this.pending.answers.values()) next = Math.min(next, p.notBefore);
    if (next === Infinity) this.pending.alarm.cancel();
    else this.pending.alarm.setAt(Math.max(next, (this.lastPendingFlush ?? -Infinity) + 20));
  }

  private lastPendingFlush: number | undefined;

  private flushPending(): void {
    const now = this.deps.now();
    this.lastPendingFlush = now;
    // Only what is still ours as it was (not withdrawn, TXT not replaced meanwhile).
    const current = new Set(this.answerable().map(recordKey));
    for (const k of [...this.pending.answers.keys()]) if (!current.has(k)) this.pending.answers.delete(k);
    for (const k of [...this.pending.additionals.keys()]) if (!current.has(k)) this.pending.additionals.delete(k);
    const ready: ResourceRecord[] = [];
    for (const [k, p] of this.pending.answers) {
      const allowed = Math.max(p.notBefore, (this.lastMulticast.get(k) ?? -Infinity) + 250);
      if (allowed <= now) {
        ready.push(p.record);
        this.pending.answers.delete(k);
      } else {
        p.notBefore = allowed;
      }
    }
    const keys = new Set(ready.map(recordKey));
    const additionals = [...this.pending.additionals.entries()].filter(([k]) => !keys.has(k)).map(([, r]) => r);
    if (this.pending.answers.size === 0) this.pending.additionals.clear();
    if (ready.length > 0 && this.running) this.multicast(ready, additionals);
    this.armPending();
  }

  /** Send an unsolicited/multicast response and note when each record went out. */
  private multicast(answers: ResourceRecord[], additionals: ResourceRecord[]): void {
    if (answers.length === 0) return;
    const now = this.deps.now();
    const keys = new Set(answers.map(recordKey));
    const extra = additionals.filter((r) => !keys.has(recordKey(r)));
    for (const r of [...answers, ...extra]) this.lastMulticast.set(recordKey(r), now);
    if (this.lastMulticast.size > 1000) {
      for (const [k, t] of this.lastMulticast) if (t < now - 60_000) this.lastMulticast.delete(k);
    }
    this.deps.send({ id: 0, flags: FLAG_RESPONSE | FLAG_AA, questions: [], answers, authorities: [], additionals: extra });
  }

  // ------------------------------------------------------------ goodbyes

  private goodbyeRecords(s: ServiceEntity, stillAnnounced: ServiceEntity[]): ResourceRecord[] {
    const out = [s.ptr(0), { ...s.srv(0), flush: false }, { ...s.txt(0), flush: false }];
    if (!stillAnnounced.some((o) => o !== s && o.type === s.type)) out.push(enumerationRecord(s.type, 0));
    return out;
  }

  private async sendGoodbyes(records: ResourceRecord[]): Promise<void> {
    if (records.length === 0 || !this.running) return;
    const message: Message = { id: 0, flags: FLAG_RESPONSE | FLAG_AA, questions: [], answers: records, authorities: [], additionals: [] };
    this.deps.send(message);
    // Sent twice: one lost packet on a radio link would otherwise leave the entry for minutes.
    await new Promise<void>((resolve) => this.deps.timers.set(resolve, GOODBYE_REPEAT_GAP));
    this.deps.send(message);
  }

  private cancel(e: Entity): void {
    e.probeAlarm.cancel();
    e.announceAlarm.cancel();
    if (e instanceof ServiceEntity) e.txtAlarm.cancel();
  }

  async withdraw(s: ServiceEntity): Promise<void> {
    if (s.state === 'withdrawn' || !this.services.has(s)) return;
    const announced = [...this.services].filter((o) => o.state === 'announced');
    const wasAnnounced = s.everAnnounced;
    this.cancel(s);
    s.state = 'withdrawn';
    this.services.delete(s);
    if (wasAnnounced) await this.sendGoodbyes(this.goodbyeRecords(s, announced));
  }

  /** Goodbyes for everything announced, then nothing more is sent. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const records: ResourceRecord[] = [];
    const seen = new Set<string>();
    for (const s of this.services) {
      if (s.everAnnounced) {
        for (const r of this.goodbyeRecords(s, [])) {
          if (!seen.has(recordKey(r))) records.push(r);
          seen.add(recordKey(r));
        }
      }
    }
    if (this.host && this.host.everAnnounced) records.push(...this.hostARecords(0).map((r) => ({ ...r, flush: false })));
    for (const e of this.entities()) this.cancel(e);
    this.pending.alarm.cancel();
    for (const t of this.truncated.values()) t.alarm.cancel();
    this.truncated.clear();
    try {
      await this.sendGoodbyes(records);
    } finally {
      for (const s of this.services) s.state = 'withdrawn';
      this.services.clear();
      this.running = false;
    }
  }
}

