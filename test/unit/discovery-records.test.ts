import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { multiaddr } from '@multiformats/multiaddr';
import '../../agent/node20.js';
import type { DiscoveredService, TxtEntry } from '../../protocols/dns-sd/dns-sd.js';
import { observePresence, observeShare, sharePeerDialInfo, shareTxt } from '../../protocols/discovery/service-records.js';
import { announceable } from '../../protocols/p2p-node.js';
import { hostLabel, p2pListenHost } from '../../agent/agent.js';

const PEER = '12D3KooWGzBmVHVL6hRs4HhSBZSLbCVt5Zhz5k3pGWW4hNTqUGch';
const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

function service(type: string, name: string, txt: TxtEntry[], over: Partial<DiscoveredService> = {}): DiscoveredService {
  const txtMap: Record<string, string | true> = {};
  for (const entry of txt) {
    const key = entry.key.toLowerCase();
    if (!(key in txtMap)) txtMap[key] = entry.value === null ? true : Buffer.from(entry.value).toString('utf8');
  }
  return { type, name, fullName: `${name}.${type}.local`, host: 'xo-ana.local', port: 8443, addresses: ['169.254.3.4'], txt, txtMap, lastSeen: 42, ...over };
}

test('our TXT: txtvers first, path and u for file managers, our keys after; never a password', () => {
  const txt = shareTxt({ user: 'ana', peerId: PEER, p2pPort: 8444, nick: 'Ana', color: '#FF2B34,#005FE4', version: '0.1.0' });
  assert.equal(
    txt.map((entry) => `${entry.key}=${Buffer.from(entry.value!).toString('utf8')}`),
    ['txtvers=1', 'path=/', 'u=ana', `peer-id=${PEER}`, 'p2p-port=8444', 'nick=Ana', 'color=#FF2B34,#005FE4', 'ms-version=0.1.0', 'xep0129=1'],
  );
  assert.not.ok(txt.some((entry) => /pass|ticket/i.test(entry.key)));
});

test('a nick too long for one TXT string is cut on a character boundary', () => {
  const txt = shareTxt({ user: 'ana', peerId: PEER, p2pPort: 1, nick: 'é'.repeat(200), color: '#FF2B34,#005FE4', version: '1' });
  const nick = txt.find((entry) => entry.key === 'nick')!.value!;
  assert.ok(nick.length + 'nick='.length <= 255);
  assert.not.match(Buffer.from(nick).toString('utf8'), '\ufffd');
});

test('an agent share becomes an observation carrying its PeerId, host and share URL', () => {
  const txt = shareTxt({ user: 'ana', peerId: PEER, p2pPort: 8444, nick: 'Ana', color: '#ff2b34,#005fe4', version: '1' });
  const seen = observeShare(service('_webdavs._tcp', 'Ana', txt));
  assert.equal(seen, {
    key: 'webdavs:Ana._webdavs._tcp.local',
    source: 'webdavs',
    addresses: ['169.254.3.4'],
    lastSeen: 42,
    peerId: PEER,
    nick: 'Ana',
    color: '#FF2B34,#005FE4',
    host: 'xo-ana.local',
    shareUrl: 'https://xo-ana.local:8443/',
  });
  assert.equal(sharePeerDialInfo(service('_webdavs._tcp', 'Ana', txt)), { peerId: PEER, multiaddrs: ['/ip4/169.254.3.4/tcp/8444'] });
});

test('what a hostile neighbour puts in TXT is dropped, not shown or used', () => {
  const txt: TxtEntry[] = [
    { key: 'peer-id', value: bytes('../../etc/passwd') },
    { key: 'nick', value: bytes('\u202eevil\u0007') },
    { key: 'color', value: bytes('javascript:alert(1)') },
    { key: 'path', value: bytes('/"><script>') },
    { key: 'p2p-port', value: bytes('99999') },
  ];
  const seen = observeShare(service('_webdavs._tcp', 'Files', txt));
  assert.is(seen.peerId, undefined);
  assert.is(seen.nick, 'evil');
  assert.is(seen.color, undefined);
  assert.is(seen.shareUrl, 'https://xo-ana.local:8443/');
  assert.is(sharePeerDialInfo(service('_webdavs._tcp', 'Files', txt)), null);
});

test('a Salut buddy: nick, OLPC colour, status and message; binary key parts do not get in the way', () => {
  const txt: TxtEntry[] = [
    { key: 'txtvers', value: bytes('1') },
    { key: 'port.p2pj', value: bytes('5298') },
    { key: 'nick', value: bytes('Maria') },
    { key: '1st', value: bytes('Maria') },
    { key: 'last', value: bytes('') },
    { key: 'status', value: bytes('avail') },
    { key: 'msg', value: bytes('drawing') },
    { key: 'olpc-color', value: bytes('#00A0FF,#005FE4') },
    { key: 'olpc-key-part0', value: Uint8Array.from([0, 255, 128, 10, 61]) },
  ];
  const seen = observePresence(service('_presence._tcp', 'maria@xo-maria', txt, { host: 'xo-maria.local' }));
  assert.equal(seen, {
    key: 'presence:maria@xo-maria._presence._tcp.local',
    source: 'presence',
    addresses: ['169.254.3.4'],
    lastSeen: 42,
    nick: 'Maria',
    color: '#00A0FF,#005FE4',
    host: 'xo-maria.local',
    status: 'avail',
    message: 'drawing',
  });
  const noNick = observePresence(service('_presence._tcp', 'pablo@xo-p', [{ key: '1st', value: bytes('Pablo') }, { key: 'last', value: bytes('Ruiz') }]));
  assert.is(noNick.nick, 'Pablo Ruiz');
  assert.is(observePresence(service('_presence._tcp', 'lu@xo-l', [])).nick, 'lu');
});

test('announced libp2p addresses: link-local added back, loopback never', () => {
  const peer = `/p2p/${PEER}`;
  const input = [multiaddr(`/ip4/127.0.0.1/tcp/8444${peer}`), multiaddr(`/ip4/10.1.2.3/tcp/8444${peer}`)];
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
    msh0: [{ address: '169.254.40.2', family: 'IPv4', internal: false, netmask: '255.255.0.0', mac: '', cidr: null }],
  } as unknown as Parameters<typeof announceable>[1];
  assert.equal(announceable(input, interfaces).map(String), [`/ip4/10.1.2.3/tcp/8444${peer}`, `/ip4/169.254.40.2/tcp/8444${peer}`]);
});

test('host label and where libp2p listens', () => {
  assert.is(hostLabel('XO-A1B2.example.org'), 'xo-a1b2');
  assert.is(hostLabel('localhost'), 'mesh-share');
  assert.is(hostLabel('my_laptop'), 'my-laptop');
  assert.is(p2pListenHost('::'), '0.0.0.0');
  assert.is(p2pListenHost('127.0.0.1'), '127.0.0.1');
  assert.is(p2pListenHost('fe80::1'), '0.0.0.0');
});

test.run();
