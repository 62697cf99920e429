import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Logger } from '../../agent/logger.js';
import { createBasicAuthStep, parseBasicAuthorization } from '../../web/auth/basic-auth-step.js';
import { CredentialCache } from '../../web/auth/credential-cache.js';
import { FailureThrottle } from '../../web/auth/failure-throttle.js';
import { HtpasswdFile } from '../../web/auth/htpasswd.js';
import { RequestPipeline, type RequestStep } from '../../web/pipeline.js';

const run = promisify(execFile);
const logLines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
const log: Logger = {
  debug: () => {},
  info: (message, fields) => logLines.push({ level: 'info', message, fields }),
  warn: (message, fields) => logLines.push({ level: 'warn', message, fields }),
  error: (message, fields) => logLines.push({ level: 'error', message, fields }),
};

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function basic(user: string, password: string, encoding: BufferEncoding = 'utf8'): string {
  return `Basic ${Buffer.from(`${user}:${password}`, encoding).toString('base64')}`;
}

interface Harness {
  server: Server;
  port: number;
  dir: string;
  file: string;
  htpasswd: HtpasswdFile;
  verifyCalls: () => number;
  send(options: { method?: string; path?: string; authorization?: string; body?: Buffer; agent?: Agent }): Promise<Reply>;
  close(): Promise<void>;
}

/** A pipeline of: [optional earlier step], basic auth, a final step that names the principal. */
async function start(options: { throttle?: FailureThrottle; cache?: CredentialCache; before?: RequestStep } = {}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-auth-'));
  const file = join(dir, 'htpasswd');
  await run('/usr/bin/htpasswd', ['-cbB', file, 'ana', 'ana pass']);
  await run('/usr/bin/htpasswd', ['-bm', file, 'ñoño', 'contraseña']);
  const htpasswd = await HtpasswdFile.open(file, log);
  let calls = 0;
  const verify = htpasswd.verify.bind(htpasswd);
  htpasswd.verify = async (user, password) => {
    calls += 1;
    return verify(user, password);
  };
  const final: RequestStep = {
    name: 'final',
    async handle(ctx) {
      ctx.res.setHeader('Content-Type', 'text/plain');
      ctx.res.end(ctx.principal.kind === 'user' ? `user:${ctx.principal.name}` : 'anonymous');
    },
  };
  const auth = createBasicAuthStep({ htpasswd, realm: 'Ana\'s "share"', log, throttle: options.throttle, cache: options.cache });
  const steps = options.before ? [options.before, auth, final] : [auth, final];
  const pipeline = new RequestPipeline(steps, { log, scheme: 'http' });
  const server = createServer(pipeline.listener);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    dir,
    file,
    htpasswd,
    verifyCalls: () => calls,
    send({ method = 'GET', path = '/', authorization, body, agent }) {
      return new Promise((resolve, reject) => {
        const headers: Record<string, string> = {};
        if (authorization !== undefined) headers.authorization = authorization;
        if (body !== undefined) headers['content-length'] = String(body.length);
        const req = request({ host: '127.0.0.1', port, method, path, headers, agent: agent ?? false }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
      });
    },
    async close() {
      htpasswd.close();
      server.closeAllConnections();
      server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const UNAUTHORIZED = 'This share needs a user name and password.\n';

test('no credentials: 401 with a Basic challenge naming the realm and UTF-8', async () => {
  const h = await start();
  try {
    const reply = await h.send({});
    assert.is(reply.status, 401);
    assert.is(reply.headers['www-authenticate'], 'Basic realm="Ana\'s \\"share\\"", charset="UTF-8"');
    assert.is(reply.body, UNAUTHORIZED);
    assert.is(h.verifyCalls(), 0);
  } finally {
    await h.close();
  }
});

test('right credentials sign in as that user (bcrypt and APR1, UTF-8 names)', async () => {
  const h = await start();
  try {
    assert.equal(await h.send({ authorization: basic('ana', 'ana pass') }).then((r) => [r.status, r.body]), [200, 'user:ana']);
    assert.equal(await h.send({ authorization: basic('ñoño', 'contraseña') }).then((r) => [r.status, r.body]), [200, 'user:ñoño']);
    // Old clients send Latin-1; the bytes are not valid UTF-8, so they are read as Latin-1.
    assert.equal(await h.send({ authorization: basic('ñoño', 'contraseña', 'latin1') }).then((r) => [r.status, r.body]), [200, 'user:ñoño']);
  } finally {
    await h.close();
  }
});

test('wrong or unreadable credentials are a 401, never a 500', async () => {
  const h = await start({ throttle: new FailureThrottle({ freeFailures: 100 }) });
  try {
    const headers = [
      basic('ana', 'wrong'),
      basic('ana', ''),
      basic('', 'ana pass'),
      basic('nobody', 'ana pass'),
      `Basic ${Buffer.from('ana-no-colon').toString('base64')}`,
      'Basic',
      'Basic ',
      'Basic !!!!',
      'Basic YW5hOmFuYSBwYXNz extra',
      'Basic a',
      'Bearer abc',
      'Digest username="ana"',
      `Basic ${'A'.repeat(10000)}`,
      `Basic ${Buffer.from(`${'a'.repeat(100)}:${'b'.repeat(5000)}`).toString('base64')}`,
    ];
    for (const authorization of headers) {
      const reply = await h.send({ authorization });
      assert.is(reply.status, 401, authorization.slice(0, 40));
      assert.is(reply.body, UNAUTHORIZED);
      assert.ok(reply.headers['www-authenticate']?.startsWith('Basic realm='));
    }
    assert.ok(!logLines.some((line) => line.level === 'error'), JSON.stringify(logLines.filter((l) => l.level === 'error')));
    // The scheme name is case-insensitive.
    assert.is((await h.send({ authorization: basic('ana', 'ana pass').replace('Basic', 'bAsIc') })).status, 200);
  } finally {
    await h.close();
  }
});

test('bcrypt runs once per sign-in, not once per request', async () => {
  const h = await start();
  try {
    for (let i = 0; i < 5; i += 1) assert.is((await h.send({ authorization: basic('ana', 'ana pass') })).status, 200);
    assert.is(h.verifyCalls(), 1);
    // A different password is not served from the cache.
    assert.is((await h.send({ authorization: basic('ana', 'ana pass!') })).status, 401);
    assert.is(h.verifyCalls(), 2);
  } finally {
    await h.close();
  }
});

test('a password changed with htpasswd takes effect at once, even when cached', async () => {
  const h = await start();
  try {
    assert.is((await h.send({ authorization: basic('ana', 'ana pass') })).status, 200);
    assert.is((await h.send({ authorization: basic('ana', 'ana pass') })).status, 200);
    await run('/usr/bin/htpasswd', ['-bB', h.file, 'ana', 'changed']);
    // The new password works on the very next request: a real check always stats the file.
    assert.is((await h.send({ authorization: basic('ana', 'changed') })).status, 200);
    assert.is((await h.send({ authorization: basic('ana', 'ana pass') })).status, 401, 'old password no longer served from the cache');
  } finally {
    await h.close();
  }
});

test('a deleted user is locked out even with a cached sign-in', async () => {
  const h = await start();
  try {
    assert.is((await h.send({ authorization: basic('ana', 'ana pass') })).status, 200);
    await run('/usr/bin/htpasswd', ['-D', h.file, 'ana']);
    // The folder watch reports the change through the event loop; allow it a moment.
    let status = 200;
    const deadline = Date.now() + 2000;
    while (status === 200 && Date.now() < deadline) {
      status = (await h.send({ authorization: basic('ana', 'ana pass') })).status;
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.is(status, 401);
  } finally {
    await h.close();
  }
});

test('repeated failures from one address are slowed down; success resets', async () => {
  const throttle = new FailureThrottle({ freeFailures: 2, baseDelayMs: 600, maxDelayMs: 2000 });
  const h = await start({ throttle });
  try {
    const timed = async (authorization: string): Promise<[number, number]> => {
      const started = Date.now();
      const reply = await h.send({ authorization });
      return [reply.status, Date.now() - started];
    };
    const [s1, t1] = await timed(basic('ana', 'x1'));
    const [s2, t2] = await timed(basic('ana', 'x2'));
    assert.equal([s1, s2], [401, 401]);
    assert.ok(t1 < 400 && t2 < 400, `free failures are quick (${t1}, ${t2} ms)`);
    const [s3, t3] = await timed(basic('ana', 'x3'));
    assert.is(s3, 401);
    assert.ok(t3 >= 580, `third failure waited ${t3} ms`);
    const [s4, t4] = await timed(basic('ana', 'ana pass'));
    assert.is(s4, 200, 'the right password still works after the wait');
    assert.ok(t4 >= 1150, `and it waited its turn (${t4} ms)`);
    assert.is(throttle.size, 0, 'success forgot the address');
    const [s5, t5] = await timed(basic('ana', 'x5'));
    assert.is(s5, 401);
    assert.ok(t5 < 400, `counting starts afresh (${t5} ms)`);
    // Missing credentials (a browser's first request) never count.
    for (let i = 0; i < 5; i += 1) assert.is((await h.send({})).status, 401);
    const [s6, t6] = await timed(basic('ana', 'x6'));
    assert.is(s6, 401);
    assert.ok(t6 < 400, `no-credential requests did not count (${t6} ms)`);
  } finally {
    await h.close();
  }
});

test('a flood of parallel guesses is refused without checking once the queue is full', async () => {
  const throttle = new FailureThrottle({ freeFailures: 1, baseDelayMs: 100, maxDelayMs: 200 });
  const h = await start({ throttle });
  try {
    const replies = await Promise.all(Array.from({ length: 12 }, (_, i) => h.send({ authorization: basic('ana', `guess ${i}`) })));
    assert.ok(replies.every((reply) => reply.status === 401));
    assert.ok(h.verifyCalls() < 6, `only a few were checked (${h.verifyCalls()})`);
  } finally {
    await h.close();
  }
});

test('a request already identified by an earlier step passes through untouched', async () => {
  const ticket: RequestStep = {
    name: 'ticket',
    async handle(ctx, next) {
      if (ctx.query.get('ticket') === 'ok') ctx.principal = { kind: 'user', name: 'ticket-holder' };
      return next();
    },
  };
  const h = await start({ before: ticket });
  try {
    const reply = await h.send({ path: '/?ticket=ok', authorization: basic('ana', 'wrong') });
    assert.equal([reply.status, reply.body], [200, 'user:ticket-holder']);
    assert.is(h.verifyCalls(), 0);
    assert.is((await h.send({ path: '/?ticket=no' })).status, 401);
  } finally {
    await h.close();
  }
});

test('a 401 to a PUT with a body neither crashes nor breaks keep-alive', async () => {
  const h = await start();
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const body = Buffer.alloc(2 * 1024 * 1024, 0x61);
    const refused = await h.send({ method: 'PUT', path: '/big.bin', body, agent });
    assert.is(refused.status, 401);
    assert.is(refused.body, UNAUTHORIZED);
    const wrong = await h.send({ method: 'PUT', path: '/big.bin', body, agent, authorization: basic('ana', 'nope') });
    assert.is(wrong.status, 401);
    // The same connection (or a fresh one if the server chose to close) still answers.
    const next = await h.send({ agent, authorization: basic('ana', 'ana pass') });
    assert.equal([next.status, next.body], [200, 'user:ana']);
    assert.ok(h.server.listening);
  } finally {
    agent.destroy();
    await h.close();
  }
});

test('parseBasicAuthorization', () => {
  assert.equal(parseBasicAuthorization(basic('ana', 'a:b:c')), { user: 'ana', password: 'a:b:c' });
  assert.equal(parseBasicAuthorization(`Basic ${Buffer.from('ana:pw').toString('base64').replace(/=+$/, '')}`), { user: 'ana', password: 'pw' }, 'missing padding');
  assert.equal(parseBasicAuthorization(basic('josé', 'ü')), { user: 'josé', password: 'ü' });
  assert.is(parseBasicAuthorization(undefined), undefined);
  assert.is(parseBasicAuthorization('Basic'), undefined);
  assert.is(parseBasicAuthorization('Basic a'), undefined);
  assert.is(parseBasicAuthorization(`Basic ${Buffer.from(':pw').toString('base64')}`), undefined);
  assert.is(parseBasicAuthorization(`Basic ${Buffer.from('ana:').toString('base64')}`), undefined);
  assert.is(parseBasicAuthorization('Basic YW5h*OnB3'), undefined);
});

test('CredentialCache: expires, follows the file version, stays bounded, keeps no plain passwords', () => {
  let now = 0;
  const cache = new CredentialCache({ ttlMs: 1000, maxEntries: 3, now: () => now });
  cache.add('ana', 'secret', 1);
  assert.ok(cache.has('ana', 'secret', 1));
  assert.not.ok(cache.has('ana', 'secret2', 1));
  assert.not.ok(cache.has('ben', 'secret', 1));
  assert.not.ok(cache.has('an', 'asecret', 1), 'user/password boundary matters');
  assert.not.ok(cache.has('ana', 'secret', 2), 'another version of the file');
  assert.not.ok(cache.has('ana', 'secret', 1), 'and the stale entry is gone');
  cache.add('ana', 'secret', 1);
  now = 999;
  assert.ok(cache.has('ana', 'secret', 1));
  now = 1000;
  assert.not.ok(cache.has('ana', 'secret', 1), 'expired');

  cache.add('a', 'pa', 1);
  cache.add('b', 'pb', 1);
  cache.add('c', 'pc', 1);
  assert.ok(cache.has('a', 'pa', 1), 'touch a: b is now the oldest');
  cache.add('d', 'pd', 1);
  assert.is(cache.size, 3);
  assert.not.ok(cache.has('b', 'pb', 1));
  assert.ok(cache.has('a', 'pa', 1));
  assert.ok(cache.has('d', 'pd', 1));

  cache.add('ana', 'correct horse battery staple', 1);
  const keys = [...(cache as unknown as { entries: Map<string, unknown> }).entries.keys()];
  const inside = JSON.stringify(keys);
  assert.not.ok(inside.includes('correct horse') || inside.includes('battery'), 'password stored in the clear');
  assert.not.ok(inside.includes(Buffer.from('correct horse battery staple').toString('base64').slice(0, 20)), 'password stored as base64');
  for (const key of keys) assert.match(key, /^[A-Za-z0-9+/]{43}=$/, 'only a 32-byte digest');
  cache.clear();
  assert.is(cache.size, 0);
});

test.run();
