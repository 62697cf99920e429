import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createServer, request, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createLogger, silentLogger } from '../../agent/logger.js';
import { RequestPipeline, safeEnd, type RequestStep } from '../../web/pipeline.js';
import { ShareFs } from '../../web/dav/share-fs.js';
import { parseSharePath } from '../../web/dav/share-path.js';
import { createBrowserStep } from '../../web/browser/browser-step.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';
const MAX_UPLOAD = 1024 * 1024;

interface Harness {
  base: string;
  shareDir: string;
  stagingDir: string;
  written: { path: string; created: boolean }[];
  /** Warnings and errors the step logged (JSON lines). */
  problems: string[];
  close(): Promise<void>;
}

/** Stands in for the WebDAV step: serves file bytes, and marks everything else so tests can see the request passed through. */
function fakeDavStep(share: ShareFs): RequestStep {
  return {
    name: 'fake-dav',
    async handle(ctx) {
      ctx.res.setHeader('X-Reached', 'dav');
      const { segments } = parseSharePath(ctx.rawPath);
      const resource = await share.resolve(segments);
      if ((ctx.method === 'GET' || ctx.method === 'HEAD') && resource.stats !== null && !resource.isCollection) {
        ctx.res.statusCode = 200;
        ctx.res.setHeader('Content-Type', 'application/octet-stream');
        ctx.res.setHeader('Content-Length', String(resource.stats.size));
        if (ctx.method === 'HEAD') {
          ctx.res.end();
          return;
        }
        await new Promise<void>((resolve, reject) => {
          createReadStream(resource.path).on('error', reject).pipe(ctx.res).on('finish', resolve).on('error', reject);
        });
        return;
      }
      safeEnd(ctx.res, ctx.method === 'POST' ? 405 : 207, 'dav answer');
    },
  };
}

const signedIn: RequestStep = {
  name: 'fake-auth',
  async handle(ctx, next) {
    ctx.principal = { kind: 'user', name: 'amal' };
    return next();
  },
};

async function startHarness(options: { auth?: boolean; patchShare?: (share: ShareFs) => void } = {}): Promise<Harness> {
  const root = await mkdtemp(join(tmpdir(), 'browser-step-'));
  const shareDir = join(root, 'share');
  const stagingDir = join(root, 'staging');
  const share = await ShareFs.open(shareDir, stagingDir);
  options.patchShare?.(share);
  const written: { path: string; created: boolean }[] = [];
  const problems: string[] = [];
  const browserStep = createBrowserStep({
    share,
    log: createLogger({ level: 'warn', json: true, write: (line) => problems.push(line) }),
    maxUploadBytes: MAX_UPLOAD,
    onWritten: async (segments, created) => {
      written.push({ path: segments.join('/'), created });
    },
  });
  const steps = options.auth === false ? [browserStep, fakeDavStep(share)] : [signedIn, browserStep, fakeDavStep(share)];
  const pipeline = new RequestPipeline(steps, { log: silentLogger, scheme: 'http' });
  const server: Server = createServer(pipeline.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    shareDir,
    stagingDir,
    written,
    problems,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

let h: Harness;

test.before(async () => {
  h = await startHarness();
});

test.after(async () => {
  await h.close();
});

test.before.each(async () => {
  for (const name of await readdir(h.shareDir)) await rm(join(h.shareDir, name), { recursive: true, force: true });
  h.written.length = 0;
  h.problems.length = 0;
  await writeFile(join(h.shareDir, 'hello.txt'), 'hello\n');
  await mkdir(join(h.shareDir, 'Class 4'));
  await writeFile(join(h.shareDir, 'Class 4', 'día 1 ünïcode.txt'), 'hola');
});

const browserGet = (path: string, init: RequestInit = {}): Promise<Response> =>
  fetch(h.base + path, { redirect: 'manual', ...init, headers: { accept: BROWSER_ACCEPT, ...(init.headers as Record<string, string> | undefined) } });

const upload = (path: string, form: FormData, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(h.base + path, { method: 'POST', body: form, redirect: 'manual', headers: { accept: BROWSER_ACCEPT, ...headers } });

/** A multipart body exactly as a browser writes it, for cases fetch's FormData cannot express. */
function multipart(parts: { name: string; filename?: string; data: string | Buffer }[], boundary: string): Uint8Array<ArrayBuffer> {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.filename === undefined
      ? `form-data; name="${part.name}"`
      : `form-data; name="${part.name}"; filename="${part.filename}"`;
    const type = part.filename === undefined ? '' : 'Content-Type: application/octet-stream\r\n';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(part.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Uint8Array.from(Buffer.concat(chunks));
}

async function listDir(path: string): Promise<string[]> {
  return (await readdir(path)).sort();
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('a browser gets the folder listing with strict headers', async () => {
  const res = await browserGet('/');
  assert.is(res.status, 200);
  assert.is(res.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.is(res.headers.get('cache-control'), 'no-store');
  assert.is(res.headers.get('x-content-type-options'), 'nosniff');
  assert.is(res.headers.get('content-security-policy'), "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  assert.is(res.headers.get('x-reached'), null);
  const html = await res.text();
  assert.match(html, 'href="/hello.txt"');
  assert.match(html, 'href="/Class%204/"');
  assert.match(html, 'Signed in as <bdi>amal</bdi>');
  assert.ok(html.indexOf('Class%204/') < html.indexOf('hello.txt'), 'folders come first');
});

test('HEAD gets the same headers and no body', async () => {
  const res = await browserGet('/Class%204/', { method: 'HEAD' });
  assert.is(res.status, 200);
  assert.is(res.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.ok(Number(res.headers.get('content-length')) > 500);
  assert.is(await res.text(), '');
});

test('WebDAV clients and curl pass straight through', async () => {
  for (const accept of [undefined, '*/*', 'text/xml']) {
    const res = await fetch(`${h.base}/`, { headers: accept === undefined ? {} : { accept } });
    assert.is(res.headers.get('x-reached'), 'dav', `accept ${accept}`);
    await res.arrayBuffer();
  }
  const file = await browserGet('/hello.txt');
  assert.is(file.headers.get('x-reached'), 'dav');
  assert.is(file.headers.get('content-disposition'), null);
  assert.is(await file.text(), 'hello\n');
  const missing = await browserGet('/nope/');
  assert.is(missing.headers.get('x-reached'), 'dav');
  await missing.arrayBuffer();
});

test('a folder without its trailing slash is redirected, keeping the query', async () => {
  const res = await browserGet('/Class%204?saved=x');
  assert.is(res.status, 301);
  assert.is(res.headers.get('location'), '/Class%204/?saved=x');
  const dav = await fetch(`${h.base}/Class%204`, { redirect: 'manual' });
  assert.is(dav.headers.get('x-reached'), 'dav');
  await dav.arrayBuffer();
});

test('?download=1 adds an attachment header and lets the next step serve the bytes', async () => {
  const res = await browserGet('/Class%204/d%C3%ADa%201%20%C3%BCn%C3%AFcode.txt?download=1');
  assert.is(res.status, 200);
  assert.is(res.headers.get('content-disposition'), `attachment; filename="d_a 1 _n_code.txt"; filename*=UTF-8''d%C3%ADa%201%20%C3%BCn%C3%AFcode.txt`);
  assert.is(res.headers.get('x-reached'), 'dav');
  assert.is(await res.text(), 'hola');
  // Non-browser clients asking for a download get it too (wget, scripts).
  const plain = await fetch(`${h.base}/hello.txt?download=1`);
  assert.match(plain.headers.get('content-disposition') ?? '', "filename*=UTF-8''hello.txt");
  await plain.arrayBuffer();
});

test('HTML files opened in a browser are sandboxed', async () => {
  await writeFile(join(h.shareDir, 'page.html'), '<script>alert(1)</script>');
  const res = await browserGet('/page.html');
  assert.match(res.headers.get('content-security-policy') ?? '', /^sandbox;/);
  await res.arrayBuffer();
});

test('upload via multipart: files land in the folder, 303 back with a notice', async () => {
  const noise = randomBytes(300_000);
  const form = new FormData();
  form.append('file', new Blob([noise]), 'noise.bin');
  form.append('file', new Blob(['¡hola!']), 'día ünïcode "quoted".txt');
  const res = await upload('/Class%204/', form);
  assert.is(res.status, 303);
  const location = res.headers.get('location') ?? '';
  assert.ok(location.startsWith('/Class%204/?'), location);
  assert.equal(await readFile(join(h.shareDir, 'Class 4', 'noise.bin')), noise);
  assert.is(await readFile(join(h.shareDir, 'Class 4', 'día ünïcode "quoted".txt'), 'utf8'), '¡hola!');
  assert.equal(h.written, [
    { path: 'Class 4/noise.bin', created: true },
    { path: 'Class 4/día ünïcode "quoted".txt', created: true },
  ]);
  assert.equal(await listDir(h.stagingDir), []);
  const page = await (await browserGet(location)).text();
  assert.match(page, /<p class="notice ok" role="status">Saved 2 files: .*noise\.bin.*día ünïcode &#34;quoted&#34;\.txt/);
  assert.match(page, 'href="/Class%204/noise.bin?download=1"');
});

test('name clashes never overwrite: "a (2).txt", "a (3).txt", also within one form', async () => {
  await writeFile(join(h.shareDir, 'a.txt'), 'original');
  const form = new FormData();
  form.append('file', new Blob(['second']), 'a.txt');
  form.append('file', new Blob(['third']), 'a.txt');
  const res = await upload('/', form);
  assert.is(res.status, 303);
  const again = new FormData();
  again.append('file', new Blob(['fourth']), 'a.txt');
  again.append('file', new Blob(['tarball']), 'hello.tar.gz');
  again.append('file', new Blob(['tarball 2']), 'hello.tar.gz');
  assert.is((await upload('/', again)).status, 303);
  assert.is(await readFile(join(h.shareDir, 'a.txt'), 'utf8'), 'original');
  assert.is(await readFile(join(h.shareDir, 'a (2).txt'), 'utf8'), 'second');
  assert.is(await readFile(join(h.shareDir, 'a (3).txt'), 'utf8'), 'third');
  assert.is(await readFile(join(h.shareDir, 'a (4).txt'), 'utf8'), 'fourth');
  assert.is(await readFile(join(h.shareDir, 'hello (2).tar.gz'), 'utf8'), 'tarball 2');
});

test('hostile file names keep only their last component', async () => {
  const form = new FormData();
  form.append('file', new Blob(['not really']), '../../etc/passwd');
  form.append('file', new Blob(['win']), '..\\..\\Windows\\win.ini');
  const res = await upload('/Class%204/', form);
  assert.is(res.status, 303);
  assert.equal(await listDir(join(h.shareDir, 'Class 4')), ['día 1 ünïcode.txt', 'passwd', 'win.ini']);
  assert.is(await readFile(join(h.shareDir, 'Class 4', 'passwd'), 'utf8'), 'not really');
  assert.equal(await listDir(h.shareDir), ['Class 4', 'hello.txt']);
});

test('a file named ".." is refused with a friendly page', async () => {
  const boundary = 'b0undary';
  const res = await fetch(`${h.base}/`, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, accept: BROWSER_ACCEPT },
    body: multipart([{ name: 'file', filename: '..', data: 'x' }], boundary),
  });
  assert.is(res.status, 400);
  const html = await res.text();
  assert.match(html, '<p class="notice error" role="alert">');
  assert.match(html, 'cannot be used as a name');
  assert.equal(await listDir(h.shareDir), ['Class 4', 'hello.txt']);
});

test('submitting with no file chosen is a friendly 400, not a crash', async () => {
  const boundary = '----WebKitFormBoundaryx7';
  const res = await fetch(`${h.base}/`, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, accept: BROWSER_ACCEPT },
    body: multipart([{ name: 'file', filename: '', data: '' }], boundary),
  });
  assert.is(res.status, 400);
  assert.is(res.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(await res.text(), 'Choose a file first');
});

test('a file over the limit is refused with 413 and leaves nothing; exactly the limit is fine', async () => {
  const form = new FormData();
  form.append('file', new Blob([Buffer.alloc(MAX_UPLOAD, 1)]), 'exact.bin');
  assert.is((await upload('/', form)).status, 303);
  const big = new FormData();
  big.append('file', new Blob([Buffer.alloc(MAX_UPLOAD + 1, 2)]), 'big.bin');
  big.append('file', new Blob(['after']), 'after.txt');
  const res = await upload('/', big);
  assert.is(res.status, 413);
  const html = await res.text();
  assert.match(html, /<p class="notice error" role="alert">.*big\.bin.*is too big/);
  assert.match(html, 'up to 1.0 MB');
  assert.equal(await listDir(h.shareDir), ['Class 4', 'exact.bin', 'hello.txt']);
  assert.equal(await listDir(h.stagingDir), []);
  assert.equal(h.problems, []);
  // The connection was drained and the server still answers.
  assert.is((await browserGet('/')).status, 200);
});

test('a refused file followed by a large one still being received crashes nothing', async () => {
  const form = new FormData();
  form.append('file', new Blob([Buffer.alloc(MAX_UPLOAD + 1, 3)]), 'too-big.bin');
  form.append('file', new Blob([Buffer.alloc(3 * MAX_UPLOAD, 4)]), 'next.bin');
  const res = await upload('/', form);
  assert.is(res.status, 413);
  await res.arrayBuffer();
  assert.equal(await listDir(h.shareDir), ['Class 4', 'hello.txt']);
  assert.equal(await listDir(h.stagingDir), []);
});

test('a client that disconnects mid-upload leaves no file and no staging debris', async () => {
  const boundary = 'cutcutcut';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="partial.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const { port } = new URL(h.base);
  const req = request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/Class%204/',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + 900_000 + 100), accept: BROWSER_ACCEPT },
  });
  req.on('error', () => {});
  req.write(head);
  req.write(randomBytes(300_000));
  await waitFor(async () => (await listDir(h.stagingDir)).length > 0, 'the upload to start staging');
  req.destroy();
  await waitFor(async () => (await listDir(h.stagingDir)).length === 0, 'the staging file to be removed');
  assert.equal(await listDir(join(h.shareDir, 'Class 4')), ['día 1 ünïcode.txt']);
  assert.equal(h.written, []);
  assert.equal(h.problems, []);
  assert.is((await browserGet('/Class%204/')).status, 200);
});

test('a disconnect while a later file waits its turn crashes nothing; only complete files stay', async () => {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const slow = await startHarness({
    patchShare(share) {
      const write = share.writeAtomically.bind(share);
      share.writeAtomically = async (target, body, limit) => {
        await gate;
        return write(target, body, limit);
      };
    },
  });
  try {
    const boundary = 'queuedqueued';
    const first = randomBytes(1000);
    const head = (name: string): string => `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    const req = request({
      host: '127.0.0.1',
      port: new URL(slow.base).port,
      method: 'POST',
      path: '/',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': '5000000' },
    });
    req.on('error', () => {});
    req.write(head('first.bin'));
    req.write(first);
    req.write(`\r\n${head('second.bin')}`);
    // Small enough that the server keeps reading and notices the disconnect while first.bin is still held at the gate.
    req.write(randomBytes(4000));
    await new Promise((resolve) => setTimeout(resolve, 200));
    req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await waitFor(async () => slow.written.length === 1, 'first.bin to be saved');
    await waitFor(async () => (await listDir(slow.stagingDir)).length === 0, 'staging to be empty');
    assert.equal(await listDir(slow.shareDir), ['first.bin']);
    assert.equal(await readFile(join(slow.shareDir, 'first.bin')), first);
    assert.is((await fetch(`${slow.base}/`, { headers: { accept: BROWSER_ACCEPT } })).status, 200);
  } finally {
    release();
    await slow.close();
  }
});

test('the new-folder form makes a folder; a clash is a friendly 409', async () => {
  const form = new FormData();
  form.append('mkdir', '  Drawings ✏️ ');
  const res = await upload('/Class%204/', form);
  assert.is(res.status, 303);
  assert.equal(await listDir(join(h.shareDir, 'Class 4')), ['Drawings ✏️', 'día 1 ünïcode.txt']);
  assert.equal(h.written, [{ path: 'Class 4/Drawings ✏️', created: true }]);
  const page = await (await browserGet(res.headers.get('location') ?? '')).text();
  assert.match(page, 'Made the folder');
  const again = await upload('/Class%204/', form);
  assert.is(again.status, 409);
  assert.match(await again.text(), 'There is already something called');
  for (const [name, status] of [['a/b', 400], ['..', 400], ['   ', 400]] as const) {
    const bad = new FormData();
    bad.append('mkdir', name);
    const answer = await upload('/', bad);
    assert.is(answer.status, status, name);
    assert.match(await answer.text(), 'notice error');
  }
});

test('POSTs that are not multipart, or not to a folder, are not ours', async () => {
  const urlencoded = await fetch(`${h.base}/`, { method: 'POST', body: new URLSearchParams({ mkdir: 'x' }) });
  assert.is(urlencoded.headers.get('x-reached'), 'dav');
  await urlencoded.arrayBuffer();
  const form = new FormData();
  form.append('mkdir', 'x');
  const toFile = await upload('/hello.txt', form);
  assert.is(toFile.headers.get('x-reached'), 'dav');
  await toFile.arrayBuffer();
  assert.equal(await listDir(h.shareDir), ['Class 4', 'hello.txt']);
});

test('cross-site form posts are refused', async () => {
  const forged: Record<string, string>[] = [{ origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }];
  for (const headers of forged) {
    const form = new FormData();
    form.append('mkdir', 'pwned');
    const res = await upload('/', form, headers);
    assert.is(res.status, 403, JSON.stringify(headers));
    await res.arrayBuffer();
  }
  const form = new FormData();
  form.append('mkdir', 'fine');
  assert.is((await upload('/', form, { origin: h.base, 'sec-fetch-site': 'same-origin' })).status, 303);
  assert.equal(await listDir(h.shareDir), ['Class 4', 'fine', 'hello.txt']);
});

test('a full disk answers 507 with a red notice, no stack and no path', async () => {
  const full = await startHarness({
    patchShare(share) {
      share.writeAtomically = async () => {
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${share.root}/x'`), { code: 'ENOSPC' });
      };
    },
  });
  try {
    const form = new FormData();
    form.append('file', new Blob([randomBytes(200_000)]), 'big.bin');
    const res = await fetch(`${full.base}/`, { method: 'POST', body: form, headers: { accept: BROWSER_ACCEPT } });
    assert.is(res.status, 507);
    const html = await res.text();
    assert.match(html, /<p class="notice error" role="alert">This laptop is out of space/);
    assert.not.match(html, full.shareDir);
    assert.not.match(html, 'ENOSPC');
    assert.not.match(html, '    at ');
  } finally {
    await full.close();
  }
});

test('uploads need a signed-in person', async () => {
  const anonymous = await startHarness({ auth: false });
  try {
    const form = new FormData();
    form.append('mkdir', 'x');
    const res = await fetch(`${anonymous.base}/`, { method: 'POST', body: form });
    assert.is(res.status, 403);
    await res.arrayBuffer();
    assert.equal(await listDir(anonymous.shareDir), []);
  } finally {
    await anonymous.close();
  }
});

test.run();
