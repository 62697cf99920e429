/**
 * The command line over D-Bus, end to end: a private session bus, a real
 * agent on it, and the real `mesh-share` CLI (status, share, shared,
 * unshare) as a child process, plus the failures a teacher can meet: no
 * agent on the bus, no bus at all, wrong usage.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { connectToAgent, AgentClientError, type AgentClient, type PlainDict } from '../../agent/dbus-client.js';
import { CLI_PATH, PROJECT_ROOT, request, runCli, startAgentProcess, type AgentHandle, type RunResult } from '../helpers/agent-process.js';
import { startPrivateBus, type PrivateBus } from '../helpers/private-bus.js';
import { until } from '../helpers/until.js';
import { spawn } from 'node:child_process';

const NO_AGENT = 'No mesh-share agent is running. Start one with: mesh-share agent (or: systemctl --user start mesh-share)\n';
const NO_BUS_UNSET = 'There is no D-Bus session bus here (DBUS_SESSION_BUS_ADDRESS is not set). Run this inside your desktop session, or start one with: dbus-run-session -- mesh-share agent\n';
/** The CLI forces an exit 5 s after a command returns; a run close to that means a connection was left open. */
const PROMPT_EXIT_MS = 3_500;

let bus: PrivateBus;
let emptyBus: PrivateBus;
let agent: AgentHandle;
let work = '';
let version = '';
let listener: AgentClient | null = null;
const sharedSignals: PlainDict[] = [];
const unsharedSignals: string[] = [];

const env = (): Record<string, string> => ({ ...bus.env });

async function cli(args: string[], extraEnv: Record<string, string> = env()): Promise<RunResult & { ms: number }> {
  const started = Date.now();
  const result = await runCli(args, { env: extraEnv, timeoutMs: 40_000 });
  return { ...result, ms: Date.now() - started };
}

function assertNoStackTrace(text: string): void {
  assert.not.match(text, /\n\s+at /, `no stack trace in: ${text}`);
  assert.not.match(text, /internal error/i, `no internal error in: ${text}`);
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test.before(async () => {
  version = (JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  work = await mkdtemp(join(tmpdir(), 'mesh-share-cli-dbus-'));
  bus = await startPrivateBus();
  emptyBus = await startPrivateBus();
  agent = await startAgentProcess({ env: bus.env });
  // agent.json comes before (or with) the bus name; wait until the agent answers on the bus.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const client = await connectToAgent(bus.env);
    try {
      await client.status();
      listener = client;
      break;
    } catch (error) {
      client.close();
      if (!(error instanceof AgentClientError) || error.code !== 'no-agent' || Date.now() > deadline) {
        throw new Error(`the agent did not come up on the private bus: ${String(error)}\n--- agent stderr ---\n${agent.stderr()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await listener.onShared((entry) => sharedSignals.push(entry));
  await listener.onUnshared((url) => unsharedSignals.push(url));
});

test.after(async () => {
  listener?.close();
  await agent?.cleanup();
  await bus?.stop();
  await emptyBus?.stop();
  if (work !== '') await rm(work, { recursive: true, force: true });
});

test('top-level help lists the four commands', async () => {
  const result = await cli(['--help']);
  assert.is(result.code, 0);
  for (const name of ['status', 'share', 'shared', 'unshare']) assert.match(result.stdout, new RegExp(`^  ${name}\\s+\\S`, 'm'));
});

test('status: plain text for people, and the process exits promptly', async () => {
  const result = await cli(['status']);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stderr, '');
  const out = result.stdout;
  assert.match(out, new RegExp(`^The mesh-share agent ${version.replaceAll('.', '\\.')} is running\\.$`, 'm'));
  assert.match(out, new RegExp(`^  share folder\\s+${agent.shareDir}$`, 'm'));
  assert.match(out, new RegExp(`^  open\\s+https://\\S+:${agent.port}/`, 'm'));
  assert.match(out, /^ {2}user\s+tester$/m);
  assert.match(out, new RegExp(`^ {2}peer id\\s+${agent.peerId}$`, 'm'));
  assert.match(out, /^ {2}neighbours\s+not looking \(discovery is off\)$/m);
  assert.match(out, /^ {2}running for\s+\d+ (second|seconds|minute|minutes)\b/m);
  assert.match(out, /^ {2}shared entries\s+0$/m);
  assert.match(out, /^ {2}requests\s+\d+$/m);
  assert.ok(result.ms < PROMPT_EXIT_MS, `status took ${result.ms} ms: something kept the process alive`);
});

test('status --json: one line with the D-Bus keys', async () => {
  const result = await cli(['status', '--json']);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stdout.trim().split('\n').length, 1);
  const status = JSON.parse(result.stdout) as Record<string, unknown>;
  assert.is(status.version, version);
  assert.is(status.share_dir, agent.shareDir);
  assert.is(status.user, 'tester');
  assert.is(status.peer_id, agent.peerId);
  assert.is(status.discovery, false);
  assert.is(status.peers_online, 0);
  assert.match(String(status.share_url), new RegExp(`^https://\\S+:${agent.port}/$`));
  assert.ok(Array.isArray(status.share_urls), 'share_urls is a list');
  assert.is(typeof status.uptime_seconds, 'number');
  assert.ok((status.uptime_seconds as number) >= 0);
  assert.is(status.shared_entries, 0);
  assert.is(typeof status.requests, 'number');
});

test('shared: a friendly sentence when nothing is shared; --json gives an empty list', async () => {
  const plain = await cli(['shared']);
  assert.is(plain.code, 0, plain.stderr);
  assert.is(plain.stdout, 'Nothing is shared yet. Share a file with: mesh-share share FILE\n');
  const json = await cli(['shared', '--json']);
  assert.is(json.code, 0, json.stderr);
  assert.equal(JSON.parse(json.stdout), { entries: [] });
});

const NOTES = 'Tomatoes need sun.\nBeans climb.\n';
const NOTES_MTIME = Date.UTC(2026, 2, 4, 9, 30, 15) / 1000;
let notesUrl = '';
let drawingUrl = '';

test('share PATH: relative path, default title from the file name, URL serves the file over HTTPS', async () => {
  const dir = join(work, 'docs');
  await mkdir(dir);
  const file = join(dir, 'garden notes.txt');
  await writeFile(file, NOTES);
  await utimes(file, NOTES_MTIME, NOTES_MTIME);
  // runCli runs in the project root: a path relative to it must be resolved there, not in the agent's folder.
  const result = await cli(['share', relative(PROJECT_ROOT, file)]);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stderr, '');
  const match = /^Shared: garden notes\n {2}(https:\/\/\S+)\n$/.exec(result.stdout);
  assert.ok(match, `plain output: ${JSON.stringify(result.stdout)}`);
  notesUrl = match[1]!;
  const url = new URL(notesUrl);
  assert.is(url.port, String(agent.port));
  const response = await request(agent, 'GET', url.pathname);
  assert.is(response.status, 200);
  assert.is(response.body.toString('utf8'), NOTES);
  const signal = await waitFor('the Shared signal', () => sharedSignals.find((entry) => entry.url === notesUrl));
  assert.is(signal.title, 'garden notes');
});

test('share --json with every option; shared --json returns the metadata', async () => {
  const file = join(work, 'drawing.bin');
  await writeFile(file, Buffer.alloc(2048, 7));
  const result = await cli([
    'share', file, '--json',
    '--title', 'Our school garden',
    '--description', 'Drawn in Paint',
    '--tags', 'art garden',
    '--mime-type', 'image/png',
    '--activity', 'org.laptop.Oficina',
  ]);
  assert.is(result.code, 0, result.stderr);
  const shared = JSON.parse(result.stdout) as Record<string, unknown>;
  assert.match(String(shared.url), new RegExp(`^https://\\S+:${agent.port}/`));
  assert.is(shared.title, 'Our school garden');
  assert.is(shared.path, file);
  assert.is(shared.mime_type, 'image/png');
  drawingUrl = String(shared.url);
  const served = await request(agent, 'GET', new URL(drawingUrl).pathname);
  assert.is(served.status, 200);
  assert.is(served.body.length, 2048);

  const list = await cli(['shared', '--json']);
  assert.is(list.code, 0, list.stderr);
  const entries = (JSON.parse(list.stdout) as { entries: Array<Record<string, unknown>> }).entries;
  assert.is(entries.length, 2);
  const drawing = entries.find((entry) => entry.url === drawingUrl);
  assert.ok(drawing, 'the drawing is listed');
  assert.is(drawing.title, 'Our school garden');
  assert.is(drawing.description, 'Drawn in Paint');
  assert.is(drawing.tags, 'art garden');
  assert.is(drawing.mime_type, 'image/png');
  assert.is(drawing.activity, 'org.laptop.Oficina');
  assert.is(drawing.size, 2048);
  assert.is(typeof drawing.name, 'string');
  const notes = entries.find((entry) => entry.url === notesUrl);
  assert.ok(notes, 'the notes are listed');
  assert.is(notes.title, 'garden notes');
  assert.is(notes.mime_type, 'text/plain');
  assert.is(notes.size, Buffer.byteLength(NOTES));
  assert.is(notes.timestamp, NOTES_MTIME);
});

test('shared: a table with title, file name, size, date and URL', async () => {
  const result = await cli(['shared']);
  assert.is(result.code, 0, result.stderr);
  const lines = result.stdout.trimEnd().split('\n');
  assert.match(lines[0]!, /^Title\s+File name\s+Size\s+Shared\s+URL$/);
  const notesLine = lines.find((line) => line.endsWith(notesUrl));
  assert.ok(notesLine, `a row for ${notesUrl} in:\n${result.stdout}`);
  assert.match(notesLine, new RegExp(`^garden notes\\s+\\S.*\\s+${Buffer.byteLength(NOTES)} bytes\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\s+https:`));
  assert.ok(lines.some((line) => line.startsWith('Our school garden') && line.includes('2.0 kB') && line.endsWith(drawingUrl)));
  assert.is(lines.at(-1), '2 entries are shared. To stop sharing one: mesh-share unshare URL');
});

test('status counts the shared entries', async () => {
  const result = await cli(['status', '--json']);
  assert.is(result.code, 0, result.stderr);
  assert.is((JSON.parse(result.stdout) as { shared_entries: unknown }).shared_entries, 2);
});

test('unshare URL: gone from the share and the list, Unshared signal sent', async () => {
  const result = await cli(['unshare', drawingUrl]);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stdout, `No longer shared: ${drawingUrl}\n`);
  const gone = await request(agent, 'GET', new URL(drawingUrl).pathname);
  assert.is(gone.status, 404);
  const list = JSON.parse((await cli(['shared', '--json'])).stdout) as { entries: Array<{ url: string }> };
  assert.equal(list.entries.map((entry) => entry.url), [notesUrl]);
  await waitFor('the Unshared signal', () => (unsharedSignals.includes(drawingUrl) ? true : undefined));
  const json = await cli(['unshare', notesUrl, '--json']);
  assert.is(json.code, 0, json.stderr);
  assert.equal(JSON.parse(json.stdout), { url: notesUrl, unshared: true });
  assert.is((await cli(['shared'])).stdout, 'Nothing is shared yet. Share a file with: mesh-share share FILE\n');
});

test('unshare of an address that is not shared: exit 1 with the agent\'s sentence', async () => {
  const unknown = `https://127.0.0.1:${agent.port}/never-shared.txt`;
  const result = await cli(['unshare', unknown]);
  assert.is(result.code, 1);
  assert.is(result.stdout, '');
  assert.is(result.stderr.trim().split('\n').length, 1, `one line: ${result.stderr}`);
  assert.ok(result.stderr.trim().length > 10, 'a sentence');
  assertNoStackTrace(result.stderr);
  const json = await cli(['unshare', unknown, '--json']);
  assert.is(json.code, 1);
  const error = (JSON.parse(json.stdout) as { error: { code: string; message: string; dbus_name: string } }).error;
  assert.is(error.code, 'agent-error');
  assert.match(error.dbus_name, /^org\.sugarlabs\.MeshShare1\.Error\.\w+$/);
  assert.is(`${error.message}\n`, result.stderr);
});

test('share of a missing file or a folder: exit 1, nothing asked of the agent', async () => {
  const missing = await cli(['share', join(work, 'nope.txt')]);
  assert.is(missing.code, 1);
  assert.is(missing.stderr, `There is no file at ${join(work, 'nope.txt')}.\n`);
  const folder = await cli(['share', work, '--json']);
  assert.is(folder.code, 1);
  assert.is((JSON.parse(folder.stdout) as { error: { code: string } }).error.code, 'not-a-file');
});

test('usage errors exit 2 and say what to do', async () => {
  const cases: string[][] = [
    ['share'],
    ['share', 'a', 'b'],
    ['share', 'x.txt', '--title'],
    ['share', 'x.txt', '--mime-type', 'pdf'],
    ['share', 'x.txt', '--nope'],
    ['status', 'extra'],
    ['status', '--verbose'],
    ['shared', 'extra'],
    ['unshare'],
    ['unshare', 'a', 'b'],
  ];
  for (const args of cases) {
    const result = await cli(args);
    assert.is(result.code, 2, `${args.join(' ')} -> ${result.code}: ${result.stderr}`);
    assert.is(result.stdout, '', args.join(' '));
    assert.match(result.stderr, new RegExp(`^mesh-share ${args[0]}: .+\\nRun 'mesh-share ${args[0]} --help'`), args.join(' '));
  }
  const json = await cli(['share', '--json']);
  assert.is(json.code, 2);
  assert.is((JSON.parse(json.stdout) as { error: { code: string } }).error.code, 'usage');
  for (const name of ['status', 'share', 'shared', 'unshare']) {
    const help = await cli([name, '--help']);
    assert.is(help.code, 0);
    assert.match(help.stdout, new RegExp(`^Usage: mesh-share ${name}`));
    assert.match(help.stdout, /--json/);
  }
});

test('a bus with no agent on it: exit 3, and how to start one', async () => {
  const noAgent = { ...emptyBus.env };
  const result = await cli(['status'], noAgent);
  assert.is(result.code, 3);
  assert.is(result.stdout, '');
  assert.is(result.stderr, NO_AGENT);
  const json = await cli(['status', '--json'], noAgent);
  assert.is(json.code, 3);
  const error = (JSON.parse(json.stdout) as { error: { code: string; message: string } }).error;
  assert.is(error.code, 'no-agent');
  assert.is(`${error.message}\n`, NO_AGENT);
  const file = join(work, 'x.txt');
  await writeFile(file, 'x');
  for (const args of [['shared'], ['share', file], ['unshare', 'https://127.0.0.1:1/x']]) {
    const other = await cli(args, noAgent);
    assert.is(other.code, 3, args.join(' '));
    assert.is(other.stderr, NO_AGENT, args.join(' '));
  }
});

test('no session bus at all: exit 3, and how to get one', async () => {
  const runtime = await mkdtemp(join(tmpdir(), 'mesh-share-no-runtime-'));
  try {
    const unset = await cli(['status'], { DBUS_SESSION_BUS_ADDRESS: '', XDG_RUNTIME_DIR: runtime });
    assert.is(unset.code, 3);
    assert.is(unset.stderr, NO_BUS_UNSET);
    const unsetJson = await cli(['shared', '--json'], { DBUS_SESSION_BUS_ADDRESS: '', XDG_RUNTIME_DIR: runtime });
    assert.is(unsetJson.code, 3);
    assert.is((JSON.parse(unsetJson.stdout) as { error: { code: string } }).error.code, 'no-bus');

    const missing = join(runtime, 'missing.sock');
    const gone = await cli(['status'], { DBUS_SESSION_BUS_ADDRESS: `unix:path=${missing}` });
    assert.is(gone.code, 3);
    assert.is(gone.stderr, `There is no D-Bus session bus here (nothing at ${missing}). Run this inside your desktop session, or start one with: dbus-run-session -- mesh-share agent\n`);

    // A leftover file where the socket was: the connection is refused.
    const stale = join(runtime, 'stale.sock');
    await writeFile(stale, '');
    const refused = await cli(['unshare', 'https://x/y'], { DBUS_SESSION_BUS_ADDRESS: `unix:path=${stale}` });
    assert.is(refused.code, 3);
    assert.match(refused.stderr, /^There is no D-Bus session bus here \(.+\)\. Run this inside your desktop session/);
    assert.ok(refused.ms < PROMPT_EXIT_MS, `took ${refused.ms} ms`);
  } finally {
    await rm(runtime, { recursive: true, force: true });
  }
});

test('the client reports no-bus as a typed error', async () => {
  try {
    await connectToAgent({ DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(work, 'none.sock')}` });
    assert.unreachable('connected to nothing');
  } catch (error) {
    assert.instance(error, AgentClientError);
    assert.is((error as AgentClientError).code, 'no-bus');
  }
});

test('the client reads the properties', async () => {
  const properties = await listener!.properties();
  assert.is(properties.Version, version);
  assert.is(properties.ShareDir, agent.shareDir);
  assert.is(properties.User, 'tester');
  assert.is(properties.PeerId, agent.peerId);
  assert.is(typeof properties.SharedCount, 'number');
});

test('after the agent stops, --watch ends with exit 3 and the CLI says no agent is running', async () => {
  listener?.close();
  listener = null;
  // A watch (and a send waiting for its report) must not wait forever for an agent that is gone.
  const watcher = spawn(process.execPath, [CLI_PATH, 'peers', '--watch', '--json'], { env: { ...process.env, ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  watcher.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const exited = new Promise<number | null>((resolve) => watcher.on('exit', resolve));
  await until('the watch to list', () => out.includes('"event":"list"'), 10_000);
  const code = await agent.stop();
  assert.is(code, 0);
  const watchCode = await Promise.race([exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 5_000))]);
  if (watchCode === 'still running') watcher.kill('SIGKILL');
  assert.is(watchCode, 3);
  assert.match(out, /"event":"agent-stopped"/);
  const result = await cli(['status']);
  assert.is(result.code, 3);
  assert.is(result.stderr, NO_AGENT);
});

test.run();
