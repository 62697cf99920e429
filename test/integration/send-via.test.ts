/**
 * `send --via` (issue 6, XEP-0129 with PeerIds) with real agents on a
 * simulated mesh of three laptops (test/harness/): the teacher's (the
 * holder), a child's (the sender) and a friend's (the recipient, who trusts
 * the child).
 *
 * The friend's laptop is off when the child leaves a file with the
 * teacher's: `send` exits 0 once the teacher holds it, under the relay
 * folder, where the teacher's own user gets 403 over HTTPS. When the
 * friend's laptop comes back, the teacher tells it, it fetches over
 * `/mesh-share/dav/1.0.0`, and the file lands whole in its inbox with the
 * SHA-256 of the file sent; the teacher then deletes the file and its
 * records. A peer may not leave a file in another peer's relay folder.
 */
import '../../agent/node20.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Mesh } from '../harness/mesh.js';
import { startMeshAgents, type MeshAgent } from '../harness/mesh-agent.js';
import { requireRoot } from '../harness/root.js';
import { until } from '../helpers/until.js';
import { existsSync } from 'node:fs';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { startP2pNode, type P2pNode } from '../../protocols/p2p-node.js';
import { ProtocolHost } from '../../protocols/protocol-host.js';
import { DavClient } from '../../protocols/dav/dav-client.js';
import { sendCollected } from '../../protocols/relay/relay-protocol.js';
import { relayProppatchBody } from '../../agent/relay/relay-info.js';
import { runProcess, startAgentProcess } from '../helpers/agent-process.js';
import { silentLogger } from '../helpers/wire-http.js';

process.setMaxListeners(Math.max(process.getMaxListeners(), 32));

const TEACHER = 0;
const CHILD = 1;
const FRIEND = 2;
const NICKS = ['Teacher', 'Child', 'Friend'];

let mesh: Mesh | null = null;
let agents: MeshAgent[] = [];
let workDir = '';
const inboxes: string[] = [];
const peerIds: string[] = [];

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function json<T>(agent: MeshAgent, args: string[]): Promise<T> {
  const result = await agent.cli([...args, '--json']);
  assert.is(result.code, 0, `mesh-share ${args.join(' ')} on ${agent.host.name} exited ${result.code}: ${result.stderr}${result.stdout}`);
  return JSON.parse(result.stdout) as T;
}

/** Every file below a folder, by '/'-separated path, with its SHA-256. */
async function filesIn(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path).split(sep).join('/'), sha256(await readFile(path)));
  }
  return out;
}

async function accessRecords(agent: MeshAgent): Promise<Record<string, unknown>> {
  const text = await readFile(join(agent.dataDir, 'access.json'), 'utf8').catch(() => '{}');
  return ((JSON.parse(text) as { entries?: Record<string, unknown> }).entries ?? {}) as Record<string, unknown>;
}

test.before(async () => {
  if (!requireRoot('test/integration/send-via.test.ts')) throw new Error('needs root (see the banner above)');
  workDir = await mkdtemp(join(tmpdir(), 'send-via-'));
  mesh = await Mesh.create({ hosts: 3 });
  for (let i = 0; i < 3; i++) {
    inboxes[i] = join(workDir, `inbox-${i}`);
    await mkdir(inboxes[i]!);
  }
  agents = await startMeshAgents(mesh.hosts, (h) => ({ nick: NICKS[h.index]!, args: ['--inbox', inboxes[h.index]!] }));
  for (const agent of agents) peerIds.push(String((await agent.info()).peerId));
  // Seen by its share's DNS-SD record, not only by libp2p's mDNS: that one has no goodbye, so a laptop
  // stopped before its record went out would stay listed as here for minutes.
  await until(
    'the child and the teacher to see each other and the friend',
    async () => {
      for (const [who, others] of [
        [CHILD, [TEACHER, FRIEND]],
        [TEACHER, [CHILD, FRIEND]],
      ] as const) {
        const { peers } = await json<{ peers: Array<{ peer_id?: string; online: boolean; sources: string[] }> }>(agents[who]!, ['peers']);
        if (!others.every((i) => peers.some((p) => p.peer_id === peerIds[i] && p.online && p.sources.includes('webdavs')))) return false;
      }
      return true;
    },
    20_000,
    200,
  );
  // The friend trusts the child (the sender), not the teacher (who only keeps the file).
  const trusted = await agents[FRIEND]!.cli(['trust', peerIds[CHILD]!]);
  assert.is(trusted.code, 0, trusted.stderr);
});

test.after(async () => {
  await Promise.all(agents.map((agent) => agent.cleanup().catch(() => undefined)));
  await mesh?.destroy();
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

test('a file left with the teacher for a friend who is away reaches the friend when it comes back; the teacher then deletes it', async () => {
  const teacher = agents[TEACHER]!;
  const child = agents[CHILD]!;
  const friend = agents[FRIEND]!;
  const content = randomBytes(3 * 1024 * 1024 + 17);
  const source = join(workDir, 'drawing.png');
  await writeFile(source, content);

  // The friend's laptop is off.
  await friend.stop();
  await until(
    'the teacher to list the friend as gone',
    async () => (await json<{ peers: Array<{ peer_id?: string; online: boolean }> }>(teacher, ['peers'])).peers.some((p) => p.peer_id === peerIds[FRIEND] && !p.online),
    15_000,
    200,
  );

  const sent = await child.cli(['send', source, '--to', peerIds[FRIEND]!, '--via', 'Teacher', '--json'], { timeoutMs: 60_000 });
  assert.is(sent.code, 0, `send --via: ${sent.stderr}${sent.stdout}`);
  const report = JSON.parse(sent.stdout.trim().split('\n').at(-1)!) as { transfer_id: string; recipients: Array<{ state: string }> };
  assert.match(report.transfer_id, /^[0-9a-f]{32}$/);
  assert.equal(report.recipients.map((r) => r.state), ['relayed']);

  // The teacher holds it in the child's relay folder, whole.
  const relayDir = join(teacher.shareDir, '.mesh-share-relay', peerIds[CHILD]!);
  const held = await filesIn(relayDir);
  assert.equal([...held.entries()], [[`${report.transfer_id}/drawing.png`, sha256(content)]]);
  const key = `.mesh-share-relay/${peerIds[CHILD]}/${report.transfer_id}/drawing.png`;
  assert.equal(await accessRecords(teacher).then((r) => r[key]), { owner: `peer:${peerIds[CHILD]}`, recipients: [`peer:${peerIds[FRIEND]}`] });

  // The teacher's own user, over HTTPS, cannot open it.
  const info = await teacher.info();
  const url = `https://127.0.0.1:${String(info.davPort)}/${key.split('/').map(encodeURIComponent).join('/')}`;
  const curl = await teacher.host.exec('curl', ['-sk', '-o', '/dev/null', '-w', '%{http_code}', '-u', `${teacher.user}:${teacher.password}`, url]);
  assert.is(curl.stdout.trim(), '403', `the teacher's user gets 403: ${curl.stderr}`);

  // The friend comes back: the teacher tells it, it fetches, verifies, and the file lands in its inbox.
  await friend.restart();
  await until('the file to land in the friend\'s inbox', async () => (await filesIn(inboxes[FRIEND]!)).get('drawing.png') === sha256(content), 60_000, 200);
  // The teacher deletes it once the friend has it: the file, its folders and its records.
  await until('the teacher to delete the left file', async () => (await filesIn(relayDir)).size === 0 && (await accessRecords(teacher))[key] === undefined, 20_000, 200);
  const left = await readdir(join(teacher.shareDir, '.mesh-share-relay')).catch(() => []);
  assert.equal(left, [], 'the relay folders are gone');

  // The friend's agent restarting (a second round of notices, if any) does not bring it twice.
  await friend.restart();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  assert.equal([...(await filesIn(inboxes[FRIEND]!)).keys()], ['drawing.png']);
});

test('send --via says the holder must be here when it cannot be reached', async () => {
  const child = agents[CHILD]!;
  const source = join(workDir, 'note.txt');
  await writeFile(source, 'hello');
  const sent = await child.cli(['send', source, '--to', peerIds[FRIEND]!, '--via', peerIds[FRIEND]!.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'))], { timeoutMs: 60_000 });
  assert.is.not(sent.code, 0, sent.stdout);
  assert.match(sent.stderr + sent.stdout, /here|reach/i);
});

test('the holder rule on the wire: peers over /mesh-share/dav/1.0.0 may leave new, pending files in their own relay folder only', async () => {
  const holder = await startAgentProcess();
  const nodes: P2pNode[] = [];
  const hosts: ProtocolHost[] = [];
  try {
    const info = JSON.parse(await readFile(join(holder.dataDir, 'agent.json'), 'utf8')) as { p2pPort: number; peerId: string };
    const log = silentLogger();
    const clients: Array<{ id: string; dav: DavClient }> = [];
    for (let i = 0; i < 2; i++) {
      const node = await startP2pNode({ privateKey: await generateKeyPair('Ed25519'), host: '127.0.0.1', port: 0, discovery: false, mdnsQueryIntervalMs: 10_000, log });
      nodes.push(node);
      const host = new ProtocolHost({ libp2p: node.libp2p, log });
      hosts.push(host);
      await host.start();
      await node.libp2p.peerStore.merge(peerIdFromString(info.peerId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${info.p2pPort}`)] });
      clients.push({ id: node.peerId, dav: new DavClient({ host, connect: (peerId, signal) => node.connect(peerId, signal), log }) });
    }
    const [p, q] = clients as [{ id: string; dav: DavClient }, { id: string; dav: DavClient }];
    const path = `/.mesh-share-relay/${p.id}/${'3'.repeat(32)}/note.txt`;
    const put = (who: typeof p, target: string, headers: Record<string, string>) =>
      who.dav.request(info.peerId, { method: 'PUT', path: target, headers: { 'content-length': '5', ...headers }, body: 'hello' }).then(async (r) => ({ status: r.status, text: await r.text() }));
    const both = { 'if-none-match': '*', 'x-mesh-share-recipients': 'pending' };
    assert.is((await put(q, path, both)).status, 403, "another laptop's folder");
    assert.is((await put(p, path, { 'if-none-match': '*' })).status, 403, 'without pending');
    assert.is((await put(p, path, { 'x-mesh-share-recipients': 'pending' })).status, 403, 'without If-None-Match');
    assert.is((await put(p, '/note.txt', both)).status, 403, 'outside the relay folder');
    assert.is((await put(p, `/.mesh-share-relay/${p.id}`, both)).status, 403, 'as its folder');
    const made = await put(p, path, both);
    assert.is(made.status, 201, made.text);
    assert.is((await put(p, path, both)).status, 412, 'taken: If-None-Match answers');
    // Pending: nobody but its owner reads it, the holder's own user included.
    const get = (who: typeof p) => who.dav.request(info.peerId, { method: 'GET', path }).then(async (r) => ({ status: r.status, text: await r.text() }));
    assert.is((await get(p)).status, 200);
    assert.is((await get(q)).status, 403);
    const curl = await runProcess('curl', ['-sk', '-o', '/dev/null', '-w', '%{http_code}', '-u', `${holder.user}:${holder.password ?? ''}`, `${holder.url}${path.slice(1)}`]);
    assert.is(curl.stdout, '403', "the holder's own user cannot open it");
    // Its owner lists q: q cannot delete it, q reads it, and once q says it has it (relay `collected`, with the hash) the holder deletes it.
    const patch = await p.dav.request(info.peerId, { method: 'PROPPATCH', path, headers: { 'content-type': 'application/xml' }, body: relayProppatchBody({ sha256: 'a'.repeat(64), size: 5, name: 'note.txt', mimeType: 'text/plain', metadata: {}, nick: 'P' }, [q.id]) });
    assert.is(patch.status, 207);
    assert.not.match(await patch.text(), /HTTP\/1\.1 (?!200)/);
    const refused = await q.dav.request(info.peerId, { method: 'DELETE', path });
    assert.is(refused.status, 403, await refused.text());
    assert.equal(await get(q), { status: 200, text: 'hello' });
    const onDisk = join(holder.shareDir, ...path.split('/'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.ok(existsSync(onDisk), 'a download alone is not a verified copy: the holder keeps it');
    // Client 0 is p, client 1 is q.
    const collected = (client: 0 | 1, sha256: string) =>
      sendCollected(hosts[client]!, (peerId, signal) => nodes[client]!.connect(peerId, signal), info.peerId, { path, sha256 }, AbortSignal.timeout(15_000), log);
    assert.is(await collected(1, 'b'.repeat(64)), false, 'another hash');
    assert.is(await collected(0, 'a'.repeat(64)), false, 'not a recipient');
    assert.ok(existsSync(onDisk));
    assert.is(await collected(1, 'a'.repeat(64)), true);
    await until('the holder to delete the collected file', () => !existsSync(onDisk), 5_000, 50);
    // Its owner may delete what it left.
    const second = `/.mesh-share-relay/${p.id}/${'4'.repeat(32)}/other.txt`;
    assert.is((await put(p, second, both)).status, 201);
    const deleted = await p.dav.request(info.peerId, { method: 'DELETE', path: second });
    assert.is(deleted.status, 204, await deleted.text());
  } finally {
    for (const host of hosts) await host.stop();
    for (const node of nodes) await node.stop();
    await holder.cleanup();
  }
});

test.run();
