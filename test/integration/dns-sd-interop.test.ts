/**
 * Our DNS-SD against implementations we did not write, on a simulated mesh:
 * avahi-daemon (avahi-browse, avahi-publish-service, as the Sugar
 * neighbourhood uses it) and python3-zeroconf.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import { startAvahi, type Avahi } from '../harness/avahi.js';
import { Mesh } from '../harness/mesh.js';
import { startMeshAgent, type MeshAgent } from '../harness/mesh-agent.js';
import { requireRoot } from '../harness/root.js';
import { until } from '../helpers/until.js';

const ZEROCONF_PEER = fileURLToPath(new URL('../../../test/integration/zeroconf_peer.py', import.meta.url));

interface Peer {
  id: string;
  peer_id?: string;
  nick: string;
  color?: string;
  status?: string;
  message?: string;
  sources: string[];
  online: boolean;
}

let mesh: Mesh | null = null;
let agent: MeshAgent | null = null;
let avahi: Avahi | null = null;

async function peers(): Promise<Peer[]> {
  const result = await agent!.cli(['peers', '--json']);
  assert.is(result.code, 0, result.stderr);
  return (JSON.parse(result.stdout) as { peers: Peer[] }).peers;
}


/** `avahi-browse -p -r` resolved lines: `=;IFACE;IPv4;NAME;TYPE;DOMAIN;HOST;ADDRESS;PORT;"k=v" "k=v"`. */
function resolvedLines(output: string, type: string): Array<{ name: string; host: string; address: string; port: number; txt: string[] }> {
  return output
    .split('\n')
    .filter((line) => line.startsWith('=;'))
    .map((line) => line.split(';'))
    .filter((fields) => fields[4] === type)
    .map((fields) => ({
      name: unescapeAvahi(fields[3]!),
      host: fields[6]!,
      address: fields[7]!,
      port: Number(fields[8]),
      txt: [...(fields.slice(9).join(';').matchAll(/"((?:[^"\\]|\\.)*)"/g))].map((m) => m[1]!),
    }));
}

/** avahi-browse -p writes odd characters in names as \DDD (decimal). */
function unescapeAvahi(text: string): string {
  return Buffer.from(text.replace(/\\(\d{3})/g, (_, code: string) => String.fromCharCode(Number(code))), 'latin1').toString('utf8');
}

test.before(async () => {
  if (!requireRoot('test/integration/dns-sd-interop.test.ts')) throw new Error('needs root (see the banner above)');
  mesh = await Mesh.create({ hosts: 3 });
  agent = await startMeshAgent(mesh.hosts[0]!, { nick: 'Ana Sofía', args: ['--color', '#FF2B34,#005FE4'] });
  avahi = await startAvahi(mesh.hosts[1]!);
});

test.after(async () => {
  await agent?.cleanup().catch(() => undefined);
  await avahi?.stop().catch(() => undefined);
  await mesh?.destroy();
});

test('avahi-browse resolves our _webdavs._tcp share with its TXT (and finds the type by enumeration)', async () => {
  const info = await agent!.info();
  const found = await until(
    'avahi to resolve the share',
    async () => resolvedLines(await avahi!.browse('_webdavs._tcp'), '_webdavs._tcp').find((line) => line.name === 'Ana Sofía'),
    15_000,
  );
  assert.is(found.address, mesh!.hosts[0]!.address);
  assert.is(found.port, info.davPort);
  assert.ok(found.txt.includes('path=/'), found.txt.join(' '));
  assert.ok(found.txt.includes('u=tester'));
  assert.ok(found.txt.includes(`peer-id=${String(info.peerId)}`));
  assert.not.ok(found.txt.some((entry) => /pass|ticket|secret/i.test(entry)), 'no secret in TXT');
  const all = await avahi!.browse();
  assert.match(all, /_webdavs\._tcp/, 'avahi-browse -a lists our service type (service enumeration)');
});

test('a Salut buddy published by avahi appears with nick and colour, and is gone after it withdraws', async () => {
  const publication = await avahi!.publish('maria@xo-maria', '_presence._tcp', 5298, ['txtvers=1', 'port.p2pj=5298', 'nick=Maria', '1st=Maria', 'last=', 'status=avail', 'msg=drawing', 'olpc-color=#00A0FF,#005FE4']);
  const maria = await until('Maria in the peer list', async () => (await peers()).find((peer) => peer.nick === 'Maria' && peer.online), 10_000);
  assert.is(maria.color, '#00A0FF,#005FE4');
  assert.is(maria.message, 'drawing');
  assert.equal(maria.sources, ['presence']);
  await publication.withdraw();
  await until('Maria gone', async () => (await peers()).find((peer) => peer.id === maria.id && !peer.online), 5_000);
});

test('python3-zeroconf: a buddy whose TXT changes in place is updated, its goodbye makes it gone; zeroconf sees our TXT byte for byte', async () => {
  const host = mesh!.hosts[2]!;
  const zoe = host.spawn('/usr/bin/python3', [ZEROCONF_PEER, 'buddy', host.address], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  zoe.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  let err = '';
  zoe.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  try {
    await until('zeroconf to register', async () => out.includes('"registered"'), 15_000).catch((error: unknown) => {
      throw new Error(`${String(error)}; python said: ${err}`);
    });
    const zoeEntry = await until('Zoe in the peer list', async () => (await peers()).find((peer) => peer.nick === 'Zoe' && peer.online), 10_000);
    assert.is(zoeEntry.color, '#AC32FF,#5E008C');
    zoe.stdin!.write('update\n');
    const changed = await until('Zoe changed', async () => (await peers()).find((peer) => peer.id === zoeEntry.id && peer.nick === 'Zoe R'), 10_000);
    assert.is(changed.status, 'away');
    assert.is(changed.message, 'reading');
    assert.ok(changed.online);
    zoe.stdin!.write('quit\n');
    await until('Zoe gone', async () => (await peers()).find((peer) => peer.id === zoeEntry.id && !peer.online), 8_000);
  } finally {
    zoe.kill('SIGTERM');
  }

  const info = await agent!.info();
  const browse = await host.exec('/usr/bin/python3', [ZEROCONF_PEER, 'browse', host.address, '_webdavs._tcp.local.', '3'], { timeoutMs: 30_000 });
  const services = browse.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { name: string; port: number; addresses: string[]; txt: Record<string, string | null> });
  const ours = services.find((service) => service.name === 'Ana Sofía._webdavs._tcp.local.');
  assert.ok(ours, `zeroconf found: ${browse.stdout} ${browse.stderr}`);
  assert.is(ours.port, info.davPort);
  assert.equal(ours.addresses, [mesh!.hosts[0]!.address]);
  const text = (hex: string | null | undefined): string => Buffer.from(hex ?? '', 'hex').toString('utf8');
  assert.is(text(ours.txt.nick), 'Ana Sofía');
  assert.is(text(ours.txt['peer-id']), info.peerId);
  assert.is(text(ours.txt.color), '#FF2B34,#005FE4');
});

test('two shares with one name: the second is renamed as RFC 6762 says, and avahi sees both', async () => {
  const twin = await startMeshAgent(mesh!.hosts[2]!, { nick: 'Ana Sofía' });
  try {
    const names = await until(
      'both shares in avahi-browse',
      async () => {
        const lines = resolvedLines(await avahi!.browse('_webdavs._tcp'), '_webdavs._tcp').map((line) => line.name);
        return lines.includes('Ana Sofía') && lines.includes('Ana Sofía (2)') ? lines : null;
      },
      15_000,
    );
    assert.ok(names.includes('Ana Sofía (2)'));
  } finally {
    await twin.cleanup();
  }
});

test.run();
