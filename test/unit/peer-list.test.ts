import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Observation } from '../../protocols/discovery/observation.js';
import { PeerList, type PeerEntry } from '../../protocols/discovery/peer-list.js';

const SELF = '12D3KooWSe1f111111111111111111111111111111111111111111';
const MARIA = '12D3KooWMaria11111111111111111111111111111111111111111';

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

function record(list: PeerList): Array<[string, string]> {
  const events: Array<[string, string]> = [];
  list.on('appeared', (peer: PeerEntry) => events.push(['appeared', peer.id]));
  list.on('changed', (peer: PeerEntry) => events.push(['changed', peer.id]));
  list.on('vanished', (id: string) => events.push(['vanished', id]));
  return events;
}

const share = (over: Partial<Observation> = {}): Observation => ({
  key: 'webdavs:Maria._webdavs._tcp.local',
  source: 'webdavs',
  peerId: MARIA,
  nick: 'Maria',
  color: '#FF2B34,#005FE4',
  host: 'xo-maria.local',
  addresses: ['169.254.7.9'],
  shareUrl: 'https://xo-maria.local:8443/',
  lastSeen: 1_000_000,
  ...over,
});

const buddy = (over: Partial<Observation> = {}): Observation => ({
  key: 'presence:maria@xo-maria._presence._tcp.local',
  source: 'presence',
  nick: 'Maria S.',
  color: '#00A0FF,#005FE4',
  host: 'xo-maria.local',
  addresses: ['169.254.7.9'],
  status: 'away',
  message: 'at lunch',
  lastSeen: 1_000_000,
  ...over,
});

test('one laptop seen by three sources is one entry, with our own TXT winning on names', () => {
  const time = clock();
  const list = new PeerList({ selfPeerId: SELF, now: time.now });
  const events = record(list);
  list.observe(buddy());
  list.observe(share());
  list.observe({ key: `libp2p:${MARIA}`, source: 'libp2p', peerId: MARIA, addresses: ['169.254.7.9', '10.0.0.5'], lastSeen: 1_000_000, expiresAt: 2_000_000 });
  const peers = list.list();
  assert.is(peers.length, 1);
  const maria = peers[0]!;
  assert.is(maria.id, MARIA);
  assert.is(maria.nick, 'Maria');
  assert.is(maria.color, '#FF2B34,#005FE4');
  assert.is(maria.status, 'away');
  assert.is(maria.message, 'at lunch');
  assert.equal(maria.sources, ['webdavs', 'presence', 'libp2p']);
  assert.equal(maria.addresses, ['169.254.7.9', '10.0.0.5']);
  assert.is(maria.online, true);
  // The buddy first appeared on its own, then merged into the PeerId entry.
  assert.equal(events, [
    ['appeared', 'presence:maria@xo-maria._presence._tcp.local'],
    ['appeared', MARIA],
    ['vanished', 'presence:maria@xo-maria._presence._tcp.local'],
    ['changed', MARIA],
  ]);
  list.stop();
});

test('a refresh that changes nothing shown is silent; a TXT change is one changed event', () => {
  const time = clock();
  const list = new PeerList({ now: time.now });
  const events = record(list);
  list.observe(share());
  time.advance(60_000);
  list.observe(share({ lastSeen: time.now() }));
  assert.equal(events, [['appeared', MARIA]]);
  assert.is(list.get(MARIA)!.lastSeen, time.now());
  list.observe(share({ nick: 'Maria José', lastSeen: time.now() }));
  assert.equal(events, [['appeared', MARIA], ['changed', MARIA]]);
  list.stop();
});

test('a goodbye makes the entry gone at once; it stays listed for the retention time, then is dropped', async () => {
  const time = clock();
  const list = new PeerList({ now: time.now, goneRetentionMs: 40 });
  const events = record(list);
  list.observe(share());
  time.advance(5_000);
  list.lose('webdavs:Maria._webdavs._tcp.local');
  assert.equal(events, [['appeared', MARIA], ['vanished', MARIA]]);
  const gone = list.get(MARIA)!;
  assert.is(gone.online, false);
  assert.is(gone.lastSeen, time.now());
  assert.equal(gone.sources, ['webdavs'], 'a gone entry still says what it ran');
  assert.equal(gone.addresses, [], 'a gone laptop has no address to use');
  time.advance(100);
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.is(list.list().length, 0);
  assert.is(events.length, 2, 'dropping a gone entry sends nothing');
  list.stop();
});

test('coming back after a goodbye is appeared again', () => {
  const time = clock();
  const list = new PeerList({ now: time.now });
  const events = record(list);
  list.observe(share());
  list.lose('webdavs:Maria._webdavs._tcp.local');
  list.observe(share({ lastSeen: time.now() }));
  assert.equal(events, [['appeared', MARIA], ['vanished', MARIA], ['appeared', MARIA]]);
  list.stop();
});

test('libp2p alone keeps a peer online until its find expires; with DNS-SD records, DNS-SD decides', async () => {
  const time = clock();
  const list = new PeerList({ now: time.now });
  const events = record(list);
  list.observe({ key: `libp2p:${MARIA}`, source: 'libp2p', peerId: MARIA, addresses: ['169.254.7.9'], lastSeen: time.now(), expiresAt: time.now() + 30 });
  assert.is(list.get(MARIA)!.online, true);
  time.advance(31);
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.is(list.get(MARIA)!.online, false);
  assert.equal(events, [['appeared', MARIA], ['vanished', MARIA]]);

  const other = new PeerList({ now: time.now });
  other.observe({ key: `libp2p:${MARIA}`, source: 'libp2p', peerId: MARIA, addresses: [], lastSeen: time.now(), expiresAt: time.now() + 60_000 });
  other.observe(share());
  other.lose('webdavs:Maria._webdavs._tcp.local');
  assert.is(other.get(MARIA)!.online, false, 'a goodbye is believed even though libp2p saw it a moment ago');
  list.stop();
  other.stop();
});

test('two agents announcing one host name (before a conflict rename) stay two laptops', () => {
  const list = new PeerList();
  const ana = '12D3KooWAna1111111111111111111111111111111111111111111';
  list.observe(share({ host: 'vm.local' }));
  list.observe(share({ key: 'webdavs:Ana._webdavs._tcp.local', peerId: ana, nick: 'Ana', host: 'vm.local' }));
  list.observe(buddy({ host: 'vm.local' }));
  assert.equal(list.list().map((p) => p.id).sort(), [ana, MARIA].sort());
  list.stop();
});

test('our own records are not listed', () => {
  const list = new PeerList({ selfPeerId: MARIA });
  list.observe(share());
  assert.equal(list.list(), []);
  list.stop();
});

test('two laptops stay two entries; a plain WebDAV share without a PeerId is its own entry', () => {
  const list = new PeerList();
  list.observe(share());
  list.observe(share({ key: 'webdavs:Ana._webdavs._tcp.local', peerId: '12D3KooWAna1111111111111111111111111111111111111111111', nick: 'Ana', host: 'xo-ana.local', addresses: ['169.254.3.3'] }));
  const nasKey = 'webdavs:Files._webdavs._tcp.local';
  const nas: Observation = { key: nasKey, source: 'webdavs', nick: 'Files', host: 'nas.local', addresses: ['169.254.9.9'], lastSeen: 1 };
  list.observe(nas);
  assert.equal(list.list().map((p) => p.nick), ['Ana', 'Files', 'Maria']);
  assert.is(list.get(nasKey)!.peerId, undefined);
  list.stop();
});

test('no timer is left running when nothing can expire', () => {
  const list = new PeerList();
  list.observe(share());
  // A DNS-SD observation has no expiry of its own: the list must not poll.
  assert.is((list as unknown as { timer: unknown }).timer, null);
  list.stop();
});

test.run();
