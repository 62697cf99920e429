/**
 * Hostile peers on `/mesh-share/push/1.0.0`, over real libp2p on loopback.
 * A sender that lies about offsets, sends extra bytes, an oversized frame,
 * garbage, out-of-order messages or nothing at all is cut off (its stream
 * reset, the partial file suspended for a resume) while an honest delivery
 * to the same recipient over the same connection completes. A recipient
 * that never answers, never reads, or answers nonsense makes the delivery
 * fail in bounded time instead of hanging the sender.
 */
import '../../agent/node20.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { Stream } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { silentLogger } from '../../agent/logger.js';
import { startP2pNode, type P2pNode } from '../../protocols/p2p-node.js';
import { PushChannel } from '../../protocols/push/channel.js';
import { PROTOCOL_VERSION, type PushMessage } from '../../protocols/push/messages.js';
import { PUSH_PROTOCOL, PushError, type Offer } from '../../protocols/push/types.js';
import { introduce, randomBytes, sha256, sourceFile, startPeer, transferId, type TestPeer } from '../helpers/push-peers.js';
import { until } from '../helpers/until.js';
import { varint } from '../helpers/varint.js';

const MiB = 1024 * 1024;
const FIRST_MESSAGE_MS = 1_000;
const DATA_MS = 1_500;

let sender: TestPeer;
let receiver: TestPeer;
let sourceDir: string;
let nextId = 0x1000;

test.before(async () => {
  [sender, receiver] = await Promise.all([
    startPeer({ senderTimeouts: { answerMs: 1_000, receiptMs: 1_500, stallMs: 1_500, closeMs: 1_000 } }),
    startPeer({ receiverTimeouts: { firstMessageMs: FIRST_MESSAGE_MS, dataMs: DATA_MS } }),
  ]);
  await introduce(sender, receiver);
  sourceDir = await mkdtemp(join(tmpdir(), 'push-hostile-'));
});

test.after(async () => {
  await Promise.all([sender.stop(), receiver.stop()]);
  await rm(sourceDir, { recursive: true, force: true });
});

/** An honest 3 MiB delivery from the same laptop, to run alongside a hostile stream. */
async function honestDelivery(): Promise<void> {
  const content = randomBytes(3 * MiB, nextId);
  const file = await sourceFile(sourceDir, 0, `honest-${nextId}.bin`, content);
  const result = await sender.client.deliver({
    peerId: receiver.node.peerId,
    transferId: transferId(nextId++),
    from: { nick: 'honest' },
    files: [file],
    onProgress: () => undefined,
    signal: AbortSignal.timeout(15_000),
  });
  assert.equal(result, { outcome: 'delivered', files: 1, bytesSent: 3 * MiB, resumedFrom: 0 }, 'the honest delivery completes');
}

function offerOf(sizes: number[]): Offer {
  return {
    transferId: transferId(nextId++),
    from: { nick: 'mallory' },
    files: sizes.map((size, index) => ({ index, name: `evil-${index}.bin`, size, sha256: sha256(Buffer.alloc(size)), mimeType: 'application/octet-stream', metadata: {} })),
  };
}

async function openRaw(): Promise<{ stream: Stream; channel: PushChannel }> {
  const stream = await sender.host.open(receiver.node.peerId, PUSH_PROTOCOL, { signal: AbortSignal.timeout(5_000), connect: (peerId, signal) => sender.node.connect(peerId, signal) });
  return { stream, channel: new PushChannel(stream) };
}

/** Offers, reads the accept, returns the channel ready for data. */
async function offered(sizes: number[]): Promise<{ stream: Stream; channel: PushChannel; offer: Offer }> {
  const { stream, channel } = await openRaw();
  const offer = offerOf(sizes);
  await channel.write({ type: 'offer', version: PROTOCOL_VERSION, offer }, 2_000);
  const answer = await channel.read(2_000);
  assert.is(answer.type, 'answer');
  return { stream, channel, offer };
}

/** The receiver reset our stream: the next read fails 'closed', not by timing out. */
async function assertCutOff(stream: Stream, channel: PushChannel, withinMs: number): Promise<void> {
  const started = Date.now();
  const error = await channel.read(withinMs + 3_000).then(
    (m) => m,
    (e: unknown) => e,
  );
  assert.instance(error, PushError, `expected the stream to be cut off, read ${JSON.stringify(error)}`);
  assert.is((error as PushError).code, 'closed', String(error));
  assert.ok(Date.now() - started <= withinMs + 500, `cut off after ${Date.now() - started} ms`);
  assert.is(stream.status, 'reset', 'reset by the receiver, not closed gracefully');
}

async function assertSuspended(offer: Offer, index: number, stored: number): Promise<void> {
  const record = await until('the partial file to be suspended', () => receiver.recipient.suspended.find((s) => s.transferId === offer.transferId && s.index === index), 5_000);
  assert.is(record.stored, stored, 'what arrived before the break is kept');
}

/** Offers the recipient saw from the hostile side (the honest ones run alongside). */
function hostileOffers(): number {
  return receiver.recipient.offers.filter((o) => o.offer.from.nick === 'mallory' || o.offer.from.nick === 'm').length;
}

async function alongsideHonest(hostile: () => Promise<void>): Promise<void> {
  await Promise.all([hostile(), honestDelivery()]);
}

test('a wrong offset is cut off; an honest delivery alongside completes', () =>
  alongsideHonest(async () => {
    const { stream, channel, offer } = await offered([100_000]);
    await channel.write({ type: 'data', index: 0, offset: 0, bytes: new Uint8Array(1_000) }, 2_000);
    await channel.write({ type: 'data', index: 0, offset: 5_000, bytes: new Uint8Array(1_000) }, 2_000);
    await assertCutOff(stream, channel, 1_000);
    await assertSuspended(offer, 0, 1_000);
  }));

test('bytes beyond the offered size are cut off', () =>
  alongsideHonest(async () => {
    const { stream, channel, offer } = await offered([1_000]);
    await channel.write({ type: 'data', index: 0, offset: 0, bytes: new Uint8Array(1_000) }, 2_000);
    await channel.write({ type: 'data', index: 0, offset: 1_000, bytes: new Uint8Array(1) }, 2_000);
    await assertCutOff(stream, channel, 1_000);
    await assertSuspended(offer, 0, 1_000);
  }));

test('a 2 MiB frame is cut off at its length, before it is buffered', () =>
  alongsideHonest(async () => {
    const { stream, channel, offer } = await offered([4 * MiB]);
    // The length prefix and the start of the payload: a receiver that waited for the
    // whole frame would only give up at the data timeout.
    stream.send(varint(2 * MiB));
    stream.send(new Uint8Array(64 * 1024));
    await assertCutOff(stream, channel, 300);
    await assertSuspended(offer, 0, 0);
  }));

test('garbage instead of a message is cut off', () =>
  alongsideHonest(async () => {
    const { stream, channel, offer } = await offered([1_000]);
    stream.send(new Uint8Array([0x05, 0xff, 0xfe, 0x13, 0x37, 0x00]));
    await assertCutOff(stream, channel, 1_000);
    await assertSuspended(offer, 0, 0);
  }));

test('an end before all bytes arrived is cut off', () =>
  alongsideHonest(async () => {
    const { stream, channel, offer } = await offered([1_000]);
    await channel.write({ type: 'data', index: 0, offset: 0, bytes: new Uint8Array(500) }, 2_000);
    await channel.write({ type: 'end', index: 0 }, 2_000);
    await assertCutOff(stream, channel, 1_000);
    await assertSuspended(offer, 0, 500);
  }));

test('data for another file than the current one is cut off', () =>
  alongsideHonest(async () => {
    const { stream, channel, offer } = await offered([1_000, 1_000]);
    await channel.write({ type: 'data', index: 1, offset: 0, bytes: new Uint8Array(10) }, 2_000);
    await assertCutOff(stream, channel, 1_000);
    await assertSuspended(offer, 0, 0);
  }));

test('silence in the middle of a file is cut off after the data timeout', () =>
  alongsideHonest(async () => {
    const { stream, channel, offer } = await offered([1_000]);
    await channel.write({ type: 'data', index: 0, offset: 0, bytes: new Uint8Array(100) }, 2_000);
    const started = Date.now();
    await assertCutOff(stream, channel, DATA_MS);
    assert.ok(Date.now() - started >= DATA_MS - 100, 'by the timeout, not before');
    await assertSuspended(offer, 0, 100);
  }));

test('a stream that never says anything is cut off after the first-message timeout', () =>
  alongsideHonest(async () => {
    const offers = hostileOffers();
    const { stream, channel } = await openRaw();
    const started = Date.now();
    await assertCutOff(stream, channel, FIRST_MESSAGE_MS);
    assert.ok(Date.now() - started >= FIRST_MESSAGE_MS - 100, 'by the timeout, not before');
    assert.is(hostileOffers(), offers, 'no offer reached the recipient');
  }));

test('a stream that starts with anything but offer or ready is cut off', () =>
  alongsideHonest(async () => {
    const { stream, channel } = await openRaw();
    await channel.write({ type: 'receipt', receipt: { index: 0, ok: true } }, 2_000);
    await assertCutOff(stream, channel, 1_000);
  }));

test('an invalid offer never reaches the recipient', () =>
  alongsideHonest(async () => {
    const offers = hostileOffers();
    const { stream, channel } = await openRaw();
    // A well-formed frame whose offer lies about its hash format.
    const { encode } = await import('cborg');
    const bad = encode({ type: 'offer', version: 1, offer: { transferId: transferId(1), from: { nick: 'm' }, files: [{ index: 0, name: 'a', size: 1, sha256: 'NOT-HEX', mimeType: 'a/b', metadata: {} }] } });
    stream.send(varint(bad.byteLength));
    stream.send(bad);
    await assertCutOff(stream, channel, 1_000);
    assert.is(hostileOffers(), offers);
  }));

test('more concurrent streams than the per-peer cap are refused at once', async () => {
  const held: Array<{ stream: Stream; channel: PushChannel }> = [];
  for (let i = 0; i < 4; i++) held.push(await openRaw());
  await until('the receiver to serve four streams', () => receiver.host.activeStreams(PUSH_PROTOCOL) === 4, 2_000);
  const extra = await openRaw();
  await assertCutOff(extra.stream, extra.channel, 200);
  // The four are cut off in turn by the first-message timeout; then the laptop is served again.
  await Promise.all(held.map(({ stream, channel }) => assertCutOff(stream, channel, FIRST_MESSAGE_MS)));
  await honestDelivery();
});

// ---- hostile recipients ----

let evil: P2pNode;
const evilStreams: Stream[] = [];
let evilBehaviour: (channel: PushChannel, first: PushMessage) => Promise<void> = async () => undefined;

test('(setup) a hostile recipient', async () => {
  evil = await startP2pNode({ privateKey: await generateKeyPair('Ed25519'), host: '127.0.0.1', port: 0, discovery: false, mdnsQueryIntervalMs: 10_000, log: silentLogger });
  await evil.libp2p.handle(PUSH_PROTOCOL, async (stream) => {
    evilStreams.push(stream);
    const channel = new PushChannel(stream);
    try {
      await evilBehaviour(channel, await channel.read(5_000));
    } catch {
      stream.abort(new Error('done'));
    }
  });
  await sender.node.libp2p.peerStore.merge(peerIdFromString(evil.peerId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${evil.port}`)] });
});

async function deliverToEvil(size: number, behaviour: typeof evilBehaviour): Promise<{ result: Awaited<ReturnType<TestPeer['client']['deliver']>>; ms: number }> {
  evilBehaviour = behaviour;
  const file = await sourceFile(sourceDir, 0, 'to-evil.bin', randomBytes(size, 7));
  const started = Date.now();
  const result = await sender.client.deliver({ peerId: evil.peerId, transferId: transferId(nextId++), from: { nick: 't' }, files: [file], onProgress: () => undefined, signal: AbortSignal.timeout(20_000) });
  return { result, ms: Date.now() - started };
}

const accept = (offset = 0) => async (channel: PushChannel, first: PushMessage) => {
  assert.is(first.type, 'offer');
  await channel.write({ type: 'answer', answer: { decision: 'accept', files: [{ index: 0, action: 'send', offset }] } }, 2_000);
};
// Unref'd: a hostile handler still waiting must not keep the test process alive.
const hang = () => new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());

function assertFailed(outcome: Awaited<ReturnType<typeof deliverToEvil>>, pattern: RegExp, maxMs: number): void {
  const { result, ms } = outcome;
  assert.is(result.outcome, 'failed', JSON.stringify(result));
  assert.ok(result.outcome === 'failed' && result.retry, 'to be retried later');
  assert.match(result.outcome === 'failed' ? result.message : '', pattern);
  assert.ok(ms < maxMs, `gave up after ${ms} ms`);
}

test('a recipient that never answers: failed after the answer timeout', async () => {
  assertFailed(await deliverToEvil(1_000, hang), /timeout/, 3_000);
});

test('a recipient that answers nonsense: failed as a protocol error', async () => {
  assertFailed(
    await deliverToEvil(1_000, async (channel) => {
      await channel.write({ type: 'end', index: 0 }, 2_000);
      await hang();
    }),
    /expected an answer/,
    3_000,
  );
});

test('a recipient that resumes past the end of the file: failed as a protocol error', async () => {
  assertFailed(
    await deliverToEvil(1_000, async (channel, first) => {
      await accept(5_000)(channel, first);
      await hang();
    }),
    /beyond the size/,
    3_000,
  );
});

test('a recipient that accepts and then never reads: failed when the stream stalls', async () => {
  assertFailed(
    await deliverToEvil(16 * MiB, async (channel, first) => {
      await accept()(channel, first);
      (channel.stream as Stream).pause();
      await hang();
    }),
    /timeout/,
    5_000,
  );
});

test('a recipient that never sends the receipt: failed after the receipt timeout', async () => {
  assertFailed(
    await deliverToEvil(10_000, async (channel, first) => {
      await accept()(channel, first);
      for (;;) if ((await channel.read(5_000)).type === 'end') break;
      await hang();
    }),
    /timeout/,
    4_000,
  );
});

test('a receipt for another file: failed as a protocol error', async () => {
  assertFailed(
    await deliverToEvil(10_000, async (channel, first) => {
      await accept()(channel, first);
      for (;;) if ((await channel.read(5_000)).type === 'end') break;
      await channel.write({ type: 'receipt', receipt: { index: 3, ok: true } }, 2_000);
      await hang();
    }),
    /receipt for file 3/,
    3_000,
  );
});

test('nothing hostile was logged as a warning; the receiver holds no stream afterwards', async () => {
  for (const stream of evilStreams) stream.abort(new Error('test over'));
  await evil.stop();
  await until('the receiver to finish every stream', () => receiver.host.activeStreams() === 0, 5_000);
  const noisy = receiver.logs.filter((l) => l.level === 'warn' || l.level === 'error');
  assert.equal(noisy, [], 'a hostile sender is an expected event, logged at debug');
  assert.ok(receiver.logs.some((l) => l.level === 'debug' && /protocol stream ended with an error/.test(l.message)), 'but it is logged');
});

test.run();
