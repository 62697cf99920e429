import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../agent/logger.js';
import { Querier, QUERY_INTERVAL_CAP, type DiscoveredService } from '../../protocols/dns-sd/browser.js';
import { aRecord, ptrRecord, srvRecord, txtRecord } from '../../protocols/dns-sd/records.js';
import { ManualTimers } from '../../protocols/dns-sd/timers.js';
import { FLAG_RESPONSE, TYPE, type Message, type ResourceRecord } from '../../protocols/dns-sd/wire.js';

const enc = new TextEncoder();
const TYPE_NAME = '_webdavs._tcp.local';
const FULL = 'Bo\\. share._webdavs._tcp.local';
const T0 = 1_000_000;

function setup(extra: { isOwnRecord?: (record: ResourceRecord) => boolean } = {}) {
  const timers = new ManualTimers(T0);
  const sent: { m: Message; at: number }[] = [];
  const q = new Querier({ log: silentLogger, send: (m) => sent.push({ m, at: timers.time }), timers, now: timers.now, random: () => 0.5, ...extra });
  const events: Array<[string, DiscoveredService, string?]> = [];
  const b = q.browse('_webdavs._tcp');
  b.on('up', (s) => events.push(['up', s])).on('changed', (s) => events.push(['changed', s])).on('down', (s, r) => events.push(['down', s, r]));
  q.start();
  return { timers, sent, q, b, events };
}

function response(answers: ResourceRecord[], additionals: ResourceRecord[] = []): Message {
  return { id: 0, flags: FLAG_RESPONSE, questions: [], answers, authorities: [], additionals };
}

const full = (srvTtl = 120, txt = [enc.encode('path=/'), enc.encode('flag'), new Uint8Array([0x62, 0x3d, 0, 0xff])]): ResourceRecord[] => [
  ptrRecord('_webdavs._tcp', FULL, 4500),
  srvRecord(FULL, 'xo-b.local', 8443, srvTtl),
  txtRecord(FULL, txt, 4500),
  aRecord('xo-b.local', '169.254.2.2', srvTtl),
];

const questions = (m: Message): string[] => m.questions.map((q) => `${q.name} ${q.type}`);

test('continuous PTR queries: after 20-120 ms, then 1 s, 2 s, 4 s ... capped at an hour', () => {
  const { timers, sent } = setup();
  timers.advance(10 * 3600_000);
  const times = sent.map((s) => s.at - T0);
  assert.is(times[0], 70);
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  let expected = 1000;
  for (const g of gaps) {
    assert.ok(g >= expected && g <= expected * 1.02 + 120, `gap ${g} for ${expected}`);
    expected = Math.min(expected * 2, QUERY_INTERVAL_CAP);
  }
  assert.ok(sent.length < 25, `${sent.length} queries in 10 h`);
  assert.ok(sent.every((s) => questions(s.m).join() === `${TYPE_NAME} 12`));
});

test('a full answer gives "up" with exact TXT bytes; the next query lists it as a known answer', () => {
  const { timers, sent, q, events } = setup();
  timers.advance(100);
  q.handleResponse(response(full().slice(0, 1), full().slice(1)));
  assert.is(events.length, 1);
  const [ev, s] = events[0]!;
  assert.is(ev, 'up');
  assert.is(s.name, 'Bo. share');
  assert.is(s.fullName, FULL);
  assert.is(s.host, 'xo-b.local');
  assert.is(s.port, 8443);
  assert.equal(s.addresses, ['169.254.2.2']);
  assert.equal(s.txt.map((e) => [e.key, e.value && Buffer.from(e.value).toString('hex')]), [
    ['path', '2f'],
    ['flag', null],
    ['b', '00ff'],
  ]);
  assert.equal({ ...s.txtMap }, { path: '/', flag: true, b: '\u0000\ufffd' });
  assert.is(s.lastSeen, T0 + 100);
  timers.advance(1100);
  const next = sent.at(-1)!.m;
  assert.equal(questions(next), [`${TYPE_NAME} 12`]);
  assert.is(next.answers.length, 1);
  assert.is(next.answers[0]!.data.kind === 'PTR' && next.answers[0]!.data.target, FULL);
  assert.is(next.answers[0]!.ttl, 4498);
});

test('an instance seen by PTR alone is resolved: SRV+TXT in one query, then its A; addresses follow as "changed"', () => {
  const { timers, sent, q, events } = setup();
  timers.advance(100);
  sent.length = 0;
  q.handleResponse(response([ptrRecord('_webdavs._tcp', FULL, 4500)]));
  timers.advance(70);
  assert.equal(questions(sent[0]!.m), [`${FULL} 33`, `${FULL} 16`]);
  q.handleResponse(response([srvRecord(FULL, 'xo-b.local', 1, 120), txtRecord(FULL, [], 4500)]));
  assert.equal(events.map((e) => e[0]), ['up']);
  assert.equal(events[0]![1].addresses, []);
  timers.advance(200);
  assert.equal(questions(sent[1]!.m), ['xo-b.local 1']);
  q.handleResponse(response([aRecord('xo-b.local', '169.254.2.2', 120)]));
  assert.equal(events.map((e) => e[0]), ['up', 'changed']);
  assert.equal(events[1]![1].addresses, ['169.254.2.2']);
});

test('resolving backs off to once a minute while the PTR lives, then towards an hour; an answer ends it', () => {
  const { timers, sent, q, events } = setup();
  timers.advance(100);
  sent.length = 0;
  q.handleResponse(response([ptrRecord('_webdavs._tcp', FULL, 4500)]));
  timers.advance(4000 * 1000);
  const resolves = sent.filter((s) => s.m.questions.some((x) => x.type === TYPE.SRV)).map((s) => (s.at - T0 - 100) / 1000);
  // 1, 2, 4 ... 32 s, then 60 s for the rest of the ten patient attempts, then 1024 s, 2048 s.
  assert.equal(resolves.slice(0, 12), [0.07, 1.07, 3.07, 7.07, 15.07, 31.07, 63.07, 123.07, 183.07, 243.07, 303.07, 1327.07]);
  assert.is(resolves.length, 13, 'the PTR (4500 s) is refreshed meanwhile by nobody: no questions once it expires');
  assert.equal(events, []);

  // A neighbour that answers late is still found.
  const late = setup();
  late.timers.advance(100);
  late.q.handleResponse(response([ptrRecord('_webdavs._tcp', FULL, 4500)]));
  late.timers.advance(200_000);
  late.q.handleResponse(response(full(4500).slice(1)));
  assert.equal(late.events.map((e) => e[0]), ['up']);
  late.sent.length = 0;
  late.timers.advance(200_000);
  assert.not.ok(late.sent.some((s) => s.m.questions.some((x) => x.type === TYPE.SRV)), 'no resolving questions once resolved');
});

test('records this host publishes itself are never cached, reported or refreshed', () => {
  const timers = new ManualTimers(T0);
  const sent: Message[] = [];
  const own = new Set(full().map((r) => `${r.name}|${r.type}`));
  const q = new Querier({ log: silentLogger, send: (m) => sent.push(m), timers, now: timers.now, random: () => 0.5, isOwnRecord: (r) => own.has(`${r.name}|${r.type}`) });
  const events: string[] = [];
  q.browse('_webdavs._tcp').on('up', (s) => events.push(s.name));
  q.start();
  timers.advance(100);
  q.handleResponse(response(full()));
  assert.equal(events, []);
  assert.is(q.cacheSize, 0);
  timers.advance(4000 * 1000);
  assert.not.ok(sent.some((m) => m.questions.some((x) => x.name === FULL || x.name === 'xo-b.local')), 'no refresh or resolve question about our own records');
});

test('cache maintenance: one refresh query for SRV and A together at ~80 %; none if refreshed meanwhile', () => {
  const { timers, sent, q } = setup();
  timers.advance(100);
  q.handleResponse(response(full()));
  sent.length = 0;
  timers.advance(96_000 + 1200 - 1); // 80 % + 1 % of 120 s
  assert.is(sent.filter((s) => s.m.questions.some((x) => x.type === TYPE.SRV)).length, 0);
  timers.advance(1);
  const refresh = sent.filter((s) => s.m.questions.some((x) => x.type === TYPE.SRV));
  assert.is(refresh.length, 1);
  assert.equal(questions(refresh[0]!.m).sort(), [`${FULL} 33`, 'xo-b.local 1'].sort());
  assert.is(refresh[0]!.m.answers.length, 0, 'nothing below half TTL is a known answer');
  // Someone answers (to anyone's query): no further refresh queries until the next 80 %.
  q.handleResponse(response(full().slice(1, 2), full().slice(3)));
  sent.length = 0;
  timers.advance(90_000);
  assert.is(sent.filter((s) => s.m.questions.some((x) => x.type === TYPE.SRV)).length, 0);
});

test('no answer to refreshes: four refresh queries, then "down" "expired" at the TTL', () => {
  const { timers, sent, q, events } = setup();
  timers.advance(100);
  q.handleResponse(response(full()));
  sent.length = 0;
  timers.advance(119_999);
  assert.is(sent.filter((s) => s.m.questions.some((x) => x.type === TYPE.SRV)).length, 4);
  assert.equal(events.map((e) => e[0]), ['up']);
  timers.advance(1);
  assert.equal(events.map((e) => [e[0], e[2]]), [['up', undefined], ['down', 'expired']]);
  assert.is(q.cacheSize, 0, 'its records are forgotten');
});

test('a goodbye gives "down" "goodbye" one second later', () => {
  const { timers, q, events, b } = setup();
  timers.advance(100);
  q.handleResponse(response(full()));
  q.handleResponse(response(full().slice(0, 3).map((r) => ({ ...r, ttl: 0 }))));
  timers.advance(999);
  assert.equal(events.map((e) => e[0]), ['up']);
  timers.advance(1);
  assert.equal(events.map((e) => [e[0], e[2]]), [['up', undefined], ['down', 'goodbye']]);
  assert.equal(b.services(), []);
});

test('a new TXT with cache-flush gives "changed" with the new bytes, and no "down"', () => {
  const { timers, q, events, b } = setup();
  timers.advance(100);
  q.handleResponse(response(full()));
  timers.advance(5000);
  q.handleResponse(response([txtRecord(FULL, [enc.encode('path=/new')], 4500)]));
  assert.equal(events.map((e) => e[0]), ['up', 'changed']);
  assert.equal(events[1]![1].txt.map((e) => e.key), ['path']);
  timers.advance(5000);
  assert.equal(events.map((e) => e[0]), ['up', 'changed']);
  assert.is(b.services()[0]!.txtMap.path, '/new');
});

test('§7.3 duplicate question suppression: a query like ours counts as ours; one with a known answer we lack makes us ask soon', () => {
  const { timers, sent, q } = setup();
  timers.advance(100);
  q.handleResponse(response(full()));
  timers.advance(1200); // second query sent at ~1080, the third due at ~3080 (interval 2 s, then 4 s)
  const count = sent.length;
  const ptrQuery = (answers: ResourceRecord[]): Message => ({ id: 0, flags: 0, questions: [{ name: TYPE_NAME, type: TYPE.PTR, cls: 1, qu: false }], answers, authorities: [], additionals: [] });
  q.handleQuery(ptrQuery([{ ...ptrRecord('_webdavs._tcp', FULL, 4500), ttl: 4400 }]));
  timers.advance(3500);
  assert.is(sent.length, count, 'suppressed: their question and known answers cover ours (it counts as sent at ~1300, the next 4 s later)');
  timers.advance(800);
  assert.is(sent.length, count + 1, 'the next one goes 4 s after the suppressed one');
  q.handleQuery(ptrQuery([ptrRecord('_webdavs._tcp', 'Other._webdavs._tcp.local', 4500)]));
  timers.advance(1000);
  assert.is(sent.length, count + 2, 'not suppressed, and asked within a second: their list has a record we do not know');
});

test('a query whose known answers hold a service we never heard of makes us ask within a second, even after long backoff', () => {
  const { timers, sent, q } = setup();
  timers.advance(100);
  q.handleResponse(response(full()));
  // Let the backoff grow: queries at about 1, 2, 4, ... s; after 20 minutes the next is far away.
  timers.advance(20 * 60 * 1000);
  const count = sent.length;
  timers.advance(60 * 1000);
  assert.is(sent.length, count, 'no query in the next minute: the backoff has grown');
  const ptrQuery = (answers: ResourceRecord[]): Message => ({ id: 0, flags: 0, questions: [{ name: TYPE_NAME, type: TYPE.PTR, cls: 1, qu: false }], answers, authorities: [], additionals: [] });
  q.handleQuery(ptrQuery([{ ...ptrRecord('_webdavs._tcp', FULL, 4500), ttl: 4400 }, ptrRecord('_webdavs._tcp', 'Missed._webdavs._tcp.local', 4500)]));
  timers.advance(1000);
  assert.is(sent.length, count + 1, 'asked again within a second');
  const query = sent.at(-1)!.m;
  assert.equal(query.questions.map((x) => x.name), [TYPE_NAME]);
  // More such queries within the minute change nothing: a record nobody answers for must not start a storm.
  for (let i = 0; i < 5; i++) {
    q.handleQuery(ptrQuery([ptrRecord('_webdavs._tcp', 'Missed._webdavs._tcp.local', 4500)]));
    timers.advance(5000);
  }
  assert.is(sent.length, count + 1, 'at most one early query a minute');
  timers.advance(40_000);
  q.handleQuery(ptrQuery([ptrRecord('_webdavs._tcp', 'Missed._webdavs._tcp.local', 4500)]));
  timers.advance(1000);
  assert.is(sent.length, count + 2, 'a minute later, again');
});

test('our own records in a neighbour\'s known answers are not news: no early query', () => {
  const own = ptrRecord('_webdavs._tcp', 'Me._webdavs._tcp.local', 4500);
  const { timers, sent, q } = setup({ isOwnRecord: (r: ResourceRecord) => r.name === own.name && r.type === own.type && r.data.kind === 'PTR' && own.data.kind === 'PTR' && r.data.target === own.data.target });
  timers.advance(100);
  q.handleResponse(response(full()));
  timers.advance(20 * 60 * 1000);
  const count = sent.length;
  const ptrQuery = (answers: ResourceRecord[]): Message => ({ id: 0, flags: 0, questions: [{ name: TYPE_NAME, type: TYPE.PTR, cls: 1, qu: false }], answers, authorities: [], additionals: [] });
  q.handleQuery(ptrQuery([own]));
  timers.advance(60_000);
  assert.is(sent.length, count, 'no query because of our own record');
});

test('records of other types, unrelated names and malformed SRV are not cached', () => {
  const { timers, q, events } = setup();
  timers.advance(100);
  q.handleResponse(response([ptrRecord('_ipp._tcp', 'P._ipp._tcp.local', 4500), srvRecord('P._ipp._tcp.local', 'x.local', 1, 120), aRecord('x.local', '1.2.3.4', 120)]));
  q.handleResponse(response([ptrRecord('_webdavs._tcp', 'a.b._tcp.local', 4500)]));
  q.handleResponse(response([{ name: TYPE_NAME, type: TYPE.PTR, cls: 1, flush: false, ttl: 4500, data: { kind: 'raw', bytes: new Uint8Array([1]) } }]));
  assert.is(q.cacheSize, 0);
  assert.equal(events, []);
});

test('a stopped browser gets no events; with no browsers nothing stays scheduled', () => {
  const { timers, q, events, b } = setup();
  timers.advance(100);
  q.handleResponse(response(full()));
  b.stop();
  q.handleResponse(response([txtRecord(FULL, [enc.encode('x=1')], 4500)]));
  assert.equal(events.map((e) => e[0]), ['up']);
  assert.is(q.cacheSize, 0);
  assert.is(timers.pendingCount, 0);
});

test('a listener that throws does not break the querier', () => {
  const { timers, q, b } = setup();
  let calls = 0;
  b.on('up', () => {
    calls++;
    throw new Error('boom');
  });
  timers.advance(100);
  q.handleResponse(response(full()));
  assert.is(calls, 1);
  assert.is(b.services().length, 1);
});

test.run();
