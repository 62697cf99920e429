import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ticketFramerOptions, WireIncomingMessage } from '../../web/wire/requests.js';
import { HeadersTimeoutError, WireSocket, type TransportSink, type WireTransport } from '../../web/wire/wire-socket.js';

/** An in-memory transport whose every move the test controls and sees. */
class FakeTransport implements WireTransport {
  sink!: TransportSink;
  paused = false;
  pauses = 0;
  written: Buffer[] = [];
  /** When set, writes are taken but not acknowledged until release(). */
  hold = false;
  private held: Array<(error?: Error | null) => void> = [];
  ended = false;
  destroyed: { error: Error | null; graceful: boolean } | null = null;
  noDelay: boolean | null = null;
  readonly info = { remoteAddress: '10.1.2.3', remotePort: 4321, remoteFamily: 'IPv4', localAddress: '10.1.2.4', localPort: 443, encrypted: true };

  start(sink: TransportSink): void {
    this.sink = sink;
  }
  pause(): void {
    this.paused = true;
    this.pauses += 1;
  }
  resume(): void {
    this.paused = false;
  }
  write(chunk: Buffer, done: (error?: Error | null) => void): void {
    this.written.push(chunk);
    if (this.hold) this.held.push(done);
    else done();
  }
  release(): void {
    const held = this.held;
    this.held = [];
    for (const done of held) done();
  }
  end(done: (error?: Error | null) => void): void {
    this.ended = true;
    done();
  }
  destroy(error: Error | null, graceful: boolean): void {
    this.destroyed = { error, graceful };
  }
  setNoDelay(noDelay: boolean): void {
    this.noDelay = noDelay;
  }
  text(): string {
    return Buffer.concat(this.written).toString('latin1');
  }
}

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function echoServer(): ReturnType<typeof createServer> {
  return createServer({ IncomingMessage: WireIncomingMessage }, (req: IncomingMessage, res: ServerResponse) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => res.end(`${req.method} ${req.url} ${bytes}\n`));
  });
}

test('requests reach node:http with the method their client sent, in order, and answers go out through the transport', async () => {
  const server = echoServer();
  const transport = new FakeTransport();
  const socket = new WireSocket(transport, { framer: ticketFramerOptions(16 * 1024) });
  server.emit('connection', socket);
  transport.sink.data(Buffer.from('MKTICKET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcDELTI'));
  transport.sink.data(Buffer.from('CKET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2;e\r\nhi\r\n0\r\n\r\n'));
  transport.sink.data(Buffer.from('MKACTIVITY /d HTTP/1.1\r\nHost: x\r\n\r\n'));
  await tick(20);
  const bodies = [...transport.text().matchAll(/^([A-Z]+ \/\w+ \d+)$/gm)].map((match) => match[1]);
  assert.equal(bodies, ['MKTICKET /a 3', 'DELTICKET /b 0', 'GET /c 2', 'MKACTIVITY /d 0']);
  assert.is(socket.remoteAddress, '10.1.2.3');
  assert.is(socket.remotePort, 4321);
  assert.is(socket.encrypted, true);
  socket.destroy();
});

test('a parser that disagrees with the framer about a request gets its connection cut', async () => {
  const transport = new FakeTransport();
  const socket = new WireSocket(transport, { framer: ticketFramerOptions(1024) });
  socket.on('error', () => undefined);
  socket.on('data', () => undefined);
  transport.sink.data(Buffer.from('MKTICKET / HTTP/1.1\r\n'));
  const message = new WireIncomingMessage(socket as never);
  message.method = 'GET';
  assert.is(message.method, 'GET', 'the parser\'s view is kept, never the record of another request');
  await tick();
  assert.ok(socket.destroyed);
  const plain = new WireIncomingMessage(new WireSocket(new FakeTransport()) as never);
  plain.method = 'UNBIND';
  assert.is(plain.method, 'UNBIND', 'no framer, no record: the parser\'s method');
});

test('inbound backpressure: a full readable side pauses the transport, reading resumes it', async () => {
  const transport = new FakeTransport();
  const socket = new WireSocket(transport, { readableHighWaterMark: 1024 });
  for (let i = 0; i < 4; i++) transport.sink.data(Buffer.alloc(512));
  assert.ok(transport.paused, 'paused once past the high-water mark');
  assert.is(transport.pauses, 1);
  socket.read();
  await tick();
  assert.not.ok(transport.paused, 'resumed by a read');
  socket.destroy();
});

test('outbound backpressure: writes wait for the transport', async () => {
  const transport = new FakeTransport();
  transport.hold = true;
  const socket = new WireSocket(transport, { writableHighWaterMark: 1024 });
  assert.ok(socket.write(Buffer.alloc(100)));
  assert.not.ok(socket.write(Buffer.alloc(2000)), 'full');
  let drained = false;
  socket.once('drain', () => (drained = true));
  await tick();
  assert.not.ok(drained);
  transport.release();
  await tick();
  transport.release();
  await tick();
  assert.ok(drained);
  assert.is(socket.bytesWritten, 2100);
  socket.destroy();
});

test('setTimeout: an idle timer refreshed by bytes either way, 0 turns it off', async () => {
  const transport = new FakeTransport();
  const socket = new WireSocket(transport);
  socket.on('data', () => undefined);
  let timeouts = 0;
  socket.on('timeout', () => (timeouts += 1));
  socket.setTimeout(80);
  assert.is(socket.timeout, 80);
  for (let i = 0; i < 4; i++) {
    await tick(40);
    if (i % 2 === 0) transport.sink.data(Buffer.from('x'));
    else socket.write('y');
  }
  assert.is(timeouts, 0, 'kept alive by traffic');
  await tick(130);
  assert.is(timeouts, 1);
  socket.setTimeout(0);
  await tick(120);
  assert.is(timeouts, 1);
  let called = false;
  socket.setTimeout(30, () => (called = true));
  await tick(80);
  assert.ok(called, 'the callback form');
  socket.destroy();
});

test('close propagation both ways, and what counts as a graceful end', async () => {
  {
    const transport = new FakeTransport();
    const socket = new WireSocket(transport);
    let error: Error | null = null;
    socket.on('error', (e) => (error = e));
    transport.sink.close(new Error('reset by peer'));
    await tick();
    assert.ok(socket.destroyed);
    assert.is((error as Error | null)?.message, 'reset by peer');
    assert.is(transport.destroyed, null, 'a transport that closed itself is not destroyed again');
  }
  {
    const transport = new FakeTransport();
    const socket = new WireSocket(transport);
    let closed = false;
    socket.on('close', () => (closed = true));
    transport.sink.close();
    await tick();
    assert.ok(closed);
  }
  {
    const transport = new FakeTransport();
    const socket = new WireSocket(transport);
    socket.destroy();
    await tick();
    assert.equal(transport.destroyed, { error: null, graceful: false }, 'cut before our side ended');
  }
  {
    const transport = new FakeTransport();
    const socket = new WireSocket(transport);
    socket.on('data', () => undefined);
    socket.destroySoon();
    await tick();
    assert.ok(transport.ended, 'ended first');
    assert.ok(socket.destroyed);
    assert.equal(transport.destroyed, { error: null, graceful: true }, 'then destroyed gracefully');
  }
  {
    const transport = new FakeTransport();
    const socket = new WireSocket(transport);
    socket.on('error', () => undefined);
    socket.destroy(new Error('boom'));
    await tick();
    assert.is(transport.destroyed?.error?.message, 'boom');
    assert.is(transport.destroyed?.graceful, false);
  }
});

test('the end of input releases a held method prefix, then ends the readable side', async () => {
  const transport = new FakeTransport();
  const socket = new WireSocket(transport, { framer: ticketFramerOptions(1024) });
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => socket.once('end', () => resolve()));
  transport.sink.data(Buffer.from('MKTI'));
  await tick();
  assert.is(Buffer.concat(chunks).toString(), '', 'held while it may still be MKTICKET');
  transport.sink.end();
  await ended;
  assert.is(Buffer.concat(chunks).toString(), 'MKTI');
  socket.destroy();
});

test('the head deadline cuts a head that takes too long, from its first byte, and only heads', async () => {
  {
    const transport = new FakeTransport();
    const socket = new WireSocket(transport, { framer: ticketFramerOptions(1024), headersTimeoutMs: 60 });
    let error: Error | null = null;
    socket.on('error', (e) => (error = e));
    socket.on('data', () => undefined);
    transport.sink.data(Buffer.from('GET / HTTP/1.1\r\n'));
    for (let i = 0; i < 4; i++) {
      await tick(25);
      if (!socket.destroyed) transport.sink.data(Buffer.from('X: y\r\n'));
    }
    assert.ok(socket.destroyed);
    assert.ok((error as unknown) instanceof HeadersTimeoutError);
  }
  {
    const transport = new FakeTransport();
    const socket = new WireSocket(transport, { framer: ticketFramerOptions(1024), headersTimeoutMs: 60 });
    socket.on('data', () => undefined);
    transport.sink.data(Buffer.from('PUT / HTTP/1.1\r\nContent-Length: 10\r\n\r\nab'));
    await tick(120);
    assert.not.ok(socket.destroyed, 'a slow body is the idle timer\'s business, not the head deadline\'s');
    transport.sink.data(Buffer.from('cdefghij'));
    await tick(120);
    assert.not.ok(socket.destroyed, 'nothing started: no deadline');
    socket.destroy();
  }
});

test('socket methods node:http and callers use', () => {
  const transport = new FakeTransport();
  const socket = new WireSocket(transport);
  assert.is(socket.setNoDelay(true), socket);
  assert.is(transport.noDelay, true);
  assert.is(socket.setKeepAlive(true, 1000), socket);
  assert.is(socket.ref(), socket);
  assert.is(socket.unref(), socket);
  assert.equal(socket.address(), { address: '10.1.2.4', family: 'IPv4', port: 443 });
  assert.is(socket.readyState, 'open');
  assert.is(socket.connecting, false);
  socket.destroy();
  assert.is(socket.readyState, 'closed');
});

test.run();
