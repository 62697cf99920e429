/**
 * The messages of `/mesh-share/push/1.0.0`, one CBOR map per length-prefixed
 * frame. Both directions go through the same validator: what we send is
 * checked as strictly as what we receive, so a bug on our side fails here
 * instead of on the other laptop. Everything from the other side is
 * untrusted: any type, range, length or format out of bounds is a
 * PushError 'protocol', never a crash or an unbounded allocation.
 *
 * Conversation (the dialer always speaks first, FACTS.md):
 *   sender: offer           recipient: answer
 *   sender: data... end     recipient: receipt      (per accepted file)
 * or, recipient's agent to sender's agent: ready (then both close).
 */
import { decode, encode } from 'cborg';
import { PushError, type Answer, type DeclineReason, type FileAnswer, type FileMetadata, type Offer, type OfferedFile, type Receipt, type SenderInfo, type TransferId } from './types.js';

export const PROTOCOL_VERSION = 1;
/** One frame on the wire, offer included. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** Payload of one data frame; senders use DATA_CHUNK_BYTES. */
export const MAX_DATA_BYTES = 256 * 1024;
export const DATA_CHUNK_BYTES = 64 * 1024;
export const MAX_FILES = 10_000;
export const MAX_NAME_BYTES = 4096;
export const MAX_METADATA_STRING_BYTES = 64 * 1024;
export const MAX_NICK_BYTES = 1024;
export const MAX_COLOR_BYTES = 64;
export const MAX_MIME_BYTES = 255;
export const MAX_REASON_BYTES = 4096;
export const MAX_SIZE = Number.MAX_SAFE_INTEGER;

export type PushMessage =
  | { type: 'offer'; version: number; offer: Offer }
  | { type: 'ready'; transferId: TransferId }
  | { type: 'answer'; answer: Answer }
  | { type: 'data'; index: number; offset: number; bytes: Uint8Array }
  | { type: 'end'; index: number }
  | { type: 'receipt'; receipt: Receipt };

export type PushMessageType = PushMessage['type'];

const DECLINE_REASONS: readonly DeclineReason[] = ['declined', 'expired', 'too-big', 'disk-full', 'busy', 'invalid'];
const METADATA_STRINGS = ['title', 'mime_type', 'activity', 'activity_id', 'description', 'tags'] as const;
const HEX32 = /^[0-9a-f]{32}$/;
const HEX64 = /^[0-9a-f]{64}$/;
// Printable ASCII: MIME types and colours are shown and compared, never interpreted.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Encodes and validates; throws PushError 'protocol' for anything the other side would reject. */
export function encodeMessage(message: PushMessage): Uint8Array {
  // Validating a plain copy also drops undefined optionals, which CBOR cannot carry.
  const wire = toWire(message);
  let bytes: Uint8Array;
  try {
    bytes = encode(wire);
  } catch (error) {
    throw new PushError('protocol', `cannot encode a ${message.type} message: ${(error as Error).message}`, { cause: error });
  }
  if (bytes.byteLength > MAX_MESSAGE_BYTES) {
    throw new PushError('protocol', `a ${message.type} message of ${bytes.byteLength} bytes exceeds ${MAX_MESSAGE_BYTES}`);
  }
  return bytes;
}

/**
 * Throws PushError 'protocol' when `offer` cannot travel as one message
 * (too many files, names or metadata too long, over MAX_MESSAGE_BYTES in
 * all). With short names the byte cap binds near 7 600 files, before
 * MAX_FILES does: callers that build offers check here, up front.
 */
export function checkOfferFits(offer: Offer): void {
  encodeMessage({ type: 'offer', version: PROTOCOL_VERSION, offer });
}

export function decodeMessage(bytes: Uint8Array): PushMessage {
  if (bytes.byteLength > MAX_MESSAGE_BYTES) throw new PushError('protocol', `message of ${bytes.byteLength} bytes exceeds ${MAX_MESSAGE_BYTES}`);
  let value: unknown;
  try {
    value = decode(bytes, {
      strict: true,
      allowIndefinite: false,
      allowUndefined: false,
      allowNaN: false,
      allowInfinity: false,
      allowBigInt: false,
      rejectDuplicateMapKeys: true,
      useMaps: false,
      // No `tags` option: cborg then rejects every tag.
    });
  } catch (error) {
    // Deep nesting surfaces as a RangeError (stack): still just a bad message.
    throw new PushError('protocol', `undecodable message: ${(error as Error).message}`, { cause: error });
  }
  return toWire(value as PushMessage);
}

/** Validates any value as a message and returns a fresh, exact copy (no extra keys). */
function toWire(value: unknown): PushMessage {
  const m = record(value, 'message', ['type'], ['version', 'offer', 'transferId', 'answer', 'index', 'offset', 'bytes', 'receipt']);
  switch (m.type) {
    case 'offer': {
      exactKeys(m, 'offer message', ['type', 'version', 'offer']);
      const version = integer(m.version, 'version', 1, 0xffff);
      if (version !== PROTOCOL_VERSION) throw new PushError('protocol', `unsupported offer version ${version}`);
      return { type: 'offer', version, offer: offer(m.offer) };
    }
    case 'ready':
      exactKeys(m, 'ready message', ['type', 'transferId']);
      return { type: 'ready', transferId: hex(m.transferId, 'transferId', HEX32) };
    case 'answer':
      exactKeys(m, 'answer message', ['type', 'answer']);
      return { type: 'answer', answer: answer(m.answer) };
    case 'data': {
      exactKeys(m, 'data message', ['type', 'index', 'offset', 'bytes']);
      const bytes = m.bytes;
      if (!(bytes instanceof Uint8Array)) throw new PushError('protocol', 'data bytes must be a byte string');
      if (bytes.byteLength === 0 || bytes.byteLength > MAX_DATA_BYTES) throw new PushError('protocol', `data frame of ${bytes.byteLength} bytes (1..${MAX_DATA_BYTES})`);
      const index = integer(m.index, 'index', 0, MAX_FILES - 1);
      const offset = integer(m.offset, 'offset', 0, MAX_SIZE);
      if (offset + bytes.byteLength > MAX_SIZE) throw new PushError('protocol', 'data beyond the largest file size');
      // A plain view: Node Buffers would encode fine but compare differently in tests.
      return { type: 'data', index, offset, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    }
    case 'end':
      exactKeys(m, 'end message', ['type', 'index']);
      return { type: 'end', index: integer(m.index, 'index', 0, MAX_FILES - 1) };
    case 'receipt':
      exactKeys(m, 'receipt message', ['type', 'receipt']);
      return { type: 'receipt', receipt: receipt(m.receipt) };
    default:
      throw new PushError('protocol', `unknown message type ${JSON.stringify(typeof m.type === 'string' ? m.type.slice(0, 32) : typeof m.type)}`);
  }
}

function offer(value: unknown): Offer {
  const o = record(value, 'offer', ['transferId', 'from', 'files'], []);
  const from = record(o.from, 'from', ['nick'], ['color']);
  const sender: SenderInfo = { nick: text(from.nick, 'nick', MAX_NICK_BYTES) };
  if (from.color !== undefined) sender.color = ascii(from.color, 'color', MAX_COLOR_BYTES);
  const files = list(o.files, 'files', 1, MAX_FILES).map((file, position) => offeredFile(file, position));
  return { transferId: hex(o.transferId, 'transferId', HEX32), from: sender, files };
}

function offeredFile(value: unknown, position: number): OfferedFile {
  const f = record(value, `file ${position}`, ['index', 'name', 'size', 'sha256', 'mimeType', 'metadata'], []);
  const index = integer(f.index, 'index', 0, MAX_FILES - 1);
  // Files are referred to by index later; positions and indexes must agree.
  if (index !== position) throw new PushError('protocol', `file at position ${position} has index ${index}`);
  return {
    index,
    name: text(f.name, 'name', MAX_NAME_BYTES, 1),
    size: integer(f.size, 'size', 0, MAX_SIZE),
    sha256: hex(f.sha256, 'sha256', HEX64),
    mimeType: ascii(f.mimeType, 'mimeType', MAX_MIME_BYTES, 1),
    metadata: metadata(f.metadata),
  };
}

function metadata(value: unknown): FileMetadata {
  const m = record(value, 'metadata', [], [...METADATA_STRINGS, 'timestamp']);
  const out: FileMetadata = {};
  for (const key of METADATA_STRINGS) {
    if (m[key] !== undefined) out[key] = text(m[key], key, MAX_METADATA_STRING_BYTES);
  }
  if (m.timestamp !== undefined) out.timestamp = finite(m.timestamp, 'timestamp', 0, MAX_SIZE);
  return out;
}

function answer(value: unknown): Answer {
  const a = record(value, 'answer', ['decision'], ['files', 'expiresAt', 'reason', 'message']);
  switch (a.decision) {
    case 'accept':
      exactKeys(a, 'accept answer', ['decision', 'files']);
      return { decision: 'accept', files: list(a.files, 'files', 1, MAX_FILES).map((f, i) => fileAnswer(f, i)) };
    case 'held':
      exactKeys(a, 'held answer', ['decision', 'expiresAt']);
      return { decision: 'held', expiresAt: finite(a.expiresAt, 'expiresAt', 0, MAX_SIZE) };
    case 'decline': {
      exactKeys(a, 'decline answer', ['decision', 'reason', 'message']);
      const reason = a.reason;
      if (typeof reason !== 'string' || !(DECLINE_REASONS as readonly string[]).includes(reason)) throw new PushError('protocol', 'unknown decline reason');
      return { decision: 'decline', reason: reason as DeclineReason, message: text(a.message, 'message', MAX_REASON_BYTES) };
    }
    default:
      throw new PushError('protocol', 'unknown answer decision');
  }
}

function fileAnswer(value: unknown, position: number): FileAnswer {
  const f = record(value, `file answer ${position}`, ['index', 'action'], ['offset', 'reason']);
  const index = integer(f.index, 'index', 0, MAX_FILES - 1);
  switch (f.action) {
    case 'send':
      exactKeys(f, 'send answer', ['index', 'action', 'offset']);
      return { index, action: 'send', offset: integer(f.offset, 'offset', 0, MAX_SIZE) };
    case 'have':
      exactKeys(f, 'have answer', ['index', 'action']);
      return { index, action: 'have' };
    case 'skip':
      exactKeys(f, 'skip answer', ['index', 'action', 'reason']);
      return { index, action: 'skip', reason: text(f.reason, 'reason', MAX_REASON_BYTES) };
    default:
      throw new PushError('protocol', 'unknown file action');
  }
}

function receipt(value: unknown): Receipt {
  const r = record(value, 'receipt', ['index', 'ok'], ['reason']);
  if (typeof r.ok !== 'boolean') throw new PushError('protocol', 'receipt ok must be a boolean');
  const out: Receipt = { index: integer(r.index, 'index', 0, MAX_FILES - 1), ok: r.ok };
  if (r.reason !== undefined) out.reason = text(r.reason, 'reason', MAX_REASON_BYTES);
  return out;
}

// ---- field checks ----

function record(value: unknown, what: string, required: readonly string[], optional: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) {
    throw new PushError('protocol', `${what} must be a map`);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new PushError('protocol', `${what} must be a plain map`);
  const v = value as Record<string, unknown>;
  for (const key of required) {
    if (!Object.hasOwn(v, key) || v[key] === undefined) throw new PushError('protocol', `${what} lacks ${key}`);
  }
  for (const key of Object.keys(v)) {
    if (!required.includes(key) && !optional.includes(key)) throw new PushError('protocol', `${what} has an unknown field ${JSON.stringify(key.slice(0, 32))}`);
  }
  return v;
}

/** Only these keys may carry a value (the union-wide record() allowed more). */
function exactKeys(v: Record<string, unknown>, what: string, allowed: readonly string[]): void {
  for (const key of Object.keys(v)) {
    if (v[key] !== undefined && !allowed.includes(key)) throw new PushError('protocol', `${what} has an unexpected field ${key}`);
  }
  for (const key of allowed) {
    if (v[key] === undefined) throw new PushError('protocol', `${what} lacks ${key}`);
  }
}

function list(value: unknown, what: string, min: number, max: number): unknown[] {
  if (!Array.isArray(value)) throw new PushError('protocol', `${what} must be a list`);
  if (value.length < min || value.length > max) throw new PushError('protocol', `${what} has ${value.length} entries (${min}..${max})`);
  return value;
}

function integer(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new PushError('protocol', `${what} must be an integer in ${min}..${max}`);
  }
  return value;
}

function finite(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new PushError('protocol', `${what} must be a number in ${min}..${max}`);
  }
  return value;
}

const encoder = new TextEncoder();

function text(value: unknown, what: string, maxBytes: number, minBytes = 0): string {
  if (typeof value !== 'string') throw new PushError('protocol', `${what} must be a string`);
  // UTF-8 takes at least one byte per UTF-16 unit and at most three: encode only when in doubt.
  const bytes = value.length > maxBytes ? Infinity : value.length * 3 <= maxBytes && value.length >= minBytes ? value.length : encoder.encode(value).byteLength;
  if (bytes > maxBytes || bytes < minBytes) throw new PushError('protocol', `${what} must be ${minBytes}..${maxBytes} bytes`);
  return value;
}

function ascii(value: unknown, what: string, maxBytes: number, minBytes = 0): string {
  const s = text(value, what, maxBytes, minBytes);
  if (!PRINTABLE_ASCII.test(s)) throw new PushError('protocol', `${what} must be printable ASCII`);
  return s;
}

function hex(value: unknown, what: string, pattern: RegExp): string {
  if (typeof value !== 'string' || !pattern.test(value)) throw new PushError('protocol', `${what} must be ${pattern === HEX32 ? 32 : 64} lowercase hex characters`);
  return value;
}

/**
 * An accept answer must speak of every offered file, in offer order, and
 * resume no further than a file's end. Both sides check: the sender before
 * trusting offsets, the recipient before sending its own answer.
 */
export function checkAnswerFitsOffer(offer: Offer, answer: Answer): void {
  if (answer.decision !== 'accept') return;
  if (answer.files.length !== offer.files.length) {
    throw new PushError('protocol', `the answer covers ${answer.files.length} files of ${offer.files.length}`);
  }
  answer.files.forEach((file, position) => {
    if (file.index !== position) throw new PushError('protocol', `answer at position ${position} is for file ${file.index}`);
    if (file.action === 'send' && file.offset > offer.files[position]!.size) {
      throw new PushError('protocol', `resume offset ${file.offset} beyond the size of file ${position}`);
    }
  });
}
