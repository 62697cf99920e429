import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RequestFramer, type RequestRecord } from '../../web/wire/request-framer.js';

const REWRITES = new Map([
  ['MKTICKET', 'MKACTIVITY'],
  ['DELTICKET', 'UNBIND'],
]);

function framer(options: { maxHeadBytes?: number; maxChunkLineBytes?: number } = {}): RequestFramer {
  return new RequestFramer({ rewrites: REWRITES, maxHeadBytes: options.maxHeadBytes ?? 16 * 1024, maxChunkLineBytes: options.maxChunkLineBytes ?? 1024 });
}

interface Outcome {
  output: string;
  records: RequestRecord[];
  gaveUp: string | null;
}

/** Feeds `input` cut at the given positions, then ends it. */
function run(input: Buffer, cuts: number[], options?: Parameters<typeof framer>[0]): Outcome {
  const f = framer(options);
  const out: Buffer[] = [];
  let at = 0;
  for (const cut of [...cuts, input.length]) {
    f.feed(input.subarray(at, cut), out);
    at = cut;
  }
  f.finish(out);
  const records: RequestRecord[] = [];
  for (let r = f.takeRecord(); r !== undefined; r = f.takeRecord()) records.push(r);
  return { output: Buffer.concat(out).toString('latin1'), records, gaveUp: f.gaveUp };
}

/** The same outcome whole, cut at every single position, and fed byte by byte. */
function everySplit(input: string, options?: Parameters<typeof framer>[0]): Outcome {
  const bytes = Buffer.from(input, 'latin1');
  const whole = run(bytes, [], options);
  for (let p = 0; p <= bytes.length; p++) {
    const split = run(bytes, [p], options);
    assert.equal(split, whole, `split at ${p} of ${JSON.stringify(input.slice(Math.max(0, p - 10), p + 10))}`);
  }
  const byByte = run(
    bytes,
    Array.from({ length: bytes.length }, (_, i) => i),
    options,
  );
  assert.equal(byByte, whole, 'byte by byte');
  return whole;
}

const rec = (method: string, sent = method): RequestRecord => ({ method, sent });

test('a request without a body passes unchanged and is recorded', () => {
  const input = 'GET /a HTTP/1.1\r\nHost: x\r\n\r\n';
  const r = everySplit(input);
  assert.is(r.output, input);
  assert.equal(r.records, [rec('GET')]);
  assert.is(r.gaveUp, null);
});

test('MKTICKET and DELTICKET request lines are rewritten; look-alikes in bodies, targets and headers are not', () => {
  const ticketinfo = '<?xml version="1.0"?><D:ticketinfo xmlns:D="http://www.xythos.com/namespaces/StorageServer"/>';
  const body1 = 'DELTICKET / HTTP/1.1\r\nHost: y\r\n\r\n';
  const input =
    `\r\nMKTICKET /docs/ HTTP/1.1\r\nHost: x\r\nContent-Length: ${ticketinfo.length}\r\n\r\n${ticketinfo}` +
    'GET /MKTICKET HTTP/1.1\r\nHost: x\r\nX-Method: MKTICKET\r\n\r\n' +
    `PUT /f HTTP/1.1\r\nHost: x\r\nContent-Length: ${body1.length}\r\n\r\n${body1}` +
    'DELTICKET /docs/ HTTP/1.1\r\nHost: x\r\nTicket: abc\r\n\r\n' +
    'MKTICKET /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n' +
    `a;name=value;q="x;y\\"z"\r\n${'MKTICKET /'}\r\n1\r\nz\r\n0;last\r\nX-Trailer: DELTICKET\r\nOther: 1\r\n\r\n` +
    'PUT /g HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n' +
    'DELTICKET /x HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n' +
    'MKCOL /m HTTP/1.1\r\nHost: x\r\n\r\n' +
    'MK /m HTTP/1.1\r\nHost: x\r\n\r\n';
  const expected = input
    .replace('\r\nMKTICKET /docs/', '\r\nMKACTIVITY /docs/')
    .replace('DELTICKET /docs/ HTTP', 'UNBIND /docs/ HTTP')
    .replace('MKTICKET /c HTTP', 'MKACTIVITY /c HTTP')
    .replace('DELTICKET /x HTTP', 'UNBIND /x HTTP');
  const r = everySplit(input);
  assert.is(r.output, expected);
  assert.equal(r.records, [
    rec('MKTICKET', 'MKACTIVITY'),
    rec('GET'),
    rec('PUT'),
    rec('DELTICKET', 'UNBIND'),
    rec('MKTICKET', 'MKACTIVITY'),
    rec('PUT'),
    rec('DELTICKET', 'UNBIND'),
    rec('MKCOL'),
    rec('MK'),
  ]);
  assert.is(r.gaveUp, null);
});

test('a partial method token held at the end of input is released unchanged', () => {
  for (const input of ['MKTI', 'DELTICKET', 'MKTICKETX', 'M']) {
    const r = everySplit(input);
    assert.is(r.output, input);
    assert.equal(r.records, []);
  }
  const r = everySplit('MKTICKETS / HTTP/1.1\r\n\r\n');
  assert.is(r.output, 'MKTICKETS / HTTP/1.1\r\n\r\n', 'a longer token is not a listed one');
  assert.equal(r.records, [rec('MKTICKETS')]);
});

test('body bytes leave as the very chunks that brought them (no copy, no buffering)', () => {
  const f = framer();
  const out: Buffer[] = [];
  f.feed(Buffer.from('MKTICKET /a HTTP/1.1\r\nContent-Length: 100000\r\n\r\n'), out);
  const body = Buffer.alloc(65536, 0x41);
  out.length = 0;
  f.feed(body, out);
  assert.is(out.length, 1);
  assert.ok(out[0] === body, 'the same Buffer');
  assert.is(f.phase, 'body');
  out.length = 0;
  const rest = Buffer.concat([Buffer.alloc(100000 - 65536, 0x42), Buffer.from('GET / HTTP/1.1\r\n\r\n')]);
  f.feed(rest, out);
  assert.is(Buffer.concat(out).toString('latin1'), rest.toString('latin1'));
  assert.ok(out.every((piece) => piece.buffer === rest.buffer), 'slices of the input');
  assert.is(f.phase, 'idle');

  const chunked = framer();
  chunked.feed(Buffer.from('PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n100000\r\n'), out);
  out.length = 0;
  chunked.feed(body, out);
  assert.ok(out.length === 1 && out[0] === body, 'chunk data too');
});

test('records come out in order and one at a time', () => {
  const f = framer();
  const out: Buffer[] = [];
  f.feed(Buffer.from('DELTICKET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\nMKTICKET /c HTTP/1.1\r\n'), out);
  assert.is(f.pending, 3);
  assert.equal(f.takeRecord(), rec('DELTICKET', 'UNBIND'));
  assert.equal(f.takeRecord(), rec('GET'));
  assert.equal(f.takeRecord(), rec('MKTICKET', 'MKACTIVITY'));
  assert.is(f.takeRecord(), undefined);
  assert.is(f.phase, 'head');
});

/** Inputs the framer refuses to follow: it passes them through untouched, and nothing after is rewritten. */
const GIVE_UPS: Array<[string, string, string]> = [
  ['bare LF in the request line', 'MKTICKET /a HTTP/1.1\nHost: x\n\n', 'bare LF in the request line'],
  ['bare LF in a header', 'GET /a HTTP/1.1\r\nHost: x\n\r\n', 'bare LF in a header line'],
  ['obs-fold', 'GET /a HTTP/1.1\r\nX: 1\r\n Content-Length: 5\r\n\r\n', 'folded header line'],
  ['two Content-Length', 'PUT /a HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc', 'more than one Content-Length'],
  ['Content-Length list', 'PUT /a HTTP/1.1\r\nContent-Length: 3, 3\r\n\r\nabc', 'bad Content-Length'],
  ['signed Content-Length', 'PUT /a HTTP/1.1\r\nContent-Length: +3\r\n\r\nabc', 'bad Content-Length'],
  ['empty Content-Length', 'PUT /a HTTP/1.1\r\nContent-Length:\r\n\r\nabc', 'bad Content-Length'],
  ['huge Content-Length', 'PUT /a HTTP/1.1\r\nContent-Length: 9007199254740993\r\n\r\nabc', 'Content-Length too large'],
  ['Content-Length and chunked', 'PUT /a HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 'Content-Length with Transfer-Encoding'],
  ['gzip only', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc', 'Transfer-Encoding without a final chunked'],
  ['chunked twice', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n', 'Transfer-Encoding without a final chunked'],
  ['chunked then gzip', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\n0\r\n\r\n', 'Transfer-Encoding without a final chunked'],
  ['upgrade', 'GET /a HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: h2c\r\n\r\n', 'upgrade'],
  ['CONNECT', 'CONNECT a:1 HTTP/1.1\r\nHost: a:1\r\n\r\n', 'CONNECT'],
  ['space in the chunk size', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n', 'bad chunk size'],
  ['no chunk size', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n;x\r\nabc\r\n0\r\n\r\n', 'bad chunk size'],
  ['chunk size overflow', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n', 'chunk size too large'],
  ['bare LF after the chunk size', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n', 'bad chunk size'],
  ['CR without LF after the chunk size', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\rabc\r\n0\r\n\r\n', 'CR without LF after a chunk size'],
  ['chunk data too long', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n0\r\n\r\n', 'chunk data not followed by CRLF'],
  ['bad method character', 'GET\t/a HTTP/1.1\r\n\r\n', 'bad method character'],
  ['method too long', `${'A'.repeat(30)} / HTTP/1.1\r\n\r\n`, 'method too long'],
  ['folded trailer', 'PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: 1\r\n 2\r\n\r\n', 'folded trailer line'],
];

test('gives up on what it does not understand: the rest passes through untouched and is no longer rewritten', () => {
  for (const [name, input, reason] of GIVE_UPS) {
    const after = 'MKTICKET /later HTTP/1.1\r\nHost: x\r\n\r\n';
    const r = everySplit(input + after);
    assert.is(r.gaveUp, reason, name);
    const prefixRewritten = input.startsWith('MKTICKET ') && !['bad method character', 'method too long'].includes(reason) ? input.replace('MKTICKET ', 'MKACTIVITY ') : input;
    assert.is(r.output, prefixRewritten + after, `${name}: output`);
    const first = input.slice(0, input.search(/[ \t]/));
    const expected = ['bad method character', 'method too long'].includes(reason) ? [] : [first === 'MKTICKET' ? rec('MKTICKET', 'MKACTIVITY') : rec(first)];
    assert.equal(r.records, expected, `${name}: only the request before giving up is recorded`);
  }
});

test('header blocks, trailers and chunk lines are bounded', () => {
  const long = `GET /a HTTP/1.1\r\nX: ${'y'.repeat(2000)}\r\n\r\nMKTICKET / HTTP/1.1\r\n\r\n`;
  const r = run(Buffer.from(long), [], { maxHeadBytes: 1024 });
  assert.is(r.gaveUp, 'head too large');
  assert.is(r.output, long);
  const target = `GET /${'a'.repeat(2000)} HTTP/1.1\r\n\r\n`;
  assert.is(run(Buffer.from(target), [], { maxHeadBytes: 1024 }).gaveUp, 'head too large');
  const trailers = `PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: ${'y'.repeat(2000)}\r\n\r\n`;
  assert.is(run(Buffer.from(trailers), [], { maxHeadBytes: 1024 }).gaveUp, 'trailers too large');
  const ext = `PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;${'e'.repeat(200)}\r\na\r\n0\r\n\r\n`;
  assert.is(run(Buffer.from(ext), [], { maxChunkLineBytes: 100 }).gaveUp, 'chunk line too long');
  assert.is(run(Buffer.from(ext), [], { maxChunkLineBytes: 1000 }).gaveUp, null);
  // A head that never ends is cut at the bound, not held: what arrived has already gone out.
  const f = framer({ maxHeadBytes: 4096 });
  const out: Buffer[] = [];
  f.feed(Buffer.from('GET / HTTP/1.1\r\n'), out);
  for (let i = 0; i < 100; i++) f.feed(Buffer.from(`X-${i}: ${'v'.repeat(60)}\r\n`), out);
  assert.is(f.gaveUp, 'head too large');
});

test('leading empty lines and exact-limit heads are followed', () => {
  const r = everySplit('\r\n\r\nDELTICKET /a HTTP/1.1\r\nTicket: t\r\n\r\n');
  assert.equal(r.records, [rec('DELTICKET', 'UNBIND')]);
  const head = 'GET / HTTP/1.1\r\nX: y\r\n\r\n';
  assert.is(run(Buffer.from(head + head), [], { maxHeadBytes: head.length }).gaveUp, null);
  assert.is(run(Buffer.from(head), [], { maxHeadBytes: head.length - 1 }).gaveUp, 'head too large');
});

test('the phase follows the message', () => {
  const f = framer();
  const out: Buffer[] = [];
  assert.is(f.phase, 'idle');
  f.feed(Buffer.from('PUT /a HTTP/1.1\r\nContent-Le'), out);
  assert.is(f.phase, 'head');
  f.feed(Buffer.from('ngth: 2\r\n\r\na'), out);
  assert.is(f.phase, 'body');
  f.feed(Buffer.from('b'), out);
  assert.is(f.phase, 'idle');
  f.feed(Buffer.from('X Y\n'), out);
  assert.is(f.phase, 'passthrough');
});

test('a rewrite table with tokens llhttp could not read is refused', () => {
  assert.throws(() => new RequestFramer({ rewrites: new Map([['MK TICKET', 'GET']]), maxHeadBytes: 100, maxChunkLineBytes: 100 }));
  assert.throws(() => new RequestFramer({ rewrites: new Map([['MKTICKET', 'get']]), maxHeadBytes: 100, maxChunkLineBytes: 100 }));
});

test.run();
