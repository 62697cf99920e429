/**
 * XEP-0129 on the share, against a real agent over HTTPS with three users
 * (tester, bruno, carla): owners recorded on creation and enforced
 * recursively, the owner property that nobody can set, If-None-Match: * on
 * PUT, and files "recipients pending" until their owner says who may open
 * them. Peers are covered by the policy's unit tests (their transport is
 * not part of this test).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { request, runCli, runProcess, startAgentProcess, type AgentHandle, type Response, type RunResult } from '../helpers/agent-process.js';
import { parseMultistatus, textOf } from '../helpers/raw-https.js';

const MS = 'http://sugarlabs.org/ns/mesh-share/';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const PASSWORDS: Record<string, string> = { bruno: 'bruno-pass-1', carla: 'carla-pass-1' };

let agent: AgentHandle;

const as = (user: string) => (method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Response> =>
  request(agent, method, path, { ...options, auth: user === 'tester' ? { user: 'tester', password: agent.password! } : { user, password: PASSWORDS[user]! } });
const tester = as('tester');
const bruno = as('bruno');
const carla = as('carla');

const exists = (path: string): Promise<boolean> => stat(path).then(
  () => true,
  () => false,
);

const propertyUpdate = (inner: string): string => `<?xml version="1.0" encoding="utf-8"?><D:propertyupdate xmlns:D="DAV:" xmlns:ms="${MS}">${inner}</D:propertyupdate>`;
const setRecipients = (...principals: string[]): string =>
  propertyUpdate(`<D:set><D:prop><ms:recipients>${principals.map((p) => `<ms:principal>${p}</ms:principal>`).join('')}</ms:recipients></D:prop></D:set>`);
const LOCKINFO = '<?xml version="1.0"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockinfo>';

function form(fileName: string): { body: Buffer; headers: Record<string, string> } {
  const boundary = 'ownersboundary';
  return {
    body: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/plain\r\n\r\nx\r\n--${boundary}--\r\n`),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, accept: BROWSER_ACCEPT, 'sec-fetch-site': 'same-origin' },
  };
}

/** The text of one property in a Depth 0 PROPFIND answer, or null when it is not found. */
async function property(user: (m: string, p: string, o?: { headers?: Record<string, string>; body?: string }) => Promise<Response>, path: string, local: string): Promise<string | null> {
  const reply = await user('PROPFIND', path, { headers: { depth: '0' }, body: `<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><${local} xmlns="${MS}"/></D:prop></D:propfind>` });
  assert.is(reply.status, 207);
  const found = parseMultistatus(reply.body.toString())[0]!.propstats.find((p) => p.status === 200)?.props.find((p) => p.ns === MS && p.local === local);
  return found === undefined ? null : textOf(found);
}

/** Stock curl over HTTPS (self-signed certificate accepted). */
function curl(args: string[]): Promise<RunResult> {
  return runProcess('curl', ['-sS', '-k', ...args]);
}

test.before(async () => {
  agent = await startAgentProcess();
  for (const [user, password] of Object.entries(PASSWORDS)) {
    const result = await runCli(['passwd', user, '--data-dir', agent.dataDir], { input: `${password}\n` });
    assert.is(result.code, 0, result.stderr);
  }
});

test.after(async () => {
  await agent?.cleanup();
});

test('what was in the share before owners were recorded belongs to every user', async () => {
  await writeFile(join(agent.shareDir, 'before.txt'), 'old');
  assert.is((await bruno('PUT', '/before.txt', { body: 'bruno was here' })).status, 204);
  assert.is((await carla('PROPPATCH', '/before.txt', { body: propertyUpdate('<D:set><D:prop><ms:note>hi</ms:note></D:prop></D:set>') })).status, 207);
  assert.is(await property(tester, '/before.txt', 'owner'), '', 'an empty ms:owner: the share\'s users');
  assert.is((await tester('DELETE', '/before.txt')).status, 204);
});

test("two users: bruno cannot overwrite, DELETE, MOVE, PROPPATCH or LOCK tester's file; he can read it and copy it", async () => {
  assert.is((await tester('PUT', '/tester.txt', { body: 'mine' })).status, 201);
  const attempts: [string, Record<string, string>, string | undefined][] = [
    ['PUT', {}, 'overwritten'],
    ['DELETE', {}, undefined],
    ['MOVE', { destination: '/taken.txt' }, undefined],
    ['PROPPATCH', {}, propertyUpdate('<D:set><D:prop><ms:note>x</ms:note></D:prop></D:set>')],
    ['LOCK', {}, LOCKINFO],
  ];
  for (const [method, headers, body] of attempts) {
    const reply = await bruno(method, '/tester.txt', { headers, ...(body === undefined ? {} : { body }) });
    assert.is(reply.status, 403, method);
    assert.is(reply.body.toString(), '“tester.txt” belongs to tester: only tester can change, move or delete it. You can still open it.\n', method);
  }
  assert.is(await readFile(join(agent.shareDir, 'tester.txt'), 'utf8'), 'mine');
  assert.is((await bruno('GET', '/tester.txt')).body.toString(), 'mine');
  assert.is((await bruno('COPY', '/tester.txt', { headers: { destination: '/bruno-copy.txt' } })).status, 201);
  assert.is(await property(tester, '/bruno-copy.txt', 'owner'), 'user:bruno', 'a copy belongs to whoever copied');
  assert.is((await tester('DELETE', '/bruno-copy.txt')).status, 403, 'and the rule works both ways');
  const viaCurl = await curl(['-u', `bruno:${PASSWORDS.bruno}`, '-X', 'DELETE', '-w', '%{http_code}', '-o', '/dev/null', `${agent.url}tester.txt`]);
  assert.is(viaCurl.stdout, '403');
});

test("recursively: bruno cannot add to, change or remove anything in tester's folder, nor the folder", async () => {
  assert.is((await tester('MKCOL', '/A/')).status, 201);
  assert.is((await tester('PUT', '/A/f.txt', { body: 'f' })).status, 201);
  await writeFile(join(agent.shareDir, 'A', 'on-disk.txt'), 'put there by hand');
  const upload = form('sneaky.txt');
  const attempts: [string, string, { headers?: Record<string, string>; body?: string | Buffer }][] = [
    ['PUT', '/A/f.txt', { body: 'x' }],
    ['PUT', '/A/new.txt', { body: 'x' }],
    ['MKCOL', '/A/sub/', {}],
    ['DELETE', '/A/on-disk.txt', {}],
    ['DELETE', '/A/', {}],
    ['MOVE', '/A/', { headers: { destination: '/B/' } }],
    ['MOVE', '/A/f.txt', { headers: { destination: '/f.txt' } }],
    ['PROPPATCH', '/A/f.txt', { body: propertyUpdate('<D:set><D:prop><ms:note>x</ms:note></D:prop></D:set>') }],
    ['COPY', '/tester.txt', { headers: { destination: '/A/copied.txt' } }],
    ['LOCK', '/A/new-locked.txt', { body: LOCKINFO }],
    ['POST', '/A/', { headers: upload.headers, body: upload.body }],
  ];
  for (const [method, path, options] of attempts) {
    const reply = await bruno(method, path, options);
    assert.is(reply.status, 403, `${method} ${path}`);
    assert.match(reply.body.toString(), /belongs to tester: only tester can/, `${method} ${path}`);
  }
  for (const name of ['new.txt', 'sub', 'copied.txt', 'new-locked.txt', 'sneaky.txt']) assert.not.ok(await exists(join(agent.shareDir, 'A', name)), name);
  assert.ok(await exists(join(agent.shareDir, 'A', 'on-disk.txt')));
  assert.is((await bruno('GET', '/A/on-disk.txt')).status, 200);
  assert.is((await bruno('PROPFIND', '/A/', { headers: { depth: '1' } })).status, 207);
  const brunoPage = (await bruno('GET', '/A/', { headers: { accept: BROWSER_ACCEPT } })).body.toString();
  assert.match(brunoPage, /f\.txt/);
  assert.not.match(brunoPage, /<form/, 'no upload form where he cannot add');
  assert.match((await tester('GET', '/A/', { headers: { accept: BROWSER_ACCEPT } })).body.toString(), /<form/);
  // The owner does all of it.
  assert.is((await tester('PUT', '/A/new.txt', { body: 'x' })).status, 201);
  assert.is((await tester('MKCOL', '/A/sub/')).status, 201);
  assert.is((await tester('POST', '/A/sub/', { headers: upload.headers, body: upload.body })).status, 303);
  assert.is(await property(tester, '/A/sub/sneaky.txt', 'owner'), 'user:tester', 'browser uploads record their owner too');
});

test("in a folder nobody owns, users add freely but one user's file there keeps the folder from being deleted by another", async () => {
  await mkdir(join(agent.shareDir, 'Old'));
  await writeFile(join(agent.shareDir, 'Old', 'old.txt'), 'old');
  assert.is((await bruno('PUT', '/Old/bruno.txt', { body: 'b' })).status, 201);
  assert.is((await tester('PUT', '/Old/tester.txt', { body: 't' })).status, 201);
  assert.is((await tester('PUT', '/Old/old.txt', { body: 'changed' })).status, 204);
  assert.is((await tester('PUT', '/Old/bruno.txt', { body: 'x' })).status, 403);
  const whole = await tester('DELETE', '/Old/');
  assert.is(whole.status, 403);
  assert.match(whole.body.toString(), /“Old” holds “bruno\.txt”, which belongs to bruno/);
  assert.ok(await exists(join(agent.shareDir, 'Old', 'bruno.txt')));
  assert.is((await tester('DELETE', '/Old/tester.txt')).status, 204);
  assert.is((await bruno('DELETE', '/Old/')).status, 204);
});

test('the owner is a live property that no client can set or remove; a change beside it fails with it', async () => {
  assert.is(await property(bruno, '/A/f.txt', 'owner'), 'user:tester');
  const named = await tester('PROPFIND', '/A/f.txt', { headers: { depth: '0' }, body: `<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><owner xmlns="${MS}"/></D:prop></D:propfind>` });
  assert.match(named.body.toString(), /<owner xmlns="http:\/\/sugarlabs\.org\/ns\/mesh-share\/"><principal>user:tester<\/principal><\/owner>/);
  const propname = await tester('PROPFIND', '/A/f.txt', { headers: { depth: '0' }, body: '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:propname/></D:propfind>' });
  assert.match(propname.body.toString(), /<owner xmlns="http:\/\/sugarlabs\.org\/ns\/mesh-share\/"\/>/, 'listed by propname');
  const allprop = await tester('PROPFIND', '/A/f.txt', { headers: { depth: '0' } });
  assert.not.match(allprop.body.toString(), /mesh-share\/"><principal>/, 'not part of allprop');
  for (const op of ['set', 'remove']) {
    const body = propertyUpdate(`<D:${op}><D:prop><ms:owner>${op === 'set' ? '<ms:principal>user:tester</ms:principal>' : ''}</ms:owner><ms:note>n</ms:note></D:prop></D:${op}>`);
    const reply = await tester('PROPPATCH', '/A/f.txt', { body });
    assert.is(reply.status, 207);
    const [response] = parseMultistatus(reply.body.toString());
    const byStatus = Object.fromEntries(response!.propstats.map((p) => [p.status, p.props.map((e) => e.local)]));
    assert.equal(byStatus, { 403: ['owner'], 424: ['note'] }, op);
    assert.match(reply.body.toString(), /cannot-modify-protected-property/);
  }
  assert.is(await property(tester, '/A/f.txt', 'note'), null, 'all or nothing');
});

test('PUT with If-None-Match: * creates once and answers 412 when something is there, also to someone who could not overwrite it', async () => {
  assert.is((await tester('PUT', '/once.txt', { headers: { 'If-None-Match': '*' }, body: 'first' })).status, 201);
  assert.is((await tester('PUT', '/once.txt', { headers: { 'If-None-Match': '*' }, body: 'second' })).status, 412);
  assert.is((await bruno('PUT', '/once.txt', { headers: { 'If-None-Match': '*' }, body: 'third' })).status, 412);
  assert.is((await bruno('PUT', '/A/once.txt', { headers: { 'If-None-Match': '*' }, body: 'x' })).status, 403, 'a free name where he may not add is still 403');
  assert.is(await readFile(join(agent.shareDir, 'once.txt'), 'utf8'), 'first');
});

test('recipients pending: nobody but the owner can open the file, or see it listed, until the owner sets the list', async () => {
  const put = await curl(['-u', `tester:${agent.password}`, '-T', '-', '-H', 'X-Mesh-Share-Recipients: pending', '-H', 'If-None-Match: *', '-w', '%{http_code}', `${agent.url}for-bruno.pdf`]);
  assert.is(put.stdout, '201');
  assert.is((await tester('GET', '/for-bruno.pdf')).status, 200);
  for (const user of [bruno, carla]) {
    for (const method of ['GET', 'HEAD', 'PROPFIND']) {
      const reply = await user(method, '/for-bruno.pdf', { headers: { depth: '0' } });
      assert.is(reply.status, 403, method);
      if (method !== 'HEAD') assert.is(reply.body.toString(), '“for-bruno.pdf” is waiting for its owner (tester) to choose who may open it.\n');
    }
  }
  const listedFor = async (user: typeof tester): Promise<string[]> => parseMultistatus((await user('PROPFIND', '/', { headers: { depth: '1' } })).body.toString()).map((r) => r.href);
  assert.ok((await listedFor(tester)).includes('/for-bruno.pdf'));
  assert.not.ok((await listedFor(bruno)).includes('/for-bruno.pdf'), 'hidden from PROPFIND');
  assert.not.match((await bruno('GET', '/', { headers: { accept: BROWSER_ACCEPT } })).body.toString(), /for-bruno/, 'and from the folder page');
  assert.not.match((await bruno('GET', '/')).body.toString(), /for-bruno/, 'and from the plain list');
  assert.is(await property(tester, '/for-bruno.pdf', 'recipients'), '', 'an empty list: pending');

  assert.is((await bruno('PROPPATCH', '/for-bruno.pdf', { body: setRecipients('user:bruno') })).status, 403, 'only the owner says who');
  const set = await tester('PROPPATCH', '/for-bruno.pdf', { body: setRecipients('user:bruno', `peer:12D3KooW${'A'.repeat(44)}`) });
  assert.equal(parseMultistatus(set.body.toString())[0]!.propstats.map((p) => p.status), [200]);
  assert.is((await bruno('GET', '/for-bruno.pdf')).status, 200, 'listed');
  assert.ok((await listedFor(bruno)).includes('/for-bruno.pdf'));
  const unlisted = await carla('GET', '/for-bruno.pdf');
  assert.is(unlisted.status, 403, 'not listed');
  assert.match(unlisted.body.toString(), /was left for particular people, and you are not one of them/);
  assert.is((await bruno('DELETE', '/for-bruno.pdf')).status, 403, 'reading is not owning');
  assert.match(String(await property(bruno, '/for-bruno.pdf', 'recipients')), /user:bruno/);
});

test('a bad recipient list is refused (409, nothing changes); removing the list opens the file to everyone', async () => {
  const bad = await tester('PROPPATCH', '/for-bruno.pdf', { body: setRecipients('carla') });
  assert.is(bad.status, 207);
  const [response] = parseMultistatus(bad.body.toString());
  assert.equal(response!.propstats.map((p) => p.status), [409]);
  assert.match(bad.body.toString(), /is not a principal: write peer:PEERID \(a laptop\) or user:NAME/);
  assert.is((await carla('GET', '/for-bruno.pdf')).status, 403);
  const remove = await tester('PROPPATCH', '/for-bruno.pdf', { body: propertyUpdate('<D:remove><D:prop><ms:recipients/></D:prop></D:remove>') });
  assert.equal(parseMultistatus(remove.body.toString())[0]!.propstats.map((p) => p.status), [200]);
  assert.is((await carla('GET', '/for-bruno.pdf')).status, 200);
  const root = await tester('PROPPATCH', '/', { body: setRecipients('user:bruno') });
  assert.equal(parseMultistatus(root.body.toString())[0]!.propstats.map((p) => p.status), [409], 'not on the share itself');
});

test('X-Mesh-Share-Recipients takes only "pending"; anything else is 400 and nothing is written', async () => {
  const reply = await tester('PUT', '/bad-mark.txt', { headers: { 'X-Mesh-Share-Recipients': 'everyone' }, body: 'x' });
  assert.is(reply.status, 400);
  assert.not.ok(await exists(join(agent.shareDir, 'bad-mark.txt')));
});

test('a folder marked for someone keeps what is inside it for them; lists and owners follow MOVE and survive a restart', async () => {
  assert.is((await tester('MKCOL', '/Kept/')).status, 201);
  assert.is((await tester('PUT', '/Kept/one.txt', { body: '1' })).status, 201);
  await tester('PROPPATCH', '/Kept/', { body: setRecipients('user:carla') });
  assert.is((await bruno('GET', '/Kept/one.txt')).status, 403);
  assert.is((await carla('GET', '/Kept/one.txt')).status, 200);
  assert.is((await tester('MOVE', '/Kept/', { headers: { destination: '/Kept2/' } })).status, 201);
  assert.is((await bruno('GET', '/Kept2/one.txt')).status, 403, 'the list moved with the folder');
  assert.is((await tester('PUT', '/pending.txt', { headers: { 'X-Mesh-Share-Recipients': 'pending' }, body: 'p' })).status, 201);
  assert.is(await agent.stop(), 0);
  agent = await startAgentProcess({ dataDir: agent.dataDir, shareDir: agent.shareDir });
  assert.is((await bruno('GET', '/Kept2/one.txt')).status, 403);
  assert.is((await carla('GET', '/Kept2/one.txt')).status, 200);
  assert.is((await bruno('GET', '/pending.txt')).status, 403);
  assert.is((await bruno('DELETE', '/A/f.txt')).status, 403, "tester's folder is still tester's");
  assert.is((await tester('DELETE', '/Kept2/')).status, 204);
  assert.is((await tester('MKCOL', '/Kept2/')).status, 201);
  assert.is((await tester('PUT', '/Kept2/one.txt', { body: 'new' })).status, 201);
  assert.is((await bruno('GET', '/Kept2/one.txt')).status, 200, 'a new folder of the same name starts open');
});

test.run();
