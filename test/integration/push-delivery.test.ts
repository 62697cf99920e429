/**
 * `/mesh-share/push/1.0.0` between two real libp2p nodes on loopback: a
 * file arrives whole and verified, a resume sends only what is missing,
 * every answer gives its outcome, a corrupt file is refused, an unreachable
 * peer and a cancel are reported as such, and a held offer's `ready` nudge
 * reaches the sender.
 */
import '../../agent/node20.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import type { DeliveryRequest, SourceFile } from '../../protocols/push/types.js';
import { introduce, randomBytes, sha256, sourceFile, startPeer, transferId, type TestPeer } from '../helpers/push-peers.js';
import { until } from '../helpers/until.js';

const MiB = 1024 * 1024;

let sender: TestPeer;
let receiver: TestPeer;
let sourceDir: string;
let nextId = 1;

test.before(async () => {
  [sender, receiver] = await Promise.all([startPeer(), startPeer()]);
  await introduce(sender, receiver);
  sourceDir = await mkdtemp(join(tmpdir(), 'push-source-'));
});

test.after(async () => {
  await Promise.all([sender.stop(), receiver.stop()]);
  await rm(sourceDir, { recursive: true, force: true });
});

interface Progress {
  done: number;
  total: number;
  at: number;
}

function request(files: SourceFile[], extra: Partial<DeliveryRequest> = {}): DeliveryRequest & { progress: Progress[] } {
  const progress: Progress[] = [];
  return {
    peerId: receiver.node.peerId,
    transferId: transferId(nextId++),
    from: { nick: 'teacher', color: '#FF8F00,#00588C' },
    files,
    onProgress: (done, total) => progress.push({ done, total, at: Date.now() }),
    signal: new AbortController().signal,
    progress,
    ...extra,
  };
}

function assertMonotonic(progress: Progress[], total: number): void {
  for (let i = 1; i < progress.length; i++) assert.ok(progress[i]!.done >= progress[i - 1]!.done, 'progress never goes back');
  for (const p of progress) assert.is(p.total, total);
  assert.is(progress.at(-1)!.done, total, 'the last report says all done');
}

test('a 5 MiB file arrives whole and verified, with progress on the way', async () => {
  const content = randomBytes(5 * MiB, 5);
  const file = await sourceFile(sourceDir, 0, 'worksheet.pdf', content);
  const req = request([file]);
  const result = await sender.client.deliver(req);
  assert.equal(result, { outcome: 'delivered', files: 1, bytesSent: 5 * MiB, resumedFrom: 0 });
  const landed = receiver.recipient.landed.find((l) => l.transferId === req.transferId);
  assert.ok(landed, 'the received() hook ran');
  assert.is(landed.peerId, sender.node.peerId, 'the sender is named by its proven PeerId');
  assert.ok((await readFile(landed.path)).equals(content), 'the stored bytes are the sent bytes');
  assert.equal(file.opened, [0]);
  assertMonotonic(req.progress, 5 * MiB);
  assert.ok(req.progress.length >= 2, `progress reported on the way (${req.progress.length} reports)`);
  const offer = receiver.recipient.offers.at(-1)!.offer;
  assert.equal(offer.from, { nick: 'teacher', color: '#FF8F00,#00588C' });
  assert.equal(offer.files[0]!.metadata, { title: 'worksheet.pdf', timestamp: 1_700_000_000 });
});

test('several files, an empty one among them, in one send', async () => {
  const contents = [randomBytes(300_000, 11), Buffer.alloc(0), randomBytes(70_000, 12)];
  const files = await Promise.all(contents.map((c, i) => sourceFile(sourceDir, i, `folder/part-${i}.bin`, c)));
  const req = request(files);
  const result = await sender.client.deliver(req);
  assert.equal(result, { outcome: 'delivered', files: 3, bytesSent: 370_000, resumedFrom: 0 });
  for (const [i, c] of contents.entries()) {
    assert.ok((await readFile(join(receiver.recipient.inboxDir, `part-${i}.bin`))).equals(c), `file ${i} intact`);
  }
});

test('a resume sends only the missing bytes', async () => {
  const content = randomBytes(3 * MiB, 21);
  const already = 2 * MiB + 123;
  const file = await sourceFile(sourceDir, 0, 'resumed.bin', content);
  const req = request([file]);
  await writeFile(receiver.recipient.partialPath(req.transferId, 0), content.subarray(0, already));
  const before = receiver.recipient.bytesWritten;
  const result = await sender.client.deliver(req);
  assert.equal(result, { outcome: 'delivered', files: 1, bytesSent: content.byteLength - already, resumedFrom: already });
  assert.is(receiver.recipient.bytesWritten - before, content.byteLength - already, 'only the missing bytes crossed the wire');
  assert.equal(file.opened, [already], 'the sender read from the answered offset');
  assert.is(req.progress[0]!.done, already, 'progress starts at what the recipient had');
  assertMonotonic(req.progress, content.byteLength);
  assert.ok((await readFile(join(receiver.recipient.inboxDir, 'resumed.bin'))).equals(content));
});

test("a file the recipient has is not sent, and counts as done", async () => {
  const content = randomBytes(200_000, 31);
  await writeFile(join(receiver.recipient.inboxDir, 'known.bin'), content);
  const file = await sourceFile(sourceDir, 0, 'known.bin', content);
  const req = request([file]);
  const result = await sender.client.deliver(req);
  assert.equal(result, { outcome: 'delivered', files: 1, bytesSent: 0, resumedFrom: 0 });
  assert.equal(file.opened, [], 'never read');
  assert.equal(req.progress.at(-1), { ...req.progress.at(-1)!, done: 200_000, total: 200_000 });
});

test('a slow disk slows the sender down: what is in flight stays bounded', async () => {
  const content = randomBytes(16 * MiB, 91);
  const file = await sourceFile(sourceDir, 0, 'slow-disk.bin', content);
  let inFlight = 0;
  const before = receiver.recipient.bytesWritten;
  const req = request([file]);
  req.onProgress = (done) => {
    inFlight = Math.max(inFlight, done - (receiver.recipient.bytesWritten - before));
  };
  receiver.recipient.writeDelayMs = 4;
  try {
    const result = await sender.client.deliver(req);
    assert.equal(result, { outcome: 'delivered', files: 1, bytesSent: 16 * MiB, resumedFrom: 0 });
  } finally {
    receiver.recipient.writeDelayMs = 0;
  }
  // One yamux window (2 MiB), the channel's read-ahead (1 MiB), what the sender's stream buffers before
  // it says "wait", and the chunk being written: a few MiB, never a large part of the file.
  assert.ok(inFlight > 0 && inFlight < 6 * MiB, `at most ${(inFlight / MiB).toFixed(2)} MiB were sent and not yet written`);
});

test('declined and held answers give their outcomes', async () => {
  const file = await sourceFile(sourceDir, 0, 'nope.bin', randomBytes(1000, 41));
  receiver.recipient.decide = () => ({ decision: 'decline', reason: 'too-big', message: 'bigger than the 1 KB limit' });
  try {
    assert.equal(await sender.client.deliver(request([file])), { outcome: 'declined', reason: 'too-big', message: 'bigger than the 1 KB limit' });
    receiver.recipient.decide = () => ({ decision: 'held', expiresAt: 1_800_000_000_000 });
    assert.equal(await sender.client.deliver(request([file])), { outcome: 'held', expiresAt: 1_800_000_000_000 });
    assert.equal(file.opened, []);
  } finally {
    receiver.recipient.decide = null;
  }
});

test('a file that does not match its SHA-256 is refused: failed, to retry, nothing lands', async () => {
  const content = randomBytes(100_000, 51);
  const file = await sourceFile(sourceDir, 0, 'liar.bin', content, sha256(Buffer.from('something else')));
  const req = request([file]);
  const result = await sender.client.deliver(req);
  assert.is(result.outcome, 'failed');
  assert.ok(result.outcome === 'failed' && result.retry, 'retried later');
  assert.match(result.outcome === 'failed' ? result.message : '', /SHA-256 mismatch/);
  assert.not.ok((await readdir(receiver.recipient.inboxDir)).includes('liar.bin'), 'nothing in the inbox');
  assert.not.ok((await readdir(receiver.recipient.partialDir)).includes(`${req.transferId}-0`), 'the partial data is gone');
});

test('a peer nobody can reach is unreachable', async () => {
  const file = await sourceFile(sourceDir, 0, 'x.bin', randomBytes(10, 61));
  const stranger = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();
  const noAddress = await sender.client.deliver(request([file], { peerId: stranger }));
  assert.is(noAddress.outcome, 'unreachable', JSON.stringify(noAddress));
  // A known address where nobody listens any more.
  const gone = await startPeer();
  const goneId = gone.node.peerId;
  const port = gone.node.port;
  await gone.stop();
  await sender.node.libp2p.peerStore.merge(peerIdFromString(goneId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${port}`)] });
  const refused = await sender.client.deliver(request([file], { peerId: goneId }));
  assert.is(refused.outcome, 'unreachable', JSON.stringify(refused));
});

test('cancelling stops the delivery; the recipient keeps what arrived for a resume', async () => {
  const content = randomBytes(8 * MiB, 71);
  const file = await sourceFile(sourceDir, 0, 'cancelled.bin', content);
  const controller = new AbortController();
  const req = request([file], { signal: controller.signal });
  req.onProgress = (done) => {
    if (done > 0) controller.abort();
  };
  receiver.recipient.writeDelayMs = 5;
  try {
    const started = Date.now();
    const result = await sender.client.deliver(req);
    assert.equal(result, { outcome: 'failed', retry: false, message: 'cancelled' });
    assert.ok(Date.now() - started < 5_000, 'promptly');
    const suspended = await until('the recipient to suspend the file', () => receiver.recipient.suspended.find((s) => s.transferId === req.transferId), 5_000);
    assert.ok(suspended.stored > 0 && suspended.stored < content.byteLength, `kept ${suspended.stored} bytes`);
  } finally {
    receiver.recipient.writeDelayMs = 0;
  }
});

test('a cancel before anything happens dials nobody', async () => {
  const controller = new AbortController();
  controller.abort();
  const file = await sourceFile(sourceDir, 0, 'never.bin', randomBytes(10, 81));
  assert.equal(await sender.client.deliver(request([file], { signal: controller.signal })), { outcome: 'failed', retry: false, message: 'cancelled' });
});

test('an offer too big for one message fails for good, before any dial', async () => {
  const files: SourceFile[] = Array.from({ length: 40 }, (_, index) => ({
    index,
    name: `f${index}`,
    size: 1,
    sha256: sha256(Buffer.from('a')),
    mimeType: 'text/plain',
    metadata: { description: 'd'.repeat(30_000) },
    open: () => {
      throw new Error('never opened');
    },
  }));
  const result = await sender.client.deliver(request(files));
  assert.is(result.outcome, 'failed');
  assert.ok(result.outcome === 'failed' && !result.retry);
});

test("the recipient's ready nudge reaches the sender's hook", async () => {
  const id = transferId(0xabc);
  await receiver.client.ready(sender.node.peerId, id, AbortSignal.timeout(5_000));
  await until('the ready hook', () => sender.readies.find((r) => r.transferId === id), 5_000);
  assert.equal(sender.readies.at(-1), { peerId: receiver.node.peerId, transferId: id });
});

test('no warnings were logged for honest traffic; no streams are left behind', async () => {
  await until('the receiver to finish every stream', () => receiver.host.activeStreams() === 0, 5_000);
  const noisy = [...sender.logs, ...receiver.logs].filter((l) => l.level === 'warn' || l.level === 'error');
  assert.equal(noisy, []);
});

test.run();
