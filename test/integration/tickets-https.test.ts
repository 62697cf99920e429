/**
 * Tickets (shared links) against a real agent over HTTPS, with curl and raw
 * requests: read-only links refuse every write method, links expire and get
 * used up, stay inside their folder (siblings, `..`, `%2e%2e`, COPY/MOVE
 * destinations), the URL wins over the header, credentials win over both,
 * the browser view keeps the ticket on its links, and everything survives a
 * restart.
 *
 * The tickets are made with the agent's own store in its data dir before it
 * starts (MKTICKET itself is tested through the pipeline in
 * tickets-methods.test.ts; on the wire, elsewhere).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../agent/logger.js';
import { TicketStore, type NewTicket } from '../../web/tickets/ticket-store.js';
import { request, runProcess, startAgentProcess, type AgentHandle, type Response, type RunResult } from '../helpers/agent-process.js';
import { parseMultistatus, rawRequest } from '../helpers/raw-https.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let dataDir: string;
let shareDir: string;
let agent: AgentHandle;
const ids: Record<string, string> = {};

async function seed(name: string, ticket: Partial<NewTicket>, now: () => number = Date.now): Promise<void> {
  const store = await TicketStore.open(join(dataDir, 'tickets.json'), silentLogger, now);
  const made = await store.create({ root: 'Class', privilege: 'read', owner: 'user:tester', timeoutSeconds: null, visits: null, ...ticket });
  ids[name] = made.id;
}

/** A request with no credentials, only what the options give (a ticket in the URL or header). */
const anon = (method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Response> =>
  request(agent, method, path, { ...options, auth: false });

/** Stock curl over HTTPS (self-signed certificate accepted). */
function curl(args: string[]): Promise<RunResult> {
  return runProcess('curl', ['-sS', '-k', ...args]);
}

const exists = (path: string): Promise<boolean> => stat(path).then(
  () => true,
  () => false,
);

function multipart(fileName: string, data: string, boundary = 'tktboundary'): { body: Buffer; type: string } {
  const body = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\n${data}\r\n--${boundary}--\r\n`);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

test.before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tickets-https-data-'));
  shareDir = await mkdtemp(join(tmpdir(), 'tickets-https-share-'));
  await mkdir(join(shareDir, 'Class', 'sub'), { recursive: true });
  await mkdir(join(shareDir, 'Other'));
  await writeFile(join(shareDir, 'Class', 'notes.txt'), 'class notes');
  await writeFile(join(shareDir, 'Class', 'sub', 'deep.txt'), 'deep');
  await writeFile(join(shareDir, 'Other', 'secret.txt'), 'secret');
  await seed('read', {});
  await seed('write', { privilege: 'write' });
  await seed('subWrite', { root: 'Class/sub', privilege: 'write' });
  await seed('twoVisits', { visits: 2 });
  await seed('expired', { timeoutSeconds: 3600 }, () => Date.now() - 2 * 3600_000);
  agent = await startAgentProcess({ dataDir, shareDir });
});

test.after(async () => {
  await agent?.cleanup();
  await rm(dataDir, { recursive: true, force: true });
  await rm(shareDir, { recursive: true, force: true });
});

test('a read-only link opens its folder for curl, by URL or by Ticket header, and nothing outside it', async () => {
  const byUrl = await curl(['-w', '\n%{http_code}', `${agent.url}Class/notes.txt?ticket=${ids.read}`]);
  assert.is(byUrl.stdout, 'class notes\n200');
  const byHeader = await curl(['-w', '\n%{http_code}', '-H', `Ticket: ${ids.read}`, `${agent.url}Class/sub/deep.txt`]);
  assert.is(byHeader.stdout, 'deep\n200');
  const sibling = await curl(['-w', '\n%{http_code}', `${agent.url}Other/secret.txt?ticket=${ids.read}`]);
  assert.match(sibling.stdout, /opens only “Class” and what is inside it\.\n\n?403$/);
  assert.is((await anon('GET', `/?ticket=${ids.read}`)).status, 403, 'nor the folder above');
  assert.is((await anon('GET', '/Class/notes.txt')).status, 401, 'no ticket, no credentials');
});

test('a ticket cannot climb out with .. or %2e%2e', async () => {
  for (const target of [`/Class/../Other/secret.txt?ticket=${ids.read}`, `/Class/%2e%2e/Other/secret.txt?ticket=${ids.read}`, `/Class/%2E%2E/Other/secret.txt?ticket=${ids.read}`, `/Class/sub/%2e%2e/%2e%2e/Other/secret.txt?ticket=${ids.read}`]) {
    const reply = await rawRequest(agent.port, 'GET', target);
    assert.is(reply.status, 400, target);
    assert.not.match(reply.body.toString(), /secret$/);
  }
  const asIs = await curl(['--path-as-is', '-w', '\n%{http_code}', `${agent.url}Class/../Other/secret.txt?ticket=${ids.read}`]);
  assert.match(asIs.stdout, /400$/);
  const encoded = await rawRequest(agent.port, 'GET', `/Class%2fnotes.txt?ticket=${ids.read}`);
  assert.is(encoded.status, 400, 'an encoded slash is no way around either');
});

test('every write method with a read-only ticket is 403 and changes nothing', async () => {
  const q = `?ticket=${ids.read}`;
  const form = multipart('upload.txt', 'x');
  const attempts: [string, string, Record<string, string>, string | Buffer | undefined][] = [
    ['PUT', `/Class/notes.txt${q}`, {}, 'overwritten'],
    ['PUT', `/Class/new.txt${q}`, {}, 'new'],
    ['DELETE', `/Class/notes.txt${q}`, {}, undefined],
    ['PROPPATCH', `/Class/notes.txt${q}`, {}, '<?xml version="1.0"?><D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><x xmlns="urn:x">1</x></D:prop></D:set></D:propertyupdate>'],
    ['MKCOL', `/Class/made/${q}`, {}, undefined],
    ['COPY', `/Class/notes.txt${q}`, { destination: '/Class/copy.txt' }, undefined],
    ['MOVE', `/Class/notes.txt${q}`, { destination: '/Class/moved.txt' }, undefined],
    ['LOCK', `/Class/notes.txt${q}`, {}, '<?xml version="1.0"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockinfo>'],
    ['UNLOCK', `/Class/notes.txt${q}`, { 'lock-token': '<urn:uuid:00000000-0000-0000-0000-000000000000>' }, undefined],
    ['POST', `/Class/${q}`, { 'content-type': form.type, accept: BROWSER_ACCEPT }, form.body],
  ];
  for (const [method, path, headers, body] of attempts) {
    const reply = await anon(method, path, { headers, ...(body === undefined ? {} : { body }) });
    assert.is(reply.status, 403, `${method} ${path}`);
    assert.match(reply.body.toString(), /only lets you look and download; it cannot change anything/, method);
  }
  assert.is(await readFile(join(shareDir, 'Class', 'notes.txt'), 'utf8'), 'class notes');
  for (const gone of ['new.txt', 'made', 'copy.txt', 'moved.txt', 'upload.txt']) assert.not.ok(await exists(join(shareDir, 'Class', gone)), gone);
});

test('expired and used-up tickets: 401 with the Basic challenge and a sentence; OPTIONS and HEAD are not visits', async () => {
  const expired = await anon('GET', `/Class/notes.txt?ticket=${ids.expired}`);
  assert.is(expired.status, 401);
  assert.match(String(expired.headers['www-authenticate']), /^Basic realm="mesh-share"/);
  assert.match(expired.body.toString(), /This shared link has expired/);

  const q = `?ticket=${ids.twoVisits}`;
  assert.is((await anon('OPTIONS', `/Class/${q}`)).status, 200);
  assert.is((await anon('HEAD', `/Class/notes.txt${q}`)).status, 200);
  assert.is((await anon('GET', `/Class/notes.txt${q}`)).status, 200);
  assert.is((await anon('PROPFIND', `/Class/${q}`, { headers: { depth: '1' } })).status, 207);
  const third = await anon('GET', `/Class/notes.txt${q}`);
  assert.is(third.status, 401);
  assert.match(third.body.toString(), /used as many times as it allowed/);
  assert.is((await anon('HEAD', `/Class/notes.txt${q}`)).status, 401, 'a used-up ticket opens nothing at all');

  const unknown = await anon('GET', `/Class/notes.txt?ticket=${'Z'.repeat(24)}`);
  assert.is(unknown.status, 401);
  assert.match(unknown.body.toString(), /not valid/);

});

test('COPY and MOVE into a destination the ticket does not cover are refused, inside it they work', async () => {
  const q = `?ticket=${ids.subWrite}`;
  for (const method of ['COPY', 'MOVE']) {
    for (const destination of ['/Other/stolen.txt', `https://127.0.0.1:${agent.port}/Class/stolen.txt`, '/stolen.txt']) {
      const reply = await anon(method, `/Class/sub/deep.txt${q}`, { headers: { destination } });
      assert.is(reply.status, 403, `${method} to ${destination}`);
      assert.match(reply.body.toString(), /cannot copy or move things elsewhere/);
    }
  }
  assert.is(await readFile(join(shareDir, 'Class', 'sub', 'deep.txt'), 'utf8'), 'deep');
  assert.is((await anon('COPY', `/Class/sub/deep.txt${q}`, { headers: { destination: '/Class/sub/deep-copy.txt' } })).status, 201);
  assert.is((await anon('MOVE', `/Class/sub/deep-copy.txt${q}`, { headers: { destination: '/Class/sub/deep-moved.txt' } })).status, 201);
  assert.is(await readFile(join(shareDir, 'Class', 'sub', 'deep-moved.txt'), 'utf8'), 'deep');
});

test('a read-write link adds, edits and removes inside its folder; what it makes belongs to whoever made the link', async () => {
  const q = `?ticket=${ids.write}`;
  assert.is((await anon('PUT', `/Class/homework.txt${q}`, { body: 'v1' })).status, 201);
  assert.is((await anon('PUT', `/Class/homework.txt`, { headers: { ticket: ids.write }, body: 'v2' })).status, 204);
  assert.is((await anon('MKCOL', `/Class/made/${q}`)).status, 201);
  assert.is((await anon('MOVE', `/Class/homework.txt${q}`, { headers: { destination: '/Class/made/homework.txt' } })).status, 201);
  assert.is(await readFile(join(shareDir, 'Class', 'made', 'homework.txt'), 'utf8'), 'v2');
  const owner = await anon('PROPFIND', `/Class/made/homework.txt${q}`, {
    headers: { depth: '0' },
    body: '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><owner xmlns="http://sugarlabs.org/ns/mesh-share/"/></D:prop></D:propfind>',
  });
  assert.match(owner.body.toString(), /<principal>user:tester<\/principal>/);
  const form = multipart('from-browser.txt', 'uploaded');
  const upload = await anon('POST', `/Class/made/${q}`, { headers: { 'content-type': form.type, accept: BROWSER_ACCEPT, 'sec-fetch-site': 'same-origin' }, body: form.body });
  assert.is(upload.status, 303);
  assert.match(String(upload.headers.location), new RegExp(`^/Class/made/\\?saved=from-browser\\.txt&ticket=${ids.write}$`), 'the redirect keeps the ticket');
  assert.is(await readFile(join(shareDir, 'Class', 'made', 'from-browser.txt'), 'utf8'), 'uploaded');
  assert.is((await anon('DELETE', `/Class/made/${q}`)).status, 204);
  assert.is((await anon('PUT', `/Other/x.txt${q}`, { body: 'x' })).status, 403);
});

test('the URL wins over the Ticket header when they differ', async () => {
  const readUrlWriteHeader = await anon('PUT', `/Class/url-wins.txt?ticket=${ids.read}`, { headers: { ticket: ids.write }, body: 'x' });
  assert.is(readUrlWriteHeader.status, 403);
  const writeUrlReadHeader = await anon('PUT', `/Class/url-wins.txt?ticket=${ids.write}`, { headers: { ticket: ids.read }, body: 'x' });
  assert.is(writeUrlReadHeader.status, 201);
  const badUrlGoodHeader = await anon('GET', `/Class/notes.txt?ticket=${'Z'.repeat(24)}`, { headers: { ticket: ids.read } });
  assert.is(badUrlGoodHeader.status, 401);
});

test('credentials win over a ticket: a wrong password is 401 whatever the link, a right one acts as the user', async () => {
  const wrong = await request(agent, 'GET', `/Class/notes.txt?ticket=${ids.read}`, { auth: { user: 'tester', password: 'wrong' } });
  assert.is(wrong.status, 401);
  const right = await request(agent, 'PUT', `/Other/by-user.txt?ticket=${ids.read}`, { body: 'mine' });
  assert.is(right.status, 201, 'the user may write where the read-only link may not');
});

test('PROPFIND hrefs carry a ticket that came in the URL (not one sent as a header)', async () => {
  const byUrl = await anon('PROPFIND', `/Class/?ticket=${ids.read}`, { headers: { depth: '1' } });
  const hrefs = parseMultistatus(byUrl.body.toString()).map((r) => r.href);
  assert.ok(hrefs.includes(`/Class/?ticket=${ids.read}`));
  assert.ok(hrefs.includes(`/Class/notes.txt?ticket=${ids.read}`));
  assert.ok(hrefs.every((href) => href.endsWith(`?ticket=${ids.read}`)));
  // Following an href as given keeps working.
  assert.is((await anon('GET', `/Class/notes.txt?ticket=${ids.read}`)).status, 200);
  const byHeader = await anon('PROPFIND', '/Class/', { headers: { depth: '1', ticket: ids.read } });
  assert.ok(parseMultistatus(byHeader.body.toString()).every((r) => !r.href.includes('ticket')));
});

test('the browser view keeps the ticket on every link, offers forms only to a read-write link, and never links above the shared folder', async () => {
  const redirect = await anon('GET', `/Class?ticket=${ids.read}`, { headers: { accept: BROWSER_ACCEPT } });
  assert.is(redirect.status, 301);
  assert.is(redirect.headers.location, `/Class/?ticket=${ids.read}`);
  const page = (await anon('GET', `/Class/sub/?ticket=${ids.read}`, { headers: { accept: BROWSER_ACCEPT } })).body.toString();
  const links = [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&#38;/g, '&')).filter((href) => !href.startsWith('#'));
  assert.ok(links.length >= 3, page);
  for (const link of links) assert.match(link, new RegExp(`ticket=${ids.read}$`), link);
  assert.ok(links.includes(`/Class/sub/deep.txt?ticket=${ids.read}`));
  assert.ok(links.includes(`/Class/sub/deep.txt?download=1&ticket=${ids.read}`), links.join(' '));
  assert.ok(links.includes(`/Class/?ticket=${ids.read}`), 'up to the shared folder');
  assert.not.ok(links.some((link) => link.startsWith('/?')), 'no link above what the ticket opens');
  assert.not.match(page, /<form/);
  assert.match(page, /Opened with a shared link \(you can look and download\)/);
  const writable = (await anon('GET', `/Class/?ticket=${ids.write}`, { headers: { accept: BROWSER_ACCEPT } })).body.toString();
  assert.match(writable, new RegExp(`<form class="panel" method="post" action="/Class/\\?ticket=${ids.write}"`));
  const download = await anon('GET', `/Class/sub/deep.txt?download=1&ticket=${ids.read}`);
  assert.is(download.status, 200);
  assert.match(String(download.headers['content-disposition']), /^attachment/);
});

test('tickets and the visits they have used survive a restart', async () => {
  assert.is(await agent.stop(), 0);
  agent = await startAgentProcess({ dataDir, shareDir });
  assert.is((await anon('GET', `/Class/notes.txt?ticket=${ids.read}`)).status, 200);
  assert.is((await anon('PUT', `/Class/after-restart.txt?ticket=${ids.write}`, { body: 'x' })).status, 201);
  assert.is((await anon('GET', `/Class/notes.txt?ticket=${ids.twoVisits}`)).status, 401, 'still used up');
  assert.is((await anon('GET', `/Class/notes.txt?ticket=${ids.expired}`)).status, 401, 'still expired');
});

test('on the wire with stock curl: MKTICKET, then on ONE kept-alive connection a GET with the ticket, a PROPFIND, another MKTICKET, DELTICKET and the ended ticket refused', async () => {
  const base = `https://127.0.0.1:${agent.port}`;
  const auth = `${agent.user}:${agent.password}`;
  const info = '<?xml version="1.0"?><t:ticketinfo xmlns:t="http://www.xythos.com/namespaces/StorageServer"><t:privilege><D:read xmlns:D="DAV:"/></t:privilege><t:timeout>Second-3600</t:timeout><t:visits>infinity</t:visits></t:ticketinfo>';
  const made = await curl(['-u', auth, '-X', 'MKTICKET', '-H', 'Content-Type: text/xml', '--data-binary', info, '-D', '-', `${base}/Class/`]);
  assert.is(made.code, 0, made.stderr);
  assert.match(made.stdout, /^HTTP\/1\.1 200/m);
  const id = /^Ticket: *(\S+)/im.exec(made.stdout)?.[1];
  assert.ok(id, `no Ticket header:\n${made.stdout}`);
  assert.match(made.stdout, new RegExp(`<[^>]*id[^>]*>${id}<`));

  // One curl process, one connection (--next keeps it): the answers' codes and how many connections each needed.
  const w = ['-k', '-sS', '-o', '/dev/null', '-w', '%{http_code} %{num_connects}\\n'];
  const run = await curl([
    ...w, `${base}/Class/notes.txt?ticket=${id}`,
    '--next', ...w, '-X', 'PROPFIND', '-H', 'Depth: 1', `${base}/Class/?ticket=${id}`,
    '--next', ...w, '-u', auth, '-X', 'MKTICKET', '-H', 'Content-Type: text/xml', '--data-binary', info, `${base}/Class/sub/`,
    '--next', ...w, '-u', auth, '-X', 'DELTICKET', '-H', `Ticket: ${id}`, `${base}/Class/`,
    '--next', ...w, `${base}/Class/notes.txt?ticket=${id}`,
    '--next', ...w, '-u', auth, '-X', 'DELTICKET', '-H', `Ticket: ${id}`, `${base}/Class/`,
  ]);
  assert.is(run.code, 0, run.stderr);
  assert.equal(run.stdout.trim().split('\n'), ['200 1', '207 0', '200 0', '204 0', '401 0', '412 0']);
});

test.run();
