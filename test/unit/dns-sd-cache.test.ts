import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RecordCache } from '../../protocols/dns-sd/cache.js';
import { aRecord, ptrRecord, srvRecord, txtRecord } from '../../protocols/dns-sd/records.js';
import { TYPE } from '../../protocols/dns-sd/wire.js';

const T0 = 1_000_000;
const enc = new TextEncoder();

test('refresh points at 80/85/90/95 % of the TTL plus 0-2 %, expiry at the TTL', () => {
  const cache = new RecordCache(() => 0.5);
  cache.add(srvRecord('x._a._tcp.local', 'h.local', 1, 100), T0);
  const e = [...cache.entries()][0]!;
  assert.equal(e.refreshAt, [81_000, 86_000, 91_000, 96_000].map((d) => T0 + d));
  assert.is(e.expires, T0 + 100_000);
  assert.is(cache.nextDue(), T0 + 81_000);
  assert.equal(cache.dueRefresh(T0 + 80_999), []);
  assert.is(cache.dueRefresh(T0 + 81_000).length, 1);
  cache.refreshSent(e, T0 + 81_000);
  assert.is(cache.nextDue(), T0 + 86_000);
  assert.equal(cache.takeExpired(T0 + 99_999), []);
  assert.is(cache.takeExpired(T0 + 100_000).length, 1);
  assert.is(cache.size, 0);
  assert.is(cache.nextDue(), undefined);
});

test('hearing a record again resets its clock; jitter stays within 2 %', () => {
  let r = 0;
  const cache = new RecordCache(() => (r = (r + 0.37) % 1));
  const rec = aRecord('h.local', '10.0.0.1', 120);
  assert.is(cache.add(rec, T0), 'added');
  assert.is(cache.add(rec, T0 + 50_000), 'refreshed');
  const e = [...cache.entries()][0]!;
  assert.is(e.expires, T0 + 50_000 + 120_000);
  [0.8, 0.85, 0.9, 0.95].forEach((f, i) => {
    const at = e.refreshAt[i]! - (T0 + 50_000);
    assert.ok(at >= f * 120_000 && at <= (f + 0.02) * 120_000, `${at}`);
  });
});

test('known answers: only records with more than half their TTL left, with the TTL that remains', () => {
  const cache = new RecordCache(() => 0);
  cache.add(ptrRecord('_a._tcp', 'one._a._tcp.local', 100), T0);
  cache.add(ptrRecord('_a._tcp', 'two._a._tcp.local', 100), T0 + 40_000);
  const q = { name: '_a._tcp.local', type: TYPE.PTR, cls: 1 };
  assert.equal(cache.knownAnswers(q, T0 + 45_000).map((r) => r.ttl), [55, 95]);
  const at60 = cache.knownAnswers(q, T0 + 60_000);
  assert.equal(at60.map((r) => [r.data.kind === 'PTR' && r.data.target, r.ttl]), [['two._a._tcp.local', 80]]);
  assert.equal(cache.knownAnswers({ name: '_b._tcp.local', type: TYPE.PTR, cls: 1 }, T0), []);
});

test('a goodbye makes the record expire one second later, without refreshes; unknown goodbyes are ignored', () => {
  const cache = new RecordCache(() => 0);
  const rec = srvRecord('x._a._tcp.local', 'h.local', 1, 120);
  cache.add(rec, T0);
  assert.is(cache.add({ ...rec, ttl: 0 }, T0 + 5000), 'goodbye');
  assert.is(cache.add({ ...rec, ttl: 0 }, T0 + 5100), 'ignored');
  assert.is(cache.add({ ...srvRecord('y._a._tcp.local', 'h.local', 1, 120), ttl: 0 }, T0), 'ignored');
  const e = [...cache.entries()][0]!;
  assert.is(e.goodbye, true);
  assert.equal(e.refreshAt, []);
  assert.is(cache.nextDue(), T0 + 6000);
  assert.equal(cache.knownAnswers(rec, T0 + 5500), []);
  assert.is(cache.takeExpired(T0 + 6000).length, 1);
});

test('cache-flush: older records of the RRset expire in 1 s, ones heard within the last second stay', () => {
  const cache = new RecordCache(() => 0);
  const name = 'x._a._tcp.local';
  const old = txtRecord(name, [enc.encode('v=1')], 4500);
  const recent = txtRecord(name, [enc.encode('v=2')], 4500);
  const next = txtRecord(name, [enc.encode('v=3')], 4500);
  cache.add(old, T0);
  cache.add(recent, T0 + 9_500);
  cache.add(next, T0 + 10_000);
  const flushed = cache.flushOthers(next, T0 + 10_000, new Set());
  assert.is(flushed.length, 1);
  assert.is(flushed[0]!.record, old);
  assert.is(flushed[0]!.expires, T0 + 11_000);
  assert.is(cache.takeExpired(T0 + 11_000).length, 1);
  assert.equal(cache.get(next).map((e) => e.record), [recent, next]);
});

test('absurd TTLs are capped at a day', () => {
  const cache = new RecordCache(() => 0);
  cache.add(aRecord('h.local', '10.0.0.1', 0xffffffff), T0);
  assert.is([...cache.entries()][0]!.expires, T0 + 86_400_000);
});

test.run();
