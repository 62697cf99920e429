/**
 * The push protocol's messages: everything we send comes back identical,
 * and anything malformed, oversized or of the wrong type from the other
 * side is a PushError 'protocol' (never another exception, never a hang).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { encode } from 'cborg';
import {
  checkAnswerFitsOffer,
  decodeMessage,
  encodeMessage,
  MAX_DATA_BYTES,
  MAX_FILES,
  MAX_MESSAGE_BYTES,
  PROTOCOL_VERSION,
  type PushMessage,
} from '../../protocols/push/messages.js';
import { PushError, type Offer, type OfferedFile } from '../../protocols/push/types.js';

const ID = '0123456789abcdef0123456789abcdef';
const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const file = (index: number, extra: Partial<OfferedFile> = {}): OfferedFile => ({ index, name: `file-${index}.txt`, size: 12, sha256: SHA, mimeType: 'text/plain', metadata: {}, ...extra });

const fullOffer: Offer = {
  transferId: ID,
  from: { nick: 'Ana ñ 日本', color: '#FF8F00,#00588C' },
  files: [
    file(0, {
      name: 'Project/img/a.png',
      size: Number.MAX_SAFE_INTEGER,
      mimeType: 'image/png',
      metadata: { title: 'A', mime_type: 'image/png', activity: 'org.laptop.Paint', activity_id: 'abc', description: 'd', tags: 't u', timestamp: 1_700_000_000.5 },
    }),
    file(1, { size: 0 }),
  ],
};

const valid: PushMessage[] = [
  { type: 'offer', version: PROTOCOL_VERSION, offer: fullOffer },
  { type: 'offer', version: PROTOCOL_VERSION, offer: { transferId: ID, from: { nick: '' }, files: [file(0)] } },
  { type: 'ready', transferId: ID },
  { type: 'answer', answer: { decision: 'accept', files: [{ index: 0, action: 'send', offset: 5 }, { index: 1, action: 'have' }, { index: 2, action: 'skip', reason: 'too big' }] } },
  { type: 'answer', answer: { decision: 'held', expiresAt: 1_700_000_000_000 } },
  { type: 'answer', answer: { decision: 'decline', reason: 'disk-full', message: 'no room' } },
  { type: 'data', index: 3, offset: 1 << 30, bytes: new Uint8Array(MAX_DATA_BYTES).fill(7) },
  { type: 'data', index: MAX_FILES - 1, offset: 0, bytes: new Uint8Array([0, 255]) },
  { type: 'end', index: 0 },
  { type: 'receipt', receipt: { index: 2, ok: true } },
  { type: 'receipt', receipt: { index: 2, ok: false, reason: 'SHA-256 mismatch' } },
];

for (const message of valid) {
  test(`${message.type} round-trips: ${JSON.stringify(message, (_, v: unknown) => (v instanceof Uint8Array ? `<${v.byteLength} bytes>` : v)).slice(0, 80)}`, () => {
    const bytes = encodeMessage(message);
    assert.ok(bytes.byteLength <= MAX_MESSAGE_BYTES);
    assert.equal(decodeMessage(bytes), message);
  });
}

test('data frames carry raw bytes: a 256 KiB frame costs only a few bytes more on the wire', () => {
  const bytes = encodeMessage({ type: 'data', index: 0, offset: 0, bytes: new Uint8Array(MAX_DATA_BYTES) });
  assert.ok(bytes.byteLength < MAX_DATA_BYTES + 64, `${bytes.byteLength} bytes`);
});

test('undefined optional fields are dropped, not sent', () => {
  const message = { type: 'offer', version: 1, offer: { transferId: ID, from: { nick: 'a', color: undefined }, files: [file(0, { metadata: { title: undefined } })] } } as unknown as PushMessage;
  const back = decodeMessage(encodeMessage(message)) as Extract<PushMessage, { type: 'offer' }>;
  assert.equal(Object.keys(back.offer.from), ['nick']);
  assert.equal(back.offer.files[0]!.metadata, {});
});

function rejects(what: string, run: () => unknown): void {
  try {
    run();
  } catch (error) {
    assert.instance(error, PushError, `${what}: ${String(error)}`);
    assert.is((error as PushError).code, 'protocol', what);
    return;
  }
  assert.unreachable(`${what} was accepted`);
}

/** Raw CBOR of any value, bypassing our encoder's checks (what a hostile peer sends). */
const raw = (value: unknown): Uint8Array => encode(value);
const offerWith = (patch: (o: Record<string, any>) => void): Uint8Array => {
  const o = JSON.parse(JSON.stringify({ type: 'offer', version: 1, offer: { transferId: ID, from: { nick: 'a' }, files: [file(0), file(1)] } }));
  patch(o);
  return raw(o);
};
const dataWith = (patch: Record<string, unknown>): Uint8Array => raw({ type: 'data', index: 0, offset: 0, bytes: new Uint8Array(4), ...patch });
const answerWith = (answer: unknown): Uint8Array => raw({ type: 'answer', answer });

const malformed: Array<[string, Uint8Array]> = [
  ['empty input', new Uint8Array(0)],
  ['garbage', new Uint8Array([0xff, 0xfe, 0x00, 0x13, 0x37])],
  ['truncated map', raw({ type: 'end', index: 1 }).subarray(0, 5)],
  ['trailing bytes', new Uint8Array([...raw({ type: 'end', index: 1 }), 0x00])],
  ['an array, not a map', raw(['end', 1])],
  ['a string', raw('end')],
  ['a number', raw(42)],
  ['unknown type', raw({ type: 'hello' })],
  ['type not a string', raw({ type: 5 })],
  ['no type', raw({ index: 1 })],
  ['extra field', raw({ type: 'end', index: 1, extra: true })],
  ['field of another message', raw({ type: 'end', index: 1, offset: 0 })],
  ['__proto__ key', new Uint8Array([0xa3, 0x64, ...Buffer.from('type'), 0x63, ...Buffer.from('end'), 0x65, ...Buffer.from('index'), 0x01, 0x69, ...Buffer.from('__proto__'), 0xa0])],
  ['duplicate key', new Uint8Array([0xa3, 0x64, ...Buffer.from('type'), 0x63, ...Buffer.from('end'), 0x65, ...Buffer.from('index'), 0x01, 0x65, ...Buffer.from('index'), 0x02])],
  ['indefinite-length map', new Uint8Array([0xbf, 0x64, ...Buffer.from('type'), 0x63, ...Buffer.from('end'), 0x65, ...Buffer.from('index'), 0x01, 0xff])],
  ['non-canonical integer', new Uint8Array([0xa2, 0x64, ...Buffer.from('type'), 0x63, ...Buffer.from('end'), 0x65, ...Buffer.from('index'), 0x18, 0x01])],
  ['a tag', new Uint8Array([0xa2, 0x64, ...Buffer.from('type'), 0x63, ...Buffer.from('end'), 0x65, ...Buffer.from('index'), 0xc1, 0x01])],
  ['non-string key', new Uint8Array([0xa2, 0x64, ...Buffer.from('type'), 0x63, ...Buffer.from('end'), 0x01, 0x01])],
  ['undefined value', new Uint8Array([0xa2, 0x64, ...Buffer.from('type'), 0x63, ...Buffer.from('end'), 0x65, ...Buffer.from('index'), 0xf7])],
  ['deep nesting', new Uint8Array([...new Uint8Array(200_000).fill(0x81), 0x00])],
  ['over 1 MiB', raw({ type: 'ready', transferId: 'a'.repeat(MAX_MESSAGE_BYTES) })],
  ['offer version 2', offerWith((o) => (o.version = 2))],
  ['offer without version', offerWith((o) => delete o.version)],
  ['transferId uppercase', offerWith((o) => (o.offer.transferId = ID.toUpperCase()))],
  ['transferId too short', offerWith((o) => (o.offer.transferId = ID.slice(1)))],
  ['transferId not a string', offerWith((o) => (o.offer.transferId = 7))],
  ['ready with a bad id', raw({ type: 'ready', transferId: 'zz' })],
  ['no files', offerWith((o) => (o.offer.files = []))],
  ['files not a list', offerWith((o) => (o.offer.files = { 0: o.offer.files[0] }))],
  ['file index out of order', offerWith((o) => (o.offer.files[1].index = 0))],
  ['empty name', offerWith((o) => (o.offer.files[0].name = ''))],
  ['name over 4096 bytes', offerWith((o) => (o.offer.files[0].name = 'a'.repeat(4097)))],
  ['name over 4096 bytes in UTF-8, under in characters', offerWith((o) => (o.offer.files[0].name = 'é'.repeat(2049)))],
  ['name not a string', offerWith((o) => (o.offer.files[0].name = ['a']))],
  ['negative size', offerWith((o) => (o.offer.files[0].size = -1))],
  ['fractional size', offerWith((o) => (o.offer.files[0].size = 1.5))],
  ['size as a string', offerWith((o) => (o.offer.files[0].size = '12'))],
  ['size over 2^53-1', raw({ type: 'offer', version: 1, offer: { transferId: ID, from: { nick: 'a' }, files: [{ ...file(0), size: 2n ** 60n }] } })],
  ['sha256 uppercase', offerWith((o) => (o.offer.files[0].sha256 = SHA.toUpperCase()))],
  ['sha256 63 characters', offerWith((o) => (o.offer.files[0].sha256 = SHA.slice(1)))],
  ['mimeType empty', offerWith((o) => (o.offer.files[0].mimeType = ''))],
  ['mimeType not ASCII', offerWith((o) => (o.offer.files[0].mimeType = 'text/plaín'))],
  ['mimeType with a newline', offerWith((o) => (o.offer.files[0].mimeType = 'text/plain\n'))],
  ['mimeType over 255 bytes', offerWith((o) => (o.offer.files[0].mimeType = `a/${'b'.repeat(254)}`))],
  ['metadata missing', offerWith((o) => delete o.offer.files[0].metadata)],
  ['metadata unknown key', offerWith((o) => (o.offer.files[0].metadata = { preview: 'x' }))],
  ['metadata string over 64 KiB', offerWith((o) => (o.offer.files[0].metadata = { description: 'x'.repeat(64 * 1024 + 1) }))],
  ['metadata title a number', offerWith((o) => (o.offer.files[0].metadata = { title: 5 }))],
  ['timestamp negative', offerWith((o) => (o.offer.files[0].metadata = { timestamp: -1 }))],
  ['timestamp a string', offerWith((o) => (o.offer.files[0].metadata = { timestamp: '2024' }))],
  ['timestamp NaN', raw({ type: 'offer', version: 1, offer: { transferId: ID, from: { nick: 'a' }, files: [{ ...file(0), metadata: { timestamp: NaN } }] } })],
  ['timestamp Infinity', raw({ type: 'offer', version: 1, offer: { transferId: ID, from: { nick: 'a' }, files: [{ ...file(0), metadata: { timestamp: Infinity } }] } })],
  ['nick over 1024 bytes', offerWith((o) => (o.offer.from.nick = 'n'.repeat(1025)))],
  ['nick missing', offerWith((o) => (o.offer.from = {}))],
  ['colour not a string', offerWith((o) => (o.offer.from.color = 1))],
  ['sender field unknown', offerWith((o) => (o.offer.from.avatar = 'x'))],
  ['data as base64 text', dataWith({ bytes: 'AAAA' })],
  ['data empty', dataWith({ bytes: new Uint8Array(0) })],
  ['data over 256 KiB', dataWith({ bytes: new Uint8Array(MAX_DATA_BYTES + 1) })],
  ['data negative offset', dataWith({ offset: -1 })],
  ['data fractional offset', dataWith({ offset: 0.5 })],
  ['data index over the file cap', dataWith({ index: MAX_FILES })],
  ['data without offset', raw({ type: 'data', index: 0, bytes: new Uint8Array(1) })],
  ['end without index', raw({ type: 'end' })],
  ['answer unknown decision', answerWith({ decision: 'maybe' })],
  ['accept without files', answerWith({ decision: 'accept', files: [] })],
  ['accept with an unknown action', answerWith({ decision: 'accept', files: [{ index: 0, action: 'later' }] })],
  ['send without offset', answerWith({ decision: 'accept', files: [{ index: 0, action: 'send' }] })],
  ['have with an offset', answerWith({ decision: 'accept', files: [{ index: 0, action: 'have', offset: 3 }] })],
  ['skip without reason', answerWith({ decision: 'accept', files: [{ index: 0, action: 'skip' }] })],
  ['held without expiry', answerWith({ decision: 'held' })],
  ['held with a text expiry', answerWith({ decision: 'held', expiresAt: 'tomorrow' })],
  ['decline with an unknown reason', answerWith({ decision: 'decline', reason: 'grumpy', message: '' })],
  ['decline with files', answerWith({ decision: 'decline', reason: 'busy', message: '', files: [] })],
  ['decline message over 4096 bytes', answerWith({ decision: 'decline', reason: 'busy', message: 'm'.repeat(4097) })],
  ['receipt ok not a boolean', raw({ type: 'receipt', receipt: { index: 0, ok: 1 } })],
  ['receipt reason over 4096 bytes', raw({ type: 'receipt', receipt: { index: 0, ok: false, reason: 'r'.repeat(4097) } })],
  ['receipt without index', raw({ type: 'receipt', receipt: { ok: true } })],
];

for (const [what, bytes] of malformed) {
  test(`rejected with 'protocol': ${what}`, () => rejects(what, () => decodeMessage(bytes)));
}

test('our own encoder refuses what the other side would refuse', () => {
  rejects('offer of 10 001 files', () => encodeMessage({ type: 'offer', version: 1, offer: { transferId: ID, from: { nick: 'a' }, files: Array.from({ length: MAX_FILES + 1 }, (_, i) => file(i)) } }));
  rejects('offer over 1 MiB', () =>
    encodeMessage({ type: 'offer', version: 1, offer: { transferId: ID, from: { nick: 'a' }, files: Array.from({ length: 20 }, (_, i) => file(i, { metadata: { description: 'd'.repeat(60_000) } })) } }),
  );
  rejects('data over 256 KiB', () => encodeMessage({ type: 'data', index: 0, offset: 0, bytes: new Uint8Array(MAX_DATA_BYTES + 1) }));
  rejects('bad hash', () => encodeMessage({ type: 'offer', version: 1, offer: { transferId: ID, from: { nick: 'a' }, files: [file(0, { sha256: 'x' })] } }));
  // A folder of 5 000 small files still fits in one frame (the 1 MiB cap binds before the count does, near 7 600).
  const many = encodeMessage({ type: 'offer', version: 1, offer: { transferId: ID, from: { nick: 'a' }, files: Array.from({ length: 5_000 }, (_, i) => file(i)) } });
  assert.is((decodeMessage(many) as Extract<PushMessage, { type: 'offer' }>).offer.files.length, 5_000);
});

test('an accept answer must fit the offer', () => {
  const offer: Offer = { transferId: ID, from: { nick: 'a' }, files: [file(0), file(1)] };
  checkAnswerFitsOffer(offer, { decision: 'accept', files: [{ index: 0, action: 'send', offset: 12 }, { index: 1, action: 'have' }] });
  checkAnswerFitsOffer(offer, { decision: 'held', expiresAt: 1 });
  rejects('too few answers', () => checkAnswerFitsOffer(offer, { decision: 'accept', files: [{ index: 0, action: 'have' }] }));
  rejects('out of order', () => checkAnswerFitsOffer(offer, { decision: 'accept', files: [{ index: 1, action: 'have' }, { index: 0, action: 'have' }] }));
  rejects('offset past the end', () => checkAnswerFitsOffer(offer, { decision: 'accept', files: [{ index: 0, action: 'send', offset: 13 }, { index: 1, action: 'have' }] }));
});

test.run();
