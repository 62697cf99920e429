/**
 * Hostile and malformed requests against a real agent process. Every refusal
 * must be a 4xx (the status RFC 4918 / RFC 9110 define, where they define
 * one), with a short body that leaks neither a stack trace nor an absolute
 * path, and the agent must keep answering afterwards.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, startAgentProcess } from '../helpers/agent-process.js';
import {
  basicAuth,
  buildRequest,
  childElements,
  openTcp,
  openTls,
  parseMultistatus,
  parseResponse,
  parseXml,
  rawExchange,
  rawRequest,
  sleep,
  waitForClose,
  type RawResponse,
} from '../helpers/raw-https.js';

type Agent = Awaited<ReturnType<typeof startAgentProcess>>;
interface Res {
  status: number | null;
  headers: Record<string, unknown>;
  body: Buffer;
}

const test = suite('hostile inputs');

// ---- shared state, created lazily so a failed start shows up in every test instead of vanishing in a hook ----

let agentPromise: Promise<Agent> | null = null;
let smallAgentPromise: Promise<Agent> | null = null;
const started: Agent[] = [];
let outsideDir = '';
const SECRET = `secret-${randomBytes(12).toString('hex')}`;
/** Absolute paths that must never appear in a response. */
const privatePaths = new Set<string>();

async function agent(): Promise<Agent> {
  agentPromise ??= (async () => {
    const a = await startAgentProcess();
    started.push(a);
    for (const p of [a.shareDir, a.dataDir]) {
      privatePaths.add(p);
      privatePaths.add(await realpath(p).catch(() => p));
    }
    return a;
  })();
  return agentPromise;
}

/** A second agent started with `--max-upload 1K`. */
async function smallAgent(): Promise<Agent> {
  smallAgentPromise ??= (async () => {
    const a = await startAgentProcess({ args: ['--max-upload', '1K'] });
    started.push(a);
    for (const p of [a.shareDir, a.dataDir]) {
      privatePaths.add(p);
      privatePaths.add(await realpath(p).catch(() => p));
    }
    return a;
  })();
  return smallAgentPromise;
}

/** A folder outside every share, with a secret file in it, and links to it from inside the main share. */
async function outside(): Promise<string> {
  if (outsideDir !== '') return outsideDir;
  const a = await agent();
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-outside-'));
  await writeFile(join(dir, 'secret.txt'), `${SECRET}\n`);
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'deeper.txt'), `${SECRET} deeper\n`);
  await symlink(dir, join(a.shareDir, 'escape'));
  await symlink(join(dir, 'secret.txt'), join(a.shareDir, 'escape-file'));
  await symlink(join(dir, 'not-there-yet.txt'), join(a.shareDir, 'dangling'));
  await symlink('../../../../../../../../../../../..' + dir, join(a.shareDir, 'escape-relative'));
  privatePaths.add(dir);
  privatePaths.add(await realpath(dir));
  outsideDir = dir;
  return dir;
}

/** Name -> sha256 of content (or "dir"/"link") of everything under a folder, for before/after comparison. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      const name = prefix + entry.name;
      if (entry.isSymbolicLink()) out[name] = 'link';
      else if (entry.isDirectory()) {
        out[name] = 'dir';
        await walk(full, `${name}/`);
      } else out[name] = createHash('sha256').update(await readFile(full)).digest('hex');
    }
  };
  await walk(dir, '');
  return out;
}

const auth = (a: Agent): { user: string; password: string } => {
  if (a.password === null) throw new Error('the test agent has no known password');
  return { user: a.user, password: a.password };
};

function header(res: Res, name: string): string | undefined {
  const value = res.headers[name.toLowerCase()];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function describe(label: string, res: Res): string {
  const body = res.body.toString('utf8');
  const headers = Object.entries(res.headers)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join('\n    ');
  return `${label}\n  -> ${res.status}\n    ${headers}\n  body (${res.body.length} bytes): ${JSON.stringify(body.slice(0, 600))}`;
}

const LEAKS: [RegExp, string][] = [
  [/^\s*at\s/m, 'a stack frame ("at ...")'],
  [/\.js:\d+/, 'a source location (".js:N")'],
  [/\.ts:\d+/, 'a source location (".ts:N")'],
  [/Error:/, 'an exception name ("Error:")'],
  [/node:internal/, 'a Node internal module name'],
];

/**
 * A refusal the client can read safely: the expected status, a short text or
 * XML body, no stack, no absolute path in body or headers.
 */
function assertRefusal(label: string, res: Res, statuses: readonly number[]): void {
  const info = describe(label, res);
  assert.ok(res.status !== null && statuses.includes(res.status), `${label}: expected ${statuses.join(' or ')}, got ${res.status}\n${info}`);
  assertNoLeak(label, res);
  assert.ok(res.body.length <= 2048, `${label}: refusal body is ${res.body.length} bytes, expected a short message\n${info}`);
  const type = header(res, 'content-type');
  if (res.body.length > 0) {
    assert.ok(type !== undefined && /^(text\/plain|application\/xml|text\/xml)\b/.test(type), `${label}: refusal body has Content-Type ${String(type)}, expected text/plain or XML\n${info}`);
  }
}

function assertNoLeak(label: string, res: Res): void {
  const info = describe(label, res);
  const body = res.body.toString('utf8');
  for (const [pattern, what] of LEAKS) assert.not.match(body, pattern, `${label}: the body contains ${what}\n${info}`);
  const headerText = Object.values(res.headers).map((v) => (Array.isArray(v) ? v.join(', ') : String(v))).join('\n');
  for (const text of [body, headerText]) {
    for (const p of privatePaths) assert.not.ok(text.includes(p), `${label}: the response contains the private path ${p}\n${info}`);
    for (const p of ['/root/', '/tmp/', '/home/']) assert.not.ok(text.includes(p), `${label}: the response contains an absolute path (${p})\n${info}`);
  }
  assert.not.ok(body.includes(SECRET), `${label}: the response contains the secret from outside the share\n${info}`);
  assert.not.match(body, /root:.*:0:0:/, `${label}: the response contains /etc/passwd\n${info}`);
}

/** The agent is still up and answers an authenticated OPTIONS /. */
async function assertAlive(a: Agent, label = ''): Promise<void> {
  assert.is(a.process.exitCode, null, `agent exited (${a.process.exitCode}) ${label}\nstderr:\n${a.stderr().slice(-3000)}`);
  assert.is(a.process.signalCode, null, `agent was killed by ${a.process.signalCode} ${label}`);
  const res = await request(a, 'OPTIONS', '/', { auth: auth(a) });
  assert.ok(res.status === 200 || res.status === 204, `authenticated OPTIONS / after ${label}: ${res.status}\n${describe('OPTIONS /', res)}`);
}

/** Raw request with the agent's credentials; the target goes on the wire exactly as written. */
function raw(a: Agent, method: string, target: string, options: { headers?: Record<string, string>; body?: string | Buffer; auth?: false; timeoutMs?: number } = {}): Promise<RawResponse> {
  return rawRequest(a.port, method, target, { ...options, auth: options.auth === false ? false : auth(a) });
}

async function put(a: Agent, path: string, content: string | Buffer): Promise<void> {
  const res = await request(a, 'PUT', path, { body: content, auth: auth(a) });
  assert.ok(res.status === 201 || res.status === 204, describe(`setup PUT ${path}`, res));
}

/** Nothing named `name` anywhere in the share (file or staging leftover). */
async function shareHasNo(a: Agent, name: string, label: string): Promise<void> {
  const all = Object.keys(await snapshot(a.shareDir));
  const found = all.filter((p) => p === name || p.endsWith(`/${name}`));
  assert.equal(found, [], `${label}: ${name} exists in the share`);
}

/** No upload leftovers (staging files) in the share or the data dir. */
async function noStagingLeftovers(a: Agent, label: string): Promise<void> {
  // The server removes a staging file after the body fails; give it a moment.
  let left: string[] = [];
  for (let i = 0; i < 20; i++) {
    left = [...Object.keys(await snapshot(a.shareDir)), ...Object.keys(await snapshot(a.dataDir))].filter((p) => /(^|\/)upload-[0-9a-f]+$/.test(p));
    if (left.length === 0) return;
    await sleep(100);
  }
  assert.equal(left, [], `${label}: partial upload files were left behind`);
}

// ---- bad percent-encoding -----------------------------------------------------------------------------

test('GET /%zz without credentials: 400 (or the 401 challenge), no crash', async () => {
  const a = await agent();
  const res = await raw(a, 'GET', '/%zz', { auth: false });
  assertRefusal('GET /%zz (no credentials)', res, [400, 401]);
  await assertAlive(a, 'GET /%zz without credentials');
});

test('GET /%zz authenticated: 400', async () => {
  const a = await agent();
  const res = await raw(a, 'GET', '/%zz');
  assertRefusal('GET /%zz', res, [400]);
  await assertAlive(a, 'GET /%zz');
});

// ---- traversal --------------------------------------------------------------------------------------

const TRAVERSALS = [
  '/%2e%2e/%2e%2e/etc/passwd',
  '/../',
  '/../../../../../../etc/passwd',
  '/..%2f..%2f..%2f..%2fetc/passwd',
  '/a%5c..%5c..%5c..%5cetc%5cpasswd',
  '/a%5c..%5c..',
  '/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
  '/%00',
  '/etc%00.txt',
  '/a/%00/../../etc/passwd',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '/%ed%a0%80',
];
for (const target of TRAVERSALS) {
  test(`GET ${target}: 400 or 404, never /etc/passwd`, async () => {
    const a = await agent();
    const res = await raw(a, 'GET', target);
    assertRefusal(`GET ${target}`, res, [400, 404]);
    await assertAlive(a, `GET ${target}`);
  });
}

test('PUT /%2e%2e/%2e%2e/<outside>/x: refused, nothing written outside', async () => {
  const a = await agent();
  const dir = await outside();
  const before = await snapshot(dir);
  const target = `/${'%2e%2e/'.repeat(12)}${dir.split('/').filter(Boolean).map(encodeURIComponent).join('/')}/planted.txt`;
  const res = await raw(a, 'PUT', target, { body: 'planted' });
  assertRefusal(`PUT ${target}`, res, [400, 403, 404, 409]);
  assert.equal(await snapshot(dir), before, 'the folder outside the share changed');
  await assertAlive(a, 'PUT traversal');
});

test('a raw NUL byte in the request line: 400', async () => {
  const a = await agent();
  const res = await rawExchange(a.port, buildRequest('GET', '/a\u0000b', { Host: `127.0.0.1:${a.port}`, Authorization: basicAuth(auth(a).user, auth(a).password), Connection: 'close' }));
  assertRefusal('GET /a<NUL>b', res, [400]);
  await assertAlive(a, 'raw NUL');
});

// ---- symbolic links leading out of the share ------------------------------------------------------

test('GET through a link to a folder outside: refused, secret not served', async () => {
  const a = await agent();
  await outside();
  for (const path of ['/escape/secret.txt', '/escape/sub/deeper.txt', '/escape-relative/secret.txt']) {
    const res = await raw(a, 'GET', path);
    assertRefusal(`GET ${path}`, res, [403, 404]);
  }
  await assertAlive(a, 'GET through escaping link');
});

test('GET of a link to a file outside, and of the escaping folder link itself: refused', async () => {
  const a = await agent();
  await outside();
  for (const path of ['/escape-file', '/escape', '/escape/', '/escape-relative/']) {
    const res = await raw(a, 'GET', path);
    assertRefusal(`GET ${path}`, res, [403, 404]);
    assert.not.ok(res.body.toString('utf8').includes('secret.txt'), `GET ${path} listed the outside folder`);
  }
  await assertAlive(a, 'GET escaping link');
});

test('PUT through and onto escaping links: refused, nothing outside changes', async () => {
  const a = await agent();
  const dir = await outside();
  const before = await snapshot(dir);
  for (const path of ['/escape/new.txt', '/escape/secret.txt', '/escape-file', '/escape/sub/deeper.txt', '/dangling', '/escape-relative/new.txt']) {
    const res = await raw(a, 'PUT', path, { body: 'overwritten by the test' });
    assertRefusal(`PUT ${path}`, res, [403, 404, 409]);
    assert.equal(await snapshot(dir), before, `PUT ${path} changed the folder outside the share`);
  }
  assert.ok(!existsSync(join(dir, 'not-there-yet.txt')), 'PUT through a dangling link created its target outside the share');
  assert.is(await readFile(join(dir, 'secret.txt'), 'utf8'), `${SECRET}\n`);
  await assertAlive(a, 'PUT escaping link');
});

test('DELETE through and of escaping links: refused, nothing outside deleted', async () => {
  const a = await agent();
  const dir = await outside();
  const before = await snapshot(dir);
  for (const path of ['/escape/secret.txt', '/escape/sub', '/escape/sub/', '/escape-file', '/escape', '/escape/', '/escape-relative/']) {
    const res = await raw(a, 'DELETE', path);
    assertRefusal(`DELETE ${path}`, res, [403, 404]);
    assert.equal(await snapshot(dir), before, `DELETE ${path} changed the folder outside the share`);
  }
  assert.ok((await lstat(join(a.shareDir, 'escape'))).isSymbolicLink(), 'the escape link is still in the share');
  await assertAlive(a, 'DELETE escaping link');
});

test('MKCOL, LOCK, PROPPATCH through escaping links: refused, nothing outside changes', async () => {
  const a = await agent();
  const dir = await outside();
  const before = await snapshot(dir);
  const mk = await raw(a, 'MKCOL', '/escape/newdir');
  assertRefusal('MKCOL /escape/newdir', mk, [403, 404, 409]);
  const lockBody = '<?xml version="1.0" encoding="utf-8"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner>test</D:owner></D:lockinfo>';
  const lock = await raw(a, 'LOCK', '/escape/locked.txt', { body: lockBody, headers: { 'Content-Type': 'application/xml', Depth: '0' } });
  assertRefusal('LOCK /escape/locked.txt', lock, [403, 404, 409]);
  const patchBody = '<?xml version="1.0" encoding="utf-8"?><D:propertyupdate xmlns:D="DAV:" xmlns:Z="urn:test"><D:set><D:prop><Z:x>y</Z:x></D:prop></D:set></D:propertyupdate>';
  for (const path of ['/escape-file', '/escape/secret.txt']) {
    const res = await raw(a, 'PROPPATCH', path, { body: patchBody, headers: { 'Content-Type': 'application/xml' } });
    assertRefusal(`PROPPATCH ${path}`, res, [403, 404]);
  }
  assert.equal(await snapshot(dir), before, 'the folder outside the share changed');
  await assertAlive(a, 'MKCOL/LOCK/PROPPATCH escaping link');
});

test('COPY and MOVE in and out through escaping links: refused, nothing crosses the share boundary', async () => {
  const a = await agent();
  const dir = await outside();
  await put(a, '/inside.txt', 'inside content\n');
  const before = await snapshot(dir);
  const origin = `https://127.0.0.1:${a.port}`;
  const cases: [string, string, string][] = [
    ['COPY', '/escape/secret.txt', '/stolen.txt'],
    ['COPY', '/escape-file', '/stolen.txt'],
    ['COPY', '/escape/', '/stolen-dir/'],
    ['MOVE', '/escape/secret.txt', '/stolen.txt'],
    ['COPY', '/inside.txt', '/escape/copied.txt'],
    ['MOVE', '/inside.txt', '/escape/moved.txt'],
    ['COPY', '/inside.txt', '/escape-file'],
    ['MOVE', '/inside.txt', '/dangling'],
  ];
  for (const [method, from, to] of cases) {
    const res = await raw(a, method, from, { headers: { Destination: `${origin}${to}`, Overwrite: 'T' } });
    assertRefusal(`${method} ${from} -> ${to}`, res, [403, 404, 409]);
    assert.equal(await snapshot(dir), before, `${method} ${from} -> ${to} changed the folder outside the share`);
  }
  await shareHasNo(a, 'stolen.txt', 'COPY out of an escaping link');
  await shareHasNo(a, 'stolen-dir', 'COPY out of an escaping link');
  assert.is(await readFile(join(a.shareDir, 'inside.txt'), 'utf8'), 'inside content\n', 'the source of a refused MOVE is gone');
  assert.ok((await lstat(join(a.shareDir, 'escape-file'))).isSymbolicLink(), 'COPY onto /escape-file replaced the link');
  await assertAlive(a, 'COPY/MOVE escaping link');
});

test('PROPFIND Depth 1 on and through escaping links: refused, nothing outside listed', async () => {
  const a = await agent();
  await outside();
  for (const path of ['/escape/', '/escape', '/escape/sub/', '/escape-file', '/escape-relative/']) {
    const res = await raw(a, 'PROPFIND', path, { headers: { Depth: '1' } });
    assertRefusal(`PROPFIND ${path}`, res, [403, 404]);
    const body = res.body.toString('utf8');
    assert.not.ok(body.includes('secret.txt') || body.includes('deeper.txt'), `PROPFIND ${path} listed the outside folder`);
  }
  await assertAlive(a, 'PROPFIND escaping link');
});

test('PROPFIND Depth 1 on the share root does not list escaping or dangling links', async () => {
  const a = await agent();
  await outside();
  await put(a, '/visible.txt', 'visible\n');
  const res = await raw(a, 'PROPFIND', '/', { headers: { Depth: '1' } });
  assert.is(res.status, 207, describe('PROPFIND / Depth 1', res));
  assertNoLeak('PROPFIND / Depth 1', res);
  const hrefs = parseMultistatus(res.body.toString('utf8')).map((r) => decodeURIComponent(r.href.replace(/^https?:\/\/[^/]+/, '')));
  assert.ok(hrefs.includes('/visible.txt'), `the listing misses /visible.txt: ${hrefs.join(' ')}`);
  for (const name of ['escape', 'escape-file', 'dangling', 'escape-relative']) {
    assert.not.ok(hrefs.some((h) => h === `/${name}` || h === `/${name}/` || h.startsWith(`/${name}/`)), `PROPFIND / lists the link ${name}: ${hrefs.join(' ')}`);
  }
  await assertAlive(a, 'PROPFIND root');
});

// ---- symbolic links inside the share ----------------------------------------------------------------

test('a link inside the share to a place inside is followed: GET serves the target, PROPFIND lists it', async () => {
  const a = await agent();
  await mkdir(join(a.shareDir, 'docs'), { recursive: true });
  await writeFile(join(a.shareDir, 'docs', 'a.txt'), 'inside content\n');
  await symlink('docs', join(a.shareDir, 'docs-link'));
  await symlink('docs/a.txt', join(a.shareDir, 'a-link.txt'));
  const viaDir = await raw(a, 'GET', '/docs-link/a.txt');
  assert.is(viaDir.status, 200, describe('GET /docs-link/a.txt', viaDir));
  assert.is(viaDir.body.toString('utf8'), 'inside content\n');
  const viaFile = await raw(a, 'GET', '/a-link.txt');
  assert.is(viaFile.status, 200, describe('GET /a-link.txt', viaFile));
  assert.is(viaFile.body.toString('utf8'), 'inside content\n');
  const listing = await raw(a, 'PROPFIND', '/', { headers: { Depth: '1' } });
  assert.is(listing.status, 207, describe('PROPFIND /', listing));
  const hrefs = parseMultistatus(listing.body.toString('utf8')).map((r) => r.href.replace(/^https?:\/\/[^/]+/, ''));
  assert.ok(hrefs.includes('/docs-link/'), `PROPFIND / does not list /docs-link/ as a collection: ${hrefs.join(' ')}`);
  assert.ok(hrefs.includes('/a-link.txt'), `PROPFIND / does not list /a-link.txt: ${hrefs.join(' ')}`);
  await assertAlive(a, 'inside links');
});

// ---- malformed XML ------------------------------------------------------------------------------------

const XML_CASES: [string, string, string][] = [
  ['PROPFIND', 'unclosed elements', '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/>'],
  ['PROPFIND', 'an undeclared prefix', '<?xml version="1.0" encoding="utf-8"?><D:propfind><D:allprop/></D:propfind>'],
  ['PROPFIND', 'plain text', 'this is not XML at all'],
  ['PROPFIND', 'a root that is not DAV:propfind', '<?xml version="1.0" encoding="utf-8"?><D:propertyupdate xmlns:D="DAV:"/>'],
  ['PROPFIND', 'two root elements', '<D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind><D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>'],
  ['PROPFIND', 'an external entity (XXE)', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&e;</D:displayname></D:prop></D:propfind>'],
  ['PROPFIND', 'entity expansion (billion laughs)', `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><D:propfind xmlns:D="DAV:"><D:prop><D:x>&j;</D:x></D:prop></D:propfind>`],
  ['PROPPATCH', 'unclosed elements', '<?xml version="1.0" encoding="utf-8"?><D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><Z:x xmlns:Z="urn:z">'],
  ['PROPPATCH', 'plain text', 'garbage'],
  ['PROPPATCH', 'mismatched tags', '<D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><Z:x xmlns:Z="urn:z">v</Z:y></D:prop></D:set></D:propertyupdate>'],
  ['PROPPATCH', 'no body element at all (empty body)', ''],
  ['LOCK', 'unclosed elements', '<?xml version="1.0" encoding="utf-8"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/>'],
  ['LOCK', 'plain text', '}{ not xml'],
  ['LOCK', 'a root that is not DAV:lockinfo', '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>'],
];
for (const [method, what, body] of XML_CASES) {
  test(`${method} with ${what}: 400`, async () => {
    const a = await agent();
    const path = `/xml-target-${method.toLowerCase()}.txt`;
    if (method === 'PROPPATCH') await put(a, path, 'x');
    const res = await raw(a, method, path === '/xml-target-propfind.txt' ? '/' : path, {
      body: Buffer.from(body, 'utf8'),
      headers: { 'Content-Type': 'application/xml; charset=utf-8', Depth: method === 'LOCK' ? '0' : '0' },
    });
    assertRefusal(`${method} with ${what}`, res, [400]);
    if (method === 'LOCK') await shareHasNo(a, path.slice(1), 'a malformed LOCK');
    await assertAlive(a, `${method} with ${what}`);
  });
}

test('PROPFIND body with invalid UTF-8: 400', async () => {
  const a = await agent();
  const body = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><Z:'), Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from(' xmlns:Z="urn:z"/></D:prop></D:propfind>')]);
  const res = await raw(a, 'PROPFIND', '/', { body, headers: { 'Content-Type': 'application/xml', Depth: '0' } });
  assertRefusal('PROPFIND with invalid UTF-8', res, [400]);
  await assertAlive(a, 'invalid UTF-8');
});

// ---- Depth ----------------------------------------------------------------------------------------------

test('PROPFIND Depth: infinity on a collection: 403 with DAV:propfind-finite-depth', async () => {
  const a = await agent();
  const res = await raw(a, 'PROPFIND', '/', { headers: { Depth: 'infinity' } });
  assertRefusal('PROPFIND / Depth infinity', res, [403]);
  const root = parseXml(res.body.toString('utf8'));
  assert.ok(root.ns === 'DAV:' && root.local === 'error', `expected a DAV:error body, got {${root.ns}}${root.local}`);
  assert.ok(childElements(root, 'DAV:', 'propfind-finite-depth').length === 1, `DAV:error lacks DAV:propfind-finite-depth\n${describe('PROPFIND / Depth infinity', res)}`);
  await assertAlive(a, 'Depth infinity');
});

const BAD_DEPTHS: [string, string, string, Record<string, string>][] = [
  ['PROPFIND', '/', '2', {}],
  ['PROPFIND', '/', 'banana', {}],
  ['PROPFIND', '/', '-1', {}],
  ['PROPFIND', '/', '1, 0', {}],
  ['COPY', '/depth-dir/', '1', { Destination: '/depth-dir-copy/' }],
  ['COPY', '/depth-dir/', 'banana', { Destination: '/depth-dir-copy/' }],
  ['MOVE', '/depth-dir/', '0', { Destination: '/depth-dir-moved/' }],
  ['MOVE', '/depth-dir/', '1', { Destination: '/depth-dir-moved/' }],
  ['LOCK', '/depth-dir/', '1', {}],
  ['DELETE', '/depth-dir/', '0', {}],
];
for (const [method, path, depth, extra] of BAD_DEPTHS) {
  test(`${method} ${path} with Depth: ${depth}: 400`, async () => {
    const a = await agent();
    await mkdir(join(a.shareDir, 'depth-dir'), { recursive: true });
    await writeFile(join(a.shareDir, 'depth-dir', 'f.txt'), 'f\n');
    const headers: Record<string, string> = { Depth: depth, ...extra };
    if (headers.Destination?.startsWith('/')) headers.Destination = `https://127.0.0.1:${a.port}${headers.Destination}`;
    const body =
      method === 'LOCK'
        ? '<?xml version="1.0" encoding="utf-8"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockinfo>'
        : undefined;
    const res = await raw(a, method, path, { headers, body });
    assertRefusal(`${method} ${path} Depth: ${depth}`, res, [400]);
    assert.ok(existsSync(join(a.shareDir, 'depth-dir', 'f.txt')), `${method} with a bad Depth changed the folder`);
    await shareHasNo(a, 'depth-dir-copy', `${method} with a bad Depth`);
    await shareHasNo(a, 'depth-dir-moved', `${method} with a bad Depth`);
    await assertAlive(a, `${method} Depth ${depth}`);
  });
}

// ---- bodies the server must not store ------------------------------------------------------------------

test('PUT with Content-Encoding: gzip: 415, nothing stored', async () => {
  const a = await agent();
  const res = await raw(a, 'PUT', '/gzipped.txt', { body: Buffer.from('1f8b0800000000000003cb48cdc9c9e70200', 'hex'), headers: { 'Content-Encoding': 'gzip' } });
  assertRefusal('PUT Content-Encoding gzip', res, [415]);
  await shareHasNo(a, 'gzipped.txt', 'PUT gzip');
  await assertAlive(a, 'Content-Encoding gzip');
});

test('PROPFIND body over the XML limit (Content-Length): 413', async () => {
  const a = await agent();
  const filler = `<!-- ${'x'.repeat(3 * 1024 * 1024)} -->`;
  const body = `<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:">${filler}<D:allprop/></D:propfind>`;
  const res = await raw(a, 'PROPFIND', '/', { body, headers: { 'Content-Type': 'application/xml', Depth: '0' }, timeoutMs: 20_000 });
  assertRefusal('PROPFIND with a 3 MiB body', res, [413]);
  await assertAlive(a, 'oversized XML');
});

test('PROPPATCH body over the XML limit (chunked, no length): 413', async () => {
  const a = await agent();
  await put(a, '/big-xml-target.txt', 'x');
  const piece = Buffer.from(`<!-- ${'y'.repeat(64 * 1024)} -->`);
  const chunks: Buffer[] = [Buffer.from(`${'<?xml version="1.0"?><D:propertyupdate xmlns:D="DAV:">'.length.toString(16)}\r\n<?xml version="1.0"?><D:propertyupdate xmlns:D="DAV:">\r\n`)];
  for (let i = 0; i < 48; i++) chunks.push(Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]));
  chunks.push(Buffer.from('0\r\n\r\n'));
  const head = buildRequest('PROPPATCH', '/big-xml-target.txt', {
    Host: `127.0.0.1:${a.port}`,
    Authorization: basicAuth(auth(a).user, auth(a).password),
    'Content-Type': 'application/xml',
    'Transfer-Encoding': 'chunked',
    Connection: 'close',
  });
  const res = await rawExchange(a.port, [head, ...chunks], { timeoutMs: 20_000 });
  assertRefusal('PROPPATCH with a 3 MiB chunked body', res, [413]);
  await assertAlive(a, 'oversized chunked XML');
});

test('--max-upload 1K: a small upload is accepted, a larger one is 413 and leaves no file', async () => {
  const a = await smallAgent();
  const ok = await raw(a, 'PUT', '/small.txt', { body: 'a'.repeat(1000) });
  assert.is(ok.status, 201, describe('PUT 1000 bytes under --max-upload 1K', ok));
  const big = await raw(a, 'PUT', '/big.txt', { body: 'b'.repeat(4096) });
  assertRefusal('PUT 4096 bytes under --max-upload 1K', big, [413]);
  await shareHasNo(a, 'big.txt', 'PUT over --max-upload');
  await noStagingLeftovers(a, 'PUT over --max-upload');
  await assertAlive(a, '--max-upload');
});

test('--max-upload 1K: a chunked upload over the limit is 413 and leaves no file', async () => {
  const a = await smallAgent();
  const head = buildRequest('PUT', '/big-chunked.txt', {
    Host: `127.0.0.1:${a.port}`,
    Authorization: basicAuth(auth(a).user, auth(a).password),
    'Transfer-Encoding': 'chunked',
    Connection: 'close',
  });
  const chunk = Buffer.concat([Buffer.from('400\r\n'), Buffer.alloc(1024, 0x63), Buffer.from('\r\n')]);
  const res = await rawExchange(a.port, [head, chunk, chunk, chunk, chunk, '0\r\n\r\n'], { timeoutMs: 15_000 });
  assertRefusal('chunked PUT of 4096 bytes under --max-upload 1K', res, [413]);
  await shareHasNo(a, 'big-chunked.txt', 'chunked PUT over --max-upload');
  await noStagingLeftovers(a, 'chunked PUT over --max-upload');
  await assertAlive(a, 'chunked --max-upload');
});

test('--max-upload 1K: replacing a file with a larger one is 413 and keeps the old content', async () => {
  const a = await smallAgent();
  await put(a, '/keep.txt', 'old content\n');
  for (const chunked of [false, true]) {
    let res: RawResponse;
    if (chunked) {
      const head = buildRequest('PUT', '/keep.txt', { Host: `127.0.0.1:${a.port}`, Authorization: basicAuth(auth(a).user, auth(a).password), 'Transfer-Encoding': 'chunked', Connection: 'close' });
      const chunk = Buffer.concat([Buffer.from('800\r\n'), Buffer.alloc(2048, 0x64), Buffer.from('\r\n')]);
      res = await rawExchange(a.port, [head, chunk, '0\r\n\r\n'], { timeoutMs: 15_000 });
    } else {
      res = await raw(a, 'PUT', '/keep.txt', { body: 'd'.repeat(2048) });
    }
    assertRefusal(`${chunked ? 'chunked ' : ''}PUT over an existing file under --max-upload 1K`, res, [413]);
    assert.is(await readFile(join(a.shareDir, 'keep.txt'), 'utf8'), 'old content\n', 'the old content was damaged by a refused upload');
  }
  await noStagingLeftovers(a, 'replacing PUT over --max-upload');
  await assertAlive(a, 'replace --max-upload');
});

// ---- headers --------------------------------------------------------------------------------------------

test('a header too large: 431', async () => {
  const a = await agent();
  const res = await raw(a, 'GET', '/', { headers: { 'X-Big': 'a'.repeat(32 * 1024) } });
  assertRefusal('GET with a 32 KiB header', res, [431]);
  await assertAlive(a, 'header too large');
});

test('headers too large in total (many of them): 431', async () => {
  const a = await agent();
  const headers: Record<string, string> = {};
  for (let i = 0; i < 3000; i++) headers[`X-Filler-${i}`] = 'abcdefgh';
  const res = await raw(a, 'GET', '/', { headers });
  assertRefusal('GET with 3000 headers (about 60 KiB)', res, [431]);
  await assertAlive(a, 'many headers over the byte limit');
});

test('too many header fields (1200 tiny ones, under the byte limit): 400 or 431, never silently dropped', async () => {
  const a = await agent();
  await put(a, '/many-headers.txt', 'original\n');
  const headers: Record<string, string> = {};
  for (let i = 0; i < 1200; i++) headers[`h${i}`] = '1';
  // The last field is a precondition that fails: a server that silently drops fields past a count would overwrite the file.
  headers['If-Match'] = '"this-etag-does-not-match"';
  const res = await raw(a, 'PUT', '/many-headers.txt', { headers, body: 'overwritten\n' });
  assertRefusal('PUT with 1200 header fields and a failing If-Match last', res, [400, 431]);
  assert.is(await readFile(join(a.shareDir, 'many-headers.txt'), 'utf8'), 'original\n', 'the file was overwritten although its If-Match (the last header) fails');
  await assertAlive(a, 'too many header fields');
});

// ---- Destination ------------------------------------------------------------------------------------------

test('COPY/MOVE with a Destination on another host: 502, nothing copied', async () => {
  const a = await agent();
  await put(a, '/dest-src.txt', 'source\n');
  for (const method of ['COPY', 'MOVE']) {
    for (const destination of [`https://example.com:${a.port}/dest-other-host.txt`, `https://example.com/dest-other-host.txt`, `https://192.0.2.1:${a.port}/dest-other-host.txt`]) {
      const res = await raw(a, method, '/dest-src.txt', { headers: { Destination: destination } });
      assertRefusal(`${method} Destination: ${destination}`, res, [502]);
    }
  }
  await shareHasNo(a, 'dest-other-host.txt', 'COPY to another host');
  assert.ok(existsSync(join(a.shareDir, 'dest-src.txt')), 'the MOVE source is gone');
  await assertAlive(a, 'Destination other host');
});

test('COPY/MOVE with a Destination on another port or scheme: 502', async () => {
  const a = await agent();
  await put(a, '/dest-src2.txt', 'source\n');
  for (const method of ['COPY', 'MOVE']) {
    for (const destination of [`https://127.0.0.1:${a.port === 1 ? 2 : a.port - 1}/dest-other-port.txt`, `http://127.0.0.1:${a.port}/dest-other-port.txt`, `ftp://127.0.0.1:${a.port}/dest-other-port.txt`]) {
      const res = await raw(a, method, '/dest-src2.txt', { headers: { Destination: destination } });
      assertRefusal(`${method} Destination: ${destination}`, res, [502]);
    }
  }
  await shareHasNo(a, 'dest-other-port.txt', 'COPY to another port');
  assert.ok(existsSync(join(a.shareDir, 'dest-src2.txt')), 'the MOVE source is gone');
  await assertAlive(a, 'Destination other port');
});

test('COPY/MOVE with a garbage or missing Destination: 400', async () => {
  const a = await agent();
  await put(a, '/dest-src3.txt', 'source\n');
  const before = Object.keys(await snapshot(a.shareDir)).sort();
  for (const method of ['COPY', 'MOVE']) {
    for (const destination of ['not a url at all', 'garbage', 'https://[::1', 'https://', '//', 'relative/path.txt', '../up.txt', `https://127.0.0.1:${a.port}/%zz`, `https://127.0.0.1:${a.port}/a%00b`, null]) {
      const res = await raw(a, method, '/dest-src3.txt', { headers: destination === null ? {} : { Destination: destination } });
      assertRefusal(`${method} Destination: ${destination === null ? '(none)' : destination}`, res, [400]);
    }
  }
  assert.equal(Object.keys(await snapshot(a.shareDir)).sort(), before, 'a COPY or MOVE with a bad Destination changed the share');
  await assertAlive(a, 'Destination garbage');
});

test('COPY/MOVE with a Destination outside the share via ..: refused, nothing written outside', async () => {
  const a = await agent();
  const dir = await outside();
  await put(a, '/dest-src4.txt', 'source\n');
  const before = await snapshot(dir);
  const outsidePath = dir.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  const destinations = [
    `https://127.0.0.1:${a.port}/${'../'.repeat(12)}${outsidePath}/copied.txt`,
    `https://127.0.0.1:${a.port}/${'%2e%2e/'.repeat(12)}${outsidePath}/copied.txt`,
    `/${'../'.repeat(12)}${outsidePath}/copied.txt`,
    `https://127.0.0.1:${a.port}/${'..%2f'.repeat(12)}${outsidePath.replaceAll('/', '%2f')}%2fcopied.txt`,
    `https://127.0.0.1:${a.port}/a%5c..%5c..%5c..%5ccopied.txt`,
  ];
  for (const method of ['COPY', 'MOVE']) {
    for (const destination of destinations) {
      const res = await raw(a, method, '/dest-src4.txt', { headers: { Destination: destination } });
      // RFC 3986 removes dot segments before the path is looked at, so "/../x" may also simply name "/x" inside the share (409: no such parent).
      assertRefusal(`${method} Destination: ${destination}`, res, [400, 403, 409, 502]);
      assert.equal(await snapshot(dir), before, `${method} to ${destination} wrote outside the share`);
    }
  }
  assert.ok(existsSync(join(a.shareDir, 'dest-src4.txt')), 'the MOVE source is gone');
  await assertAlive(a, 'Destination outside');
});

// ---- Range ------------------------------------------------------------------------------------------------

test('Range beyond the end: 416 with Content-Range: bytes */SIZE; a good range: 206', async () => {
  const a = await agent();
  const content = Buffer.from(Array.from({ length: 100 }, (_, i) => 65 + (i % 26)));
  await put(a, '/range.txt', content);
  for (const range of ['bytes=200-300', 'bytes=100-', 'bytes=-0']) {
    const bad = await raw(a, 'GET', '/range.txt', { headers: { Range: range } });
    assertRefusal(`GET Range: ${range}`, bad, [416]);
    assert.is(header(bad, 'content-range'), 'bytes */100', `GET Range: ${range}: Content-Range must be "bytes */100"\n${describe(`GET Range: ${range}`, bad)}`);
  }
  const good = await raw(a, 'GET', '/range.txt', { headers: { Range: 'bytes=10-19' } });
  assert.is(good.status, 206, describe('GET Range: bytes=10-19', good));
  assert.is(header(good, 'content-range'), 'bytes 10-19/100');
  assert.equal(good.body, content.subarray(10, 20));
  const suffix = await raw(a, 'GET', '/range.txt', { headers: { Range: 'bytes=-5' } });
  assert.is(suffix.status, 206, describe('GET Range: bytes=-5', suffix));
  assert.is(header(suffix, 'content-range'), 'bytes 95-99/100');
  assert.equal(suffix.body, content.subarray(95));
  await assertAlive(a, 'Range');
});

// ---- If header -------------------------------------------------------------------------------------------

for (const value of ['garbage', '(<opaquelocktoken:abc', '<https://127.0.0.1/x>', '(Not)', '([unclosed etag)', '()']) {
  test(`an If header that does not parse (${value}): 400`, async () => {
    const a = await agent();
    const res = await raw(a, 'PUT', '/if-target.txt', { body: 'x', headers: { If: value } });
    assertRefusal(`PUT If: ${value}`, res, [400]);
    await shareHasNo(a, 'if-target.txt', 'PUT with a broken If header');
    await assertAlive(a, `If: ${value}`);
  });
}

// ---- uploads cut short ------------------------------------------------------------------------------------

async function cutUpload(a: Agent, path: string, sent: number, chunked: boolean): Promise<void> {
  const socket = await openTls(a.port);
  const headers: Record<string, string> = { Host: `127.0.0.1:${a.port}`, Authorization: basicAuth(auth(a).user, auth(a).password) };
  if (chunked) headers['Transfer-Encoding'] = 'chunked';
  else headers['Content-Length'] = '100000';
  socket.write(buildRequest('PUT', path, headers));
  const data = Buffer.alloc(sent, 0x7a);
  socket.write(chunked ? Buffer.concat([Buffer.from(`${(100000).toString(16)}\r\n`), data]) : data);
  await sleep(300);
  socket.destroy();
  await sleep(500);
}

test('a truncated upload (Content-Length 100000, 3000 bytes sent) leaves no file and no partial file', async () => {
  const a = await agent();
  await cutUpload(a, '/truncated.txt', 3000, false);
  await shareHasNo(a, 'truncated.txt', 'a truncated upload');
  await noStagingLeftovers(a, 'a truncated upload');
  const res = await raw(a, 'GET', '/truncated.txt');
  assertRefusal('GET /truncated.txt after a cut upload', res, [404]);
  await assertAlive(a, 'truncated upload');
});

test('a truncated chunked upload leaves no file and no partial file', async () => {
  const a = await agent();
  await cutUpload(a, '/truncated-chunked.txt', 3000, true);
  await shareHasNo(a, 'truncated-chunked.txt', 'a truncated chunked upload');
  await noStagingLeftovers(a, 'a truncated chunked upload');
  await assertAlive(a, 'truncated chunked upload');
});

test('a PUT over an existing file cut midway leaves the old content intact', async () => {
  const a = await agent();
  await put(a, '/existing.txt', 'the old content\n');
  await cutUpload(a, '/existing.txt', 50_000, false);
  await cutUpload(a, '/existing.txt', 50_000, true);
  assert.is(await readFile(join(a.shareDir, 'existing.txt'), 'utf8'), 'the old content\n');
  const res = await raw(a, 'GET', '/existing.txt');
  assert.is(res.status, 200, describe('GET /existing.txt', res));
  assert.is(res.body.toString('utf8'), 'the old content\n');
  await noStagingLeftovers(a, 'a cut replacement');
  await assertAlive(a, 'cut replacement');
});

// ---- slow and idle clients --------------------------------------------------------------------------------

test('a slowloris client sending headers very slowly is disconnected (headers timeout)', async () => {
  const a = await agent();
  const socket = await openTls(a.port);
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  socket.on('error', () => {});
  socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${a.port}\r\n`);
  const startedAt = Date.now();
  let closed = false;
  let n = 0;
  // The server allows 20 s for the headers and checks every 5 s: it must cut us well within 30 s.
  while (Date.now() - startedAt < 32_000) {
    if (await waitForClose(socket, 2_000)) {
      closed = true;
      break;
    }
    if (!socket.destroyed) socket.write(`X-Slow-${n++}: ${'z'.repeat(5)}\r\n`);
  }
  const elapsed = Date.now() - startedAt;
  socket.destroy();
  assert.ok(closed, `the server kept a client that sent one header line every 2 s for ${Math.round(elapsed / 1000)} s`);
  const answer = parseResponse(Buffer.concat(received));
  assert.ok(answer.status === null || answer.status === 408 || answer.status === 400, `the server answered the slow client with ${answer.status}`);
  assertNoLeak('slowloris answer', { status: answer.status, headers: answer.headers, body: answer.body });
  await assertAlive(a, 'slowloris');
});

test('an idle keep-alive connection is closed by the server', async () => {
  const a = await agent();
  const socket = await openTls(a.port);
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  socket.on('error', () => {});
  socket.write(buildRequest('OPTIONS', '/', { Host: `127.0.0.1:${a.port}`, Authorization: basicAuth(auth(a).user, auth(a).password) }));
  for (let i = 0; i < 50 && parseResponse(Buffer.concat(received)).status === null; i++) await sleep(100);
  assert.is(parseResponse(Buffer.concat(received)).status, 200, 'OPTIONS on a keep-alive connection');
  const closed = await waitForClose(socket, 15_000);
  socket.destroy();
  assert.ok(closed, 'an idle keep-alive connection was still open after 15 s');
  await assertAlive(a, 'idle keep-alive');
});

// ---- unknown methods ----------------------------------------------------------------------------------------

test('an unknown method (BREW): 405 or 501, never a crash', async () => {
  const a = await agent();
  const res = await raw(a, 'BREW', '/');
  assertRefusal('BREW /', res, [405, 501]);
  await assertAlive(a, 'BREW');
});

test('a method the parser knows but WebDAV does not serve (PATCH, SEARCH, BIND): 405 or 501', async () => {
  const a = await agent();
  for (const method of ['PATCH', 'SEARCH', 'BIND', 'MKCALENDAR']) {
    const res = await raw(a, method, '/', { body: 'x' });
    assertRefusal(`${method} /`, res, [405, 501]);
  }
  await assertAlive(a, 'unsupported methods');
});

// ---- a storm of garbage -----------------------------------------------------------------------------------

test('200 concurrent garbage requests do not take the agent down', async () => {
  const a = await agent();
  const host = `127.0.0.1:${a.port}`;
  const garbage = (i: number): Buffer => {
    switch (i % 8) {
      case 0:
        return randomBytes(200 + (i % 300));
      case 1:
        return Buffer.from(`GET /%zz%%%${i} HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      case 2:
        return Buffer.from(`PROPFIND / HTTP/1.1\r\nHost: ${host}\r\nAuthorization: ${basicAuth(auth(a).user, auth(a).password)}\r\nContent-Length: 20\r\nDepth: 1\r\n\r\n<D:propfind xmlns:D=`);
      case 3:
        return Buffer.from(`\r\n\r\n\r\nHTTP/1.1 200 OK\r\n\r\n`);
      case 4:
        return Buffer.from(`GET / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: -5\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`);
      case 5:
        return Buffer.from(`PUT /storm-${i}.txt HTTP/1.1\r\nHost: ${host}\r\nAuthorization: ${basicAuth(auth(a).user, auth(a).password)}\r\nTransfer-Encoding: chunked\r\n\r\nnot-hex\r\nabc\r\n`);
      case 6:
        return Buffer.from(`LOCK /storm HTTP/1.1\r\nHost: ${host}\r\nAuthorization: ${basicAuth(auth(a).user, auth(a).password)}\r\nIf: (((\r\nTimeout: Second-x\r\nContent-Length: 3\r\n\r\n<a>`);
      default:
        return Buffer.concat([Buffer.from('GET /'), randomBytes(64), Buffer.from(' HTTP/1.1\r\n\r\n')]);
    }
  };
  const attempts = Array.from({ length: 200 }, async (_, i) => {
    try {
      if (i % 10 === 9) {
        // Not even TLS: plain bytes to the TLS port.
        const socket = await openTcp(a.port);
        socket.on('error', () => {});
        socket.write(garbage(i));
        await waitForClose(socket, 5_000);
        socket.destroy();
        return;
      }
      await rawExchange(a.port, garbage(i), { timeoutMs: 8_000 });
    } catch {
      // A refused or reset connection is fine; only the agent's survival matters here.
    }
  });
  await Promise.all(attempts);
  await assertAlive(a, '200 concurrent garbage requests');
  const listing = await raw(a, 'PROPFIND', '/', { headers: { Depth: '1' } });
  assert.is(listing.status, 207, describe('PROPFIND / after the storm', listing));
});

// ---- the agent's own account of all this -------------------------------------------------------------------

test('the agents logged no unhandled exceptions and are still running', async () => {
  const agents = [await agent()];
  if (smallAgentPromise) agents.push(await smallAgentPromise);
  for (const a of agents) {
    await assertAlive(a, 'the whole run');
    const lines = a.stderr().split('\n');
    const bad: string[] = [];
    for (const line of lines) {
      for (const [pattern, what] of [
        [/uncaughtException|unhandledRejection|Unhandled|UnhandledPromiseRejection/i, 'an unhandled exception or rejection'],
        [/\bat (?:[\w$.<>[\] ]+ )?\(?(?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+\)?/, 'a stack frame'],
        [/\b(?:TypeError|RangeError|ReferenceError|URIError|SyntaxError|AssertionError)\b/, 'a JavaScript error name'],
        [/"level":"error"|^error:/, 'an error-level log line (a 500: our bug)'],
      ] as [RegExp, string][]) {
        if (pattern.test(line)) {
          bad.push(`[${what}] ${line.slice(0, 400)}`);
          break;
        }
      }
    }
    assert.equal(bad.length, 0, `agent on port ${a.port} logged ${bad.length} line(s) with exceptions, stacks or errors:\n  ${bad.slice(0, 12).join('\n  ')}`);
  }
});

test.after(async () => {
  for (const a of started) {
    try {
      await a.stop();
    } catch {
      a.kill();
    }
    await a.cleanup().catch(() => {});
  }
  if (outsideDir !== '') await rm(outsideDir, { recursive: true, force: true });
});

test.run();
