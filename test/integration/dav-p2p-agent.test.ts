/**
 * The real agent answers `/mesh-share/dav/1.0.0`: a libp2p node dials the
 * agent's p2p port and, through the DAV client, reads the share with its
 * Noise-proven PeerId and no password, under the agent's access rules for
 * peers (read by default: a write is refused with 403). Over HTTPS on the
 * same agent, stock curl's MKTICKET reaches the pipeline (it is no longer
 * the parser's 501).
 */
import '../../agent/node20.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { startP2pNode, type P2pNode } from '../../protocols/p2p-node.js';
import { ProtocolHost } from '../../protocols/protocol-host.js';
import { DAV_PROTOCOL } from '../../protocols/dav/dav-protocol.js';
import { DavClient } from '../../protocols/dav/dav-client.js';
import { runProcess, startAgentProcess, type AgentHandle } from '../helpers/agent-process.js';
import { silentLogger } from '../helpers/wire-http.js';

const log = silentLogger();
let agent: AgentHandle;
let node: P2pNode;
let host: ProtocolHost;
let client: DavClient;

test.before(async () => {
  agent = await startAgentProcess();
  const info = JSON.parse(await readFile(join(agent.dataDir, 'agent.json'), 'utf8')) as { p2pPort: number; peerId: string };
  node = await startP2pNode({ privateKey: await generateKeyPair('Ed25519'), host: '127.0.0.1', port: 0, discovery: false, mdnsQueryIntervalMs: 10_000, log });
  host = new ProtocolHost({ libp2p: node.libp2p, log });
  await host.start();
  await node.libp2p.peerStore.merge(peerIdFromString(info.peerId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${info.p2pPort}`)] });
  client = new DavClient({ host, connect: (peerId, signal) => node.connect(peerId, signal), log });
});

test.after(async () => {
  await host?.stop();
  await node?.stop();
  await agent?.cleanup();
});

test('a peer reads the share over libp2p without a password, and may not write by default', async () => {
  await writeFile(join(agent.shareDir, 'lesson.txt'), 'fractions\n');
  const get = await client.request(agent.peerId, { method: 'GET', path: '/lesson.txt' });
  assert.is(get.status, 200);
  assert.is(await get.text(), 'fractions\n');

  const propfind = await client.request(agent.peerId, { method: 'PROPFIND', path: '/', headers: { depth: '1' } });
  assert.is(propfind.status, 207);
  assert.match(await propfind.text(), /lesson\.txt/);

  const put = await client.request(agent.peerId, { method: 'PUT', path: '/mine.txt', body: 'not allowed' });
  assert.is(put.status, 403, await put.text());

  assert.ok(node.libp2p.getConnections(peerIdFromString(agent.peerId)).length > 0, 'connected');
  const entry = await node.libp2p.peerStore.get(peerIdFromString(agent.peerId));
  assert.ok(entry.protocols.includes(DAV_PROTOCOL), 'identify advertised the protocol');
});

test('stock curl: MKTICKET and DELTICKET reach the agent\'s pipeline over HTTPS', async () => {
  const curl = async (args: string[]): Promise<string> => (await runProcess('curl', ['-sk', '-o', '/dev/null', '-w', '%{http_code}', ...args])).stdout;
  // Without credentials the pipeline asks for them (401); the parser alone would have said 501.
  assert.is(await curl(['-X', 'MKTICKET', `${agent.url}lesson.txt`]), '401');
  assert.is(await curl(['-X', 'DELTICKET', '-H', 'Ticket: x', `${agent.url}lesson.txt`]), '401');
  assert.is(await curl(['-X', 'FROBNICATE', `${agent.url}lesson.txt`]), '501');
});

test.run();
