import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, request, runCli, runProcess, startAgentProcess, type AgentHandle } from '../helpers/agent-process.js';

let dataDir = '';
let shareDir = '';
let first: AgentHandle | null = null;
let fingerprint = '';
const started: AgentHandle[] = [];

test.before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mesh-share-lifecycle-data-'));
  shareDir = await mkdtemp(join(tmpdir(), 'mesh-share-lifecycle-share-'));
});

test.after(async () => {
  for (const handle of started) await handle.cleanup();
  await rm(dataDir, { recursive: true, force: true });
  await rm(shareDir, { recursive: true, force: true });
});

test('first start prints a password and writes agent.json', async () => {
  // Wider than it should be, to see the agent tighten it.
  await chmod(dataDir, 0o755);
  first = await startAgentProcess({ dataDir, shareDir, user: 'ana', password: null });
  started.push(first);
  const out = first.stdout();
  assert.match(out, `mesh-share is sharing ${shareDir}`);
  assert.match(out, /password\s+[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4} \(shown only this once; change it with: mesh-share passwd ana --data-dir /);
  assert.ok(first.password, 'the generated password is readable from stdout');
  assert.match(out, /certificate\s+SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}/);

  const infoPath = join(dataDir, 'agent.json');
  const info = JSON.parse(await readFile(infoPath, 'utf8')) as Record<string, unknown>;
  assert.equal(Object.keys(info).sort(), ['certificateSha256', 'color', 'dataDir', 'davPort', 'davUrl', 'davUrls', 'discovery', 'nick', 'p2pAddrs', 'p2pPort', 'peerId', 'pid', 'shareDir', 'startedAt', 'user', 'version'].sort());
  assert.match(String(info.peerId), /^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/);
  assert.is(info.discovery, false);
  assert.is(info.pid, first.process.pid);
  assert.is(info.davPort, first.port);
  assert.is(info.davUrl, `https://127.0.0.1:${first.port}/`);
  assert.equal(info.davUrls, [`https://127.0.0.1:${first.port}/`]);
  assert.is(info.user, 'ana');
  assert.is(info.shareDir, shareDir);
  assert.is(info.dataDir, dataDir);
  assert.ok(!Number.isNaN(Date.parse(String(info.startedAt))));
  assert.is(info.version, JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')).version);
  assert.match(String(info.certificateSha256), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  fingerprint = String(info.certificateSha256);
  assert.is(out.includes(fingerprint), true);

  assert.is((await stat(infoPath)).mode & 0o777, 0o600);
  assert.is((await stat(dataDir)).mode & 0o777, 0o700);
});

test('without credentials: 401 with a Basic challenge', async () => {
  const response = await request(first!, 'GET', '/', { auth: false });
  assert.is(response.status, 401);
  assert.match(String(response.headers['www-authenticate']), /^Basic realm="/);
});

test('wrong password: 401', async () => {
  const response = await request(first!, 'GET', '/', { auth: { user: 'ana', password: 'not-it' } });
  assert.is(response.status, 401);
});

test('with the generated password the root answers', async () => {
  const response = await request(first!, 'PROPFIND', '/', { headers: { depth: '0' } });
  assert.is.not(response.status, 401);
  assert.ok(response.status < 500, `status ${response.status}: ${response.body.toString('utf8')}`);
});

test('a second agent on the same data dir is refused while the first runs', async () => {
  const result = await runCli(['agent', '--data-dir', dataDir, '--share', shareDir, '--dav-port', '0', '--dav-host', '127.0.0.1', '--p2p-port', '0', '--no-discovery'], { timeoutMs: 20_000 });
  assert.is(result.code, 1);
  assert.match(result.stderr, `Another mesh-share agent (process ${first!.process.pid}) is already serving ${dataDir}`);
  assert.ok(existsSync(join(dataDir, 'agent.json')), 'the running agent keeps its agent.json');
});

test('SIGTERM stops cleanly: exit 0, agent.json removed', async () => {
  const code = await first!.stop('SIGTERM');
  assert.is(code, 0);
  assert.not.ok(existsSync(join(dataDir, 'agent.json')));
});

test('a second start reuses the certificate and prints no password', async () => {
  const second = await startAgentProcess({ dataDir, shareDir, user: 'ana', password: null });
  started.push(second);
  const out = second.stdout();
  assert.not.match(out, /shown only this once/);
  assert.not.match(out, first!.password!);
  assert.match(out, /password\s+\(set earlier/);
  const info = JSON.parse(await readFile(join(dataDir, 'agent.json'), 'utf8')) as { certificateSha256: string };
  assert.is(info.certificateSha256, fingerprint);
  // The first password still works.
  const response = await request(second, 'PROPFIND', '/', { headers: { depth: '0' }, auth: { user: 'ana', password: first!.password! } });
  assert.is.not(response.status, 401);
  assert.is(await second.stop('SIGINT'), 0);
  assert.not.ok(existsSync(join(dataDir, 'agent.json')));
});

test('a stale agent.json (dead pid) is replaced', async () => {
  const third = await startAgentProcess({ dataDir, shareDir, user: 'ana', password: null });
  started.push(third);
  third.kill();
  await new Promise((resolve) => third.process.once('exit', resolve));
  assert.ok(existsSync(join(dataDir, 'agent.json')), 'SIGKILL leaves the file behind');
  const fourth = await startAgentProcess({ dataDir, shareDir, user: 'ana', password: null });
  started.push(fourth);
  const info = JSON.parse(await readFile(join(dataDir, 'agent.json'), 'utf8')) as { pid: number };
  assert.is(info.pid, fourth.process.pid);
  assert.is(await fourth.stop(), 0);
});

test('--json prints one line with the same fields', async () => {
  const handle = await startAgentProcess({ password: null, args: ['--json'] });
  started.push(handle);
  const lines = handle.stdout().trim().split('\n');
  assert.is(lines.length, 1);
  const banner = JSON.parse(lines[0]!) as Record<string, unknown>;
  assert.is(banner.davUrl, handle.url);
  assert.is(banner.user, 'tester');
  assert.is(banner.shareDir, handle.shareDir);
  assert.match(String(banner.password), /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  assert.match(String(banner.certificateSha256), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  assert.is(handle.password, banner.password);
  assert.is(await handle.stop(), 0);
});

test('the port in use gives one clear sentence and exit 1', async () => {
  const busy = await startAgentProcess();
  started.push(busy);
  const otherData = await mkdtemp(join(tmpdir(), 'mesh-share-lifecycle-busy-'));
  try {
    const result = await runCli(['agent', '--data-dir', otherData, '--share', join(otherData, 'share'), '--dav-port', String(busy.port), '--dav-host', '127.0.0.1', '--p2p-port', '0', '--no-discovery'], { timeoutMs: 20_000 });
    assert.is(result.code, 1);
    assert.match(result.stderr, `Port ${busy.port} is already in use; choose another with --dav-port or use 0 for any free port`);
    assert.not.match(result.stderr, /\n\s+at /, 'no stack trace');
    assert.not.ok(existsSync(join(otherData, 'agent.json')));
    // No password was stored that nobody saw: the next (successful) start still shows one.
    assert.not.ok(existsSync(join(otherData, 'htpasswd')));
  } finally {
    await rm(otherData, { recursive: true, force: true });
    await busy.stop();
  }
});

test('a data dir inside the share is refused', async () => {
  const result = await runCli(['agent', '--data-dir', join(shareDir, 'state'), '--share', shareDir, '--dav-port', '0', '--dav-host', '127.0.0.1', '--p2p-port', '0', '--no-discovery'], { timeoutMs: 20_000 });
  assert.is(result.code, 1);
  assert.match(result.stderr, /inside the share folder/);
});

test('bad options: exit 2 with a hint', async () => {
  const result = await runCli(['agent', '--max-upload', 'lots']);
  assert.is(result.code, 2);
  assert.match(result.stderr, /--max-upload must be a size/);
  const unknown = await runCli(['agent', '--frobnicate']);
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /unknown option --frobnicate/);
});

test('mesh-share --help (through npx) lists the commands', async () => {
  const result = await runProcess('npx', ['--no-install', 'mesh-share', '--help'], { cwd: PROJECT_ROOT });
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /Usage: mesh-share COMMAND/);
  assert.match(result.stdout, /^\s+agent\s+/m);
  assert.match(result.stdout, /^\s+passwd\s+/m);
});

test('agent --help mentions every option', async () => {
  for (const args of [['agent', '--help'], ['agent', '-h'], ['help', 'agent']]) {
    const result = await runCli(args);
    assert.is(result.code, 0);
    for (const option of ['--data-dir', '--share', '--dav-port', '--dav-host', '--user', '--max-upload', '--log-level', '--json']) {
      assert.match(result.stdout, option);
    }
  }
});

test('--version, no arguments and unknown commands', async () => {
  const version = await runCli(['--version']);
  assert.is(version.code, 0);
  assert.is(version.stdout.trim(), JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')).version);
  const bare = await runCli([]);
  assert.is(bare.code, 0);
  assert.match(bare.stdout, /Commands:/);
  const unknown = await runCli(['frobnicate']);
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command 'frobnicate'/);
});

test.run();
