/**
 * Two real libp2p nodes on loopback (no discovery): connections are made on
 * demand, one per pair even when both sides dial at once, and closed when
 * idle.
 */
import '../../agent/node20.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { silentLogger } from '../../agent/logger.js';
import { startP2pNode, type P2pNode } from '../../protocols/p2p-node.js';
import { until } from '../helpers/until.js';

async function node(idleTimeoutMs: number): Promise<P2pNode> {
  return startP2pNode({ privateKey: await generateKeyPair('Ed25519'), host: '127.0.0.1', port: 0, discovery: false, mdnsQueryIntervalMs: 10_000, log: silentLogger, idleTimeoutMs });
}


/** Loopback is never announced, so the test tells each node where the other listens. */
async function introduce(a: P2pNode, b: P2pNode): Promise<void> {
  await a.libp2p.peerStore.merge(peerIdFromString(b.peerId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${b.port}`)] });
  await b.libp2p.peerStore.merge(peerIdFromString(a.peerId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${a.port}`)] });
}

test('started nodes hold no connections; connect() reuses the open one', async () => {
  const [a, b] = await Promise.all([node(60_000), node(60_000)]);
  try {
    assert.ok(a.port > 0 && b.port > 0 && a.port !== b.port, 'real ports are reported with --p2p-port 0');
    assert.equal(a.addresses(), [], 'loopback is never announced');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.is(a.connectionCount() + b.connectionCount(), 0);
    await introduce(a, b);
    const first = await a.connect(b.peerId);
    const second = await a.connect(b.peerId);
    assert.is(second.id, first.id);
    assert.is(first.remotePeer.toString(), b.peerId, 'the remote identity is the one proven by Noise');
    assert.is(a.connectionCount(), 1);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});

test('both sides dialling at once end with one connection, the same one on both sides', async () => {
  const [a, b] = await Promise.all([node(60_000), node(60_000)]);
  try {
    await introduce(a, b);
    await Promise.all([a.connect(b.peerId), b.connect(a.peerId)]);
    await until('both connections to open', () => a.connectionCount() === 2 && b.connectionCount() === 2, 3_000).catch(() => undefined);
    await until('one connection each', () => a.connectionCount() === 1 && b.connectionCount() === 1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.is(a.connectionCount() + b.connectionCount(), 2, 'the kept connection is not closed as well');
    const [ca] = a.libp2p.getConnections();
    const [cb] = b.libp2p.getConnections();
    // One TCP connection seen from both ends: A's local port is B's remote port and the other way round.
    assert.is(ca!.direction === 'outbound', cb!.direction === 'inbound');
    // Later connects use it instead of dialling again.
    assert.is((await a.connect(b.peerId)).id, ca!.id);
    assert.is(a.connectionCount(), 1);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});

test('an idle connection is closed; one with a stream open is kept', async () => {
  const [a, b] = await Promise.all([node(600), node(600)]);
  try {
    await introduce(a, b);
    // The responder closes its side once the dialer has closed its own, as every protocol of ours does.
    await b.libp2p.handle('/mesh-share/test-hold/1.0.0', (stream) => {
      stream.addEventListener('remoteCloseWrite', () => void stream.close());
    });
    const connection = await a.connect(b.peerId);
    const stream = await connection.newStream('/mesh-share/test-hold/1.0.0');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.is(a.connectionCount(), 1, 'a connection carrying a stream stays open');
    await stream.close();
    await until('the idle connection to close', () => a.connectionCount() === 0 && b.connectionCount() === 0, 5_000);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});

test.run();
