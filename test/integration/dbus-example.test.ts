/**
 * The example for activity authors, dbus/examples/send_journal_entry.py, run
 * as an author would run it (Debian's /usr/bin/python3 with python3-dbus and
 * python3-gi) against the real agent on a private session bus: the URL it
 * prints serves the file byte for byte over HTTPS, gdbus's ListShared shows
 * the entry, --unshare removes it, and failures end with a sentence and a
 * non-zero exit code.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, request, startAgentProcess, type AgentHandle } from '../helpers/agent-process.js';
import { JOURNAL_NS, journalProperties } from '../helpers/journal-properties.js';
import { startPrivateBus, type PrivateBus } from '../helpers/private-bus.js';

const NAME = 'org.sugarlabs.MeshShare1';
const PATH = '/org/sugarlabs/MeshShare1';
const PYTHON = '/usr/bin/python3';
const EXAMPLE = join(PROJECT_ROOT, 'dbus', 'examples', 'send_journal_entry.py');
const TITLE = 'Our story about the river';
/** The 1x1 PNG the example sends when no --preview is given. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const test = suite('dbus example');

let bus: PrivateBus | null = null;
let agent: AgentHandle | null = null;
let root = '';
let file = '';
let content = Buffer.alloc(0);
let preview = Buffer.alloc(0);
let previewFile = '';
/** What the first share printed. */
let sharedUrl = '';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the example to completion; never rejects on a non-zero exit. */
function example(args: string[], env: Record<string, string> = bus!.env): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [EXAMPLE, ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      const failure = error as (Error & { code?: unknown; signal?: unknown }) | null;
      // A number is the exit code and a signal the time limit; anything else means python did not run.
      if (failure && typeof failure.code !== 'number' && !failure.signal) {
        reject(new Error(`could not run the example: ${failure.message}\n${stderr}`));
        return;
      }
      resolve({ code: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0, stdout, stderr });
    });
  });
}

function show(run: Run): string {
  return `exit ${run.code}\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`;
}

function gdbus(method: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('gdbus', ['call', '--session', '--dest', NAME, '--object-path', PATH, '--method', `${NAME}.${method}`, ...args], { env: { ...process.env, ...bus!.env }, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`gdbus call ${method} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

/** The lines of the example's stdout that start with `prefix`, without it. */
function linesAfter(stdout: string, prefix: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));
}

function noTraceback(run: Run): void {
  assert.not.match(run.stderr, 'Traceback', show(run));
  assert.not.match(run.stderr, 'ERROR:dbus', show(run));
}

test.before(async () => {
  bus = await startPrivateBus();
  root = await mkdtemp(join(tmpdir(), 'mesh-share-example-'));
  file = join(root, 'story.odt');
  content = randomBytes(200 * 1024);
  await writeFile(file, content);
  previewFile = join(root, 'thumb.png');
  preview = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(2048)]);
  await writeFile(previewFile, preview);
  agent = await startAgentProcess({ env: { ...bus.env } });
});

test.after(async () => {
  await agent?.cleanup().catch(() => undefined);
  await bus?.stop();
  if (root !== '') await rm(root, { recursive: true, force: true });
});

test('shares a file: prints the URL and the Shared signal, and exits 0', async () => {
  const run = await example([file, '--title', TITLE, '--description', 'Written by the whole class', '--tags', 'river story', '--preview', previewFile]);
  assert.is(run.code, 0, show(run));
  noTraceback(run);
  assert.is(run.stderr, '', show(run));
  const urls = linesAfter(run.stdout, 'Shared: ');
  assert.is(urls.length, 1, show(run));
  sharedUrl = urls[0]!;
  assert.is(sharedUrl, `${agent!.url}${encodeURIComponent(`${TITLE}.odt`)}`);
  const signals = linesAfter(run.stdout, 'Signal Shared: ');
  assert.equal(signals, [`${sharedUrl} (title "${TITLE}", ${content.length} bytes)`], show(run));
});

test('the printed URL serves the file byte for byte over HTTPS, with the metadata and preview', async () => {
  assert.ok(sharedUrl, 'the share ran');
  const path = new URL(sharedUrl).pathname;
  const got = await request(agent!, 'GET', path);
  assert.is(got.status, 200);
  assert.ok(got.body.equals(content), 'byte-identical');
  assert.is(got.headers['content-type'], 'application/vnd.oasis.opendocument.text');

  const found = await journalProperties(agent!, path);
  const text = (local: string): string | undefined => found.get(local);
  assert.is(text('title'), TITLE);
  assert.is(text('activity'), 'org.laptop.Oficina');
  assert.match(text('activity_id') ?? '', /^[0-9a-f]{32}$/);
  assert.is(text('description'), 'Written by the whole class');
  assert.is(text('tags'), 'river story');
  assert.is(text('mime_type'), 'application/vnd.oasis.opendocument.text');
  assert.ok(Math.abs(Number(text('timestamp')) - Date.now() / 1000) < 120, `timestamp ${text('timestamp')}`);
  assert.is(text('preview'), preview.toString('base64'), 'the --preview file, as bytes');
});

test('gdbus ListShared shows the entry', async () => {
  const list = await gdbus('ListShared');
  assert.match(list, `'url': <'${sharedUrl}'>`);
  assert.match(list, `'title': <'${TITLE}'>`);
  assert.match(list, `'activity': <'org.laptop.Oficina'>`);
  assert.match(list, `'size': <int64 ${content.length}>`);
});

test('--unshare (the same FILE and --title) removes it: Unshared line, signal, ListShared, 404', async () => {
  const run = await example([file, '--title', TITLE, '--unshare']);
  assert.is(run.code, 0, show(run));
  noTraceback(run);
  assert.equal(linesAfter(run.stdout, 'Unshared: '), [sharedUrl], show(run));
  assert.equal(linesAfter(run.stdout, 'Signal Unshared: '), [sharedUrl], show(run));
  assert.is((await gdbus('ListShared')).trim(), '(@aa{sv} [],)');
  assert.is((await request(agent!, 'GET', new URL(sharedUrl).pathname)).status, 404);
  assert.ok((await readFile(file)).equals(content), 'the original file is untouched');
});

test('--unshare also takes the printed URL; the default title is the file name and the preview a tiny PNG', async () => {
  const shared = await example([file]);
  assert.is(shared.code, 0, show(shared));
  const [url] = linesAfter(shared.stdout, 'Shared: ');
  assert.is(url, `${agent!.url}story.odt`, show(shared));
  const propfind = await request(agent!, 'PROPFIND', new URL(url!).pathname, {
    headers: { Depth: '0', 'Content-Type': 'application/xml; charset=utf-8' },
    body: '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><M:preview xmlns:M="http://sugarlabs.org/ns/mesh-share/journal/"/></D:prop></D:propfind>',
  });
  assert.match(propfind.body.toString('utf8'), TINY_PNG);

  const run = await example([url!, '--unshare']);
  assert.is(run.code, 0, show(run));
  assert.equal(linesAfter(run.stdout, 'Unshared: '), [url!], show(run));
  assert.equal(linesAfter(run.stdout, 'Signal Unshared: '), [url!], show(run));
  assert.is((await gdbus('ListShared')).trim(), '(@aa{sv} [],)');
});

test('a missing file: exit 1 and the agent\'s NotFound as a sentence', async () => {
  const missing = join(root, 'no-such-entry.odt');
  const run = await example([missing]);
  assert.is(run.code, 1, show(run));
  noTraceback(run);
  assert.is(run.stdout, '', show(run));
  assert.is(run.stderr.trim(), `send_journal_entry.py: Not found: There is no file at ${missing}.`, show(run));
});

test('--unshare of something never shared: exit 1 and a sentence', async () => {
  const run = await example([file, '--title', 'Never shared', '--unshare']);
  assert.is(run.code, 1, show(run));
  noTraceback(run);
  assert.match(run.stderr, 'Nothing titled "Never shared" is shared.');
  const byUrl = await example([`${agent!.url}never-shared.odt`, '--unshare']);
  assert.is(byUrl.code, 1, show(byUrl));
  noTraceback(byUrl);
  assert.match(byUrl.stderr, `Not found: Nothing was shared at ${agent!.url}never-shared.odt`);
});

test('no agent on the bus: exit 3 and how to start one', async () => {
  const empty = await startPrivateBus();
  try {
    const run = await example([file], empty.env);
    assert.is(run.code, 3, show(run));
    noTraceback(run);
    assert.match(run.stderr, 'No mesh-share agent is running on this session bus');
    assert.match(run.stderr, 'mesh-share agent');
  } finally {
    await empty.stop();
  }
});

test('no session bus at all: exit 3', async () => {
  const run = await example([file], { DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(root, 'gone.sock')}` });
  assert.is(run.code, 3, show(run));
  noTraceback(run);
  assert.match(run.stderr, 'There is no D-Bus session bus');
});

test('the agent logged no errors or stack traces', () => {
  const bad = /uncaughtException|unhandledRejection|\bat [^\s]+ \((?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+\)|"level":"error"/.exec(agent!.stderr());
  assert.not.ok(bad, `the agent logged: ${bad ? agent!.stderr().slice(Math.max(0, bad.index - 300), bad.index + 800) : ''}`);
});

test.run();
