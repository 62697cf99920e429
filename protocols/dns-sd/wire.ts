/**
 * DNS message codec for Multicast DNS (RFC 1035 + RFC 6762 bits), written for
 * this module because dns-packet joins labels with '.' (an instance label
 * containing a dot cannot be told apart or encoded), loses the QU bit and
 * never compresses names (airtime matters on the XO mesh).
 *
 * - Names are escaped strings (see names.ts); label bytes round-trip.
 * - Encoding compresses names (owner names and PTR/SRV/NSEC targets).
 * - Decoding is bounds-checked; pointer loops, overlong names and truncated
 *   records throw `WireError` for the whole message. A record whose rdata is
 *   inconsistent (e.g. an A record of 5 bytes) is kept as `raw`.
 * - `packMessages` splits what does not fit in one packet: answers spill
 *   into further responses (additionals are dropped first); a query's
 *   known answers spill into follow-up packets with the TC bit (§7.2).
 */
import { labelFromBytes, nameKey, nameToWire, splitName } from './names.js';

export const TYPE = { A: 1, PTR: 12, TXT: 16, AAAA: 28, SRV: 33, NSEC: 47, ANY: 255 } as const;
export const CLASS_IN = 1;
export const CLASS_ANY = 255;
export const FLAG_RESPONSE = 0x8000;
export const FLAG_AA = 0x0400;
export const FLAG_TC = 0x0200;
/** What we try to stay under per packet (Ethernet MTU minus IP/UDP, with margin). */
export const MAX_PACKET = 1400;
/** RFC 6762 §17: never more than this, even for a single huge record. */
export const MAX_PACKET_HARD = 9000;

export type RData =
  | { kind: 'A'; address: string }
  | { kind: 'PTR'; target: string }
  | { kind: 'SRV'; priority: number; weight: number; port: number; target: string }
  | { kind: 'TXT'; strings: Uint8Array[] }
  | { kind: 'NSEC'; next: string; types: number[] }
  | { kind: 'raw'; bytes: Uint8Array };

export interface ResourceRecord {
  name: string;
  type: number;
  /** Class without the cache-flush bit. */
  cls: number;
  /** Cache-flush bit (top bit of the class field in mDNS responses). */
  flush: boolean;
  /** Seconds. */
  ttl: number;
  data: RData;
}

export interface Question {
  name: string;
  type: number;
  cls: number;
  /** Unicast-response bit. */
  qu: boolean;
}

export interface Message {
  id: number;
  /** Whole 16-bit flags word including QR (FLAG_RESPONSE). */
  flags: number;
  questions: Question[];
  answers: ResourceRecord[];
  authorities: ResourceRecord[];
  additionals: ResourceRecord[];
}

export class WireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireError';
  }
}

export function isResponse(m: Pick<Message, 'flags'>): boolean {
  return (m.flags & FLAG_RESPONSE) !== 0;
}

export function typeName(type: number): string {
  for (const [k, v] of Object.entries(TYPE)) if (v === type) return k;
  return `TYPE${type}`;
}

// ---------------------------------------------------------------- decoding

class Reader {
  private readonly view: DataView;
  constructor(readonly buf: Uint8Array, public pos = 0) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  need(n: number): void {
    if (this.pos + n > this.buf.length) throw new WireError('message truncated');
  }
  u8(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }
  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.pos);
    this.pos += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos);
    this.pos += 4;
    return v;
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
}

/** Decode a (possibly compressed) name starting at `pos`; returns it and the position after it. */
export function decodeName(buf: Uint8Array, pos: number): { name: string; end: number } {
  const labels: string[] = [];
  let end = -1;
  let total = 1;
  let hops = 0;
  let p = pos;
  // Pointers must go strictly backwards from the start of the label run that contains them.
  let limit = pos;
  for (;;) {
    if (p >= buf.length) throw new WireError('name runs past the end of the message');
    const len = buf[p]!;
    if (len === 0) {
      if (end < 0) end = p + 1;
      break;
    }
    const tag = len & 0xc0;
    if (tag === 0xc0) {
      if (p + 1 >= buf.length) throw new WireError('name pointer truncated');
      const target = ((len & 0x3f) << 8) | buf[p + 1]!;
      if (end < 0) end = p + 2;
      if (target >= limit || ++hops > 64) throw new WireError('bad name compression pointer');
      limit = target;
      p = target;
      continue;
    }
    if (tag !== 0) throw new WireError('unsupported label type');
    if (p + 1 + len > buf.length) throw new WireError('label runs past the end of the message');
    total += len + 1;
    if (total > 255) throw new WireError('name longer than 255 bytes');
    labels.push(labelFromBytes(buf.subarray(p + 1, p + 1 + len)));
    p += 1 + len;
  }
  return { name: labels.join('.'), end };
}

function decodeRData(buf: Uint8Array, type: number, start: number, length: number): RData {
  const end = start + length;
  const raw = (): RData => ({ kind: 'raw', bytes: buf.slice(start, end) });
  try {
    switch (type) {
      case TYPE.A: {
        if (length !== 4) return raw();
        return { kind: 'A', address: `${buf[start]}.${buf[start + 1]}.${buf[start + 2]}.${buf[start + 3]}` };
      }
      case TYPE.PTR: {
        const { name, end: e } = decodeName(buf, start);
        if (e !== end) return raw();
        return { kind: 'PTR', target: name };
      }
      case TYPE.SRV: {
        if (length < 7) return raw();
        const v = new DataView(buf.buffer, buf.byteOffset + start, 6);
        const { name, end: e } = decodeName(buf, start + 6);
        if (e !== end) return raw();
        return { kind: 'SRV', priority: v.getUint16(0), weight: v.getUint16(2), port: v.getUint16(4), target: name };
      }
      case TYPE.TXT: {
        const strings: Uint8Array[] = [];
        let p = start;
        while (p < end) {
          const n = buf[p]!;
          if (p + 1 + n > end) return raw();
          strings.push(buf.slice(p + 1, p + 1 + n));
          p += 1 + n;
        }
        return { kind: 'TXT', strings };
      }
      case TYPE.NSEC: {
        const { name, end: e } = decodeName(buf, start);
        if (e > end) return raw();
        const types: number[] = [];
        let p = e;
        while (p + 2 <= end) {
          const window = buf[p]!;
          const n = buf[p + 1]!;
          if (n < 1 || n > 32 || p + 2 + n > end) return raw();
          for (let i = 0; i < n; i++) {
            const byte = buf[p + 2 + i]!;
            for (let bit = 0; bit < 8; bit++) if (byte & (0x80 >> bit)) types.push(window * 256 + i * 8 + bit);
          }
          p += 2 + n;
        }
        if (p !== end) return raw();
        return { kind: 'NSEC', next: name, types };
      }
      default:
        return raw();
    }
  } catch (err) {
    if (err instanceof WireError) return raw();
    throw err;
  }
}

function decodeRecord(r: Reader): ResourceRecord {
  const { name, end } = decodeName(r.buf, r.pos);
  r.pos = end;
  const type = r.u16();
  const klass = r.u16();
  const ttl = r.u32();
  const length = r.u16();
  r.need(length);
  const data = decodeRData(r.buf, type, r.pos, length);
  r.pos += length;
  return { name, type, cls: klass & 0x7fff, flush: (klass & 0x8000) !== 0, ttl, data };
}

/** Decode a whole message; throws WireError when it is malformed. */
export function decodeMessage(buf: Uint8Array): Message {
  const r = new Reader(buf);
  if (buf.length < 12) throw new WireError('message shorter than a DNS header');
  const id = r.u16();
  const flags = r.u16();
  const qd = r.u16();
  const an = r.u16();
  const ns = r.u16();
  const ar = r.u16();
  // Each question takes >= 5 bytes and each record >= 11: reject absurd counts early.
  if (qd * 5 + (an + ns + ar) * 11 > buf.length - 12) throw new WireError('record counts exceed the message size');
  const questions: Question[] = [];
  for (let i = 0; i < qd; i++) {
    const { name, end } = decodeName(buf, r.pos);
    r.pos = end;
    const type = r.u16();
    const klass = r.u16();
    questions.push({ name, type, cls: klass & 0x7fff, qu: (klass & 0x8000) !== 0 });
  }
  const section = (n: number): ResourceRecord[] => {
    const out: ResourceRecord[] = [];
    for (let i = 0; i < n; i++) out.push(decodeRecord(r));
    return out;
  };
  const answers = section(an);
  const authorities = section(ns);
  const additionals = section(ar);
  return { id, flags, questions, answers, authorities, additionals };
}

// ---------------------------------------------------------------- encoding

function parseIPv4(address: string): number[] {
  const parts = address.split('.');
  if (parts.length !== 4) throw new Error(`not an IPv4 address: ${address}`);
  return parts.map((p) => {
    const n = Number(p);
    if (!/^[0-9]{1,3}$/.test(p) || n > 255) throw new Error(`not an IPv4 address: ${address}`);
    return n;
  });
}

/** Label bytes of a name and the (case-kept) key of each suffix, for compression; memoised. */
function wireName(name: string): { labels: Uint8Array[]; suffixes: string[] } {
  let hit = wireNames.get(name);
  if (hit) return hit;
  const labels = nameToWire(name);
  const escaped = splitName(name);
  hit = { labels, suffixes: escaped.map((_, i) => escaped.slice(i).join('.')) };
  if (wireNames.size >= 2048) wireNames.clear();
  wireNames.set(name, hit);
  return hit;
}
const wireNames = new Map<string, { labels: Uint8Array[]; suffixes: string[] }>();

class Writer {
  buf = new Uint8Array(512);
  len = 0;
  /** suffix (escaped labels joined, case preserved) -> offset */
  private names = new Map<string, number>();

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.len++] = v & 0xff;
  }
  u16(v: number): void {
    this.ensure(2);
    this.buf[this.len++] = (v >> 8) & 0xff;
    this.buf[this.len++] = v & 0xff;
  }
  u32(v: number): void {
    this.u16(Math.floor(v / 65536) & 0xffff);
    this.u16(v & 0xffff);
  }
  put16(at: number, v: number): void {
    this.buf[at] = (v >> 8) & 0xff;
    this.buf[at + 1] = v & 0xff;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  name(name: string, compress: boolean): void {
    const { labels, suffixes } = wireName(name);
    for (let i = 0; i < labels.length; i++) {
      const at = compress ? this.names.get(suffixes[i]!) : undefined;
      if (at !== undefined) {
        this.u16(0xc000 | at);
        return;
      }
      if (compress && this.len < 0x3fff) this.names.set(suffixes[i]!, this.len);
      this.u8(labels[i]!.length);
      this.bytes(labels[i]!);
    }
    this.u8(0);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

function writeRData(w: Writer, data: RData, compress: boolean): void {
  switch (data.kind) {
    case 'A':
      for (const b of parseIPv4(data.address)) w.u8(b);
      return;
    case 'PTR':
      w.name(data.target, compress);
      return;
    case 'SRV':
      w.u16(data.priority);
      w.u16(data.weight);
      w.u16(data.port);
      w.name(data.target, compress);
      return;
    case 'TXT':
      if (data.strings.length === 0) {
        w.u8(0);
        return;
      }
      for (const s of data.strings) {
        if (s.length > 255) throw new Error('TXT string longer than 255 bytes');
        w.u8(s.length);
        w.bytes(s);
      }
      return;
    case 'NSEC': {
      w.name(data.next, compress);
      const windows = new Map<number, number[]>();
      for (const t of [...new Set(data.types)].sort((a, b) => a - b)) {
        const win = t >> 8;
        const bits = windows.get(win) ?? [];
        bits.push(t & 0xff);
        windows.set(win, bits);
      }
      for (const [win, bits] of [...windows].sort((a, b) => a[0] - b[0])) {
        const n = (Math.max(...bits) >> 3) + 1;
        const map = new Uint8Array(n);
        for (const b of bits) map[b >> 3]! |= 0x80 >> (b & 7);
        w.u8(win);
        w.u8(n);
        w.bytes(map);
      }
      return;
    }
    case 'raw':
      w.bytes(data.bytes);
      return;
  }
}

function writeRecord(w: Writer, rec: ResourceRecord): void {
  w.name(rec.name, true);
  w.u16(rec.type);
  w.u16((rec.cls & 0x7fff) | (rec.flush ? 0x8000 : 0));
  w.u32(Math.max(0, Math.min(0xffffffff, Math.floor(rec.ttl))));
  const at = w.len;
  w.u16(0);
  writeRData(w, rec.data, true);
  w.put16(at, w.len - at - 2);
}

function writeQuestion(w: Writer, q: Question): void {
  w.name(q.name, true);
  w.u16(q.type);
  w.u16((q.cls & 0x7fff) | (q.qu ? 0x8000 : 0));
}

/** Uncompressed rdata bytes (for the §8.2 tiebreak and record identity). */
export function rdataBytes(data: RData): Uint8Array {
  const w = new Writer();
  writeRData(w, data, false);
  return w.result();
}

/** Encode one message as is (no size limit, no splitting). */
export function encodeMessage(m: Message): Uint8Array {
  const w = new Writer();
  w.u16(m.id);
  w.u16(m.flags);
  w.u16(m.questions.length);
  w.u16(m.answers.length);
  w.u16(m.authorities.length);
  w.u16(m.additionals.length);
  for (const q of m.questions) writeQuestion(w, q);
  for (const r of m.answers) writeRecord(w, r);
  for (const r of m.authorities) writeRecord(w, r);
  for (const r of m.additionals) writeRecord(w, r);
  return w.result();
}

/**
 * Encode a message into one or more packets of at most `max` bytes.
 * Queries: questions and authorities stay in the first packet; known answers
 * that do not fit go to follow-up packets, every packet but the last with TC
 * (§7.2). Responses: answers that do not fit go to further packets;
 * additionals only where they fit (last packet). A single record larger than
 * `max` gets a packet of its own.
 */
export function packMessages(m: Message, max = MAX_PACKET): Uint8Array[] {
  const whole = encodeMessage({ ...m, flags: m.flags & ~FLAG_TC });
  if (whole.length <= max) return [whole];
  const response = isResponse(m);
  const out: Uint8Array[] = [];
  let answers = m.answers;
  let first = true;
  do {
    const msg: Message = {
      id: m.id,
      flags: m.flags & ~FLAG_TC,
      questions: first ? m.questions : [],
      answers: [],
      authorities: first ? m.authorities : [],
      additionals: [],
    };
    let take = 0;
    let size = encodeMessage(msg).length;
    while (take < answers.length) {
      const trial = encodeMessage({ ...msg, answers: answers.slice(0, take + 1) }).length;
      const empty = take === 0 && msg.questions.length === 0 && msg.authorities.length === 0;
      if (trial > max && !empty) break;
      take++;
      size = trial;
      if (trial > max) break;
    }
    msg.answers = answers.slice(0, take);
    answers = answers.slice(take);
    if (answers.length === 0) {
      for (const r of m.additionals) {
        const trial = encodeMessage({ ...msg, additionals: [...msg.additionals, r] }).length;
        if (trial <= max || (size === 12 && msg.additionals.length === 0)) {
          msg.additionals.push(r);
          size = trial;
        }
      }
    }
    if (!response && answers.length > 0) msg.flags |= FLAG_TC;
    out.push(encodeMessage(msg));
    first = false;
  } while (answers.length > 0);
  return out;
}

/** Identity of a record: name (case-insensitive), type, class, rdata. TTL and flush bit excluded. */
export function recordKey(r: Pick<ResourceRecord, 'name' | 'type' | 'cls' | 'data'>): string {
  return `${rrsetKey(r)}|${rdataKey(r.data)}`;
}

/** Identity of an RRset: name (case-insensitive), type, class. */
export function rrsetKey(r: Pick<ResourceRecord, 'name' | 'type' | 'cls'>): string {
  return `${nameKey(r.name)}|${r.type}|${r.cls}`;
}

export function rdataKey(data: RData): string {
  switch (data.kind) {
    case 'PTR':
      return `p:${nameKey(data.target)}`;
    case 'SRV':
      return `s:${data.priority}:${data.weight}:${data.port}:${nameKey(data.target)}`;
    case 'NSEC':
      return `n:${nameKey(data.next)}:${[...data.types].sort((a, b) => a - b).join(',')}`;
    default:
      return `b:${Buffer.from(rdataBytes(data)).toString('base64')}`;
  }
}

/** §8.2 lexicographic comparison of two records (class, then type, then raw rdata). */
export function compareRecords(a: ResourceRecord, b: ResourceRecord): number {
  if (a.cls !== b.cls) return a.cls - b.cls;
  if (a.type !== b.type) return a.type - b.type;
  const x = rdataBytes(a.data);
  const y = rdataBytes(b.data);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * §8.2 simultaneous-probe tiebreak: sort both sets, compare pairwise; the
 * first difference decides; a set that runs out first loses.
 * > 0: ours wins; < 0: theirs wins; 0: identical.
 */
export function compareRecordSets(ours: ResourceRecord[], theirs: ResourceRecord[]): number {
  const a = [...ours].sort(compareRecords);
  const b = [...theirs].sort(compareRecords);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareRecords(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
