/**
 * Plain JS values <-> D-Bus `a{sv}` dictionaries. Implementations of the API
 * deal in plain records (`{ title: 'x', size: 3 }`); the service converts at
 * the edge, so a signature is chosen in exactly one place.
 */
import { Variant } from 'dbus-next';
import { splitSignature } from './introspection.js';

/** What an `a{sv}` value may hold, as the API implementation sees it. */
export type VariantValue = string | number | bigint | boolean | Uint8Array | readonly string[] | VariantRecord | readonly VariantRecord[] | Variant;

export interface VariantRecord {
  readonly [key: string]: VariantValue | undefined | null;
}

/** A dictionary as dbus-next marshals `a{sv}`: key -> Variant. */
export type VariantDict = Record<string, Variant>;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/**
 * Choose a signature for each value: string `s`, boolean `b`, integers `x`
 * (signed 64-bit: every safe integer, and the same type whatever the value,
 * so typed clients such as GVariant can rely on it; a bigint above the
 * int64 range becomes `t`), other numbers `d`, Buffer or any Uint8Array `ay`,
 * string arrays `as`, records `a{sv}`, arrays of records `aa{sv}`. An empty
 * array is `as`. `undefined` and `null` leave the key out (D-Bus has no
 * null). A Variant passes through, for a caller that needs another type.
 * Anything else is a programming error: TypeError.
 */
export function toVariantDict(record: VariantRecord): VariantDict {
  return dictOf(record, '');
}

function dictOf(record: VariantRecord, prefix: string): VariantDict {
  const dict: VariantDict = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    dict[key] = toVariant(value, prefix + key);
  }
  return dict;
}

export function toVariant(value: VariantValue, path = 'value'): Variant {
  if (value instanceof Variant) return value;
  switch (typeof value) {
    case 'string':
      return new Variant('s', value);
    case 'boolean':
      return new Variant('b', value);
    case 'number':
      if (Number.isSafeInteger(value)) return new Variant('x', BigInt(value));
      if (Number.isFinite(value)) return new Variant('d', value);
      throw new TypeError(`${path}: ${value} cannot be sent over D-Bus`);
    case 'bigint':
      if (value >= INT64_MIN && value <= INT64_MAX) return new Variant('x', value);
      if (value > INT64_MAX && value <= UINT64_MAX) return new Variant('t', value);
      throw new TypeError(`${path}: ${value} does not fit in 64 bits`);
    default:
      break;
  }
  if (value instanceof Uint8Array) return new Variant('ay', Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  if (Array.isArray(value)) {
    const items = value as readonly unknown[];
    if (items.every((item) => typeof item === 'string')) return new Variant('as', [...(items as string[])]);
    if (items.every(isPlainRecord)) return new Variant('aa{sv}', (items as VariantRecord[]).map((item, i) => dictOf(item, `${path}[${i}].`)));
    throw new TypeError(`${path}: an array must hold only strings or only records`);
  }
  if (isPlainRecord(value)) return new Variant('a{sv}', dictOf(value as VariantRecord, `${path}.`));
  throw new TypeError(`${path}: a ${describe(value)} cannot be sent over D-Bus`);
}

function isPlainRecord(value: unknown): value is VariantRecord {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  return (value as object).constructor?.name ?? 'object';
}

/** What a received variant becomes: 64-bit integers are numbers when safe, bigints otherwise. */
export type PlainValue = string | number | bigint | boolean | Buffer | PlainValue[] | PlainRecord;

export interface PlainRecord {
  [key: string]: PlainValue;
}

/**
 * The inverse, for input: every Variant is unwrapped by its signature.
 * `ay` becomes a Buffer, `x`/`t` a number when it is a safe integer,
 * dictionaries plain records (null-prototype, so a key like `__proto__`
 * is just a key), nested variants their value.
 */
export function fromVariantDict(dict: Readonly<Record<string, unknown>>): PlainRecord {
  const record: PlainRecord = Object.create(null) as PlainRecord;
  for (const [key, value] of Object.entries(dict)) record[key] = fromVariant(value);
  return record;
}

export function fromVariant(value: unknown): PlainValue {
  if (!(value instanceof Variant)) throw new TypeError('expected a D-Bus variant');
  return fromTyped(value.signature, value.value);
}

/** A value as dbus-next unmarshalled it for the complete type `signature`. */
export function fromTyped(signature: string, value: unknown): PlainValue {
  const code = signature[0];
  switch (code) {
    case 'v':
      return fromVariant(value);
    case 'x':
    case 't': {
      const big = typeof value === 'bigint' ? value : BigInt(String(value));
      return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    }
    case 'a': {
      if (signature === 'ay') return Buffer.isBuffer(value) ? value : Buffer.from(value as Uint8Array);
      if (signature[1] === '{') {
        // a{KV}: the key is one basic type code, the rest up to the closing brace is the value type.
        const valueSignature = signature.slice(3, -1);
        const record: PlainRecord = Object.create(null) as PlainRecord;
        for (const [key, item] of Object.entries(value as Record<string, unknown>)) record[key] = fromTyped(valueSignature, item);
        return record;
      }
      const itemSignature = signature.slice(1);
      return (value as unknown[]).map((item) => fromTyped(itemSignature, item));
    }
    case '(': {
      const fields = splitSignature(signature.slice(1, -1));
      return (value as unknown[]).map((item, i) => fromTyped(fields[i]!, item));
    }
    default:
      return value as PlainValue;
  }
}

/**
 * Convert one argument or return value of the given complete type from the
 * API's plain values to what dbus-next marshals: dictionaries of variants
 * (`a{sv}`, `aa{sv}`) go through toVariantDict, a bare `v` through
 * toVariant; everything else is already in dbus-next's form.
 */
export function toWire(signature: string, value: unknown): unknown {
  if (signature === 'a{sv}') return toVariantDict(value as VariantRecord);
  if (signature === 'aa{sv}') return (value as readonly VariantRecord[]).map((item) => toVariantDict(item));
  if (signature === 'v') return toVariant(value as VariantValue);
  // dbus-next marshals 64-bit integers from bigints only; the API speaks numbers.
  if ((signature === 't' || signature === 'x') && typeof value === 'number') return BigInt(value);
  return value;
}

/** The inverse of toWire, for arguments received. */
export function fromWire(signature: string, value: unknown): unknown {
  return fromTyped(signature, value);
}
