/**
 * DNS names as this module keeps them: a string in "escaped presentation
 * form" without the trailing dot, e.g. `Dr\.Smith._webdavs._tcp.local`.
 * Inside a label `\` is written `\\`, `.` is written `\.`, and a byte that is
 * not part of valid UTF-8 is written `\DDD` (decimal, RFC 1035 style), so
 * every label's bytes round-trip exactly. Comparison is ASCII
 * case-insensitive (`nameKey`). Pure functions only.
 */

export type DnsSdErrorCode =
  | 'bad-service-type'
  | 'bad-instance-name'
  | 'bad-host-label'
  | 'bad-port'
  | 'bad-txt'
  | 'not-started'
  | 'stopped'
  | 'socket';

/** Thrown for invalid input to the public API; `code` says which kind. */
export class DnsSdError extends Error {
  readonly code: DnsSdErrorCode;
  constructor(code: DnsSdErrorCode, message: string) {
    super(message);
    this.name = 'DnsSdError';
    this.code = code;
  }
}

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder('utf-8');

/** Escape one label given as a JS string (user input). */
export function escapeLabel(label: string): string {
  return label.replace(/[\\.]/g, (c) => `\\${c}`);
}

/** Escaped form of a label's raw bytes (from the wire). Deterministic, lossless. */
export function labelFromBytes(bytes: Uint8Array): string {
  let text: string | undefined;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined) return escapeLabel(text);
  let out = '';
  for (const b of bytes) {
    if (b >= 0x80) out += `\\${String(b).padStart(3, '0')}`;
    else if (b === 0x2e || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else out += String.fromCharCode(b);
  }
  return out;
}

/** Split an escaped name into escaped labels (no empty labels; '' -> []). */
export function splitName(name: string): string[] {
  const labels: string[] = [];
  let current = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '\\' && i + 1 < name.length) {
      current += c + name[i + 1];
      i++;
    } else if (c === '.') {
      if (current !== '') labels.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current !== '') labels.push(current);
  return labels;
}

/** Bytes of one escaped label. Throws on a stray escape. */
export function labelBytes(escaped: string): Uint8Array {
  const parts: number[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') {
      for (const b of utf8.encode(text)) parts.push(b);
      text = '';
    }
  };
  for (let i = 0; i < escaped.length; i++) {
    const c = escaped[i]!;
    if (c !== '\\') {
      text += c;
      continue;
    }
    const next = escaped[i + 1];
    if (next === undefined) throw new Error('dangling escape in DNS label');
    if (/[0-9]/.test(next)) {
      const digits = escaped.slice(i + 1, i + 4);
      if (!/^[0-9]{3}$/.test(digits) || Number(digits) > 255) throw new Error('bad \\DDD escape in DNS label');
      flush();
      parts.push(Number(digits));
      i += 3;
    } else {
      text += next;
      i++;
    }
  }
  flush();
  return Uint8Array.from(parts);
}

/** Unescaped label as text (lossy for invalid UTF-8: U+FFFD). */
export function unescapeLabel(escaped: string): string {
  return lossyUtf8.decode(labelBytes(escaped));
}

/** Labels of an escaped name as bytes, validated (label <= 63, name <= 255 bytes on the wire). */
export function nameToWire(name: string): Uint8Array[] {
  const labels = splitName(name).map(labelBytes);
  let total = 1;
  for (const l of labels) {
    if (l.length === 0 || l.length > 63) throw new Error(`DNS label of ${l.length} bytes in ${JSON.stringify(name)}`);
    total += l.length + 1;
  }
  if (total > 255) throw new Error(`DNS name of ${total} bytes`);
  return labels;
}

export function joinName(...labels: string[]): string {
  return labels.filter((l) => l !== '').join('.');
}

/** ASCII case-insensitive comparison key of an escaped name. */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key !== undefined) return key;
  const plain = !name.includes('\\') && !name.includes('..') && !name.startsWith('.') && !name.endsWith('.');
  key = (plain ? name : splitName(name).join('.')).replace(/[A-Z]+/g, (c) => c.toLowerCase());
  if (keyCache.size >= 4096) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

/** nameKey is called for every record and lookup: remember recent ones. */
const keyCache = new Map<string, string>();

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Validated `_name._tcp` / `_name._udp`; returns it unchanged. */
export function checkServiceType(type: string): string {
  const m = /^_([A-Za-z0-9-]{1,15})\._(tcp|udp)$/.exec(type);
  if (m === null || m[1]!.startsWith('-') || m[1]!.endsWith('-')) {
    throw new DnsSdError('bad-service-type', `service type ${JSON.stringify(type)} is not of the form _name._tcp or _name._udp (name: 1-15 letters, digits, hyphens)`);
  }
  return type;
}

export function utf8Length(s: string): number {
  return utf8.encode(s).length;
}

/** RFC 6763 §4.1.1: 1-63 bytes of UTF-8, no ASCII control characters. */
export function checkInstanceLabel(name: string): string {
  if (typeof name !== 'string' || name.length === 0) throw new DnsSdError('bad-instance-name', 'service instance name is empty');
  if (!name.isWellFormed()) throw new DnsSdError('bad-instance-name', `service instance name ${JSON.stringify(name)} is not well-formed Unicode`);
  if (/[\u0000-\u001f\u007f]/.test(name)) throw new DnsSdError('bad-instance-name', `service instance name ${JSON.stringify(name)} contains control characters`);
  const n = utf8Length(name);
  if (n > 63) throw new DnsSdError('bad-instance-name', `service instance name ${JSON.stringify(name)} is ${n} bytes of UTF-8; at most 63 allowed`);
  return name;
}

/** Host label: 1-63 bytes of UTF-8, no dot, space, backslash or control character (normally letters, digits, hyphens). */
export function checkHostLabel(label: string): string {
  if (typeof label !== 'string' || label.length === 0 || !label.isWellFormed() || /[\s.\\\u0000-\u001f\u007f]/.test(label) || utf8Length(label) > 63) {
    throw new DnsSdError('bad-host-label', `host label ${JSON.stringify(label)} must be 1-63 bytes without dots, spaces or control characters (and without '.local')`);
  }
  return label;
}

/** Cut a string to at most `max` UTF-8 bytes without splitting a code point. */
export function truncateUtf8(s: string, max: number): string {
  if (utf8Length(s) <= max) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const n = utf8Length(ch);
    if (used + n > max) break;
    out += ch;
    used += n;
  }
  return out;
}

/** Conflict rename for instance names: 'Name' -> 'Name (2)' -> 'Name (3)'; stays within 63 bytes. */
export function nextServiceName(name: string): string {
  const m = /^(.*) \(([0-9]+)\)$/s.exec(name);
  const base = m ? m[1]! : name;
  const n = m ? Number(m[2]) + 1 : 2;
  const suffix = ` (${n})`;
  return truncateUtf8(base, 63 - suffix.length) + suffix;
}

/** Conflict rename for host labels (Avahi's rule): 'xo' -> 'xo-2' -> 'xo-3'. */
export function nextHostLabel(label: string): string {
  const m = /^(.*)-([0-9]+)$/.exec(label);
  const base = m && m[1] !== '' ? m[1]! : label;
  const n = m && m[1] !== '' ? Number(m[2]) + 1 : 2;
  const suffix = `-${n}`;
  return truncateUtf8(base, 63 - suffix.length).replace(/-+$/, '') + suffix;
}

/** `Name\.x._webdavs._tcp.local` for an instance label and a type. */
export function instanceFullName(label: string, type: string, domain = 'local'): string {
  return joinName(escapeLabel(label), type, domain);
}

/**
 * If `fullName` is `<one label>.<typeName>`, return that label (escaped);
 * otherwise undefined.
 */
export function instanceLabelOf(fullName: string, typeName: string): string | undefined {
  const labels = splitName(fullName);
  const typeLabels = splitName(typeName);
  if (labels.length !== typeLabels.length + 1) return undefined;
  if (nameKey(labels.slice(1).join('.')) !== nameKey(typeLabels.join('.'))) return undefined;
  return labels[0];
}
