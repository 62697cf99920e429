/**
 * Real agents on a simulated XO mesh (network namespaces joined by a
 * bridge, 169.254/16 addresses only): they find each other within seconds,
 * list one another with nick, colour and share URL over D-Bus and the CLI,
 * hold no connections at rest, and drop a laptop that says goodbye.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Mesh } from '../harness/mesh.js';
import { startMeshAgents, type MeshAgent } from '../harness/mesh-agent.js';
import { requireRoot } from '../harness/root.js';
import { CLI_PATH } from '../helpers/agent-process.js';
import { until } from '../helpers/until.js';

interface Peer {
  id: string;
  peer_id?: string;
  nick: string;
  color?: string;
  addresses: string[];
  share_url?: string;
  sources: string[];
  online: boolean;
  last_seen: number;
}

let mesh: Mesh | null = null;
let agents: MeshAgent[] = [];
const COLORS = ['#FF2B34,#005FE4', '#00A0FF,#008009', '#AC32FF,#FFFA00'];
const NICKS = ['Ana', 'Bruno', 'Carla'];

async function peersOf(agent: MeshAgent): Promise<Peer[]> {
  const result = await agent.cli(['peers', '--json']);
  assert.is(result.code, 0, `mesh-share peers failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { peers: Peer[] }).peers;
}


/** Established TCP connections to or from the agent's libp2p port, as the kernel sees them. */
async function p2pConnections(agent: MeshAgent): Promise<number> {
  const info = await agent.info();
  const result = await agent.host.exec('ss', ['-Htn', 'state', 'established', `( sport = :${String(info.p2pPort)} or dport = :${String(info.p2pPort)} )`]);
  return result.stdout.split('\n').filter((line) => line.trim() !== '').length;
}

test.before(async () => {
  if (!requireRoot('test/integration/discovery.test.ts')) throw new Error('needs root (see the banner above)');
  mesh = await Mesh.create({ hosts: 3 });
  agents = await startMeshAgents(mesh.hosts, (host) => ({ nick: NICKS[host.index]!, args: ['--color', COLORS[host.index]!] }));
});

test.after(async () => {
  await Promise.all(agents.map((agent) => agent.cleanup().catch(() => undefined)));
  await mesh?.destroy();
});

test('every agent lists every other within 5 s, with nick, colour, PeerId and share URL', async () => {
  const started = Date.now();
  const infos = await Promise.all(agents.map((agent) => agent.info()));
  for (const [i, agent] of agents.entries()) {
    const peers = await until(
      `${NICKS[i]} to see the two others`,
      async () => {
        // A libp2p find can come before the DNS-SD records that carry the nick: wait for those.
        const list = (await peersOf(agent)).filter((peer) => peer.online && peer.peer_id !== undefined && peer.sources.includes('webdavs'));
        return list.length === 2 ? list : null;
      },
      5_000 - (Date.now() - started) + 2_000,
    );
    for (const peer of peers) {
      const j = infos.findIndex((info) => info.peerId === peer.peer_id);
      assert.ok(j >= 0 && j !== i, 'a listed PeerId is one of the other agents');
      assert.is(peer.id, peer.peer_id);
      assert.is(peer.nick, NICKS[j]);
      assert.is(peer.color, COLORS[j]);
      assert.ok(peer.addresses.includes(agents[j]!.host.address), `${NICKS[j]}'s link-local address is listed`);
      assert.match(peer.share_url ?? '', new RegExp(`^https://[a-z0-9-]+\\.local:${String(infos[j]!.davPort)}/$`));
      assert.ok(peer.sources.includes('webdavs'));
    }
  }
  assert.ok(Date.now() - started < 7_000, `all saw all after ${Date.now() - started} ms`);
});

test('status shows the PeerId kept in the data dir, and the link-local address is announced for libp2p', async () => {
  const info = await agents[0]!.info();
  const status = JSON.parse((await agents[0]!.cli(['status', '--json'])).stdout) as Record<string, unknown>;
  assert.is(status.peer_id, info.peerId);
  assert.is(status.nick, 'Ana');
  assert.is(status.discovery, true);
  const addresses = status.p2p_addresses as string[];
  assert.ok(addresses.includes(`/ip4/${agents[0]!.host.address}/tcp/${String(info.p2pPort)}/p2p/${String(info.peerId)}`), addresses.join(' '));
  assert.not.ok(addresses.some((address) => address.includes('/127.')), 'loopback is never announced');
});

test('discovery opens no connections: at rest the agents hold none', async () => {
  const counts = await Promise.all(agents.map(p2pConnections));
  assert.equal(counts, [0, 0, 0]);
});

test('a laptop that stops says goodbye: the others list it as gone within 3 s, and --watch reports it', async () => {
  const watcher = agents[0]!.host.spawn(process.execPath, [CLI_PATH, 'peers', '--watch', '--json'], { env: agents[0]!.busEnv });
  let out = '';
  watcher.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  try {
    await until('the watch to list', async () => out.includes('"event":"list"'), 10_000);
    const leaving = await agents[2]!.info();
    const stoppedAt = Date.now();
    await agents[2]!.stop();
    for (const agent of agents.slice(0, 2)) {
      await until(
        'Carla to be listed as gone',
        async () => (await peersOf(agent)).some((peer) => peer.peer_id === leaving.peerId && !peer.online),
        3_000,
      );
    }
    assert.ok(Date.now() - stoppedAt < 4_000);
    await until('the watch to report the departure', async () => out.includes(`{"event":"vanished","id":"${String(leaving.peerId)}"}`), 3_000);
    // Coming back is an appearance again, under the same PeerId (the identity is kept in the data dir).
    await agents[2]!.restart();
    await until('Carla back', async () => out.split('\n').some((line) => line.includes('"event":"appeared"') && line.includes(String(leaving.peerId))), 8_000);
    assert.is((await agents[2]!.info()).peerId, leaving.peerId);
  } finally {
    watcher.kill('SIGTERM');
  }
});

test.run();
