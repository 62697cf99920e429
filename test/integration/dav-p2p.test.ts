/**
 * WebDAV over libp2p (`/mesh-share/dav/1.0.0`) between two real libp2p nodes
 * on loopback, answered by a real RequestPipeline with the real WebDAV step
 * on a temp share: GET/PUT/PROPFIND through the DAV client, the principal
 * is the dialer's Noise-proven PeerId, a large file streams both ways
 * without being held in memory, raw pipelined HTTP (tickets included) works
 * on a stream, and a peer that opens too many streams, stalls a head or
 * goes silent is cut off. The client's timeouts, cancel and "unsupported"
 * are checked too, and identify advertises the protocol.
 */
import '../../agent/node20.js';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateKeyPair } from '@libp2p/crypto/keys';
import type { Stream } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import { createBasicAuthStep } from '../../web/auth/basic-auth-step.js';
import { HtpasswdFile } from '../../web/auth/htpasswd.js';
import { createDavStep, type DavStep } from '../../web/dav/dav-step.js';
import { ShareFs } from '../../web/dav/share-fs.js';
import { RequestPipeline, type Principal, type RequestStep } from '../../web/pipeline.js';
import { WireSocket } from '../../web/wire/wire-socket.js';
import { startP2pNode, type P2pNode } from '../../protocols/p2p-node.js';
import { ProtocolHost } from '../../protocols/protocol-host.js';
import { DAV_PROTOCOL, davProtocol, type DavProtocol } from '../../protocols/dav/dav-protocol.js';
import { DavClient, DavClientError } from '../../protocols/dav/dav-client.js';
import { streamTransport } from '../../protocols/dav/stream-transport.js';
import { until } from '../helpers/until.js';
import { ResponseReader, silentLogger } from '../helpers/wire-http.js';

const MiB = 1024 * 1024;
const log = silentLogger();

interface Side {
  node: P2pNode;
  host: ProtocolHost;
}

let dir = '';
let server: Side;
let client: Side;
let plugin: DavProtocol;
let pipeline: RequestPipeline;
let dav: DavStep;
let htpasswd: HtpasswdFile;
let davClient: DavClient;
/** Principals and methods as the pipeline saw them, in order. */
const seen: Array<{ method: string; principal: Principal; origin: string }> = [];

async function startSide(register?: (host: ProtocolHost) => void): Promise<Side> {
  const node = await startP2pNode({ privateKey: await generateKeyPair('Ed25519'), host: '127.0.0.1', port: 0, discovery: false, mdnsQueryIntervalMs: 10_000, log });
  const host = new ProtocolHost({ libp2p: node.libp2p, log, stopTimeoutMs: 2_000, lingerMs: 2_000 });
  register?.(host);
  await host.start();
  return { node, host };
}

/** Test-only: records who asked, answers `/_whoami` (and `/_stall`, never) itself, passes the rest on. */
const recordStep: RequestStep = {
  name: 'record',
  async handle(ctx, next) {
    seen.push({ method: ctx.method, principal: ctx.principal, origin: ctx.origin });
    if (ctx.rawPath === '/_whoami') {
      let bytes = 0;
      for await (const chunk of ctx.req as AsyncIterable<Buffer>) bytes += chunk.length;
      const body = `${JSON.stringify({ method: ctx.method, principal: ctx.principal, bytes })}\n`;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      ctx.res.end(body);
      return;
    }
    if (ctx.rawPath === '/_stall') {
      await new Promise<void>((resolve) => ctx.res.once('close', () => resolve()));
      return;
    }
    await next();
  },
};

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dav-p2p-'));
  await mkdir(join(dir, 'share'));
  await mkdir(join(dir, 'data'));
  const share = await ShareFs.open(join(dir, 'share'), join(dir, 'data', 'staging'));
  dav = await createDavStep({ share, dataDir: join(dir, 'data'), log, maxUploadBytes: 1024 * MiB, maxXmlBytes: MiB });
  htpasswd = await HtpasswdFile.open(join(dir, 'data', 'htpasswd'), log);
  // The agent's order: authentication (peers pass, already identified), then the share.
  pipeline = new RequestPipeline([createBasicAuthStep({ htpasswd, realm: 'mesh-share', log }), recordStep, dav], { log, scheme: 'https' });
  plugin = davProtocol({
    listener: pipeline.listener,
    log,
    limits: { maxStreamsPerPeer: 3, maxStreams: 10, headersTimeoutMs: 1_000, idleTimeoutMs: 1_500, keepAliveTimeoutMs: 500 },
  });
  server = await startSide((host) => host.register(plugin));
  client = await startSide();
  await client.node.libp2p.peerStore.merge(peerIdFromString(server.node.peerId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${server.node.port}`)] });
  await server.node.libp2p.peerStore.merge(peerIdFromString(client.node.peerId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${client.node.port}`)] });
  davClient = new DavClient({ host: client.host, connect: (peerId, signal) => client.node.connect(peerId, signal), log, timeouts: { idleMs: 5_000 } });
});

test.after(async () => {
  for (const side of [client, server]) {
    await side.host.stop();
    await side.node.stop();
  }
  await dav.close();
  htpasswd.close();
  await rm(dir, { recursive: true, force: true });
});

/** Resolves when `promise` rejects (and `check` accepts the error); fails when it resolves. */
async function rejects(promise: Promise<unknown>, check: ((error: unknown) => boolean) | string = () => true): Promise<void> {
  let outcome: { error: unknown } | null = null;
  try {
    await promise;
  } catch (error) {
    outcome = { error };
  }
  assert.ok(outcome !== null, typeof check === 'string' ? check : 'expected a rejection');
  if (typeof check === 'function') assert.ok(check(outcome.error), `unexpected error: ${String(outcome.error)}`);
}

function openRaw(): Promise<Stream> {
  return client.host.open(server.node.peerId, DAV_PROTOCOL, { signal: AbortSignal.timeout(10_000), connect: (peerId, signal) => client.node.connect(peerId, signal) });
}

test('PUT, GET and PROPFIND over libp2p, as the dialer\'s PeerId, with no password', async () => {
  const before = pipeline.requestsServed;
  seen.length = 0;
  const put = await davClient.request(server.node.peerId, { method: 'PUT', path: '/hello.txt', headers: { 'content-type': 'text/plain' }, body: 'hello over libp2p\n' });
  assert.is(put.status, 201, await put.text());
  assert.is(await readFile(join(dir, 'share', 'hello.txt'), 'utf8'), 'hello over libp2p\n');

  const get = await davClient.request(server.node.peerId, { method: 'GET', path: '/hello.txt' });
  assert.is(get.status, 200);
  assert.is(await get.text(), 'hello over libp2p\n');
  assert.ok(get.headers.etag, 'an ETag');

  const propfind = await davClient.request(server.node.peerId, {
    method: 'PROPFIND',
    path: '/',
    headers: { depth: '1', 'content-type': 'application/xml' },
    body: '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:getcontentlength/><D:resourcetype/></D:prop></D:propfind>',
  });
  assert.is(propfind.status, 207);
  const xml = await propfind.text();
  assert.match(xml, /<D:href>\/hello\.txt<\/D:href>/);
  assert.match(xml, /<D:getcontentlength>18<\/D:getcontentlength>/);

  assert.is(pipeline.requestsServed - before, 3, 'the same pipeline counted them');
  for (const entry of seen) {
    assert.equal(entry.principal, { kind: 'peer', peerId: client.node.peerId });
    assert.ok(entry.origin.startsWith('http://'), entry.origin);
  }
});

test('a large file streams both ways without being held: the sender never runs far ahead of what the other side took', async () => {
  const size = 96 * MiB;
  const seed = createHash('sha512').update('seed').digest();
  const piece = Buffer.alloc(256 * 1024);
  for (let i = 0; i < piece.length; i++) piece[i] = seed[i % seed.length]! ^ (i >> 8);
  // The server side's adapted socket of the request being served: what it really read and wrote.
  let serverSocket: WireSocket | null = null;
  const onRequest = (req: { socket: unknown }): void => {
    serverSocket = req.socket as WireSocket;
  };
  plugin.server.on('request', onRequest);
  try {
    // Upload: the generator is pulled only as fast as the server takes bytes in.
    const sent = createHash('sha256');
    let generated = 0;
    let aheadOnUpload = 0;
    async function* generate(): AsyncGenerator<Uint8Array> {
      for (let at = 0; at < size; at += piece.length) {
        if (serverSocket) aheadOnUpload = Math.max(aheadOnUpload, generated - serverSocket.bytesRead);
        sent.update(piece);
        generated += piece.length;
        yield piece;
      }
    }
    const put = await davClient.request(server.node.peerId, { method: 'PUT', path: '/big.bin', headers: { 'content-length': String(size) }, body: Readable.from(generate()), timeouts: { idleMs: 20_000 } });
    assert.is(put.status, 201, await put.text());
    assert.ok(aheadOnUpload < 8 * MiB, `the upload ran ${(aheadOnUpload / MiB).toFixed(1)} MiB ahead of the server`);

    // Download: stop reading for a while; the server stops sending soon after.
    const get = await davClient.request(server.node.peerId, { method: 'GET', path: '/big.bin', timeouts: { idleMs: 20_000 } });
    assert.is(get.status, 200);
    assert.is(get.headers['content-length'], String(size));
    const received = createHash('sha256');
    let bytes = 0;
    let chunks = 0;
    let paused = false;
    let aheadOnDownload = 0;
    for await (const chunk of get.body as AsyncIterable<Buffer>) {
      received.update(chunk);
      bytes += chunk.length;
      chunks += 1;
      if (!paused && bytes > 16 * MiB) {
        paused = true;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const written = (serverSocket as WireSocket | null)?.bytesWritten ?? 0;
        aheadOnDownload = written - bytes;
      }
    }
    assert.is(bytes, size);
    assert.is(received.digest('hex'), sent.digest('hex'));
    assert.ok(chunks > 50, `arrived in ${chunks} chunks`);
    assert.ok(aheadOnDownload < 8 * MiB, `while the reader paused, the server was ${(aheadOnDownload / MiB).toFixed(1)} MiB ahead`);
  } finally {
    plugin.server.off('request', onRequest);
  }
});

test('raw HTTP on a stream: pipelined MKTICKET, GET, DELTICKET and a chunked PUT, then a half-close, all answered', async () => {
  const stream = await openRaw();
  const socket = new WireSocket(streamTransport(stream));
  const reader = new ResponseReader(socket);
  socket.write(
    'MKTICKET /_whoami HTTP/1.1\r\nHost: peer\r\nContent-Type: text/xml\r\nContent-Length: 5\r\n\r\nhello' +
      'GET /hello.txt HTTP/1.1\r\nHost: peer\r\n\r\n' +
      'DELTICKET /_whoami HTTP/1.1\r\nHost: peer\r\nTicket: t1\r\n\r\n' +
      'PUT /raw.txt HTTP/1.1\r\nHost: peer\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nraw \r\n5\r\nbytes\r\n0\r\n\r\n' +
      'MKTICKET /_whoami HTTP/1.1\r\nHost: peer\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  );
  socket.end();
  const first = await reader.next();
  assert.equal(JSON.parse(first.body.toString('utf8')), { method: 'MKTICKET', principal: { kind: 'peer', peerId: client.node.peerId }, bytes: 5 });
  const second = await reader.next();
  assert.is(second.status, 200);
  assert.is(second.body.toString('utf8'), 'hello over libp2p\n');
  assert.is((JSON.parse((await reader.next()).body.toString('utf8')) as { method: string }).method, 'DELTICKET');
  assert.is((await reader.next()).status, 201);
  assert.equal(JSON.parse((await reader.next()).body.toString('utf8')), { method: 'MKTICKET', principal: { kind: 'peer', peerId: client.node.peerId }, bytes: 3 });
  assert.ok(await reader.waitClosed(3_000), 'the server closed after the last answer');
  assert.is(await readFile(join(dir, 'share', 'raw.txt'), 'utf8'), 'raw bytes');
  // Unknown methods are still refused by the parser, as over HTTPS.
  const other = new WireSocket(streamTransport(await openRaw()));
  const otherReader = new ResponseReader(other);
  other.write('FROB / HTTP/1.1\r\nHost: peer\r\n\r\n');
  assert.is((await otherReader.next()).status, 501);
  other.destroy();
});

test('a peer is limited: streams beyond its share are reset, a stalled head and a silent stream are cut, and it is served again afterwards', async () => {
  // Three streams per peer: hold three open (each mid-upload), the fourth is refused.
  const held: WireSocket[] = [];
  for (let i = 0; i < 3; i++) {
    const socket = new WireSocket(streamTransport(await openRaw()));
    socket.on('error', () => undefined);
    socket.write('PUT /_whoami HTTP/1.1\r\nHost: peer\r\nContent-Length: 1000000\r\n\r\nabc');
    held.push(socket);
  }
  await until('three DAV streams being served', () => plugin.activeStreams === 3, 5_000, 20);
  const fourth = new WireSocket(streamTransport(await openRaw()));
  const fourthReader = new ResponseReader(fourth);
  fourth.write('GET /hello.txt HTTP/1.1\r\nHost: peer\r\n\r\n');
  await rejects(fourthReader.next(3_000), 'the fourth stream gets no answer');
  assert.ok(fourthReader.closed, 'and is reset');
  assert.is(plugin.activeStreams, 3);
  for (const socket of held) socket.destroy();
  await until('the held streams released', () => plugin.activeStreams === 0, 5_000, 20);

  // A head that trickles in is cut at the header deadline, though bytes keep coming.
  {
    const socket = new WireSocket(streamTransport(await openRaw()));
    const reader = new ResponseReader(socket);
    socket.write('MKTICKET / HTTP/1.1\r\nHost: peer\r\n');
    const started = Date.now();
    const trickle = setInterval(() => {
      if (!socket.destroyed && socket.writable) socket.write('X-A: b\r\n');
    }, 200);
    const closed = await reader.waitClosed(5_000);
    clearInterval(trickle);
    const took = Date.now() - started;
    assert.ok(closed, 'cut');
    assert.ok(took >= 900 && took < 3_000, `after ${took} ms`);
    socket.destroy();
  }
  // A stream that goes silent mid-upload is cut after the idle timeout.
  {
    const socket = new WireSocket(streamTransport(await openRaw()));
    const reader = new ResponseReader(socket);
    socket.write('PUT /silent.bin HTTP/1.1\r\nHost: peer\r\nContent-Length: 100\r\n\r\n0123456789');
    const started = Date.now();
    assert.ok(await reader.waitClosed(5_000), 'cut');
    const took = Date.now() - started;
    assert.ok(took >= 1_300 && took < 3_500, `after ${took} ms of silence`);
    socket.destroy();
  }
  // An idle kept-alive stream is closed after the keep-alive timeout.
  {
    const socket = new WireSocket(streamTransport(await openRaw()));
    const reader = new ResponseReader(socket);
    socket.write('GET /hello.txt HTTP/1.1\r\nHost: peer\r\n\r\n');
    assert.is((await reader.next()).status, 200);
    const started = Date.now();
    assert.ok(await reader.waitClosed(5_000));
    assert.ok(Date.now() - started < 3_000);
    socket.destroy();
  }
  await until('nothing left open', () => plugin.activeStreams === 0, 5_000, 20);
  const again = await davClient.request(server.node.peerId, { method: 'GET', path: '/hello.txt' });
  assert.is(again.status, 200);
  await again.text();
});

test('the client: idle timeout, cancel while reading a body, and a peer without the protocol', async () => {
  await rejects(
    davClient.request(server.node.peerId, { method: 'GET', path: '/_stall', timeouts: { idleMs: 800 } }),
    (error: unknown) => error instanceof DavClientError && error.code === 'timeout',
  );

  const controller = new AbortController();
  const get = await davClient.request(server.node.peerId, { method: 'GET', path: '/big.bin', signal: controller.signal });
  assert.is(get.status, 200);
  let bytes = 0;
  await rejects(
    (async () => {
      for await (const chunk of get.body as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > 4 * MiB) controller.abort();
      }
    })(),
  );
  assert.ok(bytes < 96 * MiB);
  await until('the cancelled stream released on the server', () => plugin.activeStreams === 0, 5_000, 20);

  const early = new AbortController();
  early.abort();
  await rejects(davClient.request(server.node.peerId, { method: 'GET', path: '/hello.txt', signal: early.signal }));

  // The client node does not serve the protocol.
  const back = new DavClient({ host: server.host, connect: (peerId, signal) => server.node.connect(peerId, signal), log });
  await rejects(
    back.request(client.node.peerId, { method: 'GET', path: '/' }),
    (error: unknown) => error instanceof DavClientError && error.code === 'unsupported',
  );
});

test('identify advertises the protocol', async () => {
  const peer = await until(
    'the server\'s protocols in the client\'s peer store',
    async () => {
      const entry = await client.node.libp2p.peerStore.get(peerIdFromString(server.node.peerId)).catch(() => null);
      return entry && entry.protocols.includes(DAV_PROTOCOL) ? entry : null;
    },
    5_000,
  );
  assert.ok(peer.protocols.includes(DAV_PROTOCOL));
  assert.ok(server.node.libp2p.getProtocols().includes(DAV_PROTOCOL));
});

test.run();
