import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../agent/logger.js';
import { aRecord, ptrRecord, srvRecord, txtRecord } from '../../protocols/dns-sd/records.js';
import { Responder, type Destination } from '../../protocols/dns-sd/responder.js';
import { ManualTimers } from '../../protocols/dns-sd/timers.js';
import { FLAG_RESPONSE, FLAG_TC, isResponse, TYPE, type Message, type Question, type ResourceRecord } from '../../protocols/dns-sd/wire.js';

const enc = new TextEncoder();
const PEER: Destination = { address: '169.254.9.9', port: 5353 };
const FULL = 'Ana._webdavs._tcp.local';

function setup(options: { hostRecords?: 'publish' | 'system'; addresses?: string[] } = {}) {
  const timers = new ManualTimers();
  const sent: { m: Message; at: number; to?: Destination }[] = [];
  const addresses = options.addresses ?? ['169.254.1.1'];
  const r = new Responder({
    log: silentLogger,
    send: (m, to) => sent.push({ m, at: timers.time, ...(to ? { to } : {}) }),
    timers,
    now: timers.now,
    random: () => 0.5,
    hostLabel: 'xo-a',
    hostRecords: options.hostRecords ?? 'publish',
    addresses: () => addresses,
    ttls: { host: 120, other: 4500 },
    port: 5353,
  });
  return { timers, sent, r, addresses };
}

function query(questions: Array<Partial<Question> & { name: string; type: number }>, extra: Partial<Message> = {}): Message {
  return { id: 0, flags: 0, questions: questions.map((q) => ({ cls: 1, qu: false, ...q })), answers: [], authorities: [], additionals: [], ...extra };
}

function response(answers: ResourceRecord[]): Message {
  return { id: 0, flags: FLAG_RESPONSE, questions: [], answers, authorities: [], additionals: [] };
}

const kinds = (rs: ResourceRecord[]): string[] => rs.map((r) => `${r.name} ${r.data.kind}${r.ttl === 0 ? ' bye' : ''}`);

function announced() {
  const s = setup();
  s.r.start();
  const svc = s.r.publish({ type: '_webdavs._tcp', name: 'Ana', port: 8443, txt: [{ key: 'path', value: enc.encode('/') }] });
  s.timers.advance(3000);
  s.sent.length = 0;
  return { ...s, svc };
}

test('ownsRecord: our PTR, SRV, TXT and A whatever their TTL; not a neighbour\'s, not an old TXT, not A in system mode', () => {
  const { r, svc } = announced();
  assert.ok(r.ownsRecord(ptrRecord('_webdavs._tcp', FULL, 7)));
  assert.ok(r.ownsRecord(srvRecord(FULL, 'xo-a.local', 8443, 120)));
  assert.ok(r.ownsRecord(txtRecord(FULL, [enc.encode('path=/')], 4500)));
  assert.ok(r.ownsRecord(aRecord('xo-a.local', '169.254.1.1', 0)));
  assert.not.ok(r.ownsRecord(aRecord('xo-b.local', '169.254.1.1', 120)));
  assert.not.ok(r.ownsRecord(srvRecord(FULL, 'xo-a.local', 8444, 120)));
  svc.updateTxt([{ key: 'path', value: enc.encode('/new') }]);
  assert.not.ok(r.ownsRecord(txtRecord(FULL, [enc.encode('path=/')], 4500)));
  assert.ok(r.ownsRecord(txtRecord(FULL, [enc.encode('path=/new')], 4500)));
  const system = setup({ hostRecords: 'system' });
  assert.not.ok(system.r.ownsRecord(aRecord('xo-a.local', '169.254.1.1', 120)), 'avahi owns the host name');
});

test('probes 3 times 250 ms apart with records in the authority section, then announces twice 1 s apart', () => {
  const { timers, sent, r } = setup();
  r.start();
  r.publish({ type: '_webdavs._tcp', name: 'Ana', port: 8443, txt: [{ key: 'path', value: enc.encode('/') }] });
  timers.advance(5000);
  const probes = sent.filter((s) => !isResponse(s.m));
  assert.equal(probes.map((p) => p.at - 1_000_000), [125, 125, 375, 375, 625, 625]);
  const svcProbe = probes.find((p) => p.m.questions[0]!.name === FULL)!.m;
  assert.is(svcProbe.questions[0]!.type, TYPE.ANY);
  assert.equal(kinds(svcProbe.authorities), [`${FULL} SRV`, `${FULL} TXT`]);
  const hostProbe = probes.find((p) => p.m.questions[0]!.name === 'xo-a.local')!.m;
  assert.equal(kinds(hostProbe.authorities), ['xo-a.local A']);
  const announcements = sent.filter((s) => isResponse(s.m));
  assert.equal(announcements.map((a) => a.at - 1_000_000), [875, 875, 1875, 1875]);
  const svcAnn = announcements.find((a) => a.m.answers.some((x) => x.type === TYPE.SRV))!.m;
  assert.equal(kinds(svcAnn.answers), ['_webdavs._tcp.local PTR', `${FULL} SRV`, `${FULL} TXT`, '_services._dns-sd._udp.local PTR']);
  assert.equal(svcAnn.answers.map((a) => a.flush), [false, true, true, false]);
  assert.equal(svcAnn.answers.map((a) => a.ttl), [4500, 120, 4500, 4500]);
  assert.equal(kinds(svcAnn.additionals), ['xo-a.local A']);
  assert.is(timers.pendingCount, 0, 'nothing scheduled once announced');
});

test('a conflicting answer while probing renames the service to "Ana (2)" and probes again', () => {
  const { timers, sent, r } = setup({ hostRecords: 'system' });
  r.start();
  const svc = r.publish({ type: '_webdavs._tcp', name: 'Ana', port: 8443, txt: [] });
  const renames: string[][] = [];
  svc.on('renamed', (n, o) => renames.push([n, o]));
  timers.advance(200);
  r.handleResponse(response([srvRecord(FULL, 'xo-b.local', 8443, 120)]));
  assert.equal(renames, [['Ana (2)', 'Ana']]);
  assert.is(svc.fullName, 'Ana (2)._webdavs._tcp.local');
  timers.advance(3000);
  const probedNames = sent.filter((s) => !isResponse(s.m)).map((s) => s.m.questions[0]!.name);
  assert.equal(probedNames, [FULL, 'Ana (2)._webdavs._tcp.local', 'Ana (2)._webdavs._tcp.local', 'Ana (2)._webdavs._tcp.local']);
  assert.ok(sent.some((s) => isResponse(s.m) && s.m.answers.some((a) => a.name === 'Ana (2)._webdavs._tcp.local')));
});

test('identical rdata is not a conflict; a goodbye or another type is not either', () => {
  const { timers, r } = setup({ hostRecords: 'system' });
  r.start();
  const svc = r.publish({ type: '_webdavs._tcp', name: 'Ana', port: 8443, txt: [] });
  timers.advance(200);
  r.handleResponse(response([srvRecord(FULL, 'xo-a.local', 8443, 120), txtRecord(FULL, [], 4500)]));
  r.handleResponse(response([{ ...srvRecord(FULL, 'xo-b.local', 1, 120), ttl: 0 }]));
  r.handleResponse(response([aRecord(FULL, '10.0.0.1', 120)]));
  assert.is(svc.name, 'Ana');
});

test('§8.2 simultaneous probes: the lexicographically later records win; the loser waits 1 s and probes again', () => {
  const { timers, sent, r } = setup({ hostRecords: 'system' });
  r.start();
  r.publish({ type: '_webdavs._tcp', name: 'Ana', port: 8443, txt: [] });
  timers.advance(130); // first probe sent at 125
  // Theirs has a lower port: we win and go on.
  r.handleQuery(query([{ name: FULL, type: TYPE.ANY }], { authorities: [srvRecord(FULL, 'xo-a.local', 80, 120), txtRecord(FULL, [], 4500)] }), PEER);
  timers.advance(250);
  assert.is(sent.filter((s) => !isResponse(s.m)).length, 2);
  // Theirs is higher: we lose, nothing for 1 s, then three fresh probes.
  r.handleQuery(query([{ name: FULL, type: TYPE.ANY }], { authorities: [srvRecord(FULL, 'xo-a.local', 9000, 120), txtRecord(FULL, [], 4500)] }), PEER);
  const before = sent.length;
  timers.advance(990);
  assert.is(sent.length, before);
  timers.advance(3000);
  const probeTimes = sent.filter((s) => !isResponse(s.m)).map((s) => s.at - 1_000_000);
  assert.equal(probeTimes.slice(2), [1380, 1630, 1880]);
});

test('a PTR query is answered after 20-120 ms with SRV, TXT and A as additionals; at most once a second', () => {
  const { timers, sent, r } = announced();
  r.handleQuery(query([{ name: '_webdavs._tcp.local', type: TYPE.PTR }]), PEER);
  assert.is(sent.length, 0, 'shared answers wait');
  timers.advance(69);
  assert.is(sent.length, 0);
  timers.advance(1);
  assert.is(sent.length, 1);
  assert.equal(kinds(sent[0]!.m.answers), [`_webdavs._tcp.local PTR`]);
  assert.equal(kinds(sent[0]!.m.additionals), [`${FULL} SRV`, `${FULL} TXT`, 'xo-a.local A']);
  r.handleQuery(query([{ name: '_webdavs._tcp.local', type: TYPE.PTR }]), { address: '169.254.9.8', port: 5353 });
  timers.advance(300);
  assert.is(sent.length, 1, 'a question crossing our answer gets none');
  r.handleQuery(query([{ name: '_webdavs._tcp.local', type: TYPE.PTR }]), { address: '169.254.9.8', port: 5353 });
  r.handleQuery(query([{ name: '_webdavs._tcp.local', type: TYPE.PTR }]), { address: '169.254.9.7', port: 5353 });
  timers.advance(699);
  assert.is(sent.length, 1, 'not again within a second');
  timers.advance(1);
  assert.is(sent.length, 2, 'the later askers get it one second after the first answer');
  assert.equal(sent.map((s) => s.at - 1_003_000), [70, 1070]);
  timers.advance(5000);
  assert.is(sent.length, 2);
});

test('known-answer suppression: a listed record with at least half our TTL is not sent', () => {
  const { timers, sent, r } = announced();
  const ptr = ptrRecord('_webdavs._tcp', FULL, 4500);
  r.handleQuery(query([{ name: '_webdavs._tcp.local', type: TYPE.PTR }], { answers: [{ ...ptr, ttl: 2250 }] }), PEER);
  timers.advance(200);
  assert.is(sent.length, 0);
  r.handleQuery(query([{ name: '_webdavs._tcp.local', type: TYPE.PTR }], { answers: [{ ...ptr, ttl: 2249 }] }), PEER);
  timers.advance(200);
  assert.is(sent.length, 1);
});

test('queries several answers are aggregated into one response; duplicate answer suppression drops ours', () => {
  const { timers, sent, r } = announced();
  r.handleQuery(query([{ name: '_webdavs._tcp.local', type: TYPE.PTR }]), PEER);
  timers.advance(10);
  r.handleQuery(query([{ name: '_services._dns-sd._udp.local', type: TYPE.PTR }]), { address: '169.254.9.8', port: 5353 });
  timers.advance(200);
  assert.is(sent.length, 1);
  assert.equal(kinds(sent[0]!.m.answers), ['_webdavs._tcp.local PTR', '_services._dns-sd._udp.local PTR']);
  assert.is(sent[0]!.m.answers[1]!.data.kind === 'PTR' && sent[0]!.m.answers[1]!.data.target, '_webdavs._tcp.local');
  timers.advance(2000);
  r.handleQuery(query([{ name: '_services._dns-sd._udp.local', type: TYPE.PTR }]), PEER);
  r.handleResponse(response([{ name: '_services._dns-sd._udp.local', type: TYPE.PTR, cls: 1, flush: false, ttl: 4500, data: { kind: 'PTR', target: '_webdavs._tcp.local' } }]));
  timers.advance(200);
  assert.is(sent.length, 1, 'someone else already answered it');
});

test('unique answers go out at once; AAAA for our host gets an NSEC', () => {
  const { sent, r } = announced();
  r.handleQuery(query([{ name: FULL, type: TYPE.SRV }]), PEER);
  assert.is(sent.length, 1);
  assert.equal(kinds(sent[0]!.m.answers), [`${FULL} SRV`]);
  assert.equal(kinds(sent[0]!.m.additionals), ['xo-a.local A']);
  r.handleQuery(query([{ name: 'XO-A.local', type: TYPE.AAAA }]), PEER);
  assert.is(sent.length, 2);
  const nsec = sent[1]!.m.answers[0]!;
  assert.is(nsec.type, TYPE.NSEC);
  assert.equal(nsec.data.kind === 'NSEC' && nsec.data.types, [TYPE.A]);
  r.handleQuery(query([{ name: 'other.local', type: TYPE.A }]), PEER);
  assert.is(sent.length, 2);
});

test('legacy unicast (source port not 5353): direct answer, id and question echoed, TTL <= 10, no cache-flush', () => {
  const { sent, r } = announced();
  r.handleQuery(query([{ name: FULL, type: TYPE.SRV }], { id: 4242 }), { address: '169.254.9.9', port: 40000 });
  assert.is(sent.length, 1);
  const m = sent[0]!.m;
  assert.equal(sent[0]!.to, { address: '169.254.9.9', port: 40000 });
  assert.is(m.id, 4242);
  assert.is(m.questions.length, 1);
  assert.ok([...m.answers, ...m.additionals].every((a) => a.ttl <= 10 && !a.flush));
});

test('QU questions are answered by unicast when the record was multicast recently', () => {
  const { timers, sent, r } = announced();
  r.handleQuery(query([{ name: FULL, type: TYPE.SRV, qu: true }]), PEER);
  assert.is(sent.length, 1);
  assert.equal(sent[0]!.to, PEER);
  timers.advance(40_000);
  r.handleQuery(query([{ name: FULL, type: TYPE.SRV, qu: true }]), PEER);
  assert.is(sent.length, 2);
  assert.is(sent[1]!.to, undefined, 'not multicast for a quarter TTL: multicast');
});

test('a query with TC waits 400-500 ms for the rest of its known answers', () => {
  const { timers, sent, r } = announced();
  r.handleQuery(query([{ name: '_webdavs._tcp.local', type: TYPE.PTR }], { flags: FLAG_TC }), PEER);
  timers.advance(300);
  r.handleQuery({ id: 0, flags: 0, questions: [], answers: [ptrRecord('_webdavs._tcp', FULL, 4000)], authorities: [], additionals: [] }, PEER);
  timers.advance(1000);
  assert.is(sent.length, 0, 'our PTR was in the second packet');
});

test('updateTxt announces the TXT with cache-flush twice, 1 s apart', () => {
  const { timers, sent, svc } = announced();
  svc.updateTxt([{ key: 'path', value: enc.encode('/new') }, { key: 'b', value: null }]);
  timers.advance(3000);
  assert.equal(sent.map((s) => s.at - 1_003_000), [0, 1000]);
  for (const s of sent) {
    assert.equal(kinds(s.m.answers), [`${FULL} TXT`]);
    assert.is(s.m.answers[0]!.flush, true);
    const d = s.m.answers[0]!.data;
    assert.equal(d.kind === 'TXT' && d.strings.map((x) => Buffer.from(x).toString()), ['path=/new', 'b']);
  }
});

test('withdraw says goodbye (TTL 0) twice; stop says goodbye for everything including A', async () => {
  const { timers, sent, r, svc } = announced();
  const done = svc.withdraw();
  timers.advance(100);
  await done;
  assert.is(sent.length, 2);
  assert.equal(kinds(sent[0]!.m.answers), ['_webdavs._tcp.local PTR bye', `${FULL} SRV bye`, `${FULL} TXT bye`, '_services._dns-sd._udp.local PTR bye']);
  sent.length = 0;
  r.publish({ type: '_presence._tcp', name: 'ana@xo-a', port: 5298, txt: [] });
  timers.advance(3000);
  sent.length = 0;
  const stopping = r.stop();
  timers.advance(100);
  await stopping;
  assert.equal(kinds(sent[0]!.m.answers), [
    '_presence._tcp.local PTR bye',
    'ana@xo-a._presence._tcp.local SRV bye',
    'ana@xo-a._presence._tcp.local TXT bye',
    '_services._dns-sd._udp.local PTR bye',
    'xo-a.local A bye',
  ]);
  await r.stop();
  r.handleQuery(query([{ name: '_presence._tcp.local', type: TYPE.PTR }]), PEER);
  timers.advance(1000);
  assert.is(sent.length, 2);
});

test('host name conflict while probing: xo-a -> xo-a-2, and the SRV follows', () => {
  const { timers, sent, r } = setup();
  r.start();
  const svc = r.publish({ type: '_webdavs._tcp', name: 'Ana', port: 8443, txt: [] });
  timers.advance(200);
  r.handleResponse(response([aRecord('xo-a.local', '169.254.7.7', 120)]));
  assert.is(r.hostLabel, 'xo-a-2');
  timers.advance(4000);
  const srv = sent.filter((s) => isResponse(s.m)).flatMap((s) => s.m.answers).find((a) => a.type === TYPE.SRV)!;
  assert.is(srv.data.kind === 'SRV' && srv.data.target, 'xo-a-2.local');
  assert.is(svc.name, 'Ana');
});

test('after announcing, a conflicting cache-flush record sends us back to probing; a defence then renames', () => {
  const { timers, sent, r, svc } = announced();
  r.handleResponse(response([srvRecord(FULL, 'xo-b.local', 1, 120)]));
  timers.advance(130);
  assert.is(sent.filter((s) => !isResponse(s.m)).length, 1, 'probing again, same name');
  assert.is(svc.name, 'Ana');
  r.handleResponse(response([srvRecord(FULL, 'xo-b.local', 1, 120)]));
  assert.is(svc.name, 'Ana (2)');
});

test("'system' host records: no A records, SRV target is the label as given", () => {
  const { timers, sent, r } = setup({ hostRecords: 'system' });
  r.start();
  r.publish({ type: '_webdavs._tcp', name: 'Ana', port: 8443, txt: [] });
  timers.advance(3000);
  assert.ok(sent.every((s) => [...s.m.answers, ...s.m.additionals, ...s.m.authorities].every((a) => a.type !== TYPE.A)));
  const srv = sent.flatMap((s) => s.m.answers).find((a) => a.type === TYPE.SRV)!;
  assert.is(srv.data.kind === 'SRV' && srv.data.target, 'xo-a.local');
  sent.length = 0;
  r.handleQuery(query([{ name: 'xo-a.local', type: TYPE.A }]), PEER);
  assert.is(sent.length, 0);
});

test('addressesChanged re-announces the A records read afresh', () => {
  const { timers, sent, r, addresses } = announced();
  addresses.splice(0, 1, '169.254.3.3', '10.1.1.1');
  r.addressesChanged();
  timers.advance(2000);
  assert.is(sent.length, 2);
  assert.equal(sent[0]!.m.answers.map((a) => a.data.kind === 'A' && a.data.address), ['169.254.3.3', '10.1.1.1']);
});

test('publishing the same name twice here renames the second at once', () => {
  const { r } = setup();
  const a = r.publish({ type: '_webdavs._tcp', name: 'Ana', port: 1, txt: [] });
  const b = r.publish({ type: '_webdavs._tcp', name: 'Ana', port: 2, txt: [] });
  assert.is(a.name, 'Ana');
  assert.is(b.name, 'Ana (2)');
});

test.run();
