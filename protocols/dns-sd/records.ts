/**
 * DNS-SD records (RFC 6763): TXT key/value encoding (byte-exact, order kept),
 * validation of service descriptions, and builders for the PTR / SRV / TXT /
 * A records a service and a host publish. Pure functions.
 */
import { checkInstanceLabel, checkServiceType, DnsSdError, joinName } from './names.js';
import { CLASS_IN, TYPE, type ResourceRecord } from './wire.js';

/** value null = boolean key (no '='); Uint8Array(0) = 'key=' (empty value). */
export interface TxtEntry {
  key: string;
  value: Uint8Array | null;
}

export interface ServiceDescription {
  type: string;
  name: string;
  port: number;
  txt: TxtEntry[];
}

/** RFC 6763 §6.2: keep the TXT record within what one packet can carry. */
export const MAX_TXT_BYTES = 8900;
export const SERVICES_ENUMERATION = '_services._dns-sd._udp.local';

/** Default TTLs (seconds), as Avahi uses them. */
export const HOST_TTL = 120;
export const OTHER_TTL = 4500;

const utf8 = new TextEncoder();
const lossy = new TextDecoder('utf-8');

/** TXT key rule (RFC 6763 §6.4): 1+ printable US-ASCII characters (0x20-0x7E) except '='. 9 or fewer recommended. */
export function checkTxtKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new DnsSdError('bad-txt', 'TXT key is empty');
  if (!/^[\x20-\x3c\x3e-\x7e]+$/.test(key)) throw new DnsSdError('bad-txt', `TXT key ${JSON.stringify(key)} must be printable ASCII without '='`);
}

/** Validate entries and return the wire strings ("key", "key=", "key=value"). */
export function encodeTxt(entries: readonly TxtEntry[]): Uint8Array[] {
  if (!Array.isArray(entries)) throw new DnsSdError('bad-txt', 'TXT must be an array of { key, value } entries');
  const out: Uint8Array[] = [];
  let total = 0;
  for (const entry of entries) {
    if (entry === null || typeof entry !== 'object') throw new DnsSdError('bad-txt', 'TXT entry must be an object { key, value }');
    checkTxtKey(entry.key);
    const key = utf8.encode(entry.key);
    let bytes: Uint8Array;
    if (entry.value === null) {
      bytes = key;
    } else if (entry.value instanceof Uint8Array) {
      bytes = new Uint8Array(key.length + 1 + entry.value.length);
      bytes.set(key, 0);
      bytes[key.length] = 0x3d;
      bytes.set(entry.value, key.length + 1);
    } else {
      throw new DnsSdError('bad-txt', `TXT value of ${JSON.stringify(entry.key)} must be a Uint8Array or null`);
    }
    if (bytes.length > 255) throw new DnsSdError('bad-txt', `TXT entry ${JSON.stringify(entry.key)} is ${bytes.length} bytes; at most 255 allowed`);
    total += bytes.length + 1;
    out.push(bytes);
  }
  if (total > MAX_TXT_BYTES) throw new DnsSdError('bad-txt', `TXT record is ${total} bytes; at most ${MAX_TXT_BYTES} allowed`);
  return out;
}

/**
 * Wire strings -> entries, byte-exact and in order. Empty strings and strings
 * starting with '=' (no key) are skipped (RFC 6763 §6.4); duplicates are kept
 * (txtMap takes the first).
 */
export function decodeTxt(strings: readonly Uint8Array[]): TxtEntry[] {
  const out: TxtEntry[] = [];
  for (const s of strings) {
    if (s.length === 0 || s[0] === 0x3d) continue;
    const eq = s.indexOf(0x3d);
    if (eq < 0) out.push({ key: lossy.decode(s), value: null });
    else out.push({ key: lossy.decode(s.subarray(0, eq)), value: s.slice(eq + 1) });
  }
  return out;
}

/** key (lower-cased) -> UTF-8 text or true; the first occurrence of a key wins. */
export function txtToMap(entries: readonly TxtEntry[]): Record<string, string | true> {
  const map: Record<string, string | true> = Object.create(null) as Record<string, string | true>;
  for (const e of entries) {
    const key = e.key.toLowerCase();
    if (Object.prototype.hasOwnProperty.call(map, key)) continue;
    map[key] = e.value === null ? true : lossy.decode(e.value);
  }
  return map;
}

export function sameTxt(a: readonly TxtEntry[], b: readonly TxtEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.key !== y.key) return false;
    if (x.value === null || y.value === null) {
      if (x.value !== y.value) return false;
      continue;
    }
    if (x.value.length !== y.value.length) return false;
    for (let j = 0; j < x.value.length; j++) if (x.value[j] !== y.value[j]) return false;
  }
  return true;
}

/** Validate a description; returns its TXT wire strings. Throws DnsSdError. */
export function checkServiceDescription(d: ServiceDescription): Uint8Array[] {
  if (d === null || typeof d !== 'object') throw new DnsSdError('bad-instance-name', 'service description must be an object');
  checkServiceType(d.type);
  checkInstanceLabel(d.name);
  if (!Number.isInteger(d.port) || d.port < 0 || d.port > 65535) throw new DnsSdError('bad-port', `port ${String(d.port)} is not an integer in 0-65535`);
  return encodeTxt(d.txt);
}

export interface Ttls {
  /** SRV and A (seconds). */
  host: number;
  /** PTR and TXT (seconds). */
  other: number;
}

export function typeDomain(type: string): string {
  return joinName(type, 'local');
}

export function ptrRecord(type: string, fullName: string, ttl: number): ResourceRecord {
  return { name: typeDomain(type), type: TYPE.PTR, cls: CLASS_IN, flush: false, ttl, data: { kind: 'PTR', target: fullName } };
}

export function enumerationRecord(type: string, ttl: number): ResourceRecord {
  return { name: SERVICES_ENUMERATION, type: TYPE.PTR, cls: CLASS_IN, flush: false, ttl, data: { kind: 'PTR', target: typeDomain(type) } };
}

export function srvRecord(fullName: string, target: string, port: number, ttl: number): ResourceRecord {
  return { name: fullName, type: TYPE.SRV, cls: CLASS_IN, flush: true, ttl, data: { kind: 'SRV', priority: 0, weight: 0, port, target } };
}

export function txtRecord(fullName: string, strings: Uint8Array[], ttl: number): ResourceRecord {
  return { name: fullName, type: TYPE.TXT, cls: CLASS_IN, flush: true, ttl, data: { kind: 'TXT', strings } };
}

export function aRecord(host: string, address: string, ttl: number): ResourceRecord {
  return { name: host, type: TYPE.A, cls: CLASS_IN, flush: true, ttl, data: { kind: 'A', address } };
}

export function nsecRecord(name: string, types: number[], ttl: number): ResourceRecord {
  return { name, type: TYPE.NSEC, cls: CLASS_IN, flush: true, ttl, data: { kind: 'NSEC', next: name, types } };
}

/** Valid IPv4 dotted quad (used to filter what `addresses()` returns). */
export function isIPv4(address: string): boolean {
  const parts = address.split('.');
  return parts.length === 4 && parts.every((p) => /^[0-9]{1,3}$/.test(p) && Number(p) <= 255);
}

