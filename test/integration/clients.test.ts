/**
 * Interop with WebDAV clients we did not write, each driving a real agent
 * process over HTTPS with its self-signed certificate and Basic auth:
 *
 * - cadaver (neon): an interactive session driven through a pseudo-terminal
 *   (`script`), because cadaver rejects an untrusted certificate without
 *   asking when its stdin is not a terminal.
 * - rclone: a `webdav` remote configured only through environment variables,
 *   with a throw-away HOME and config file.
 * - davfs2: `mount -t davfs`, the kernel (FUSE) route a file manager uses.
 * - gvfs: `gio mount davs://...` on a private session bus, the route
 *   GNOME Files (Nautilus) uses.
 *
 * Every test checks the share folder on disk and what the client printed. A
 * missing client fails the test with the name of the Debian package to
 * install (test/run-tests.ts installs them when run as root); nothing is
 * skipped.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, type X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { appendFile, chmod, chown, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, sep } from 'node:path';
import * as tls from 'node:tls';
import { request, startAgentProcess, type AgentHandle } from '../helpers/agent-process.js';

const MiB = 1024 * 1024;
const CADAVER_NS = 'http://webdav.org/cadaver/custom-properties/';

// ---------------------------------------------------------------------------
// Helpers

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && existsSync(join(dir, command))) return join(dir, command);
  }
  return null;
}

/** The path of a tool, or a failure naming the Debian package that provides it. */
function requireTool(label: string, pkg: string, candidates: readonly string[] = []): string {
  const found = onPath(label) ?? candidates.find((path) => existsSync(path)) ?? null;
  if (found === null) {
    assert.unreachable(`${label} is not installed: install the Debian package "${pkg}" (apt-get install --no-install-recommends ${pkg}; test/run-tests.ts does it when run as root)`);
  }
  return found as string;
}

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs a command to completion; SIGKILL after timeoutMs. Never throws for a non-zero exit. */
function run(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string | Buffer; timeoutMs?: number } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const limit = options.timeoutMs ?? 60_000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limit);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      const stderr = Buffer.concat(err).toString('utf8') + (timedOut ? `\n[test] ${command} killed after ${limit / 1000} s\n` : '');
      resolve({ code, signal, stdout: stdoutBytes.toString('utf8'), stderr, stdoutBytes });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

function describe(ran: Ran): string {
  return `exit ${ran.code ?? ran.signal}\n--- stdout ---\n${ran.stdout.slice(-4000)}\n--- stderr ---\n${ran.stderr.slice(-4000)}`;
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

async function sha256File(path: string): Promise<string> {
  return sha256(await readFile(path));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Every regular file below root, as relative paths with `/`. */
function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

async function writeTree(root: string, files: Record<string, Buffer | string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** The URL path of a share-relative path, each segment percent-encoded. */
function davPath(path: string): string {
  return '/' + path.split('/').map(encodeURIComponent).join('/');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Starts an agent and a temporary folder, runs body, and always stops the
 * agent and removes the folder. A failure carries the agent's stderr.
 */
async function withAgent(prefix: string, body: (agent: AgentHandle, work: string) => Promise<void>): Promise<void> {
  const agent = await startAgentProcess();
  let work: string | null = null;
  try {
    work = await mkdtemp(join(tmpdir(), `mesh-share-${prefix}-`));
    await body(agent, work);
  } catch (error) {
    if (error instanceof Error) error.message += `\n--- agent stderr (last 3000 chars) ---\n${agent.stderr().slice(-3000) || '(empty)'}`;
    throw error;
  } finally {
    await agent.cleanup();
    if (work !== null) await rm(work, { recursive: true, force: true });
  }
}

function password(agent: AgentHandle): string {
  assert.type(agent.password, 'string', 'the helper set a known password');
  return agent.password as string;
}

/** The certificate the agent presents, fetched over TLS the way a user would save it from a browser. */
function fetchCertificate(port: number): Promise<X509Certificate> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const cert = socket.getPeerX509Certificate();
      socket.end();
      if (cert === undefined) reject(new Error('the agent presented no certificate'));
      else resolve(cert);
    });
    socket.on('error', reject);
  });
}

/** Fetches the certificate and checks it against the SHA-256 fingerprint the agent's banner shows the user. */
async function verifiedCertificate(agent: AgentHandle): Promise<X509Certificate> {
  const cert = await fetchCertificate(agent.port);
  const banner = /certificate\s+SHA-256\s+([0-9A-F:]+)/.exec(agent.stdout());
  assert.ok(banner, `the agent's banner shows the certificate fingerprint; stdout:\n${agent.stdout()}`);
  assert.is(cert.fingerprint256, banner![1], 'the certificate served is the one whose fingerprint the banner shows');
  return cert;
}

/** PROPFIND Depth 0 for some properties, as another client would see them. */
async function propfind(agent: AgentHandle, path: string, props: string): Promise<string> {
  const body = `<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop>${props}</D:prop></D:propfind>`;
  const res = await request(agent, 'PROPFIND', path, { headers: { depth: '0', 'content-type': 'application/xml; charset=utf-8' }, body });
  assert.is(res.status, 207, `PROPFIND ${path}: ${res.body.toString('utf8')}`);
  return res.body.toString('utf8');
}

/** Strips what a terminal adds: carriage returns and escape sequences (bracketed paste and the like). */
function cleanTerminal(raw: string): string {
  return raw.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b[()][A-Za-z0-9]/g, '').replace(/\r/g, '');
}

/**
 * An interactive program on a pseudo-terminal, through util-linux `script`:
 * send a line, wait for a pattern. Everything it printed stays available for
 * failure messages.
 */
class Terminal {
  readonly child: ChildProcess;
  private raw = '';
  private consumed = 0;
  private exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(command: string, options: { env: NodeJS.ProcessEnv; cwd: string }) {
    // -q quiet, -f flush at once, -e exit with the child's code, -c the command (run by $SHELL -c), no typescript file.
    this.child = spawn('script', ['-q', '-f', '-e', '-c', command, '/dev/null'], { env: options.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (this.raw += chunk));
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.raw += chunk));
    this.child.stdin!.on('error', () => undefined);
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
      this.child.on('error', () => {
        this.exit = { code: null, signal: null };
        resolve(this.exit);
      });
    });
  }

  get transcript(): string {
    return cleanTerminal(this.raw);
  }

  /** Waits for pattern in the output after the previous match; returns that output up to the end of the match. */
  async expect(pattern: RegExp, what: string, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = this.transcript;
      const rest = text.slice(this.consumed);
      const match = pattern.exec(rest);
      if (match) {
        const end = match.index + match[0].length;
        this.consumed += end;
        return rest.slice(0, end);
      }
      if (this.exit !== null) throw new Error(`the program exited (${this.exit.code ?? this.exit.signal}) while the test waited for ${what}\n--- transcript ---\n${text}`);
      if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000} s\n--- transcript ---\n${text}`);
      await sleep(20);
    }
  }

  send(line: string): void {
    this.child.stdin!.write(`${line}\n`);
  }

  async stop(): Promise<void> {
    if (this.exit === null) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

// ---------------------------------------------------------------------------
// cadaver

const CADAVER_PROMPT = /dav:(\/[^\n]*)> $/;

function cadaverEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TERM: 'dumb', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', SHELL: '/bin/sh' };
}

/** Runs one cadaver command and returns what it printed (without the echoed command and the next prompt). */
async function cadaver(term: Terminal, command: string, expectedCwd?: string): Promise<string> {
  term.send(command);
  const out = await term.expect(CADAVER_PROMPT, `the prompt after \`${command}\``);
  const prompt = CADAVER_PROMPT.exec(out)!;
  if (expectedCwd !== undefined) assert.is(prompt[1], expectedCwd, `cadaver's current collection after \`${command}\``);
  const body = out.slice(0, prompt.index);
  const firstNewline = body.indexOf('\n');
  return firstNewline === -1 ? '' : body.slice(firstNewline + 1); // drop the echoed command line
}

async function acceptCertificate(term: Terminal): Promise<void> {
  const shown = await term.expect(/Do you wish to accept the certificate\? \(y\/n\) $/, 'the certificate question');
  assert.match(shown, /Untrusted server certificate presented/, 'cadaver saw a certificate it does not trust');
  term.send('y');
}

test('cadaver: mkcol, put, ls, get, propset/propget, copy, move, lock/unlock, delete, rmcol', async () => {
  requireTool('cadaver', 'cadaver');
  requireTool('script', 'bsdutils');
  await withAgent('cadaver', async (agent, work) => {
    const home = join(work, 'home');
    const local = join(work, 'local');
    await mkdir(home, { recursive: true });
    await mkdir(local, { recursive: true });
    await writeFile(join(home, '.netrc'), `machine 127.0.0.1\nlogin ${agent.user}\npassword ${password(agent)}\n`, { mode: 0o600 });
    const content = `Hello from cadaver ${randomBytes(8).toString('hex')}\nsecond line, ünïcödé\n`;
    await writeFile(join(local, 'hello.txt'), content);
    const share = agent.shareDir;

    const term = new Terminal(`cadaver ${agent.url}`, { env: cadaverEnv(home), cwd: local });
    try {
      await acceptCertificate(term);
      await term.expect(CADAVER_PROMPT, 'the first prompt (credentials come from ~/.netrc)');

      let out = await cadaver(term, 'mkcol docs', '/');
      assert.match(out, /Creating `docs': succeeded\./);
      assert.ok((await stat(join(share, 'docs'))).isDirectory(), 'MKCOL made a folder in the share');

      await cadaver(term, 'cd docs', '/docs/');

      out = await cadaver(term, 'put hello.txt "hello world.txt"');
      assert.match(out, /succeeded\./);
      assert.is(await readFile(join(share, 'docs', 'hello world.txt'), 'utf8'), content, 'PUT wrote the bytes to the share');

      out = await cadaver(term, 'ls');
      assert.match(out, /Listing collection `\/docs\/': succeeded\./);
      const listed = /hello world\.txt\s+(\d+)\s/.exec(out);
      assert.ok(listed, `ls lists the file:\n${out}`);
      assert.is(Number(listed![1]), Buffer.byteLength(content), 'ls shows the size');

      out = await cadaver(term, 'get "hello world.txt" back.txt');
      assert.match(out, /succeeded\./);
      assert.is(await readFile(join(local, 'back.txt'), 'utf8'), content, 'GET brought back the same bytes');

      out = await cadaver(term, 'propset "hello world.txt" title "Zoë notes 2026"');
      assert.match(out, /Setting property on `hello world\.txt': succeeded\./);
      const seen = await propfind(agent, '/docs/hello%20world.txt', `<t:title xmlns:t="${CADAVER_NS}"/>`);
      assert.match(seen, /Zoë notes 2026/, `another client sees the dead property cadaver set:\n${seen}`);

      out = await cadaver(term, 'propget "hello world.txt" title');
      assert.match(out, /Value of title is: Zoë notes 2026/);

      out = await cadaver(term, 'copy "hello world.txt" copy.txt');
      assert.match(out, /Copying `\/docs\/hello world\.txt' to `\/docs\/copy\.txt': +succeeded\./);
      assert.is(await readFile(join(share, 'docs', 'copy.txt'), 'utf8'), content, 'COPY duplicated the file');
      assert.is(await readFile(join(share, 'docs', 'hello world.txt'), 'utf8'), content, 'COPY left the source');
      out = await cadaver(term, 'propget copy.txt title');
      assert.match(out, /Value of title is: Zoë notes 2026/, 'COPY duplicated the dead property');

      out = await cadaver(term, 'move "hello world.txt" moved.txt');
      assert.match(out, /Moving `\/docs\/hello world\.txt' to `\/docs\/moved\.txt': +succeeded\./);
      assert.not.ok(await exists(join(share, 'docs', 'hello world.txt')), 'MOVE removed the source');
      assert.is(await readFile(join(share, 'docs', 'moved.txt'), 'utf8'), content, 'MOVE kept the bytes');
      out = await cadaver(term, 'propget moved.txt title');
      assert.match(out, /Value of title is: Zoë notes 2026/, 'the dead property followed the MOVE');
      out = await cadaver(term, 'propget "hello world.txt" title');
      assert.match(out, /404/, 'nothing is left at the old name');

      out = await cadaver(term, 'lock moved.txt');
      assert.match(out, /Locking `moved\.txt': succeeded\./);
      out = await cadaver(term, 'discover moved.txt');
      const token = /Lock token <([^>]+)>/.exec(out);
      assert.ok(token, `discover shows the lock:\n${out}`);
      assert.match(out, /Scope: exclusive\s+Type: write/);
      const during = await propfind(agent, '/docs/moved.txt', '<D:lockdiscovery/>');
      assert.ok(during.includes(token![1]!), `lockdiscovery names cadaver's token:\n${during}`);
      const blocked = await request(agent, 'PUT', '/docs/moved.txt', { body: 'intruder' });
      assert.is(blocked.status, 423, 'a PUT without the lock token is refused while cadaver holds the lock');
      assert.is(await readFile(join(share, 'docs', 'moved.txt'), 'utf8'), content, 'the locked file was not touched');

      out = await cadaver(term, 'unlock moved.txt');
      assert.match(out, /Unlocking `moved\.txt': succeeded\./);
      const after = await propfind(agent, '/docs/moved.txt', '<D:lockdiscovery/>');
      assert.not.ok(after.includes(token![1]!), `the lock is gone after unlock:\n${after}`);
      const allowed = await request(agent, 'PUT', '/docs/moved.txt', { body: content });
      assert.ok(allowed.status >= 200 && allowed.status < 300, `a PUT works again after unlock (got ${allowed.status})`);

      out = await cadaver(term, 'ls');
      assert.match(out, /copy\.txt/);
      assert.match(out, /moved\.txt/);
      assert.not.match(out, /hello world\.txt/);

      out = await cadaver(term, 'delete copy.txt');
      assert.match(out, /Deleting `copy\.txt': succeeded\./);
      assert.not.ok(await exists(join(share, 'docs', 'copy.txt')), 'DELETE removed the file');

      await cadaver(term, 'cd ..', '/');
      out = await cadaver(term, 'rmcol docs');
      assert.match(out, /Deleting collection `docs': succeeded\./);
      assert.not.ok(await exists(join(share, 'docs')), 'rmcol removed the folder and what was in it');

      out = await cadaver(term, 'ls');
      assert.match(out, /collection is empty/);
      assert.equal(await readdir(share), [], 'the share is empty again');

      // A file recreated at the same name must not inherit the deleted file's dead property.
      assert.match(await cadaver(term, 'mkcol docs'), /succeeded/);
      assert.match(await cadaver(term, 'put hello.txt docs/moved.txt'), /succeeded/);
      out = await cadaver(term, 'propget docs/moved.txt title');
      assert.not.match(out, /Zoë notes 2026/, `a new file at an old name starts without the old dead properties:\n${out}`);

      term.send('quit');
      const ended = await Promise.race([term.exited, sleep(10_000).then(() => null)]);
      assert.ok(ended, `cadaver exits after quit\n${term.transcript}`);
      assert.is(ended!.code, 0, `cadaver's exit code\n${term.transcript}`);
    } catch (error) {
      if (error instanceof Error && !error.message.includes('--- transcript ---')) error.message += `\n--- cadaver transcript ---\n${term.transcript}`;
      throw error;
    } finally {
      await term.stop();
    }
  });
});

test('cadaver: credentials at its prompts; a wrong password is refused and asked again', async () => {
  requireTool('cadaver', 'cadaver');
  requireTool('script', 'bsdutils');
  await withAgent('cadaver-auth', async (agent, work) => {
    const home = join(work, 'home'); // no .netrc
    await mkdir(home, { recursive: true });
    await writeFile(join(agent.shareDir, 'seeded ✓.txt'), 'seeded\n');
    const term = new Terminal(`cadaver ${agent.url}`, { env: cadaverEnv(home), cwd: work });
    try {
      await acceptCertificate(term);
      let shown = await term.expect(/Username: $/, 'the first user name prompt');
      assert.match(shown, /Authentication required for mesh-share on server `127\.0\.0\.1'/, 'the agent asks for Basic credentials with its realm');
      term.send(agent.user);
      await term.expect(/Password: $/, 'the first password prompt');
      term.send(`not-${password(agent)}`);
      shown = await term.expect(/Username: $/, 'a second user name prompt after the wrong password');
      assert.match(shown, /Authentication required/, 'the wrong password was refused');
      assert.not.match(shown, /dav:\/>/, 'no session was opened with the wrong password');
      term.send(agent.user);
      await term.expect(/Password: $/, 'the second password prompt');
      term.send(password(agent));
      await term.expect(CADAVER_PROMPT, 'the prompt after the right password');
      const out = await cadaver(term, 'ls', '/');
      assert.match(out, /Listing collection `\/': succeeded\./);
      assert.match(out, /seeded ✓\.txt\s+7\s/, `ls shows the seeded file:\n${out}`);
      term.send('quit');
      const ended = await Promise.race([term.exited, sleep(10_000).then(() => null)]);
      assert.is(ended?.code, 0, `cadaver exits 0 after quit\n${term.transcript}`);
    } catch (error) {
      if (error instanceof Error && !error.message.includes('--- transcript ---')) error.message += `\n--- cadaver transcript ---\n${term.transcript}`;
      throw error;
    } finally {
      await term.stop();
    }
  });
});

// ---------------------------------------------------------------------------
// rclone

interface Rclone {
  (args: readonly string[], options?: { input?: Buffer; expectFailure?: boolean; env?: NodeJS.ProcessEnv }): Promise<Ran>;
  env: NodeJS.ProcessEnv;
}

/**
 * An rclone bound to the remote `ms:` (the agent), configured only through
 * environment variables, with a private HOME and config file. Retries are off
 * so a flaky server shows up as a failure instead of being retried away.
 */
async function makeRclone(agent: AgentHandle, home: string, pass = password(agent)): Promise<Rclone> {
  await mkdir(home, { recursive: true });
  const base: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('RCLONE_')) base[key] = value;
  }
  Object.assign(base, {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    RCLONE_CONFIG: join(home, 'rclone.conf'),
  });
  await writeFile(join(home, 'rclone.conf'), '');
  const obscured = await run('rclone', ['obscure', pass], { env: base });
  assert.is(obscured.code, 0, `rclone obscure: ${describe(obscured)}`);
  const env: NodeJS.ProcessEnv = {
    ...base,
    RCLONE_CONFIG_MS_TYPE: 'webdav',
    RCLONE_CONFIG_MS_URL: agent.url,
    RCLONE_CONFIG_MS_VENDOR: 'other',
    RCLONE_CONFIG_MS_USER: agent.user,
    RCLONE_CONFIG_MS_PASS: obscured.stdout.trim(),
  };
  const rclone = (async (args, options = {}) => {
    const ran = await run('rclone', ['--retries', '1', '--low-level-retries', '1', ...args], { env: { ...env, ...options.env }, input: options.input, timeoutMs: 60_000 });
    if (options.expectFailure) assert.is.not(ran.code, 0, `rclone ${args.join(' ')} should fail: ${describe(ran)}`);
    else assert.is(ran.code, 0, `rclone ${args.join(' ')}: ${describe(ran)}`);
    return ran;
  }) as Rclone;
  rclone.env = env;
  return rclone;
}

test('rclone: copy a tree up, check, lsjson, moveto, purge, copy back down with the same bytes', async () => {
  requireTool('rclone', 'rclone');
  await withAgent('rclone', async (agent, work) => {
    const rclone = await makeRclone(agent, join(work, 'home'));
    const insecure = '--no-check-certificate';
    const src = join(work, 'src');
    const files: Record<string, Buffer> = {
      'big file.bin': randomBytes(20 * MiB),
      'empty.txt': Buffer.alloc(0),
      'sub dir/a b.txt': Buffer.from('hello rclone\n'),
      'sub dir/x+y&z=#%.txt': Buffer.alloc(5000, 'x'),
      'sub dir/ünï çødé/日本語.txt': Buffer.from('grüße, こんにちは\n'),
      'sub dir/ünï çødé/deep/emoji 🎒 ẞ.txt': randomBytes(1000),
    };
    await writeTree(src, files);
    const up = join(agent.shareDir, 'up');

    await rclone([insecure, 'copy', src, 'ms:up']);
    assert.equal(listFiles(up), Object.keys(files).sort(), 'the share holds exactly the uploaded files');
    for (const [path, data] of Object.entries(files)) {
      assert.is(await sha256File(join(up, path)), sha256(data), `bytes of ${path} on the share`);
    }

    let ran = await rclone([insecure, 'check', src, 'ms:up']);
    assert.match(ran.stderr, /0 differences found/);
    assert.match(ran.stderr, new RegExp(`${Object.keys(files).length} matching files`));

    // check must be able to fail: change a size behind rclone's back.
    const victim = join(up, 'sub dir', 'a b.txt');
    await appendFile(victim, 'extra');
    ran = await rclone([insecure, 'check', src, 'ms:up'], { expectFailure: true });
    assert.match(ran.stderr, /1 differences found/);
    await truncate(victim, files['sub dir/a b.txt']!.length);

    ran = await rclone([insecure, 'lsjson', '-R', 'ms:up']);
    const entries = JSON.parse(ran.stdout) as { Path: string; Name: string; Size: number; IsDir: boolean }[];
    const listedFiles = Object.fromEntries(entries.filter((e) => !e.IsDir).map((e) => [e.Path, e.Size]));
    assert.equal(listedFiles, Object.fromEntries(Object.entries(files).map(([path, data]) => [path, data.length])), 'lsjson: every file with its size');
    const listedDirs = entries.filter((e) => e.IsDir).map((e) => e.Path).sort();
    assert.equal(listedDirs, ['sub dir', 'sub dir/ünï çødé', 'sub dir/ünï çødé/deep'], 'lsjson: the folders');
    for (const entry of entries) assert.is(entry.Name, entry.Path.split('/').pop(), 'Name is the last segment of Path');

    ran = await rclone([insecure, 'copy', '-v', src, 'ms:up']);
    assert.match(ran.stderr, /There was nothing to transfer/, `a second copy sees everything as already there:\n${ran.stderr}`);

    await rclone([insecure, 'moveto', 'ms:up/sub dir/a b.txt', 'ms:up/moved ✓/a b renamed.txt']);
    assert.not.ok(await exists(join(up, 'sub dir', 'a b.txt')), 'moveto removed the source');
    assert.is(await sha256File(join(up, 'moved ✓', 'a b renamed.txt')), sha256(files['sub dir/a b.txt']!), 'moveto kept the bytes');

    await rclone([insecure, 'purge', 'ms:up/sub dir/ünï çødé']);
    assert.not.ok(await exists(join(up, 'sub dir', 'ünï çødé')), 'purge removed the folder tree');
    assert.ok(await exists(join(up, 'sub dir', 'x+y&z=#%.txt')), 'purge left the sibling file');

    const expected: Record<string, Buffer> = {
      'big file.bin': files['big file.bin']!,
      'empty.txt': files['empty.txt']!,
      'moved ✓/a b renamed.txt': files['sub dir/a b.txt']!,
      'sub dir/x+y&z=#%.txt': files['sub dir/x+y&z=#%.txt']!,
    };
    const down = join(work, 'down');
    await rclone([insecure, 'copy', 'ms:up', down]);
    assert.equal(listFiles(down), Object.keys(expected).sort(), 'copy down brought exactly the remaining files');
    for (const [path, data] of Object.entries(expected)) {
      assert.is(await sha256File(join(down, path)), sha256(data), `sha256 of ${path} after the round trip`);
    }
  });
});

test('rclone: rcat from stdin, and cat with --offset/--count/--tail (Range requests)', async () => {
  requireTool('rclone', 'rclone');
  await withAgent('rclone-range', async (agent, work) => {
    const rclone = await makeRclone(agent, join(work, 'home'));
    const data = randomBytes(3_000_000);
    await rclone(['--no-check-certificate', 'rcat', 'ms:streamed ü.bin'], { input: data });
    assert.is(await sha256File(join(agent.shareDir, 'streamed ü.bin')), sha256(data), 'rcat stored the bytes');

    let ran = await rclone(['--no-check-certificate', 'cat', '--offset', '1000', '--count', '50', 'ms:streamed ü.bin']);
    assert.ok(ran.stdoutBytes.equals(data.subarray(1000, 1050)), `bytes 1000-1049 (got ${ran.stdoutBytes.length} bytes)`);
    ran = await rclone(['--no-check-certificate', 'cat', '--offset', String(data.length - 10), 'ms:streamed ü.bin']);
    assert.ok(ran.stdoutBytes.equals(data.subarray(data.length - 10)), `the last 10 bytes by offset (got ${ran.stdoutBytes.length} bytes)`);
    ran = await rclone(['--no-check-certificate', 'cat', '--tail', '7', 'ms:streamed ü.bin']);
    assert.ok(ran.stdoutBytes.equals(data.subarray(data.length - 7)), `the last 7 bytes by suffix range (got ${ran.stdoutBytes.length} bytes)`);
    ran = await rclone(['--no-check-certificate', 'cat', 'ms:streamed ü.bin']);
    assert.is(sha256(ran.stdoutBytes), sha256(data), 'the whole file');
  });
});

test('rclone: refuses the self-signed certificate unless told, trusts it pinned with --ca-cert, and a wrong password fails', async () => {
  requireTool('rclone', 'rclone');
  await withAgent('rclone-trust', async (agent, work) => {
    await writeFile(join(agent.shareDir, 'visible.txt'), 'visible\n');
    const rclone = await makeRclone(agent, join(work, 'home'));

    let ran = await rclone(['lsf', 'ms:'], { expectFailure: true });
    assert.match(ran.stderr, /certificate signed by unknown authority|x509/, `rclone rejects the unknown certificate by default:\n${ran.stderr}`);

    const cert = await verifiedCertificate(agent);
    const pem = join(work, 'agent.pem');
    await writeFile(pem, cert.toString());
    ran = await rclone(['--ca-cert', pem, 'lsf', 'ms:']);
    assert.is(ran.stdout.trim(), 'visible.txt', 'with the certificate pinned rclone verifies the server (names include 127.0.0.1) and lists');

    const wrong = await makeRclone(agent, join(work, 'home-wrong'), `not-${password(agent)}`);
    ran = await wrong(['--no-check-certificate', 'lsf', 'ms:'], { expectFailure: true });
    assert.match(ran.stderr, /401/, `a wrong password gets 401:\n${ran.stderr}`);
    assert.not.match(ran.stdout, /visible\.txt/, 'nothing is listed with a wrong password');
  });
});

// ---------------------------------------------------------------------------
// davfs2

function isMounted(mountPoint: string): boolean {
  try {
    return readFileSync('/proc/self/mounts', 'utf8')
      .split('\n')
      .some((line) => line.split(' ')[1] === mountPoint);
  } catch {
    return false;
  }
}

function groupId(name: string): number | null {
  try {
    for (const line of readFileSync('/etc/group', 'utf8').split('\n')) {
      const [group, , gid] = line.split(':');
      if (group === name && gid !== undefined) return Number(gid);
    }
  } catch {
    // no /etc/group
  }
  return null;
}

test('davfs2: mount -t davfs, list, copy out, copy in, mkdir, rename, delete; unmount writes everything back', async () => {
  const mountDavfs = requireTool('mount.davfs', 'davfs2', ['/usr/sbin/mount.davfs', '/sbin/mount.davfs']);
  assert.ok(typeof process.getuid === 'function' && process.getuid() === 0, 'mount -t davfs needs root (run the tests as root)');
  const davfsGroup = groupId('davfs2');
  assert.ok(davfsGroup !== null, `the davfs2 group is missing: reinstall the Debian package "davfs2" (${mountDavfs})`);
  // The pid-file folder systemd-tmpfiles would make (Debian: d /run/mount.davfs 1775 root davfs2).
  if (!existsSync('/run/mount.davfs')) {
    await mkdir('/run/mount.davfs', { recursive: true });
    await chown('/run/mount.davfs', 0, davfsGroup!);
    await chmod('/run/mount.davfs', 0o1775);
  }

  await withAgent('davfs2', async (agent, work) => {
    await chmod(work, 0o755); // mount.davfs works on the cache as the davfs2 user
    const mnt = join(work, 'mnt');
    const cache = join(work, 'cache');
    await mkdir(mnt);
    await mkdir(cache);
    await chown(cache, 0, davfsGroup!);
    await chmod(cache, 0o775);
    const cert = await verifiedCertificate(agent);
    await writeFile(join(work, 'agent.pem'), cert.toString());
    await writeFile(join(work, 'secrets'), `${agent.url} ${agent.user} ${password(agent)}\n`, { mode: 0o600 });
    await writeFile(
      join(work, 'davfs2.conf'),
      [
        `secrets ${join(work, 'secrets')}`,
        `trust_server_cert ${join(work, 'agent.pem')}`, // the agent's own certificate, checked against the banner's fingerprint
        `cache_dir ${cache}`,
        'ask_auth 0',
        'use_locks 1',
        'delay_upload 0',
        // davfs2 speaks FUSE itself; since Linux 6.16 its default 16 KiB buffer makes every readdir fail with EINVAL
        // (https://github.com/alisarctl/davfs2/issues/22). 64 KiB is the known workaround.
        'buf_size 64',
        '',
      ].join('\n'),
    );

    const share = agent.shareDir;
    const photo = randomBytes(1 * MiB + 17);
    await writeTree(share, { 'photo ü.jpg': photo, 'readme.txt': 'read me\n', 'folder/inner.txt': 'inner\n' });

    let mounted = false;
    try {
      const ran = await run('mount', ['-t', 'davfs', '-o', `conf=${join(work, 'davfs2.conf')}`, agent.url, mnt], { timeoutMs: 30_000 });
      assert.is(ran.code, 0, `mount -t davfs: ${describe(ran)}`);
      mounted = isMounted(mnt);
      assert.ok(mounted, 'the mount shows in /proc/self/mounts');

      // davfs2 adds a local lost+found of its own; it is not on the server.
      const names = (await readdir(mnt)).filter((name) => name !== 'lost+found').sort();
      assert.equal(names, ['folder', 'photo ü.jpg', 'readme.txt'], 'the mount lists the share');
      assert.equal(await readdir(join(mnt, 'folder')), ['inner.txt'], 'and a subfolder');
      assert.is((await stat(join(mnt, 'photo ü.jpg'))).size, photo.length, 'sizes come through');

      await copyFile(join(mnt, 'photo ü.jpg'), join(work, 'photo-out.jpg'));
      assert.is(await sha256File(join(work, 'photo-out.jpg')), sha256(photo), 'copy out: same bytes');

      const upload = randomBytes(4 * MiB + 3);
      await writeFile(join(work, 'upload.bin'), upload);
      await copyFile(join(work, 'upload.bin'), join(mnt, 'upload ✓.bin'));
      await mkdir(join(mnt, 'new folder'));
      await writeFile(join(mnt, 'new folder', 'note.txt'), 'written through davfs2\n');
      await rename(join(mnt, 'readme.txt'), join(mnt, 'new folder', 'readme moved.txt'));
      await unlink(join(mnt, 'folder', 'inner.txt'));
      assert.is(await sha256File(join(mnt, 'upload ✓.bin')), sha256(upload), 'the copied-in file reads back through the mount');

      const un = await run('umount', [mnt], { timeoutMs: 60_000 });
      assert.is(un.code, 0, `umount: ${describe(un)}`);
      mounted = isMounted(mnt);
      assert.not.ok(mounted, 'unmounted');

      // umount.davfs waits until mount.davfs has uploaded everything: the share must now hold it all.
      assert.is(await sha256File(join(share, 'upload ✓.bin')), sha256(upload), 'copy in: the share holds the same bytes');
      assert.is(await readFile(join(share, 'new folder', 'note.txt'), 'utf8'), 'written through davfs2\n');
      assert.is(await readFile(join(share, 'new folder', 'readme moved.txt'), 'utf8'), 'read me\n', 'rename became a MOVE');
      assert.not.ok(await exists(join(share, 'readme.txt')), 'the old name is gone');
      assert.not.ok(await exists(join(share, 'folder', 'inner.txt')), 'unlink became a DELETE');
      assert.ok(await exists(join(share, 'folder')), 'the emptied folder stays');
      assert.is(await sha256File(join(share, 'photo ü.jpg')), sha256(photo), 'the file only read is unchanged');
      assert.not.ok(await exists(join(share, 'lost+found')), "davfs2's lost+found stayed local");

      // davfs2 locked the files it wrote (use_locks 1); unmounting must have released every lock.
      for (const path of ['upload ✓.bin', 'new folder/note.txt']) {
        const locks = await propfind(agent, davPath(path), '<D:lockdiscovery/>');
        assert.not.match(locks, /activelock/, `no lock left on ${path}:\n${locks}`);
      }
    } finally {
      if (isMounted(mnt)) {
        const un = await run('umount', [mnt], { timeoutMs: 30_000 });
        if (un.code !== 0 || isMounted(mnt)) await run('umount', ['-l', mnt], { timeoutMs: 10_000 });
      }
      // Never let withAgent's rm -r walk into a live mount: it would delete the share through it.
      if (isMounted(mnt)) throw new Error(`could not unmount ${mnt}; left ${work} in place`);
    }
  });
});

// ---------------------------------------------------------------------------
// gvfs

/** Processes below pid, deepest first. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const statLine = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(statLine.slice(statLine.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (parent: number): void => {
    for (const child of children.get(parent) ?? []) {
      walk(child);
      found.push(child);
    }
  };
  walk(pid);
  return found;
}

/** A private session bus; gvfsd and its backends are started by it on demand, and stopped with it. */
async function startSessionBus(dir: string): Promise<{ address: string; stop(): Promise<void> }> {
  const socket = join(dir, 'bus.sock');
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', `--address=unix:path=${socket}`, '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: dir },
  });
  let stderr = '';
  daemon.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => daemon.on('exit', () => resolve()));
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`dbus-daemon printed no address within 10 s: ${stderr}`)), 10_000);
    daemon.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    daemon.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  return {
    address,
    stop: async () => {
      if (daemon.pid === undefined) return;
      const started = descendants(daemon.pid);
      for (const pid of started) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      daemon.kill('SIGTERM');
      await Promise.race([exited, sleep(5_000)]);
      for (const pid of started) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone, as it should be
        }
      }
      if (daemon.exitCode === null && daemon.signalCode === null) daemon.kill('SIGKILL');
    },
  };
}

test('gvfs: gio mount davs:// (certificate question, credentials at the prompt), list, copy in, copy out, mkdir, move, remove', async () => {
  requireTool('gio', 'libglib2.0-bin');
  requireTool('dbus-daemon', 'dbus-daemon');
  requireTool('gvfsd', 'gvfs-daemons', ['/usr/libexec/gvfsd', '/usr/lib/gvfs/gvfsd']);
  requireTool('gvfsd-dav', 'gvfs-backends', ['/usr/libexec/gvfsd-dav', '/usr/lib/gvfs/gvfsd-dav']);

  await withAgent('gvfs', async (agent, work) => {
    const home = join(work, 'home');
    const runtime = join(work, 'run');
    await mkdir(home, { recursive: true });
    await mkdir(runtime, { recursive: true, mode: 0o700 });
    const bus = await startSessionBus(work);
    try {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        XDG_RUNTIME_DIR: runtime,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_DATA_HOME: join(home, '.local', 'share'),
        XDG_CACHE_HOME: join(home, '.cache'),
        DBUS_SESSION_BUS_ADDRESS: bus.address,
        LANG: 'C.UTF-8',
        LC_ALL: 'C.UTF-8',
        GVFS_DISABLE_FUSE: '1',
        GVFS_REMOTE_VOLUME_MONITOR_IGNORE: '1', // no udisks/mtp/... monitors: they only add noise here
        GIO_USE_VOLUME_MONITOR: 'unix',
      };
      const gio = async (args: readonly string[], options: { input?: string; expectFailure?: boolean } = {}): Promise<Ran> => {
        const ran = await run('gio', args, { env, input: options.input, timeoutMs: 30_000 });
        if (options.expectFailure) assert.is.not(ran.code, 0, `gio ${args.join(' ')} should fail: ${describe(ran)}`);
        else assert.is(ran.code, 0, `gio ${args.join(' ')}: ${describe(ran)}`);
        return ran;
      };
      const root = `davs://127.0.0.1:${agent.port}`;
      const uri = (path: string): string => `${root}${davPath(path)}`;

      const share = agent.shareDir;
      const photo = randomBytes(2 * MiB + 5);
      await writeTree(share, { 'photo ü.jpg': photo, 'readme.txt': 'read me\n', 'folder/inner.txt': 'inner\n' });

      // Not mounted yet: gio refuses.
      await gio(['list', `${root}/`], { expectFailure: true });

      // Answers: 1 = "Yes" to the untrusted certificate, then user and password.
      let ran = await gio(['mount', `${root}/`], { input: `1\n${agent.user}\n${password(agent)}\n` });
      assert.match(ran.stdout, /Are you really sure you would like to continue\?/, `gvfs asked about the self-signed certificate:\n${ran.stdout}`);
      assert.match(ran.stdout, /Authentication Required/, 'and for credentials');
      ran = await gio(['mount', '-l']);
      assert.ok(ran.stdout.includes(`${root}/`), `gio mount -l shows the mount:\n${ran.stdout}`);

      ran = await gio(['list', '-l', `${root}/`]);
      const listed = new Map(
        ran.stdout
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => {
            const [name, size, type] = line.split('\t');
            return [name!, { size: Number(size), type }] as const;
          }),
      );
      assert.equal([...listed.keys()].sort(), ['folder', 'photo ü.jpg', 'readme.txt'], `gio list shows the share:\n${ran.stdout}`);
      assert.is(listed.get('photo ü.jpg')!.size, photo.length, 'with sizes');
      assert.is(listed.get('folder')!.type, '(directory)', 'and types');

      await gio(['copy', uri('photo ü.jpg'), join(work, 'photo-out.jpg')]);
      assert.is(await sha256File(join(work, 'photo-out.jpg')), sha256(photo), 'copy out: same bytes');

      const upload = randomBytes(4 * MiB + 3);
      await writeFile(join(work, 'upload.bin'), upload);
      await gio(['copy', join(work, 'upload.bin'), uri('upload ✓.bin')]);
      assert.is(await sha256File(join(share, 'upload ✓.bin')), sha256(upload), 'copy in: the share holds the same bytes');

      await gio(['mkdir', uri('new folder')]);
      assert.ok((await stat(join(share, 'new folder'))).isDirectory(), 'gio mkdir made a folder');
      await gio(['move', uri('readme.txt'), uri('new folder/readme moved.txt')]);
      assert.not.ok(await exists(join(share, 'readme.txt')), 'move removed the source');
      assert.is(await readFile(join(share, 'new folder', 'readme moved.txt'), 'utf8'), 'read me\n', 'move kept the bytes');
      await gio(['remove', uri('folder/inner.txt')]);
      assert.not.ok(await exists(join(share, 'folder', 'inner.txt')), 'gio remove deleted the file');

      ran = await gio(['info', '-a', 'standard::size', uri('upload ✓.bin')]);
      assert.match(ran.stdout, new RegExp(`standard::size: ${upload.length}\\b`), `gio info reports the size:\n${ran.stdout}`);

      await gio(['mount', '-u', `${root}/`]);
      ran = await gio(['mount', '-l']);
      assert.not.ok(ran.stdout.includes(`${root}/`), `unmounted:\n${ran.stdout}`);
    } finally {
      await bus.stop();
    }
  });
});

test.run();
