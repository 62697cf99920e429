/**
 * PushChannel over an in-memory stream pair: messages cross intact, a read
 * that waits too long is a 'timeout', an ended or reset stream is 'closed',
 * and an oversized frame is refused at its length prefix.
 */
import '../../agent/node20.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { streamPair } from '@libp2p/utils';
import { PushChannel } from '../../protocols/push/channel.js';
import { PushError } from '../../protocols/push/types.js';

async function pair(): Promise<[PushChannel, PushChannel]> {
  const [a, b] = await streamPair();
  return [new PushChannel(a), new PushChannel(b)];
}

async function failure(promise: Promise<unknown>): Promise<PushError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  assert.instance(error, PushError, String(error));
  return error as PushError;
}

test('messages cross in order, data bytes intact', async () => {
  const [a, b] = await pair();
  const bytes = new Uint8Array(200_000).map((_, i) => i % 251);
  await a.write({ type: 'ready', transferId: 'ab'.repeat(16) }, 1_000);
  await a.write({ type: 'data', index: 2, offset: 9, bytes }, 1_000);
  await a.write({ type: 'end', index: 2 }, 1_000);
  assert.equal(await b.read(1_000), { type: 'ready', transferId: 'ab'.repeat(16) });
  assert.equal(await b.read(1_000), { type: 'data', index: 2, offset: 9, bytes });
  assert.equal(await b.read(1_000), { type: 'end', index: 2 });
});

test('a read with nothing coming is a timeout', async () => {
  const [, b] = await pair();
  const started = Date.now();
  assert.is((await failure(b.read(200))).code, 'timeout');
  assert.ok(Date.now() - started >= 190 && Date.now() - started < 1_000);
});

test('the end of the stream is closed, also for a later read', async () => {
  const [a, b] = await pair();
  await a.write({ type: 'end', index: 0 }, 1_000);
  await a.close();
  assert.equal(await b.read(1_000), { type: 'end', index: 0 });
  assert.is((await failure(b.read(1_000))).code, 'closed');
  assert.is((await failure(b.read(1_000))).code, 'closed');
});

test('a reset stream is closed for the reader and the writer', async () => {
  const [a, b] = await pair();
  const pending = b.read(2_000);
  a.abort(new Error('hostile'));
  assert.is((await failure(pending)).code, 'closed');
  assert.is((await failure(a.write({ type: 'end', index: 0 }, 1_000))).code, 'closed');
});

test('an oversized frame is refused at its length, and garbage as a protocol error', async () => {
  const [a, b] = await streamPair();
  const reader = new PushChannel(b, { maxMessageBytes: 1024 });
  a.send(new Uint8Array([0x81, 0x08])); // 1025
  assert.is((await failure(reader.read(1_000))).code, 'protocol');
  const [c, d] = await streamPair();
  c.send(new Uint8Array([0x03, 0xff, 0x00, 0x00]));
  assert.is((await failure(new PushChannel(d).read(1_000))).code, 'protocol');
});

test('our own writes are validated: an invalid message never leaves', async () => {
  const [a] = await pair();
  assert.is((await failure(a.write({ type: 'end', index: -1 }, 1_000))).code, 'protocol');
});

test.run();
