import { badRequest } from '../http-error.js';

/**
 * A request path decoded into share-relative segments. Pure: no I/O, so the
 * rules that keep clients inside the share are testable on their own.
 */
export interface SharePath {
  /** Decoded path segments below the share root; empty for the root itself. */
  readonly segments: readonly string[];
  /** The client wrote a trailing slash (a collection was meant). */
  readonly trailingSlash: boolean;
}

const MAX_PATH_BYTES = 4096;
const MAX_SEGMENT_BYTES = 255;

/**
 * Decode a raw, percent-encoded request path. Refuses (400) anything that
 * could name a place outside the share or that no file system can hold:
 * bad percent-encoding, `.` and `..`, NUL, backslashes, encoded slashes,
 * over-long names.
 */
export function parseSharePath(rawPath: string, prefix = '/'): SharePath {
  if (rawPath.length > MAX_PATH_BYTES * 3) throw badRequest('The address is too long.', 'bad-path');
  if (!rawPath.startsWith(prefix)) throw badRequest('The address is outside this share.', 'bad-path');
  const rest = rawPath.slice(prefix.length);
  const parts = rest.split('/');
  const trailingSlash = rest === '' || rest.endsWith('/');
  const segments: string[] = [];
  let bytes = 0;
  for (const part of parts) {
    if (part === '') continue;
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      throw badRequest('The address has bad percent-encoding.', 'bad-path');
    }
    checkSegment(name);
    bytes += Buffer.byteLength(name) + 1;
    if (bytes > MAX_PATH_BYTES) throw badRequest('The address is too long.', 'bad-path');
    segments.push(name);
  }
  return { segments, trailingSlash };
}

/** Refuses a single decoded name that is not a plain file name. */
export function checkSegment(name: string): void {
  if (name === '.' || name === '..') throw badRequest('The address may not contain "." or ".." parts.', 'bad-path');
  if (name.includes('/') || name.includes('\\')) throw badRequest('A name may not contain a slash or backslash.', 'bad-path');
  if (name.includes('\0')) throw badRequest('A name may not contain a NUL character.', 'bad-path');
  if (Buffer.byteLength(name) > MAX_SEGMENT_BYTES) throw badRequest('A name in the address is too long (255 bytes at most).', 'bad-path');
  // Lone UTF-16 surrogates come from %ED%A0%80-style encodings; no file system name should hold them.
  if (!name.isWellFormed()) throw badRequest('A name in the address is not valid UTF-8.', 'bad-path');
}

/** Percent-encode one segment for an href: everything but RFC 3986 unreserved characters and a few safe sub-delims. */
export function encodeSegment(name: string): string {
  return encodeURIComponent(name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The href of a resource: `/a/b` for a file, `/a/b/` for a collection. */
export function hrefFor(segments: readonly string[], collection: boolean, prefix = '/'): string {
  if (segments.length === 0) return prefix;
  const path = prefix + segments.map(encodeSegment).join('/');
  return collection ? `${path}/` : path;
}

/** Stable key for a resource inside the share, used by the property and lock stores. */
export function keyOf(segments: readonly string[]): string {
  return segments.join('/');
}

export function parentOf(segments: readonly string[]): readonly string[] {
  return segments.slice(0, -1);
}

/** True when `inner` is `outer` or below it (both are keys from keyOf). */
export function isWithin(inner: string, outer: string): boolean {
  return outer === '' || inner === outer || inner.startsWith(`${outer}/`);
}
