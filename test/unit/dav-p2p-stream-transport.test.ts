import '../../agent/node20.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, request, type IncomingMessage } from 'node:http';
import type { Stream } from '@libp2p/interface';
import { streamPair } from '@libp2p/utils';
import { streamTransport } from '../../protocols/dav/stream-transport.js';
import { ticketFramerOptions, WireIncomingMessage } from '../../web/wire/requests.js';
import { WireSocket } from '../../web/wire/wire-socket.js';
import { tagConnection } from '../../web/pipeline.js';

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function pair(): Promise<{ dialer: Stream; listener: Stream }> {
  const [dialer, listener] = await streamPair({ delay: 0 });
  return { dialer, listener };
}

function body(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => resolve(text));
    res.on('error', reject);
  });
}

test('node:http on both ends of a libp2p stream: a ticket request and its answer, then both ends close', async () => {
  const { dialer, listener } = await pair();
  const seen: string[] = [];
  const server = createServer({ IncomingMessage: WireIncomingMessage }, (req, res) => {
    seen.push(`${req.method} ${req.url}`);
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => res.end(`${req.method} ${bytes}`));
  });
  const served = new WireSocket(streamTransport(listener), { framer: ticketFramerOptions(1024) });
  tagConnection(served, { principal: { kind: 'peer', peerId: '12D3KooWtest' }, scheme: 'http' });
  server.emit('connection', served);

  const socket = new WireSocket(streamTransport(dialer));
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = request({ method: 'MKTICKET', path: '/docs/', host: 'peer', createConnection: () => socket as never }, resolve);
    req.on('error', reject);
    req.end('<ticketinfo/>');
  });
  assert.is(res.statusCode, 200);
  assert.is(await body(res), 'MKTICKET 13');
  assert.equal(seen, ['MKTICKET /docs/']);
  await tick(20);
  assert.ok(socket.destroyed, 'the client closed after a Connection: close exchange');
  assert.is(dialer.writeStatus, 'closed');
  for (let i = 0; i < 50 && listener.status !== 'closed'; i++) await tick(10);
  assert.is(listener.status, 'closed', 'both ends closed cleanly, no reset');
  assert.is(dialer.status, 'closed');
});

test('a reset of the stream destroys the socket with an error; destroying the socket mid-exchange resets the stream', async () => {
  {
    const { dialer, listener } = await pair();
    const socket = new WireSocket(streamTransport(listener));
    let error: Error | null = null;
    socket.on('error', (e) => (error = e));
    dialer.abort(new Error('gone'));
    for (let i = 0; i < 50 && !socket.destroyed; i++) await tick(10);
    assert.ok(socket.destroyed);
    assert.ok(error !== null, 'with an error');
  }
  {
    const { dialer, listener } = await pair();
    const socket = new WireSocket(streamTransport(listener));
    socket.destroy();
    await tick(20);
    assert.is(listener.status, 'aborted', 'our side reset it');
    for (let i = 0; i < 50 && dialer.status === 'open'; i++) await tick(10);
    assert.is(dialer.status, 'reset', 'the other side saw a reset');
  }
});

test('bytes pass both ways in order; the other side\'s close ends the readable side', async () => {
  const { dialer, listener } = await pair();
  const a = new WireSocket(streamTransport(dialer));
  const b = new WireSocket(streamTransport(listener));
  const got: Buffer[] = [];
  b.on('data', (chunk: Buffer) => got.push(chunk));
  const ended = new Promise<void>((resolve) => b.once('end', () => resolve()));
  for (let i = 0; i < 100; i++) a.write(Buffer.from(`${i},`));
  a.end();
  await ended;
  assert.is(Buffer.concat(got).toString(), Array.from({ length: 100 }, (_, i) => `${i},`).join(''));
  assert.is(b.bytesRead, Buffer.concat(got).length);
  b.end();
  for (let i = 0; i < 50 && listener.status !== 'closed'; i++) await tick(10);
  assert.is(listener.status, 'closed');
});

test.run();
