/**
 * Shared links end to end: a private session bus, a real agent on it, the
 * real `mesh-share share-url`, `revoke` and `links` commands, and curl over
 * real HTTPS as the person the link was sent to. The read-only link lists
 * its folder and downloads from it without a password and changes nothing;
 * the read-write one uploads; neither opens a sibling; a revoked link stops
 * at once; refusals come back as the agent's sentence; and gdbus (a client
 * we did not write) makes links too.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectToAgent, AgentClientError } from '../../agent/dbus-client.js';
import { CLI_PATH, runProcess, startAgentProcess, type AgentHandle, type RunResult } from '../helpers/agent-process.js';
import { startPrivateBus, type PrivateBus } from '../helpers/private-bus.js';

let bus: PrivateBus;
let agent: AgentHandle;
let shareDir = '';
let outside = '';
/** The two links `share-url Class` printed. */
let readOnly = '';
let readWrite = '';

/** The CLI in `cwd` (default: the share folder, so relative paths are resolved there). */
function cli(args: string[], cwd = shareDir): Promise<RunResult> {
  return runProcess(process.execPath, [CLI_PATH, ...args], { env: { ...bus.env }, cwd, timeoutMs: 40_000 });
}

function run(command: string, args: string[]): Promise<RunResult> {
  return runProcess(command, args, { env: bus.env });
}

/** curl over real HTTPS with no credentials; `-w` appends the status on the last line. */
async function curl(args: string[]): Promise<{ status: number; body: string }> {
  const result = await run('curl', ['-sS', '-k', '-w', '\n%{http_code}', ...args]);
  assert.is(result.code, 0, `curl failed: ${result.stderr}`);
  const cut = result.stdout.lastIndexOf('\n');
  return { status: Number(result.stdout.slice(cut + 1)), body: result.stdout.slice(0, cut) };
}

/** `https://127.0.0.1:PORT/Class/?ticket=ID` + `notes.txt` → `https://127.0.0.1:PORT/Class/notes.txt?ticket=ID`. */
function below(link: string, name: string): string {
  const url = new URL(link);
  url.pathname += name;
  return url.toString();
}

function assertNoStackTrace(text: string): void {
  assert.not.match(text, /\n\s+at /, `no stack trace in: ${text}`);
  assert.not.match(text, /internal error/i, `no internal error in: ${text}`);
}

test.before(async () => {
  shareDir = await mkdtemp(join(tmpdir(), 'share-links-share-'));
  outside = await mkdtemp(join(tmpdir(), 'share-links-outside-'));
  await mkdir(join(shareDir, 'Class', 'sub'), { recursive: true });
  await mkdir(join(shareDir, 'Other'));
  await writeFile(join(shareDir, 'Class', 'notes.txt'), 'class notes');
  await writeFile(join(shareDir, 'Class', 'sub', 'deep.txt'), 'deep');
  await writeFile(join(shareDir, 'Other', 'secret.txt'), 'secret');
  await writeFile(join(shareDir, 'poem.txt'), 'a poem');
  await writeFile(join(outside, 'diary.txt'), 'diary');
  bus = await startPrivateBus();
  agent = await startAgentProcess({ env: bus.env, shareDir });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const client = await connectToAgent(bus.env);
    try {
      await client.status();
      break;
    } catch (error) {
      if (!(error instanceof AgentClientError) || error.code !== 'no-agent' || Date.now() > deadline) {
        throw new Error(`the agent did not come up on the private bus: ${String(error)}\n--- agent stderr ---\n${agent.stderr()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      client.close();
    }
  }
});

test.after(async () => {
  await agent?.cleanup();
  await bus?.stop();
  if (shareDir !== '') await rm(shareDir, { recursive: true, force: true });
  if (outside !== '') await rm(outside, { recursive: true, force: true });
});

test('the commands are listed, and --help gives usage and exit codes', async () => {
  const overview = await cli(['--help']);
  for (const name of ['share-url', 'links', 'revoke']) assert.match(overview.stdout, new RegExp(`^  ${name}\\s+\\S`, 'm'), name);
  for (const name of ['share-url', 'links', 'revoke']) {
    const help = await cli([name, '--help']);
    assert.is(help.code, 0);
    assert.match(help.stdout, new RegExp(`^Usage: mesh-share ${name}\\b`));
    assert.match(help.stdout, /Exit codes: 0 /);
  }
});

test('share-url on a folder (a path relative to where it runs): a read-only and a read-write link', async () => {
  const result = await cli(['share-url', 'Class']);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stderr, '');
  const out = result.stdout;
  const base = `https://127\\.0\\.0\\.1:${agent.port}/Class/\\?ticket=[A-Za-z0-9_-]{24}`;
  assert.match(out, new RegExp(`^Read-only link to /Class/ \\(anyone with it can look and download, and change nothing\\):\\n  (${base})$`, 'm'));
  assert.match(out, new RegExp(`^Read-write link to /Class/ \\(anyone with it can also upload, change and delete files there\\):\\n  (${base})$`, 'm'));
  assert.match(out, /^They never expire\. No password is needed/m);
  assert.match(out, /^End a link with: mesh-share revoke URL/m);
  readOnly = new RegExp(`Read-only link.*\\n  (\\S+)`).exec(out)![1]!;
  readWrite = new RegExp(`Read-write link.*\\n  (\\S+)`).exec(out)![1]!;
  assert.is.not(readOnly, readWrite);
});

test('the read-only link lists the folder and downloads from it without a password (browser and WebDAV)', async () => {
  const page = await curl(['-H', 'Accept: text/html', readOnly]);
  assert.is(page.status, 200);
  assert.match(page.body, /notes\.txt/);
  assert.match(page.body, /sub/);
  assert.match(page.body, new RegExp(`notes\\.txt\\?ticket=${new URL(readOnly).searchParams.get('ticket')}`), 'links on the page keep the ticket');
  assert.not.match(page.body, /secret/);
  assert.not.match(page.body, /<form/, 'no upload or new-folder form on a read-only page');
  const listing = await curl(['-X', 'PROPFIND', '-H', 'Depth: 1', readOnly]);
  assert.is(listing.status, 207);
  assert.match(listing.body, /\/Class\/notes\.txt/);
  const file = await curl([below(readOnly, 'notes.txt')]);
  assert.equal(file, { status: 200, body: 'class notes' });
  const deep = await curl([below(readOnly, 'sub/deep.txt')]);
  assert.equal(deep, { status: 200, body: 'deep' });
});

test('the read-only link changes nothing: PUT is 403 and the file stays as it was', async () => {
  const put = await curl(['-X', 'PUT', '--data-binary', 'overwritten', below(readOnly, 'notes.txt')]);
  assert.is(put.status, 403);
  assert.is(await readFile(join(shareDir, 'Class', 'notes.txt'), 'utf8'), 'class notes');
  const added = await curl(['-X', 'PUT', '--data-binary', 'new', below(readOnly, 'added.txt')]);
  assert.is(added.status, 403);
  await stat(join(shareDir, 'Class', 'added.txt')).then(
    () => assert.unreachable('a file was added with the read-only link'),
    () => undefined,
  );
  const removed = await curl(['-X', 'DELETE', below(readOnly, 'notes.txt')]);
  assert.is(removed.status, 403);
});

test('the read-write link uploads a new file under the folder (201)', async () => {
  const page = await curl(['-H', 'Accept: text/html', readWrite]);
  assert.is(page.status, 200);
  assert.match(page.body, /<form [^>]*enctype="multipart\/form-data"/, 'the page offers the upload form');
  const put = await curl(['-X', 'PUT', '--data-binary', 'from a friend', below(readWrite, 'homework.txt')]);
  assert.is(put.status, 201);
  assert.is(await readFile(join(shareDir, 'Class', 'homework.txt'), 'utf8'), 'from a friend');
  const back = await curl([below(readOnly, 'homework.txt')]);
  assert.equal(back, { status: 200, body: 'from a friend' }, 'and the read-only link sees it');
});

test('neither link opens a sibling folder or the share above', async () => {
  for (const link of [readOnly, readWrite]) {
    const ticket = new URL(link).searchParams.get('ticket')!;
    const sibling = await curl([`${agent.url}Other/secret.txt?ticket=${ticket}`]);
    assert.is(sibling.status, 403, link);
    assert.not.match(sibling.body, /^secret$/);
    const folder = await curl(['-H', 'Accept: text/html', `${agent.url}Other/?ticket=${ticket}`]);
    assert.is(folder.status, 403);
    const above = await curl([`${agent.url}poem.txt?ticket=${ticket}`]);
    assert.is(above.status, 403);
    const escape = await curl(['--path-as-is', `${agent.url}Class/../Other/secret.txt?ticket=${ticket}`]);
    assert.is(escape.status, 400);
  }
  const write = await curl(['-X', 'PUT', '--data-binary', 'x', `${agent.url}Other/planted.txt?ticket=${new URL(readWrite).searchParams.get('ticket')!}`]);
  assert.is(write.status, 403);
});

test('share-url --json on a file: read-only only, with an expiry and visits; the visits run out', async () => {
  const before = Math.floor(Date.now() / 1000);
  const result = await cli(['share-url', join(shareDir, 'poem.txt'), '--read-only', '--expires', '2h', '--visits', '1', '--json']);
  assert.is(result.code, 0, result.stderr);
  assert.is(result.stdout.trim().split('\n').length, 1);
  const links = JSON.parse(result.stdout) as Record<string, unknown>;
  assert.is(links.path, '/poem.txt');
  assert.match(String(links.read_only), new RegExp(`^https://127\\.0\\.0\\.1:${agent.port}/poem\\.txt\\?ticket=`));
  assert.equal(links.read_only_urls, [links.read_only]);
  assert.is(links.read_write, undefined);
  assert.ok(Number(links.expires_at) >= before + 7200 && Number(links.expires_at) <= before + 7210, String(links.expires_at));
  assert.is(links.visits_left, 1);
  assert.equal(await curl([String(links.read_only)]), { status: 200, body: 'a poem' });
  const again = await curl([String(links.read_only)]);
  assert.is(again.status, 401);
  assert.match(again.body, /used as many times as it allowed/);
});

test('revoke ends the read-write link at once (401); links --json lists what is left', async () => {
  const result = await cli(['revoke', readWrite]);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /^Ended the link https:/);
  const put = await curl(['-X', 'PUT', '--data-binary', 'late', below(readWrite, 'late.txt')]);
  assert.is(put.status, 401);
  assert.match(put.body, /not valid/);
  const get = await curl([below(readWrite, 'notes.txt')]);
  assert.is(get.status, 401);
  assert.equal(await curl([below(readOnly, 'notes.txt')]), { status: 200, body: 'class notes' }, 'the read-only link still works');

  const list = await cli(['links', '--json']);
  assert.is(list.code, 0, list.stderr);
  const { links } = JSON.parse(list.stdout) as { links: Record<string, unknown>[] };
  const readOnlyId = new URL(readOnly).searchParams.get('ticket');
  const readWriteId = new URL(readWrite).searchParams.get('ticket');
  assert.is(links.some((link) => link.id === readWriteId), false, 'the revoked link is gone');
  const kept = links.find((link) => link.id === readOnlyId);
  assert.ok(kept, list.stdout);
  assert.equal(
    { path: kept.path, privilege: kept.privilege, url: kept.url, expires_at: kept.expires_at, visits_left: kept.visits_left, state: kept.state, owner: kept.owner },
    { path: '/Class/', privilege: 'read', url: readOnly, expires_at: 0, visits_left: -1, state: 'live', owner: 'user:tester' },
  );
  const poem = links.find((link) => link.path === '/poem.txt');
  assert.is(poem?.state, 'used-up');

  const table = await cli(['links']);
  assert.is(table.code, 0, table.stderr);
  assert.match(table.stdout, /^Path\s+Allows\s+Expires\s+Visits left\s+URL$/m);
  assert.match(table.stdout, new RegExp(`^/Class/\\s+read-only\\s+never\\s+no limit\\s+${readOnly.replace(/[.?]/g, '\\$&')}$`, 'm'));
  assert.match(table.stdout, /^\/poem\.txt\s+read-only\s+.*\(in (?:1 hour 5\d minutes|2 hours)\)\s+used up\s+https:/m);

  const byId = await cli(['revoke', readOnlyId!, '--json']);
  assert.is(byId.code, 0, byId.stderr);
  assert.equal(JSON.parse(byId.stdout), { revoked: readOnlyId, ended: true });
  assert.is((await curl([below(readOnly, 'notes.txt')])).status, 401);
});

test('refusals from the agent exit 1 with its sentence: outside the share, missing, unknown link, no link at all', async () => {
  const outsideResult = await cli(['share-url', join(outside, 'diary.txt')]);
  assert.is(outsideResult.code, 1);
  assert.is(outsideResult.stdout, '');
  assert.match(outsideResult.stderr, /diary\.txt is not in the shared folder\. A link can only open what is in the shared folder \(.*\): put a copy there first \(mesh-share share FILE, or copy it into that folder\) and make the link for the copy\.\n$/);
  assertNoStackTrace(outsideResult.stderr);

  const missing = await cli(['share-url', 'Class/nothing-here']);
  assert.is(missing.code, 1);
  assert.is(missing.stderr, `There is no file or folder at ${join(shareDir, 'Class', 'nothing-here')}.\n`);

  const unknown = await cli(['revoke', `${agent.url}Class/?ticket=k3Jd9QxLm2PzR7vWt5YbN8cA`]);
  assert.is(unknown.code, 1);
  assert.is(unknown.stderr, "There is no shared link k3Jd9QxLm2PzR7vWt5YbN8cA on this laptop (it may have been ended already); 'mesh-share links' lists them.\n");

  const noTicket = await cli(['revoke', agent.url]);
  assert.is(noTicket.code, 1);
  assert.match(noTicket.stderr, /is not a shared link: give the address 'mesh-share share-url' printed/);

  const json = await cli(['share-url', join(outside, 'diary.txt'), '--json']);
  assert.is(json.code, 1);
  const error = (JSON.parse(json.stdout) as { error: { code: string; dbus_name: string; message: string } }).error;
  assert.is(error.dbus_name, 'org.sugarlabs.MeshShare1.Error.InvalidArgs');
  assert.match(error.message, /is not in the shared folder/);
});

test('usage mistakes exit 2 and ask nothing of the agent', async () => {
  for (const [args, pattern] of [
    [['share-url'], /say which file or folder/],
    [['share-url', 'a', 'b'], /one file or folder at a time/],
    [['share-url', 'Class', '--expires', 'soon'], /--expires: "soon" is not a duration/],
    [['share-url', 'Class', '--expires', '2'], /give a unit with 2/],
    [['share-url', 'Class', '--visits', '0'], /--visits takes how many times/],
    [['share-url', 'Class', '--bogus'], /unknown option --bogus/],
    [['revoke'], /say which: the link's URL or ticket id/],
    [['links', 'extra'], /unexpected argument/],
  ] as const) {
    const result = await cli([...args]);
    assert.is(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, pattern);
  }
});

test('gdbus, a client we did not write, makes links that work', async () => {
  const call = (method: string, ...args: string[]) =>
    run('gdbus', ['call', '--session', '--dest', 'org.sugarlabs.MeshShare1', '--object-path', '/org/sugarlabs/MeshShare1', '--method', `org.sugarlabs.MeshShare1.${method}`, ...args]);
  const made = await call('MakeShareUrls', join(shareDir, 'Class'), '{}');
  assert.is(made.code, 0, made.stderr);
  const readOnlyUrl = /'read_only': <'([^']+)'>/.exec(made.stdout)?.[1];
  const readWriteUrl = /'read_write': <'([^']+)'>/.exec(made.stdout)?.[1];
  assert.ok(readOnlyUrl && readWriteUrl, made.stdout);
  assert.match(made.stdout, /'path': <'\/Class\/'>/);
  assert.match(made.stdout, /'expires_at': <int64 0>/);
  assert.equal(await curl([below(readOnlyUrl, 'notes.txt')]), { status: 200, body: 'class notes' });

  // GVariant text makes 600 an int32 and true a boolean: both are taken.
  const limited = await call('MakeShareUrls', join(shareDir, 'Class', 'sub'), "{'write': <false>, 'timeout_seconds': <600>, 'visits': <3>}");
  assert.is(limited.code, 0, limited.stderr);
  assert.not.match(limited.stdout, /read_write/);
  assert.match(limited.stdout, /'visits_left': <int64 3>/);

  const listed = await call('ListTickets');
  assert.is(listed.code, 0, listed.stderr);
  assert.match(listed.stdout, new RegExp(`'url': <'${readWriteUrl.replace(/[.?]/g, '\\$&')}'>`));

  const revoked = await call('Revoke', readWriteUrl);
  assert.is(revoked.code, 0, revoked.stderr);
  assert.is((await curl([below(readWriteUrl, 'notes.txt')])).status, 401);

  const refused = await call('MakeShareUrls', join(outside, 'diary.txt'), '{}');
  assert.is.not(refused.code, 0);
  assert.match(refused.stderr, /org\.sugarlabs\.MeshShare1\.Error\.InvalidArgs/);
  assert.match(refused.stderr, /is not in the shared folder/);
  const missing = await call('Revoke', 'k3Jd9QxLm2PzR7vWt5YbN8cA');
  assert.match(missing.stderr, /org\.sugarlabs\.MeshShare1\.Error\.NotFound/);
});

test.run();
