/**
 * MKTICKET, DELTICKET and the ticketdiscovery property through the share's
 * real pipeline (web/access/share-steps.ts, as the agent assembles it) on a
 * real HTTP server in this process.
 *
 * Node's HTTP parser refuses the methods MKTICKET and DELTICKET on the wire
 * (shared/design/FACTS.md); the wire-level fix and its tests live elsewhere.
 * Here the client sends POST with `X-Test-Method: MKTICKET` and this test's
 * server restores the method before the pipeline sees the request: the
 * pipeline, the steps and the handlers are exactly the agent's. A test-only
 * step before them plays the libp2p transport (`X-Test-Peer: PEERID`).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../agent/logger.js';
import { HtpasswdFile } from '../../web/auth/htpasswd.js';
import { openShareSteps, type ShareSteps } from '../../web/access/share-steps.js';
import { ShareFs } from '../../web/dav/share-fs.js';
import { RequestPipeline, type RequestStep } from '../../web/pipeline.js';
import { TICKET_NS } from '../../web/tickets/ticket-xml.js';
import { childElements, findAll, parseMultistatus, parseXml, textOf } from '../helpers/raw-https.js';

const PEER = `12D3KooW${'P'.repeat(44)}`;
const PASSWORDS: Record<string, string> = { ana: 'ana-pass-1', bruno: 'bruno-pass-1' };

interface Harness {
  dataDir: string;
  shareDir: string;
  steps: ShareSteps;
  server: Server;
  port: number;
  htpasswd: HtpasswdFile;
}

let h: Harness;

async function start(dataDir: string, shareDir: string): Promise<Harness> {
  const htpasswd = await HtpasswdFile.open(join(dataDir, 'htpasswd'), silentLogger, { watch: false });
  for (const [user, password] of Object.entries(PASSWORDS)) if (!htpasswd.has(user)) await htpasswd.setPassword(user, password);
  const share = await ShareFs.open(shareDir, join(dataDir, 'staging'));
  const steps = await openShareSteps({ share, dataDir, htpasswd, realm: 'test', log: silentLogger, maxUploadBytes: 1 << 20, maxXmlBytes: 1 << 20, peerAccess: 'read' });
  const playsPeer: RequestStep = {
    name: 'test-peer',
    handle(ctx, next) {
      const peer = ctx.req.headers['x-test-peer'];
      if (typeof peer === 'string') ctx.principal = { kind: 'peer', peerId: peer };
      return next();
    },
  };
  const pipeline = new RequestPipeline([playsPeer, ...steps.steps], { log: silentLogger, scheme: 'http' });
  const server = createServer((req, res) => {
    const method = req.headers['x-test-method'];
    if (typeof method === 'string') req.method = method;
    pipeline.listener(req, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { dataDir, shareDir, steps, server, port: (server.address() as AddressInfo).port, htpasswd };
}

async function stop(harness: Harness): Promise<void> {
  harness.server.close();
  harness.server.closeAllConnections();
  await harness.steps.close();
  harness.htpasswd.close();
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface SendOptions {
  user?: string;
  peer?: string;
  ticket?: string;
  body?: string;
  headers?: Record<string, string>;
}

function send(method: string, path: string, options: SendOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  const wireMethod = ['MKTICKET', 'DELTICKET'].includes(method) ? 'POST' : method;
  if (wireMethod !== method) headers['x-test-method'] = method;
  if (options.user) headers.authorization = `Basic ${Buffer.from(`${options.user}:${PASSWORDS[options.user]}`).toString('base64')}`;
  if (options.peer) headers['x-test-peer'] = options.peer;
  if (options.ticket) headers.ticket = options.ticket;
  if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: h.port, method: wireMethod, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const ticketInfo = (privilege: string, more = ''): string =>
  `<?xml version="1.0" encoding="utf-8"?><X:ticketinfo xmlns:D="DAV:" xmlns:X="${TICKET_NS}"><D:privilege>${privilege}</D:privilege>${more}</X:ticketinfo>`;
const READ = '<D:read/>';
const READ_WRITE = '<D:read/><D:write/>';

async function mkticket(path: string, options: SendOptions & { privilege?: string; more?: string } = {}): Promise<{ reply: Reply; id: string }> {
  const reply = await send('MKTICKET', path, { user: 'ana', ...options, body: ticketInfo(options.privilege ?? READ, options.more ?? '') });
  return { reply, id: String(reply.headers.ticket ?? '') };
}

const discoveryOf = (body: string): { id: string; timeout: string; visits: string; privileges: string[]; owner: string }[] =>
  findAll(parseXml(body), TICKET_NS, 'ticketinfo').map((info) => ({
    id: textOf(findAll(info, TICKET_NS, 'id')[0]!),
    timeout: textOf(findAll(info, TICKET_NS, 'timeout')[0]!),
    visits: textOf(findAll(info, TICKET_NS, 'visits')[0]!),
    privileges: childElements(findAll(info, 'DAV:', 'privilege')[0]!).map((e) => e.local),
    owner: textOf(findAll(info, 'DAV:', 'href')[0]!),
  }));

const PROPFIND_DISCOVERY = `<?xml version="1.0"?><D:propfind xmlns:D="DAV:" xmlns:X="${TICKET_NS}"><D:prop><X:ticketdiscovery/></D:prop></D:propfind>`;

test.before(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tickets-data-'));
  const shareDir = await mkdtemp(join(tmpdir(), 'tickets-share-'));
  h = await start(dataDir, shareDir);
  await send('MKCOL', '/Class/', { user: 'ana' });
  await send('PUT', '/Class/notes.txt', { user: 'ana', body: 'notes' });
  await send('MKCOL', '/Other/', { user: 'ana' });
  await send('PUT', '/Other/secret.txt', { user: 'ana', body: 'secret' });
});

test.after(async () => {
  if (!h) return;
  await stop(h);
  await rm(h.dataDir, { recursive: true, force: true });
  await rm(h.shareDir, { recursive: true, force: true });
});

test('OPTIONS advertises the ticket class and both methods', async () => {
  const reply = await send('OPTIONS', '/', { user: 'ana' });
  assert.is(reply.status, 200);
  assert.is(reply.headers.dav, '1, 2, ticket');
  assert.match(String(reply.headers.allow), /MKTICKET, DELTICKET/);
});

test('MKTICKET: 200, a Ticket header, and the ticketdiscovery body of draft-ito-dav-ticket-00', async () => {
  const { reply, id } = await mkticket('/Class/', { more: '<X:timeout>Second-3600</X:timeout><X:visits>10</X:visits>' });
  assert.is(reply.status, 200);
  assert.match(id, /^[A-Za-z0-9_-]{24}$/);
  const prop = parseXml(reply.body);
  assert.equal([prop.ns, prop.local], ['DAV:', 'prop']);
  assert.is(childElements(prop, TICKET_NS, 'ticketdiscovery').length, 1);
  const [info] = discoveryOf(reply.body);
  assert.equal(info, { id, timeout: 'Second-3600', visits: '10', privileges: ['read'], owner: 'user:ana' });
  assert.match(String(reply.headers['content-type']), /^application\/xml/);
  // The ticket opens the folder, by URL or by header.
  assert.is((await send('GET', `/Class/notes.txt?ticket=${id}`)).body, 'notes');
  assert.is((await send('GET', '/Class/notes.txt', { ticket: id })).status, 200);
  assert.is((await send('GET', `/Other/secret.txt?ticket=${id}`)).status, 403);
});

test('MKTICKET refuses a bad body (400), a missing resource (404), and nobody signed in (401)', async () => {
  assert.is((await send('MKTICKET', '/Class/', { user: 'ana', body: '<nonsense/>' })).status, 400);
  assert.is((await send('MKTICKET', '/Class/', { user: 'ana', body: ticketInfo('<D:all/>') })).status, 400);
  assert.is((await send('MKTICKET', '/Class/', { user: 'ana' })).status, 400);
  assert.is((await mkticket('/Class/missing.txt')).reply.status, 404);
  assert.is((await send('MKTICKET', '/Class/', { body: ticketInfo(READ) })).status, 401);
});

test('someone holding only a ticket can neither make nor end tickets, even with a read-write one', async () => {
  const { id } = await mkticket('/Class/', { privilege: READ_WRITE });
  const make = await send('MKTICKET', `/Class/?ticket=${id}`, { body: ticketInfo(READ) });
  assert.is(make.status, 403);
  assert.match(make.body, /cannot make or end shared links/);
  assert.is((await send('MKTICKET', '/Class/', { ticket: id, body: ticketInfo(READ) })).status, 403);
  const end = await send('DELTICKET', '/Class/', { ticket: id });
  assert.is(end.status, 403);
  assert.ok((await send('GET', `/Class/notes.txt?ticket=${id}`)).status === 200, 'the ticket still works');
});

test('DELTICKET: 204 for the maker, 412 for an unknown ticket or one on another resource, 403 for someone else', async () => {
  const { id } = await mkticket('/Class/');
  assert.is((await send('DELTICKET', '/Class/', { user: 'ana', ticket: 'A'.repeat(24) })).status, 412);
  assert.is((await send('DELTICKET', '/Other/', { user: 'ana', ticket: id })).status, 412);
  const other = await send('DELTICKET', '/Class/', { user: 'bruno', ticket: id });
  assert.is(other.status, 403);
  assert.match(other.body, /Only whoever made this shared link can end it/);
  assert.is((await send('DELTICKET', '/Class/', { user: 'ana' })).status, 400, 'which ticket?');
  assert.is((await send('DELTICKET', '/Class/notes.txt', { user: 'ana', ticket: id })).status, 204, 'a URL the ticket covers');
  assert.is((await send('DELTICKET', '/Class/', { user: 'ana', ticket: id })).status, 412, 'gone');
  const after = await send('GET', `/Class/notes.txt?ticket=${id}`);
  assert.is(after.status, 401);
  assert.match(String(after.headers['www-authenticate']), /^Basic realm="test"/);
  assert.match(after.body, /not valid/);
});

test('ticketdiscovery is a PROPFIND property for the owner only, and only when asked for', async () => {
  const { id } = await mkticket('/Other/', { privilege: READ_WRITE });
  const mine = await send('PROPFIND', '/Other/', { user: 'ana', headers: { depth: '0' }, body: PROPFIND_DISCOVERY });
  assert.is(mine.status, 207);
  const tickets = discoveryOf(mine.body);
  assert.equal(tickets.map((t) => [t.id, t.privileges]), [[id, ['read', 'write']]]);
  assert.is(tickets[0]!.timeout, 'infinity');
  const theirs = await send('PROPFIND', '/Other/', { user: 'bruno', headers: { depth: '0' }, body: PROPFIND_DISCOVERY });
  assert.equal(discoveryOf(theirs.body), [], "bruno sees an empty ticketdiscovery, not ana's tickets");
  assert.is(findAll(parseXml(theirs.body), TICKET_NS, 'ticketdiscovery').length, 1);
  const holder = await send('PROPFIND', `/Other/?ticket=${id}`, { headers: { depth: '0' }, body: PROPFIND_DISCOVERY });
  assert.equal(discoveryOf(holder.body), [], 'nor does a ticket holder');
  const allprop = await send('PROPFIND', '/Other/', { user: 'ana', headers: { depth: '0' } });
  assert.is(findAll(parseXml(allprop.body), TICKET_NS, 'ticketdiscovery').length, 0, 'not part of allprop');
  const proppatch = await send('PROPPATCH', '/Other/', {
    user: 'ana',
    body: `<?xml version="1.0"?><D:propertyupdate xmlns:D="DAV:" xmlns:X="${TICKET_NS}"><D:set><D:prop><X:ticketdiscovery/></D:prop></D:set></D:propertyupdate>`,
  });
  assert.equal(parseMultistatus(proppatch.body)[0]!.propstats.map((p) => p.status), [403], 'the property is protected');
});

test('a ticket never grants more than its maker has: no write ticket on what one cannot change', async () => {
  const refused = await send('MKTICKET', '/Class/notes.txt', { user: 'bruno', body: ticketInfo(READ_WRITE) });
  assert.is(refused.status, 403);
  assert.match(refused.body, /cannot make a link that changes “notes\.txt”/);
  const read = await send('MKTICKET', '/Class/notes.txt', { user: 'bruno', body: ticketInfo(READ) });
  assert.is(read.status, 200);
  assert.is(discoveryOf(read.body)[0]!.owner, 'user:bruno');
});

test('a laptop (peer principal) may make read tickets where it may read, and end its own', async () => {
  const made = await send('MKTICKET', '/Class/', { peer: PEER, body: ticketInfo(READ) });
  assert.is(made.status, 200);
  const id = String(made.headers.ticket);
  assert.is(discoveryOf(made.body)[0]!.owner, `peer:${PEER}`);
  assert.is((await send('MKTICKET', '/Class/', { peer: PEER, body: ticketInfo(READ_WRITE) })).status, 403);
  assert.is((await send('DELTICKET', '/Class/', { user: 'ana', ticket: id })).status, 403);
  assert.is((await send('DELTICKET', '/Class/', { peer: PEER, ticket: id })).status, 204);
});

test('tickets and their visits left survive a restart; ticketdiscovery shows what is left', async () => {
  const { id } = await mkticket('/Class/', { more: '<X:timeout>Second-86400</X:timeout><X:visits>3</X:visits>' });
  assert.is((await send('GET', `/Class/notes.txt?ticket=${id}`)).status, 200);
  await stop(h);
  h = await start(h.dataDir, h.shareDir);
  const listed = discoveryOf((await send('PROPFIND', '/Class/', { user: 'ana', headers: { depth: '0' }, body: PROPFIND_DISCOVERY })).body).find((t) => t.id === id);
  assert.ok(listed, 'still there');
  assert.is(listed!.visits, '2');
  assert.match(listed!.timeout, /^Second-86[34]\d\d$/);
  assert.is((await send('GET', `/Class/notes.txt?ticket=${id}`)).status, 200);
  assert.is((await send('GET', `/Class/notes.txt?ticket=${id}`)).status, 200);
  const used = await send('GET', `/Class/notes.txt?ticket=${id}`);
  assert.is(used.status, 401);
  assert.match(used.body, /used as many times as it allowed/);
  const saved = JSON.parse(await readFile(join(h.dataDir, 'tickets.json'), 'utf8')) as { tickets: { id: string; visitsLeft: number }[] };
  assert.is(saved.tickets.find((t) => t.id === id)?.visitsLeft, 0);
});

test('tickets go when their resource is deleted and follow it when moved', async () => {
  await send('MKCOL', '/Trip/', { user: 'ana' });
  await writeFile(join(h.shareDir, 'Trip', 'photo.jpg'), 'jpg');
  const { id } = await mkticket('/Trip/');
  assert.is((await send('MOVE', '/Trip/', { user: 'ana', headers: { destination: '/Trip2/' } })).status, 201);
  assert.is((await send('GET', `/Trip2/photo.jpg?ticket=${id}`)).status, 200);
  assert.is((await send('GET', `/Trip/photo.jpg?ticket=${id}`)).status, 403, 'the old path is outside it now');
  assert.is((await send('DELETE', '/Trip2/', { user: 'ana' })).status, 204);
  await send('MKCOL', '/Trip2/', { user: 'ana' });
  assert.is((await send('GET', `/Trip2/?ticket=${id}`)).status, 401, 'a new folder of the same name is not opened by the old link');
});

test.run();
