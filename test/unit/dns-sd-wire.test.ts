import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  compareRecordSets,
  decodeMessage,
  encodeMessage,
  FLAG_AA,
  FLAG_RESPONSE,
  FLAG_TC,
  packMessages,
  rdataBytes,
  recordKey,
  TYPE,
  WireError,
  type Message,
  type ResourceRecord,
} from '../../protocols/dns-sd/wire.js';
import { aRecord, ptrRecord, srvRecord, txtRecord, nsecRecord } from '../../protocols/dns-sd/records.js';

const enc = new TextEncoder();

function response(answers: ResourceRecord[], additionals: ResourceRecord[] = []): Message {
  return { id: 0, flags: FLAG_RESPONSE | FLAG_AA, questions: [], answers, authorities: [], additionals };
}

test('a response round-trips, with flush bits, TTLs and every record kind', () => {
  const full = 'Ana\\. share._webdavs._tcp.local';
  const m = response(
    [
      ptrRecord('_webdavs._tcp', full, 4500),
      srvRecord(full, 'xo-a.local', 8443, 120),
      txtRecord(full, [enc.encode('path=/'), enc.encode('flag'), new Uint8Array([0x62, 0x3d, 0, 0xff])], 4500),
      nsecRecord('xo-a.local', [TYPE.A], 120),
    ],
    [aRecord('xo-a.local', '169.254.1.1', 120)],
  );
  const back = decodeMessage(encodeMessage(m));
  assert.equal(back, m);
  assert.is(back.answers[0]!.flush, false);
  assert.is(back.answers[1]!.flush, true);
});

test('names are compressed: a PTR+SRV+TXT+A answer is much smaller than without compression', () => {
  const full = 'A long enough share name._webdavs._tcp.local';
  const m = response([ptrRecord('_webdavs._tcp', full, 4500), srvRecord(full, 'xo-a.local', 1, 120), txtRecord(full, [new Uint8Array(0)], 4500)], [aRecord('xo-a.local', '10.0.0.1', 120)]);
  const bytes = encodeMessage(m);
  const uncompressed = 12 + 3 * (full.length + 2 + 10) + 20 + 6 + 12 + 50;
  assert.ok(bytes.length < uncompressed - 60, `${bytes.length} bytes`);
  assert.equal(decodeMessage(bytes), m);
});

test('a dot and a backslash inside a label survive, and the label is one label on the wire', () => {
  const name = 'a\\.b\\\\c._x._tcp.local';
  const bytes = encodeMessage({ id: 0, flags: 0, questions: [{ name, type: TYPE.SRV, cls: 1, qu: true }], answers: [], authorities: [], additionals: [] });
  assert.is(bytes[12], 5); // "a.b\c"
  const back = decodeMessage(bytes);
  assert.is(back.questions[0]!.name, name);
  assert.is(back.questions[0]!.qu, true);
});

test('a label that is not UTF-8 round-trips byte-exact through \\DDD escapes', () => {
  const raw = new Uint8Array([12, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 3, 0x61, 0xff, 0x2e, 5, 0x6c, 0x6f, 0x63, 0x61, 0x6c, 0, 0, 1, 0, 1]);
  raw[0] = 0;
  const m = decodeMessage(raw);
  assert.is(m.questions[0]!.name, 'a\\255\\..local');
  assert.equal([...encodeMessage(m)], [...raw]);
});

test('malformed packets throw WireError and never anything else', () => {
  const good = encodeMessage(response([srvRecord('x._a._tcp.local', 'h.local', 1, 120)]));
  const cases: Uint8Array[] = [new Uint8Array(5), good.subarray(0, good.length - 3)];
  // pointer loop: name pointing at itself
  cases.push(new Uint8Array([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 12, 0, 1, 0, 1]));
  // forward pointer
  cases.push(new Uint8Array([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0xc0, 20, 0, 1, 0, 1, 0, 0, 1, 0x61, 0]));
  // huge counts
  cases.push(new Uint8Array([0, 0, 0x84, 0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]));
  // label type 0x40
  cases.push(new Uint8Array([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0x41, 0x61, 0, 0, 1, 0, 1]));
  for (const c of cases) assert.throws(() => decodeMessage(c), (e: unknown) => e instanceof WireError);
  // random garbage: only WireError
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256);
  for (let i = 0; i < 2000; i++) {
    const b = good.slice();
    for (let j = 0; j < 4; j++) b[rnd() % b.length] = rnd();
    try {
      decodeMessage(b);
    } catch (e) {
      assert.ok(e instanceof WireError, String(e));
    }
  }
});

test('inconsistent rdata is kept as raw instead of failing the message', () => {
  const m = response([{ name: 'h.local', type: TYPE.A, cls: 1, flush: true, ttl: 120, data: { kind: 'raw', bytes: new Uint8Array([1, 2, 3]) } }]);
  const back = decodeMessage(encodeMessage(m));
  assert.is(back.answers[0]!.data.kind, 'raw');
  const txt = response([{ name: 'h.local', type: TYPE.TXT, cls: 1, flush: true, ttl: 120, data: { kind: 'raw', bytes: new Uint8Array([9, 1]) } }]);
  assert.is(decodeMessage(encodeMessage(txt)).answers[0]!.data.kind, 'raw');
});

test('a query whose known answers do not fit goes out as several packets, TC on all but the last', () => {
  const answers = Array.from({ length: 60 }, (_, i) => ptrRecord('_webdavs._tcp', `Share number ${i} of the class._webdavs._tcp.local`, 4000));
  const packets = packMessages({ id: 0, flags: 0, questions: [{ name: '_webdavs._tcp.local', type: TYPE.PTR, cls: 1, qu: false }], answers, authorities: [], additionals: [] }, 1400);
  assert.ok(packets.length >= 2);
  const decoded = packets.map((p) => decodeMessage(p));
  assert.is(decoded[0]!.questions.length, 1);
  decoded.forEach((d, i) => assert.is((d.flags & FLAG_TC) !== 0, i < decoded.length - 1));
  assert.is(decoded.slice(1).every((d) => d.questions.length === 0), true);
  assert.is(decoded.reduce((n, d) => n + d.answers.length, 0), 60);
  for (const p of packets) assert.ok(p.length <= 1400);
});

test('a response too big for one packet spills answers, drops additionals that do not fit', () => {
  const answers = Array.from({ length: 40 }, (_, i) => ptrRecord('_x._tcp', `Instance ${i} with a longish name._x._tcp.local`, 4500));
  const packets = packMessages(response(answers, [aRecord('h.local', '1.2.3.4', 120)]), 1400);
  assert.ok(packets.length >= 2);
  const decoded = packets.map((p) => decodeMessage(p));
  assert.is(decoded.reduce((n, d) => n + d.answers.length, 0), 40);
  assert.ok(decoded.every((d) => (d.flags & FLAG_TC) === 0));
  // one huge record alone still goes out
  const huge = txtRecord('big._x._tcp.local', Array.from({ length: 20 }, () => new Uint8Array(200)), 4500);
  const one = packMessages(response([huge]), 1400);
  assert.is(one.length, 1);
  assert.equal(decodeMessage(one[0]!).answers[0]!.data, huge.data);
});

test('§8.2 tiebreak: class, then type, then raw rdata; a longer set wins over its prefix', () => {
  const a = aRecord('xo.local', '10.0.0.1', 120);
  const b = aRecord('xo.local', '10.0.0.2', 120);
  assert.ok(compareRecordSets([b], [a]) > 0);
  assert.ok(compareRecordSets([a], [b]) < 0);
  assert.is(compareRecordSets([a, b], [b, a]), 0);
  assert.ok(compareRecordSets([a, b], [a]) > 0);
  const srv = srvRecord('x._a._tcp.local', 'h.local', 1, 120);
  assert.ok(compareRecordSets([srv], [a]) > 0); // type 33 > 1
  assert.equal([...rdataBytes(a.data)], [10, 0, 0, 1]);
});

test('record identity ignores TTL, flush bit and ASCII case of names', () => {
  const a = srvRecord('X._a._tcp.local', 'H.local', 1, 120);
  const b = { ...srvRecord('x._a._tcp.LOCAL', 'h.local', 1, 5), flush: false };
  assert.is(recordKey(a), recordKey(b));
  assert.is.not(recordKey(a), recordKey(srvRecord('x._a._tcp.local', 'h.local', 2, 120)));
});

test.run();
