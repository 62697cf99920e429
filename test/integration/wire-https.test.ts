/**
 * MKTICKET and DELTICKET on the wire over the real HTTPS server: stock curl,
 * keep-alive and pipelined raw TLS connections mixing them with GET and
 * PUT, chunked bodies with extensions and trailers, split at random places;
 * and every limit the server had before the request-line rewriter was put
 * in front of Node's parser (header deadline, idle and keep-alive timeouts,
 * header size, connection count, handshake timeout, close grace), plus
 * backpressure both ways and close propagation.
 *
 * The tickets feature itself is another part of the project: a test-only
 * step echoes the method and body the pipeline saw.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadOrCreateCertificate } from '../../agent/certificate.js';
import { startHttpsServer, type HttpsServerLimits, type RunningHttpsServer } from '../../web/https-server.js';
import { RequestPipeline } from '../../web/pipeline.js';
import { openTcp, openTls } from '../helpers/raw-https.js';
import { echoStep, report, ResponseReader, sha256Hex, silentLogger } from '../helpers/wire-http.js';
import { runProcess, type RunResult } from '../helpers/agent-process.js';

const log = silentLogger();
let dir = '';
let key = '';
let cert = '';
const servers: RunningHttpsServer[] = [];
const seen: string[] = [];

async function serve(limits?: HttpsServerLimits): Promise<RunningHttpsServer> {
  const pipeline = new RequestPipeline([echoStep({ onRequest: (method) => seen.push(method) })], { log, scheme: 'https' });
  const server = await startHttpsServer({ host: '127.0.0.1', port: 0, key, cert, listener: pipeline.listener, log, ...(limits ? { limits } : {}) });
  servers.push(server);
  return server;
}

/** Stock curl over HTTPS (self-signed certificate accepted). */
function curl(args: string[]): Promise<RunResult> {
  return runProcess('curl', ['-sS', '-k', ...args]);
}

/** A small deterministic PRNG so a failing split can be replayed. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

/** Writes `bytes` in pieces cut at random places, waiting a tick between some of them. */
async function writeSplit(socket: Socket, bytes: Buffer, random: () => number, maxPiece = 64): Promise<void> {
  let at = 0;
  while (at < bytes.length) {
    const size = 1 + Math.floor(random() * maxPiece);
    const piece = bytes.subarray(at, at + size);
    at += piece.length;
    if (!socket.write(piece)) await new Promise((resolve) => socket.once('drain', resolve));
    if (random() < 0.2) await new Promise((resolve) => setImmediate(resolve));
  }
}

function chunked(body: Buffer, pieces: number[], options: { extensions?: boolean; trailers?: string } = {}): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (const size of pieces) {
    const piece = body.subarray(at, at + size);
    if (piece.length === 0) break;
    at += piece.length;
    out.push(Buffer.from(`${piece.length.toString(16)}${options.extensions ? ';ext=1;q="a;b"' : ''}\r\n`, 'latin1'), piece, Buffer.from('\r\n'));
  }
  if (at < body.length) out.push(Buffer.from(`${(body.length - at).toString(16)}\r\n`), body.subarray(at), Buffer.from('\r\n'));
  out.push(Buffer.from(`0${options.extensions ? ';end' : ''}\r\n${options.trailers ?? ''}\r\n`, 'latin1'));
  return Buffer.concat(out);
}

interface Planned {
  bytes: Buffer;
  method: string;
  path: string;
  body: Buffer;
  trailers?: Record<string, string>;
}

/** A mixed batch: tickets with Content-Length and chunked bodies, GET, PUT chunked with extensions and trailers, a literal MKACTIVITY. */
function batch(round: number): Planned[] {
  const info = Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?>\n<D:ticketinfo xmlns:D="http://www.xythos.com/namespaces/StorageServer"><D:privilege><D:read/></D:privilege><D:timeout>Second-${3600 + round}</D:timeout><D:visits>infinity</D:visits></D:ticketinfo>`,
  );
  const upload = Buffer.from(`DELTICKET /not-a-request HTTP/1.1\r\nHost: x\r\n\r\n`.repeat(20 + round));
  const plan: Planned[] = [];
  const add = (method: string, path: string, headers: string, body: Buffer, wire: Buffer = body, trailers?: Record<string, string>): void => {
    plan.push({ bytes: Buffer.concat([Buffer.from(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`, 'latin1'), wire]), method, path, body, ...(trailers ? { trailers } : {}) });
  };
  add('MKTICKET', `/docs/${round}/`, `Content-Type: text/xml\r\nContent-Length: ${info.length}\r\n`, info);
  add('GET', '/a', '', Buffer.alloc(0));
  add('PUT', '/up.txt', 'Transfer-Encoding: chunked\r\n', upload, chunked(upload, [1, 7, 300, 2], { extensions: true, trailers: 'X-Check: MKTICKET\r\n' }), { 'x-check': 'MKTICKET' });
  add('DELTICKET', `/docs/${round}/`, 'Ticket: abcdef\r\n', Buffer.alloc(0));
  add('MKTICKET', '/c', 'Transfer-Encoding: chunked\r\n', info, chunked(info, [5, 5, 100]));
  add('PUT', '/b.txt', `Content-Length: ${upload.length}\r\n`, upload);
  add('MKACTIVITY', '/literal', '', Buffer.alloc(0));
  add('DELTICKET', '/x', 'Content-Length: 0\r\n', Buffer.alloc(0));
  return plan;
}

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wire-https-'));
  ({ key, cert } = await loadOrCreateCertificate(dir, log));
});

test.after(async () => {
  for (const server of servers) await server.close();
  await rm(dir, { recursive: true, force: true });
});

test('stock curl: MKTICKET with a body, DELTICKET with a Ticket header, a chunked MKTICKET, and two requests on one kept-alive connection', async () => {
  const server = await serve();
  const url = `https://127.0.0.1:${server.port}`;
  const info = '<?xml version="1.0"?><D:ticketinfo xmlns:D="http://www.xythos.com/namespaces/StorageServer"><D:privilege><D:write/></D:privilege></D:ticketinfo>';
  const file = join(dir, 'ticketinfo.xml');
  await writeFile(file, info);

  let r = await curl(['-X', 'MKTICKET', '-H', 'Content-Type: text/xml', '--data-binary', `@${file}`, `${url}/docs/`]);
  assert.is(r.code, 0, r.stderr);
  let echo = JSON.parse(r.stdout) as ReturnType<typeof report>;
  assert.is(echo.method, 'MKTICKET');
  assert.is(echo.path, '/docs/');
  assert.is(echo.sha256, sha256Hex(info));
  assert.is(echo.encrypted, true);
  assert.is(echo.remoteAddress, '127.0.0.1');

  r = await curl(['-X', 'DELTICKET', '-H', 'Ticket: 0123abcd', `${url}/docs/`]);
  assert.is(r.code, 0, r.stderr);
  echo = JSON.parse(r.stdout) as ReturnType<typeof report>;
  assert.is(echo.method, 'DELTICKET');
  assert.is(echo.bytes, 0);

  r = await curl(['-X', 'MKTICKET', '-H', 'Transfer-Encoding: chunked', '--data-binary', `@${file}`, `${url}/chunked/`]);
  assert.is(r.code, 0, r.stderr);
  echo = JSON.parse(r.stdout) as ReturnType<typeof report>;
  assert.is(echo.method, 'MKTICKET');
  assert.is(echo.sha256, sha256Hex(info));

  // -X applies to both URLs; curl reuses the connection (one connect in all).
  r = await curl(['-X', 'DELTICKET', '-H', 'Ticket: t', '-w', '\\n%{num_connects}\\n', `${url}/one`, `${url}/two`]);
  assert.is(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n').filter((line) => line !== '');
  assert.is(lines.length, 4, r.stdout);
  assert.is((JSON.parse(lines[0]!) as { method: string; path: string }).path, '/one');
  assert.is((JSON.parse(lines[2]!) as { method: string; path: string }).method, 'DELTICKET');
  assert.is(lines[1], '1');
  assert.is(lines[3], '0', 'the second request reused the first connection');

  // curl's own unknown method, still refused by the parser (and only that request's connection).
  r = await curl(['-X', 'FROBNICATE', '-w', '%{http_code}', '-o', '/dev/null', `${url}/x`]);
  assert.is(r.stdout, '501');
});

test('pipelined on one TLS connection, cut at random places: tickets mixed with GET and PUT, Content-Length and chunked bodies with extensions and trailers', async () => {
  const server = await serve();
  for (let round = 0; round < 12; round++) {
    const random = prng(round + 1);
    const socket = await openTls(server.port);
    const reader = new ResponseReader(socket);
    const plan = [...batch(round), ...batch(round + 100)];
    const all = Buffer.concat(plan.map((p) => p.bytes));
    const writing = writeSplit(socket, all, random, round % 3 === 0 ? 3 : 200);
    for (const [i, planned] of plan.entries()) {
      const echo = report(await reader.next());
      assert.is(echo.method, planned.method, `round ${round} request ${i}`);
      assert.is(echo.path, planned.path);
      assert.is(echo.bytes, planned.body.length);
      assert.is(echo.sha256, sha256Hex(planned.body));
      if (planned.trailers) assert.equal(echo.trailers, planned.trailers);
    }
    await writing;
    socket.destroy();
  }
});

test('keep-alive without pipelining: each request waits for the previous answer', async () => {
  const server = await serve();
  const socket = await openTls(server.port);
  const reader = new ResponseReader(socket);
  for (const planned of [...batch(7), ...batch(8)]) {
    socket.write(planned.bytes);
    const echo = report(await reader.next());
    assert.is(echo.method, planned.method);
    assert.is(echo.sha256, sha256Hex(planned.body));
  }
  assert.ok(!reader.closed, 'the connection stayed open');
  socket.destroy();
});

test('a large chunked MKTICKET body streams through (many chunks reach the step) and the connection goes on', async () => {
  const server = await serve();
  const socket = await openTls(server.port);
  const reader = new ResponseReader(socket);
  const random = prng(99);
  const size = 48 * 1024 * 1024;
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < block.length; i++) block[i] = Math.floor(random() * 256);
  socket.write('MKTICKET /big HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
  let expected = '';
  const hash = (await import('node:crypto')).createHash('sha256');
  for (let sent = 0; sent < size; sent += block.length) {
    const piece = block.subarray(0, 1024 * 1024 - (sent % 7));
    hash.update(piece);
    const framed = Buffer.concat([Buffer.from(`${piece.length.toString(16)};n=${sent}\r\n`), piece, Buffer.from('\r\n')]);
    if (!socket.write(framed)) await new Promise((resolve) => socket.once('drain', resolve));
  }
  expected = hash.digest('hex');
  socket.write('0\r\n\r\nDELTICKET /big HTTP/1.1\r\nHost: x\r\nTicket: t\r\n\r\n');
  const big = report(await reader.next(60_000));
  assert.is(big.method, 'MKTICKET');
  assert.is(big.sha256, expected);
  assert.ok(big.chunks > 100, `streamed in ${big.chunks} chunks`);
  assert.is(report(await reader.next()).method, 'DELTICKET');
  socket.destroy();
});

test('what the parser refuses is still refused: unknown and lower-case methods 501, garbage 400, and a literal stand-in method is not taken for a ticket', async () => {
  const server = await serve();
  const exchange = async (bytes: string): Promise<{ status: number; closed: boolean; body: string }> => {
    const socket = await openTls(server.port);
    const reader = new ResponseReader(socket);
    socket.write(bytes);
    const response = await reader.next();
    const closed = await reader.waitClosed(2_000);
    socket.destroy();
    return { status: response.status, closed, body: response.body.toString('utf8') };
  };
  assert.equal((await exchange('FROB / HTTP/1.1\r\nHost: x\r\n\r\n')).status, 501);
  assert.equal((await exchange('mkticket / HTTP/1.1\r\nHost: x\r\n\r\n')).status, 501);
  const garbage = await exchange('MKTICKET / HTTP/1.1\nHost: x\n\n');
  assert.is(garbage.status, 400);
  assert.ok(garbage.closed);
  assert.is((await exchange('PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx')).status, 400);
  const literal = await exchange('MKACTIVITY /a HTTP/1.1\r\nHost: x\r\n\r\n');
  assert.is((JSON.parse(literal.body) as { method: string }).method, 'MKACTIVITY');
  // A ticket method after a refused request on the same connection: the connection is closed, nothing reaches the step.
  const before = seen.length;
  const socket = await openTls(server.port);
  const reader = new ResponseReader(socket);
  socket.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\nMKTICKET / HTTP/1.1\r\nHost: x\r\n\r\n');
  assert.is((await reader.next()).status, 400);
  assert.ok(await reader.waitClosed(2_000));
  assert.is(seen.length, before);
  socket.destroy();
});

test('the server keeps its limits: header deadline, header size, idle and keep-alive timeouts, handshake timeout, connection count, close grace', async () => {
  const server = await serve({ headersTimeoutMs: 1_000, idleTimeoutMs: 1_500, keepAliveTimeoutMs: 300, handshakeTimeoutMs: 800, maxHeaderBytes: 2_048, maxConnections: 4, closeGraceMs: 400 });

  // Header deadline: a ticket request whose headers trickle in gets 408, although bytes keep coming.
  {
    const socket = await openTls(server.port);
    const reader = new ResponseReader(socket);
    socket.write('MKTICKET /slow HTTP/1.1\r\nHost: x\r\n');
    const started = Date.now();
    const trickle = setInterval(() => {
      if (!socket.destroyed) socket.write('X-A: b\r\n');
    }, 200);
    const response = await reader.next(6_000);
    clearInterval(trickle);
    const took = Date.now() - started;
    assert.is(response.status, 408);
    assert.ok(took >= 900 && took < 4_000, `408 after ${took} ms`);
    socket.destroy();
  }

  // Header size: 431 (the parser's limit answers before the framer's).
  {
    const socket = await openTls(server.port);
    const reader = new ResponseReader(socket);
    socket.write(`DELTICKET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(3_000)}\r\n\r\n`);
    assert.is((await reader.next()).status, 431);
    socket.destroy();
  }

  // Idle: an upload that goes silent is cut after the idle timeout.
  {
    const socket = await openTls(server.port);
    const reader = new ResponseReader(socket);
    socket.write('MKTICKET /idle HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789');
    const started = Date.now();
    assert.ok(await reader.waitClosed(5_000), 'closed');
    const took = Date.now() - started;
    assert.ok(took >= 1_300 && took < 3_500, `cut after ${took} ms of silence`);
  }

  // Keep-alive: an idle kept-alive connection is closed after keepAliveTimeout (+1 s Node adds).
  {
    const socket = await openTls(server.port);
    const reader = new ResponseReader(socket);
    socket.write('DELTICKET /ka HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.is(report(await reader.next()).method, 'DELTICKET');
    const started = Date.now();
    assert.ok(await reader.waitClosed(5_000));
    const took = Date.now() - started;
    assert.ok(took >= 1_000 && took < 2_900, `keep-alive closed after ${took} ms`);
  }

  // Handshake timeout: a TCP connection that starts a TLS hello and stops is closed.
  {
    const raw = await openTcp(server.port);
    raw.write(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x50, 0x01, 0x00]));
    const started = Date.now();
    const closed = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 5_000);
      raw.once('close', () => {
        clearTimeout(timer);
        resolve(true);
      });
      raw.on('error', () => undefined);
    });
    assert.ok(closed);
    assert.ok(Date.now() - started < 3_000);
  }

  // Connection count: four are served, the fifth is dropped.
  {
    const open: Socket[] = [];
    for (let i = 0; i < 4; i++) open.push(await openTls(server.port));
    let fifthFailed = false;
    try {
      const fifth = await openTls(server.port, { connectTimeoutMs: 3_000 });
      const reader = new ResponseReader(fifth);
      fifth.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      await reader.next(2_000).catch(() => {
        fifthFailed = true;
      });
      fifth.destroy();
    } catch {
      fifthFailed = true;
    }
    assert.ok(fifthFailed, 'the fifth connection was not served');
    for (const socket of open) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // Close grace: close() lets a stalled upload run for the grace, then cuts it, and resolves.
  {
    const socket = await openTls(server.port);
    const reader = new ResponseReader(socket);
    socket.write('MKTICKET /grace HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await server.close();
    const took = Date.now() - started;
    assert.ok(took >= 300 && took < 2_000, `close took ${took} ms`);
    assert.ok(await reader.waitClosed(2_000));
  }
});

test('backpressure: pipelined downloads nobody reads stop being served; a slow step slows the upload; both finish once unblocked', async () => {
  const server = await serve();
  // Responses: 40 x 1 MiB requested at once, none read.
  {
    const socket = await openTls(server.port);
    const before = seen.length;
    let requests = '';
    for (let i = 0; i < 40; i++) requests += `${i % 2 === 0 ? 'GET' : 'GET'} /bytes/1048576 HTTP/1.1\r\nHost: x\r\n\r\n`;
    socket.pause();
    socket.write(requests);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const served = seen.length - before;
    assert.ok(served < 40, `only ${served} of 40 started while nobody reads`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.is(seen.length - before, served, 'and no more while still blocked');
    const reader = new ResponseReader(socket);
    socket.resume();
    for (let i = 0; i < 40; i++) {
      const response = await reader.next(30_000);
      assert.is(response.status, 200);
      assert.is(response.body.length, 1048576);
    }
    socket.destroy();
  }
  // Requests: a step reading 16 KiB every 20 ms holds the client back.
  {
    const socket = await openTls(server.port);
    const reader = new ResponseReader(socket);
    const size = 64 * 1024 * 1024;
    socket.write(`MKTICKET /slow/20 HTTP/1.1\r\nHost: x\r\nContent-Length: ${size}\r\n\r\n`);
    const block = Buffer.alloc(256 * 1024, 0x62);
    let accepted = 0;
    let blocked = false;
    const started = Date.now();
    while (Date.now() - started < 2_000 && accepted < size) {
      if (socket.write(block)) {
        accepted += block.length;
        continue;
      }
      accepted += block.length;
      const drained = await Promise.race([new Promise((resolve) => socket.once('drain', () => resolve(true))), new Promise((resolve) => setTimeout(() => resolve(false), 2_000 - (Date.now() - started)))]);
      if (!drained) blocked = true;
    }
    assert.ok(blocked || accepted < size, 'the client was held back');
    assert.ok(accepted < 40 * 1024 * 1024, `only ${Math.round(accepted / 1048576)} MiB accepted in 2 s`);
    socket.destroy();
    await reader.waitClosed(1_000);
  }
});

test('close propagation: a client that disappears mid-upload closes the request and the server\'s socket', async () => {
  const server = await serve();
  const sockets: Array<IncomingMessage['socket']> = [];
  const onRequest = (req: IncomingMessage): void => {
    sockets.push(req.socket);
  };
  server.server.on('request', onRequest);
  const socket = await openTls(server.port);
  socket.write('MKTICKET /gone HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n');
  for (let i = 0; i < 50 && sockets.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.is(sockets.length, 1);
  const serverSocket = sockets[0]!;
  assert.is(serverSocket.remoteAddress, '127.0.0.1');
  assert.is(serverSocket.remotePort, socket.localPort);
  assert.is((serverSocket as unknown as { encrypted: boolean }).encrypted, true);
  socket.destroy();
  for (let i = 0; i < 100 && !serverSocket.destroyed; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.ok(serverSocket.destroyed, 'the server\'s socket was destroyed');
  server.server.off('request', onRequest);
});

test.run();
