/**
 * The real agent on a private session bus, driven by real D-Bus clients:
 * gdbus (introspection against the checked-in XML), busctl and dbus-send,
 * and a Sugar-style dbus-python + GLib script under Debian's
 * /usr/bin/python3. The shared file is then fetched and PROPFIND'ed over
 * HTTPS, the list survives a restart, and an agent without a bus still
 * serves WebDAV.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadMeshShareSpec, parseIntrospection } from '../../dbus/introspection.js';
import { PROJECT_ROOT, request, startAgentProcess, type AgentHandle } from '../helpers/agent-process.js';
import { JOURNAL_NS, journalProperties } from '../helpers/journal-properties.js';
import { startPrivateBus, type PrivateBus } from '../helpers/private-bus.js';


const exec = promisify(execFile);
const NAME = 'org.sugarlabs.MeshShare1';
const PATH = '/org/sugarlabs/MeshShare1';
const PYTHON = '/usr/bin/python3';
const SCRIPT = join(PROJECT_ROOT, 'test', 'integration', 'dbus_client_check.py');
const TITLE = "Mon dessin: fête à l'école / 2";
const FILE_NAME = "Mon dessin: fête à l'école - 2.png";

const test = suite('dbus service');

let bus: PrivateBus | null = null;
let root = '';
let dataDir = '';
let shareDir = '';
let journalFile = '';
let content = Buffer.alloc(0);
let agent: AgentHandle | null = null;
const extraAgents: AgentHandle[] = [];
/** The URL ShareEntry returned (from the first agent). */
let sharedUrl = '';

type Result = { ok: true; value: unknown } | { ok: false; name: string; message: string };
interface PythonReport {
  [key: string]: unknown;
  signals: { Shared: Record<string, unknown>[]; Unshared: string[]; PropertiesChanged: { interface: string; changed: Record<string, unknown> }[] };
  preview_base64: string;
}

function busEnv(): Record<string, string> {
  return { ...bus!.env };
}

async function tool(command: string, args: string[], env: Record<string, string> = busEnv()): Promise<string> {
  try {
    const { stdout } = await exec(command, args, { env: { ...process.env, ...env }, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr || e.stdout || e.message}`);
  }
}

async function python(...args: string[]): Promise<PythonReport> {
  const out = await tool(PYTHON, [SCRIPT, ...args]);
  try {
    return JSON.parse(out) as PythonReport;
  } catch {
    throw new Error(`the Python client printed no JSON:\n${out}`);
  }
}

function ok(report: PythonReport, key: string): unknown {
  const result = report[key] as Result | undefined;
  assert.ok(result, `no result for ${key}`);
  if (!result.ok) assert.unreachable(`${key} failed: ${result.name}: ${result.message}`);
  return (result as { value: unknown }).value;
}

function failed(report: PythonReport, key: string): { name: string; message: string } {
  const result = report[key] as Result;
  assert.ok(result && !result.ok, `${key} should have failed: ${JSON.stringify(result)}`);
  return result as { name: string; message: string };
}

test.before(async () => {
  bus = await startPrivateBus();
  root = await mkdtemp(join(tmpdir(), 'mesh-share-dbus-'));
  dataDir = join(root, 'data');
  shareDir = join(root, 'share');
  const journalDir = join(root, 'datastore', 'ab', 'ab12cd34');
  await Promise.all([mkdir(dataDir), mkdir(shareDir), mkdir(journalDir, { recursive: true })]);
  // The datastore names files by uid, without an extension: the name must come from the metadata.
  journalFile = join(journalDir, 'data');
  content = randomBytes(300 * 1024);
  await writeFile(journalFile, content);
  agent = await startAgentProcess({ dataDir, shareDir, env: busEnv() });
});

test.after(async () => {
  for (const handle of [agent, ...extraAgents]) await handle?.cleanup().catch(() => undefined);
  await bus?.stop();
  if (root !== '') await rm(root, { recursive: true, force: true });
});

test('gdbus introspect matches the checked-in XML: members, argument names, types, directions, access', async () => {
  const xml = await tool('gdbus', ['introspect', '--session', '--dest', NAME, '--object-path', PATH, '--xml']);
  const live = parseIntrospection(xml);
  const ours = Object.keys(live.interfaces).filter((name) => !name.startsWith('org.freedesktop.DBus.'));
  assert.equal(ours, [NAME], 'exactly one interface besides the standard ones');
  assert.equal(live.interfaces[NAME], await loadMeshShareSpec());
  assert.ok(live.interfaces['org.freedesktop.DBus.Properties'], 'properties are served through the standard interface');
});

test('busctl --user and dbus-send call Status', async () => {
  const busctl = await tool('busctl', ['--user', 'call', NAME, PATH, NAME, 'Status']);
  assert.match(busctl, /^a\{sv\} 14 /);
  assert.match(busctl, '"version" s "');
  assert.match(busctl, `"share_dir" s "${await realpath(shareDir)}"`);
  assert.match(busctl, `"share_url" s "${agent!.url}"`);
  assert.match(busctl, '"user" s "tester"');
  assert.match(busctl, `"peer_id" s "${agent!.peerId}"`);
  assert.match(busctl, '"discovery" b false');
  assert.match(busctl, /"uptime_seconds" x \d+/);
  assert.match(busctl, /"requests" x \d+/);
  assert.match(busctl, '"shared_entries" x 0');

  const send = await tool('dbus-send', ['--session', '--print-reply', `--dest=${NAME}`, PATH, `${NAME}.Status`]);
  assert.match(send, /string "share_urls"\s+variant\s+array \[\s+string "https:\/\/127\.0\.0\.1:\d+\/"/);

  const property = await tool('busctl', ['--user', 'get-property', NAME, PATH, NAME, 'User']);
  assert.is(property.trim(), 's "tester"');
});

test('dbus-python (Sugar style): every method, named errors, no dbus_interface=, signals in a GLib loop', async () => {
  const report = await python('share', journalFile);

  const status = ok(report, 'status') as Record<string, unknown>;
  assert.equal(Object.keys(status).sort(), ['color', 'discovery', 'nick', 'p2p_addresses', 'peer_id', 'peers_online', 'requests', 'share_dir', 'share_url', 'share_urls', 'shared_entries', 'uptime_seconds', 'user', 'version'].sort());
  assert.is(status.share_url, agent!.url);
  assert.equal(status.share_urls, [agent!.url]);
  assert.is(status.shared_entries, 0);
  assert.is(ok(report, 'count_before'), 0);

  sharedUrl = ok(report, 'share') as string;
  assert.is(sharedUrl, `${agent!.url}${encodeURIComponent(FILE_NAME).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);

  const list = ok(report, 'list') as Record<string, unknown>[];
  assert.is(list.length, 1);
  const entry = list[0]!;
  assert.equal(
    { ...entry, shared_at: 'checked below' },
    {
      url: sharedUrl,
      name: FILE_NAME,
      title: TITLE,
      mime_type: 'image/png',
      activity: 'org.laptop.Oficina',
      activity_id: '6f7b2c',
      description: 'A <drawing> & "more"',
      tags: 'art school',
      timestamp: 1_700_000_000,
      size: content.length,
      shared_at: 'checked below',
    },
  );
  assert.ok(Math.abs(Date.parse(String(entry.shared_at)) - Date.now()) < 60_000, String(entry.shared_at));

  assert.is((ok(report, 'status_no_interface') as Record<string, unknown>).shared_entries, 1);
  assert.equal(ok(report, 'list_no_interface'), list);

  const unknown = failed(report, 'unshare_unknown');
  assert.is(unknown.name, 'org.sugarlabs.MeshShare1.Error.NotFound');
  assert.match(unknown.message, 'Nothing was shared at https://127.0.0.1:1/never-shared.txt');
  const missing = failed(report, 'share_missing');
  assert.ok(['org.sugarlabs.MeshShare1.Error.NotFound', 'org.sugarlabs.MeshShare1.Error.InvalidArgs'].includes(missing.name), missing.name);
  assert.match(missing.message, '/no/such/journal/entry');
  const badTitle = failed(report, 'share_bad_title');
  assert.is(badTitle.name, 'org.sugarlabs.MeshShare1.Error.InvalidArgs');
  assert.match(badTitle.message, '"title" must be text');
  for (const key of ['unshare_unknown', 'share_missing', 'share_bad_title']) {
    assert.not.match(failed(report, key).message, /\n\s+at |Error:|\.js:\d+/, 'no stack trace reaches the caller');
  }

  const props = ok(report, 'all_properties') as Record<string, unknown>;
  assert.equal(props, { Version: status.version, ShareUrl: agent!.url, ShareDir: status.share_dir, User: 'tester', PeerId: agent!.peerId, SharedCount: 1 });

  assert.equal(report.signals.Shared, [entry], 'Shared carries the same dictionary as ListShared');
  assert.equal(report.signals.PropertiesChanged, [{ interface: NAME, changed: { SharedCount: 1 }, invalidated: [] }]);
});

test('the shared file comes over HTTPS byte for byte, and PROPFIND shows its Journal metadata', async () => {
  assert.ok(sharedUrl, 'ShareEntry ran');
  const path = new URL(sharedUrl).pathname;
  const got = await request(agent!, 'GET', path);
  assert.is(got.status, 200);
  assert.ok(got.body.equals(content), 'byte-identical');
  assert.is(got.headers['content-type'], 'image/png');

  const found = await journalProperties(agent!, path);
  const text = (local: string): string | undefined => found.get(local);
  assert.is(text('title'), TITLE);
  assert.is(text('mime_type'), 'image/png');
  assert.is(text('activity'), 'org.laptop.Oficina');
  assert.is(text('activity_id'), '6f7b2c');
  assert.is(text('description'), 'A <drawing> & "more"');
  assert.is(text('tags'), 'art school');
  assert.is(text('timestamp'), '1700000000');
  const python = JSON.parse(await tool(PYTHON, ['-c', 'import base64,json; print(json.dumps(base64.b64encode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\xff preview").decode()))'])) as string;
  assert.is(text('preview'), python, 'the preview bytes, base64');
  assert.not.ok(found.has('uid'), 'unknown keys are not stored');
});

test('a file deleted over WebDAV drops out of ListShared', async () => {
  const url = (await tool('gdbus', ['call', '--session', '--dest', NAME, '--object-path', PATH, '--method', `${NAME}.ShareEntry`, journalFile, "{'title': <'Short lived'>}"])).trim();
  const match = /^\('([^']+)',\)$/.exec(url);
  assert.ok(match, url);
  const deleted = await request(agent!, 'DELETE', new URL(match[1]!).pathname);
  assert.is(deleted.status, 204);
  const list = await tool('gdbus', ['call', '--session', '--dest', NAME, '--object-path', PATH, '--method', `${NAME}.ListShared`]);
  assert.not.match(list, 'Short lived');
  assert.match(list, 'Oficina');
});

test('ListShared survives a restart; Unshare removes the file and fires Unshared and PropertiesChanged', async () => {
  assert.is(await agent!.stop(), 0);
  const owner = await tool('gdbus', ['call', '--session', '--dest', 'org.freedesktop.DBus', '--object-path', '/org/freedesktop/DBus', '--method', 'org.freedesktop.DBus.NameHasOwner', NAME]);
  assert.is(owner.trim(), '(false,)', 'a stopped agent releases its name');

  agent = await startAgentProcess({ dataDir, shareDir, env: busEnv() });
  const listed = await python('list');
  const entries = ok(listed, 'list_no_interface') as Record<string, unknown>[];
  assert.equal(entries.map((e) => e.name), [FILE_NAME]);
  // The port changed with the restart; the URL follows the running agent.
  const url = String(entries[0]!.url);
  assert.ok(url.startsWith(agent.url), url);

  const report = await python('unshare', url);
  ok(report, 'unshare');
  assert.equal(ok(report, 'list'), []);
  assert.equal(report.signals.Unshared, [url]);
  assert.equal(report.signals.PropertiesChanged, [{ interface: NAME, changed: { SharedCount: 0 }, invalidated: [] }]);
  assert.equal(await readdir(shareDir), []);
  assert.ok((await readFile(journalFile)).equals(content), 'the Journal keeps its own copy');
  const gone = await request(agent, 'GET', new URL(url).pathname);
  assert.is(gone.status, 404);
});

test('a second agent on the same bus stops with a clear sentence', async () => {
  try {
    const second = await startAgentProcess({ env: busEnv() });
    extraAgents.push(second);
    assert.unreachable('the second agent started');
  } catch (error) {
    assert.match((error as Error).message, 'Another mesh-share agent is already running on this session bus');
    assert.match((error as Error).message, '--no-dbus');
  }
  const third = await startAgentProcess({ env: busEnv(), args: ['--no-dbus'] });
  extraAgents.push(third);
  assert.is((await request(third, 'PROPFIND', '/', { headers: { Depth: '0' } })).status, 207);
  assert.not.match(third.stderr(), 'D-Bus');
});

test('without a session bus the agent warns once and serves WebDAV', async () => {
  const runtime = await mkdtemp(join(tmpdir(), 'mesh-share-no-bus-'));
  try {
    const environments: Record<string, string>[] = [{ DBUS_SESSION_BUS_ADDRESS: '', XDG_RUNTIME_DIR: runtime }, { DBUS_SESSION_BUS_ADDRESS: `unix:path=${runtime}/gone.sock` }];
    for (const env of environments) {
      const lonely = await startAgentProcess({ env });
      extraAgents.push(lonely);
      assert.is((await request(lonely, 'PUT', '/note.txt', { body: 'hello' })).status, 201);
      assert.is((await request(lonely, 'GET', '/note.txt')).body.toString(), 'hello');
      const warnings = lonely.stderr().split('\n').filter((line) => line.includes('Running without D-Bus'));
      assert.is(warnings.length, 1, lonely.stderr());
      assert.not.ok('dbusName' in JSON.parse(await readFile(join(lonely.dataDir, 'agent.json'), 'utf8')));
      assert.is(await lonely.stop(), 0);
    }
  } finally {
    await rm(runtime, { recursive: true, force: true });
  }
});

test('the agents logged no errors or stack traces', () => {
  for (const handle of [agent!, ...extraAgents]) {
    const bad = /uncaughtException|unhandledRejection|\bat [^\s]+ \((?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+\)|"level":"error"/.exec(handle.stderr());
    assert.not.ok(bad, `an agent logged: ${bad ? handle.stderr().slice(Math.max(0, bad.index - 300), bad.index + 800) : ''}`);
  }
});

test.run();
