/**
 * The messages of `/mesh-share/relay/1.0.0`: a holder (the teacher's laptop
 * that keeps a file left for someone away, `send --via`) tells a recipient's
 * agent where the file is; the recipient answers that it heard. Once it has
 * fetched the file and its SHA-256 matched, the recipient tells the holder,
 * which may then let go of it. One length-prefixed CBOR map each way, the
 * dialer first.
 *
 *   holder → recipient: notice {path, size, sha256, name, mimeType, metadata, from {peerId, nick, color?}, expiresAt}
 *   recipient → holder: ack {state: 'fetching' | 'held' | 'have' | 'refused', message?}
 *
 *   recipient → holder: collected {path, sha256}
 *   holder → recipient: noted {known}   (known: the holder kept that file for this recipient)
 *
 * Everything from the other side is untrusted: any type, range or length out
 * of bounds is a RelayProtocolError, never a crash.
 */
import { decode, encode } from 'cborg';
import type { FileMetadata } from '../push/types.js';

export const RELAY_PROTOCOL = '/mesh-share/relay/1.0.0';
export const MAX_RELAY_MESSAGE_BYTES = 128 * 1024;
const MAX_PATH_BYTES = 4096;
const MAX_NAME_BYTES = 1024;
const MAX_NICK_BYTES = 1024;
const MAX_METADATA_STRING_BYTES = 16 * 1024;
const MAX_MESSAGE_TEXT_BYTES = 1024;
const METADATA_STRINGS = ['title', 'mime_type', 'activity', 'activity_id', 'description', 'tags'] as const;
const HEX64 = /^[0-9a-f]{64}$/;
const PEER_ID = /^(12D3KooW[1-9A-HJ-NP-Za-km-z]{44}|Qm[1-9A-HJ-NP-Za-km-z]{44})$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface RelayNotice {
  /** The file's path on the holder's share, percent-encoded as it goes on the wire (`/.mesh-share-relay/<owner>/<transfer>/<name>`). */
  path: string;
  size: number;
  sha256: string;
  /** The name the sender offered (sanitised by the recipient's inbox). */
  name: string;
  mimeType: string;
  metadata: FileMetadata;
  /** Who left it: the owner the holder recorded (proven to the holder by Noise) and its nick (its own words). */
  from: { peerId: string; nick: string; color?: string };
  /** Milliseconds since 1970: the holder deletes it then. */
  expiresAt: number;
}

export type RelayAckState = 'fetching' | 'held' | 'have' | 'refused';

export type RelayMessage =
  | { type: 'notice'; notice: RelayNotice }
  | { type: 'ack'; state: RelayAckState; message?: string }
  | { type: 'collected'; path: string; sha256: string }
  | { type: 'noted'; known: boolean };

export class RelayProtocolError extends Error {
  readonly code = 'protocol';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RelayProtocolError';
  }
}

const fail = (message: string): never => {
  throw new RelayProtocolError(message);
};

export function encodeRelayMessage(message: RelayMessage): Uint8Array {
  const bytes = encode(checkRelayMessage(message));
  if (bytes.byteLength > MAX_RELAY_MESSAGE_BYTES) fail(`a ${message.type} message of ${bytes.byteLength} bytes exceeds ${MAX_RELAY_MESSAGE_BYTES}`);
  return bytes;
}

export function decodeRelayMessage(bytes: Uint8Array): RelayMessage {
  if (bytes.byteLength > MAX_RELAY_MESSAGE_BYTES) fail(`message of ${bytes.byteLength} bytes exceeds ${MAX_RELAY_MESSAGE_BYTES}`);
  let value: unknown;
  try {
    value = decode(bytes, { strict: true, allowIndefinite: false, allowUndefined: false, allowNaN: false, allowInfinity: false, allowBigInt: false, rejectDuplicateMapKeys: true, useMaps: false });
  } catch (error) {
    throw new RelayProtocolError(`undecodable message: ${(error as Error).message}`, { cause: error });
  }
  return checkRelayMessage(value);
}

/** Validates any value as a message and returns an exact copy (no extra keys, no undefined). */
export function checkRelayMessage(value: unknown): RelayMessage {
  const m = object(value, 'message');
  if (m.type === 'notice') {
    keys(m, 'notice message', ['type', 'notice'], []);
    return { type: 'notice', notice: notice(m.notice) };
  }
  if (m.type === 'ack') {
    keys(m, 'ack message', ['type', 'state'], ['message']);
    if (m.state !== 'fetching' && m.state !== 'held' && m.state !== 'have' && m.state !== 'refused') fail('unknown ack state');
    const ack: RelayMessage = { type: 'ack', state: m.state as RelayAckState };
    if (m.message !== undefined) ack.message = text(m.message, 'message', MAX_MESSAGE_TEXT_BYTES);
    return ack;
  }
  if (m.type === 'collected') {
    keys(m, 'collected message', ['type', 'path', 'sha256'], []);
    return { type: 'collected', path: wirePath(m.path), sha256: sha256Of(m.sha256) };
  }
  if (m.type === 'noted') {
    keys(m, 'noted message', ['type', 'known'], []);
    if (typeof m.known !== 'boolean') fail('known is not a boolean');
    return { type: 'noted', known: m.known as boolean };
  }
  return fail('unknown message type');
}

/** A path on the holder's share as it goes on the wire: absolute, percent-encoded, no query or fragment. */
function wirePath(value: unknown): string {
  const path = text(value, 'path', MAX_PATH_BYTES);
  if (!path.startsWith('/') || !PRINTABLE_ASCII.test(path) || path.includes('?') || path.includes('#')) fail('path is not an absolute, percent-encoded path');
  return path;
}

function sha256Of(value: unknown): string {
  const sha256 = text(value, 'sha256', 64);
  if (!HEX64.test(sha256)) fail('sha256 is not 64 lowercase hexadecimal digits');
  return sha256;
}

function notice(value: unknown): RelayNotice {
  const n = object(value, 'notice');
  keys(n, 'notice', ['path', 'size', 'sha256', 'name', 'mimeType', 'metadata', 'from', 'expiresAt'], []);
  const path = wirePath(n.path);
  const size = integer(n.size, 'size', 0, Number.MAX_SAFE_INTEGER);
  const sha256 = sha256Of(n.sha256);
  const name = text(n.name, 'name', MAX_NAME_BYTES);
  if (name === '') fail('name is empty');
  const mimeType = text(n.mimeType, 'mimeType', 255);
  if (!PRINTABLE_ASCII.test(mimeType)) fail('mimeType is not printable ASCII');
  const from = object(n.from, 'from');
  keys(from, 'from', ['peerId', 'nick'], ['color']);
  const peerId = text(from.peerId, 'peerId', 64);
  if (!PEER_ID.test(peerId)) fail('from.peerId is not a PeerId');
  const sender: RelayNotice['from'] = { peerId, nick: text(from.nick, 'nick', MAX_NICK_BYTES) };
  if (from.color !== undefined) {
    sender.color = text(from.color, 'color', 64);
    if (!PRINTABLE_ASCII.test(sender.color)) fail('color is not printable ASCII');
  }
  return { path, size, sha256, name, mimeType, metadata: metadata(n.metadata), from: sender, expiresAt: integer(n.expiresAt, 'expiresAt', 0, Number.MAX_SAFE_INTEGER) };
}

function metadata(value: unknown): FileMetadata {
  const m = object(value, 'metadata');
  keys(m, 'metadata', [], [...METADATA_STRINGS, 'timestamp']);
  const out: Record<string, unknown> = {};
  for (const key of METADATA_STRINGS) if (m[key] !== undefined) out[key] = text(m[key], `metadata.${key}`, MAX_METADATA_STRING_BYTES);
  if (m.timestamp !== undefined) out.timestamp = integer(m.timestamp, 'metadata.timestamp', 0, Number.MAX_SAFE_INTEGER);
  return out as FileMetadata;
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) return fail(`${what} is not a map`);
  return value as Record<string, unknown>;
}

function keys(value: Record<string, unknown>, what: string, required: readonly string[], optional: readonly string[]): void {
  for (const key of required) if (value[key] === undefined) fail(`${what} lacks ${key}`);
  for (const key of Object.keys(value)) if (!required.includes(key) && !optional.includes(key)) fail(`${what} has an unknown key`);
}

function text(value: unknown, what: string, maxBytes: number): string {
  if (typeof value !== 'string') return fail(`${what} is not text`);
  if (Buffer.byteLength(value) > maxBytes) fail(`${what} is longer than ${maxBytes} bytes`);
  return value;
}

function integer(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) return fail(`${what} is not an integer in ${min}..${max}`);
  return value;
}
