import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DnsSdError } from '../../protocols/dns-sd/names.js';
import { checkServiceDescription, decodeTxt, encodeTxt, sameTxt, txtRecord, txtToMap, type TxtEntry } from '../../protocols/dns-sd/records.js';
import { decodeMessage, encodeMessage, FLAG_RESPONSE } from '../../protocols/dns-sd/wire.js';

const enc = new TextEncoder();
const bytes = (s: string): Uint8Array => enc.encode(s);
const hex = (a: Uint8Array): string => Buffer.from(a).toString('hex');

function viaWire(entries: TxtEntry[]): TxtEntry[] {
  const m = { id: 0, flags: FLAG_RESPONSE, questions: [], answers: [txtRecord('x._a._tcp.local', encodeTxt(entries), 4500)], authorities: [], additionals: [] };
  const data = decodeMessage(encodeMessage(m)).answers[0]!.data;
  if (data.kind !== 'TXT') throw new Error('not TXT');
  return decodeTxt(data.strings);
}

test('boolean, empty and binary values survive encode + wire + decode byte-exact, in order', () => {
  const entries: TxtEntry[] = [
    { key: 'txtvers', value: bytes('1') },
    { key: 'flag', value: null },
    { key: 'empty', value: new Uint8Array(0) },
    { key: 'bin', value: new Uint8Array([0, 0xff, 0x3d, 0x80, 0x0a]) },
    { key: 'eq', value: bytes('a=b') },
    { key: 'Flag', value: bytes('second') },
  ];
  const strings = encodeTxt(entries);
  assert.equal(strings.map(hex), ['txtvers=1', 'flag', 'empty=', 'bin=', 'eq=a=b', 'Flag=second'].map((s, i) => (i === 3 ? hex(new Uint8Array([...bytes('bin='), 0, 0xff, 0x3d, 0x80, 0x0a])) : hex(bytes(s)))));
  const back = viaWire(entries);
  assert.ok(sameTxt(back, entries));
  assert.is(back[1]!.value, null);
  assert.is(back[2]!.value!.length, 0);
});

test("Salut's _presence._tcp TXT (binary olpc-key-partN) round-trips byte-exact", () => {
  const key = new Uint8Array(600).map((_, i) => (i * 37 + 11) & 0xff);
  const entries: TxtEntry[] = [
    { key: 'txtvers', value: bytes('1') },
    { key: 'port.p2pj', value: bytes('5298') },
    { key: 'nick', value: bytes('Ana 👩') },
    { key: '1st', value: bytes('Ana') },
    { key: 'last', value: bytes('') },
    { key: 'status', value: bytes('avail') },
    { key: 'msg', value: bytes('hi = there') },
    { key: 'olpc-color', value: bytes('#FF0000,#00FF00') },
    { key: 'olpc-key-part0', value: key.subarray(0, 240) },
    { key: 'olpc-key-part1', value: key.subarray(240, 480) },
    { key: 'olpc-key-part2', value: key.subarray(480) },
  ];
  const back = viaWire(entries);
  assert.ok(sameTxt(back, entries));
  assert.equal(back.map((e) => e.key), entries.map((e) => e.key));
});

test('txtMap: lower-cased keys, first occurrence wins, true for boolean keys, lossy UTF-8', () => {
  const map = txtToMap([
    { key: 'Path', value: bytes('/') },
    { key: 'path', value: bytes('/other') },
    { key: 'flag', value: null },
    { key: 'bin', value: new Uint8Array([0xff]) },
  ]);
  assert.equal({ ...map }, { path: '/', flag: true, bin: '\ufffd' });
});

test('decoding foreign TXT: empty strings and strings starting with = are skipped', () => {
  const out = decodeTxt([new Uint8Array(0), bytes('=x'), bytes('a'), bytes('b=')]);
  assert.equal(out.map((e) => [e.key, e.value === null ? null : hex(e.value)]), [
    ['a', null],
    ['b', ''],
  ]);
  assert.equal(decodeTxt([new Uint8Array(0)]), []);
});

test('an empty TXT list is sent as one empty string (RFC 6763 §6.1)', () => {
  const m = { id: 0, flags: FLAG_RESPONSE, questions: [], answers: [txtRecord('x._a._tcp.local', encodeTxt([]), 4500)], authorities: [], additionals: [] };
  const wire = encodeMessage(m);
  assert.is(wire[wire.length - 3], 0);
  assert.is(wire[wire.length - 2], 1); // rdlength 1
  assert.is(wire[wire.length - 1], 0);
});

test('invalid TXT and descriptions throw DnsSdError with a clear code', () => {
  const codeOf = (fn: () => unknown): string => {
    try {
      fn();
      return 'none';
    } catch (e) {
      return e instanceof DnsSdError ? e.code : 'other';
    }
  };
  assert.is(codeOf(() => encodeTxt([{ key: '', value: null }])), 'bad-txt');
  assert.is(codeOf(() => encodeTxt([{ key: 'a=b', value: null }])), 'bad-txt');
  assert.is(codeOf(() => encodeTxt([{ key: 'tab\t', value: null }])), 'bad-txt');
  assert.is(codeOf(() => encodeTxt([{ key: 'ü', value: null }])), 'bad-txt');
  assert.is(codeOf(() => encodeTxt([{ key: 'k', value: new Uint8Array(254) }])), 'bad-txt');
  assert.is(codeOf(() => encodeTxt([{ key: 'k', value: new Uint8Array(253) }])), 'none');
  assert.is(codeOf(() => encodeTxt(Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: new Uint8Array(240) })))), 'bad-txt');
  assert.is(codeOf(() => encodeTxt([{ key: 'k', value: 'text' as unknown as Uint8Array }])), 'bad-txt');
  assert.is(codeOf(() => checkServiceDescription({ type: '_webdavs._tcp', name: 'x', port: 70000, txt: [] })), 'bad-port');
  assert.is(codeOf(() => checkServiceDescription({ type: 'webdavs', name: 'x', port: 1, txt: [] })), 'bad-service-type');
  assert.is(codeOf(() => checkServiceDescription({ type: '_webdavs._tcp', name: 'x'.repeat(64), port: 1, txt: [] })), 'bad-instance-name');
});

test.run();
