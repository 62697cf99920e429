/**
 * The WebDAV behaviour the issue names and later features rely on, checked
 * against a real agent over HTTPS (litmus covers the rest of RFC 4918).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { request, startAgentProcess, type AgentHandle } from '../helpers/agent-process.js';
import { basicAuth, buildRequest, openTls, parseMultistatus, textOf } from '../helpers/raw-https.js';

let agent: AgentHandle;

test.before(async () => {
  agent = await startAgentProcess();
});

test.after(async () => {
  await agent?.cleanup();
});

const CHROMIUM_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

test('PUT with If-None-Match: * creates once and never overwrites (XEP-0129)', async () => {
  const first = await request(agent, 'PUT', '/once.txt', { body: 'first', headers: { 'If-None-Match': '*' } });
  assert.is(first.status, 201);
  const second = await request(agent, 'PUT', '/once.txt', { body: 'second', headers: { 'If-None-Match': '*' } });
  assert.is(second.status, 412);
  assert.is(await readFile(join(agent.shareDir, 'once.txt'), 'utf8'), 'first');
});

test('strong ETags: returned by PUT, match GET, change with the content, drive If-Match', async () => {
  const put = await request(agent, 'PUT', '/etag.txt', { body: 'one' });
  const etag = String(put.headers.etag);
  assert.match(etag, /^"[^"]+"$/, 'a strong ETag');
  const get = await request(agent, 'GET', '/etag.txt');
  assert.is(get.headers.etag, etag);
  const stale = await request(agent, 'PUT', '/etag.txt', { body: 'two', headers: { 'If-Match': '"not-it"' } });
  assert.is(stale.status, 412);
  const fresh = await request(agent, 'PUT', '/etag.txt', { body: 'two', headers: { 'If-Match': etag } });
  assert.is(fresh.status, 204);
  assert.is.not(fresh.headers.etag, etag, 'new content, new ETag');
  const notModified = await request(agent, 'GET', '/etag.txt', { headers: { 'If-None-Match': String(fresh.headers.etag) } });
  assert.is(notModified.status, 304);
  assert.is(notModified.body.length, 0);
});

test('HEAD has the Content-Length of GET and no body; ranges give 206 and 416', async () => {
  await writeFile(join(agent.shareDir, 'digits.txt'), '0123456789');
  const head = await request(agent, 'HEAD', '/digits.txt');
  assert.is(head.status, 200);
  assert.is(head.headers['content-length'], '10');
  assert.is(head.body.length, 0);
  const part = await request(agent, 'GET', '/digits.txt', { headers: { Range: 'bytes=2-4' } });
  assert.is(part.status, 206);
  assert.is(part.headers['content-range'], 'bytes 2-4/10');
  assert.is(part.body.toString(), '234');
  const tail = await request(agent, 'GET', '/digits.txt', { headers: { Range: 'bytes=-3' } });
  assert.is(tail.body.toString(), '789');
  const outside = await request(agent, 'GET', '/digits.txt', { headers: { Range: 'bytes=10-' } });
  assert.is(outside.status, 416);
  assert.is(outside.headers['content-range'], 'bytes */10');
});

test('one address, two answers: browsers get the folder page, WebDAV clients the data', async () => {
  await request(agent, 'MKCOL', '/Class%204/');
  await request(agent, 'PUT', '/Class%204/notes.txt', { body: 'plain text' });
  const page = await request(agent, 'GET', '/Class%204/', { headers: { Accept: CHROMIUM_ACCEPT } });
  assert.is(page.status, 200);
  assert.match(String(page.headers['content-type']), /^text\/html/);
  assert.match(page.body.toString(), /notes\.txt/);
  const file = await request(agent, 'GET', '/Class%204/notes.txt', { headers: { Accept: CHROMIUM_ACCEPT } });
  assert.is(file.body.toString(), 'plain text', 'a file is the file, for a browser too');
  assert.is(file.headers['x-content-type-options'], 'nosniff');
  const dav = await request(agent, 'PROPFIND', '/Class%204/', { headers: { Depth: '1' } });
  assert.is(dav.status, 207);
  const hrefs = parseMultistatus(dav.body.toString()).map((r) => r.href).sort();
  assert.equal(hrefs, ['/Class%204/', '/Class%204/notes.txt']);
});

test('dead properties in any namespace come back, and never appear as files in the share', async () => {
  await request(agent, 'PUT', '/entry.odt', { body: 'x' });
  const patch = await request(agent, 'PROPPATCH', '/entry.odt', {
    body: '<?xml version="1.0"?><D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><o:title xmlns:o="urn:olpc:journal">Mon dessin</o:title></D:prop></D:set></D:propertyupdate>',
  });
  assert.is(patch.status, 207);
  const find = await request(agent, 'PROPFIND', '/entry.odt', {
    headers: { Depth: '0' },
    body: '<?xml version="1.0"?><propfind xmlns="DAV:"><prop><title xmlns="urn:olpc:journal"/></prop></propfind>',
  });
  const [response] = parseMultistatus(find.body.toString());
  const prop = response!.propstats.find((p) => p.status === 200)!.props[0]!;
  assert.is(prop.ns, 'urn:olpc:journal');
  assert.is(textOf(prop), 'Mon dessin');
  const names = await readdir(agent.shareDir, { recursive: true });
  assert.not.ok(names.some((name) => /prop|\.json$|mesh-share/i.test(String(name))), `share holds only what clients put: ${names.join(', ')}`);
});

test('a protected live property cannot be set, and nothing else in that PROPPATCH is applied', async () => {
  await request(agent, 'PUT', '/guarded.txt', { body: 'x' });
  const patch = await request(agent, 'PROPPATCH', '/guarded.txt', {
    body: '<?xml version="1.0"?><D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><D:getetag>"fake"</D:getetag><x:note xmlns:x="urn:x">kept?</x:note></D:prop></D:set></D:propertyupdate>',
  });
  assert.is(patch.status, 207);
  const statuses = parseMultistatus(patch.body.toString())[0]!.propstats.map((p) => p.status).sort();
  assert.equal(statuses, [403, 424]);
  const find = await request(agent, 'PROPFIND', '/guarded.txt', { headers: { Depth: '0' }, body: '<propfind xmlns="DAV:"><prop><note xmlns="urn:x"/></prop></propfind>' });
  assert.equal(parseMultistatus(find.body.toString())[0]!.propstats.map((p) => p.status), [404]);
});

test('a locked file refuses changes without its token and accepts them with it', async () => {
  await request(agent, 'PUT', '/locked.txt', { body: 'v1' });
  const lock = await request(agent, 'LOCK', '/locked.txt', {
    headers: { Timeout: 'Second-60' },
    body: '<?xml version="1.0"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner>teacher</D:owner></D:lockinfo>',
  });
  assert.is(lock.status, 200);
  const token = String(lock.headers['lock-token']);
  assert.match(token, /^<urn:uuid:[0-9a-f-]+>$/);
  const refused = await request(agent, 'PUT', '/locked.txt', { body: 'v2' });
  assert.is(refused.status, 423);
  const allowed = await request(agent, 'PUT', '/locked.txt', { body: 'v2', headers: { If: `(${token})` } });
  assert.is(allowed.status, 204);
  const unlocked = await request(agent, 'UNLOCK', '/locked.txt', { headers: { 'Lock-Token': token } });
  assert.is(unlocked.status, 204);
  assert.is((await request(agent, 'DELETE', '/locked.txt')).status, 204);
});

test('a PROPFIND of a large folder does not hold up other requests', async () => {
  await request(agent, 'MKCOL', '/many/');
  await Promise.all(Array.from({ length: 2000 }, (_, i) => writeFile(join(agent.shareDir, 'many', `file-${i}.txt`), 'x')));
  const started = Date.now();
  const listing = request(agent, 'PROPFIND', '/many/', { headers: { Depth: '1' } }).then((r) => ({ r, ms: Date.now() - started }));
  // A small GET sent while the listing is being built must finish before it.
  await new Promise((resolve) => setTimeout(resolve, 2));
  const small = await request(agent, 'GET', '/digits.txt').then((r) => ({ r, ms: Date.now() - started }));
  const big = await listing;
  assert.is(big.r.status, 207);
  assert.is(parseMultistatus(big.r.body.toString()).length, 2001);
  assert.is(small.r.status, 200);
  assert.ok(small.ms <= big.ms, `GET finished at ${small.ms} ms, the PROPFIND at ${big.ms} ms`);
});

test('a WebDAV client GETting a folder gets a plain list of names, marked Vary: Accept', async () => {
  const res = await request(agent, 'GET', '/Class%204/');
  assert.is(res.status, 200);
  assert.match(String(res.headers['content-type']), /^text\/plain/);
  assert.is(res.headers.vary, 'Accept', 'caches must keep the browser page and the plain list apart');
  assert.is(res.body.toString(), 'notes.txt\n');
});

test('quota properties (RFC 4331) report free and used space when asked, and only then', async () => {
  const asked = await request(agent, 'PROPFIND', '/', {
    headers: { Depth: '0' },
    body: '<propfind xmlns="DAV:"><prop><quota-available-bytes/><quota-used-bytes/></prop></propfind>',
  });
  const props = parseMultistatus(asked.body.toString())[0]!.propstats.find((p) => p.status === 200)!.props;
  const value = (local: string): bigint => BigInt(textOf(props.find((p) => p.local === local)!));
  assert.ok(value('quota-available-bytes') > 0n);
  assert.ok(value('quota-used-bytes') > 0n);
  const all = await request(agent, 'PROPFIND', '/', { headers: { Depth: '0' } });
  assert.not.match(all.body.toString(), /quota-/, 'not part of allprop');
});

test('a client that vanishes halfway through a download leaves the agent serving', async () => {
  const big = randomBytes(8 * 1024 * 1024);
  await writeFile(join(agent.shareDir, 'big.bin'), big);
  const socket = await openTls(agent.port);
  socket.write(buildRequest('GET', '/big.bin', { Host: `127.0.0.1:${agent.port}`, Authorization: basicAuth(agent.user, agent.password!) }));
  let received = 0;
  await new Promise<void>((resolve) => {
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > 1024 * 1024) {
        socket.destroy();
        resolve();
      }
    });
  });
  const again = await request(agent, 'GET', '/big.bin');
  assert.is(again.status, 200);
  assert.ok(again.body.equals(big), 'the next download is whole');
  assert.not.match(agent.stderr(), /"level":"error"/, 'a vanished client is not an error');
});

test.run();
