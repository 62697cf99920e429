/**
 * What must survive a restart of the agent on the same data dir and share:
 * dead properties (namespace, name and value, XML values included), the
 * user's password, the certificate; and properties must follow MOVE and go
 * away with DELETE.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, startAgentProcess } from '../helpers/agent-process.js';
import { canonical, childElements, parseMultistatus, parseXml, peerCertificate, textOf, type PropStat, type XmlElement } from '../helpers/raw-https.js';

type Agent = Awaited<ReturnType<typeof startAgentProcess>>;
type Res = Awaited<ReturnType<typeof request>>;

const J = 'urn:olpc:journal';
const OTHER = 'urn:example:other';
const TITLE = "Ma fête à l'école — 日本語 ✓ 🎨 & <tags> \"quoted\"";
const USER = 'tester';
const PASSWORD = 'pässwörd with spaces';

const PROPPATCH_BODY = `<?xml version="1.0" encoding="utf-8"?>
<D:propertyupdate xmlns:D="DAV:" xmlns:J="${J}">
  <D:set>
    <D:prop>
      <J:title>Ma fête à l'école — 日本語 ✓ 🎨 &amp; &lt;tags&gt; "quoted"</J:title>
      <J:meta><J:activity version="3">org.laptop.Paint</J:activity><X:keep xmlns:X="${OTHER}" X:flag="yes">naïve <J:nested/> text</X:keep></J:meta>
    </D:prop>
  </D:set>
</D:propertyupdate>
`;
const PROPFIND_BODY = `<?xml version="1.0" encoding="utf-8"?>
<D:propfind xmlns:D="DAV:" xmlns:J="${J}"><D:prop><J:title/><J:meta/></D:prop></D:propfind>
`;

/** The J:meta element exactly as sent, to compare with what comes back. */
const SENT_META = (() => {
  const prop = childElements(childElements(parseXml(PROPPATCH_BODY), 'DAV:', 'set')[0]!, 'DAV:', 'prop')[0]!;
  return childElements(prop, J, 'meta')[0]!;
})();

const test = suite('restart');

let dataDir = '';
let shareDir = '';
let first: Agent | null = null;
let second: Agent | null = null;
let firstFingerprint = '';

const creds = { user: USER, password: PASSWORD };

function describe(label: string, res: Res): string {
  return `${label} -> ${res.status}\n${res.body.toString('utf8').slice(0, 2000)}`;
}

function bannerFingerprint(a: Agent): string | null {
  const match = /SHA-256 ([0-9A-Fa-f:]{95})/.exec(a.stdout());
  return match ? match[1]!.toUpperCase() : null;
}

async function propfind(a: Agent, path: string, body = PROPFIND_BODY): Promise<Res> {
  return request(a, 'PROPFIND', path, { headers: { Depth: '0', 'Content-Type': 'application/xml; charset=utf-8' }, body, auth: creds });
}

/** The properties of the single response, by `{ns}local`, with the propstat status each came with. */
function propsOf(res: Res, label: string): Map<string, { status: number | null; element: XmlElement }> {
  assert.is(res.status, 207, describe(label, res));
  const responses = parseMultistatus(res.body.toString('utf8'));
  assert.is(responses.length, 1, `${label}: expected one response\n${res.body.toString('utf8')}`);
  const found = new Map<string, { status: number | null; element: XmlElement }>();
  for (const ps of responses[0]!.propstats as PropStat[]) {
    for (const element of ps.props) found.set(`{${element.ns}}${element.local}`, { status: ps.status, element });
  }
  return found;
}

function assertJournalProps(res: Res, label: string): void {
  const props = propsOf(res, label);
  const title = props.get(`{${J}}title`);
  assert.ok(title, `${label}: no {${J}}title in the answer\n${res.body.toString('utf8')}`);
  assert.is(title.status, 200, `${label}: {${J}}title came back with ${title.status}\n${res.body.toString('utf8')}`);
  assert.is(textOf(title.element), TITLE, `${label}: the title changed`);
  const meta = props.get(`{${J}}meta`);
  assert.ok(meta, `${label}: no {${J}}meta in the answer\n${res.body.toString('utf8')}`);
  assert.is(meta.status, 200, `${label}: {${J}}meta came back with ${meta.status}`);
  assert.is(canonical(meta.element), canonical(SENT_META), `${label}: the XML value of {${J}}meta changed\n${res.body.toString('utf8')}`);
}

function assertNoJournalProps(res: Res, label: string): void {
  const props = propsOf(res, label);
  for (const name of ['title', 'meta']) {
    const prop = props.get(`{${J}}${name}`);
    assert.ok(prop === undefined || prop.status === 404, `${label}: {${J}}${name} is still there (${prop?.status}): ${prop ? textOf(prop.element) : ''}\n${res.body.toString('utf8')}`);
  }
}

test('first start: PUT a file and PROPPATCH dead properties in a custom namespace', async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mesh-share-restart-data-'));
  shareDir = await mkdtemp(join(tmpdir(), 'mesh-share-restart-share-'));
  first = await startAgentProcess({ dataDir, shareDir, user: USER, password: PASSWORD });
  firstFingerprint = (await peerCertificate(first.port)).fingerprint256;
  const put = await request(first, 'PUT', '/entry.txt', { body: 'journal entry\n', auth: creds });
  assert.is(put.status, 201, describe('PUT /entry.txt', put));
  const patch = await request(first, 'PROPPATCH', '/entry.txt', { headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body: PROPPATCH_BODY, auth: creds });
  const patched = propsOf(patch, 'PROPPATCH /entry.txt');
  for (const name of ['title', 'meta']) assert.is(patched.get(`{${J}}${name}`)?.status, 200, `PROPPATCH did not set ${name}\n${patch.body.toString('utf8')}`);
  assertJournalProps(await propfind(first, '/entry.txt'), 'PROPFIND /entry.txt before the restart');
});

test('dead properties are kept in the data dir, not beside the file in the share', async () => {
  const names = await readdir(shareDir);
  assert.equal(names.filter((n) => n !== '.mesh-share-staging').sort(), ['entry.txt'], `the share holds more than the file: ${names.join(', ')}`);
});

test('SIGTERM stops the first agent cleanly', async () => {
  assert.ok(first, 'the first agent did not start');
  const code = await first.stop('SIGTERM');
  assert.is(code, 0, `the agent exited with ${code} after SIGTERM\n${first.stderr().slice(-3000)}`);
});

test('second start on the same data dir and share', async () => {
  // password null: do not set it again; the one set before the first start must still work.
  second = await startAgentProcess({ dataDir, shareDir, user: USER, password: null });
  assert.ok(!/shown only this once/.test(second.stdout()), `the second start generated a new password:\n${second.stdout()}`);
});

test('after the restart the password still works (and a wrong one does not)', async () => {
  assert.ok(second, 'the second agent did not start');
  const ok = await request(second, 'OPTIONS', '/', { auth: creds });
  assert.ok(ok.status === 200 || ok.status === 204, describe('OPTIONS / with the old password', ok));
  const wrong = await request(second, 'OPTIONS', '/', { auth: { user: USER, password: 'not the password' } });
  assert.is(wrong.status, 401, describe('OPTIONS / with a wrong password', wrong));
});

test('after the restart the certificate is the same', async () => {
  assert.ok(first && second, 'an agent did not start');
  const now = (await peerCertificate(second.port)).fingerprint256;
  assert.is(now, firstFingerprint, 'the certificate changed across the restart');
  const printed = [bannerFingerprint(first), bannerFingerprint(second)];
  assert.equal(printed, [firstFingerprint, firstFingerprint], `the banners print another fingerprint than the server presents: ${printed.join(' / ')} vs ${firstFingerprint}`);
});

test('after the restart the file and its dead properties come back (namespace, name, value)', async () => {
  assert.ok(second, 'the second agent did not start');
  const get = await request(second, 'GET', '/entry.txt', { auth: creds });
  assert.is(get.status, 200, describe('GET /entry.txt', get));
  assert.is(get.body.toString('utf8'), 'journal entry\n');
  assertJournalProps(await propfind(second, '/entry.txt'), 'PROPFIND /entry.txt after the restart');
  // allprop returns dead properties too (RFC 4918 9.1).
  const all = await request(second, 'PROPFIND', '/entry.txt', { headers: { Depth: '0' }, body: '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>', auth: creds });
  const allProps = propsOf(all, 'PROPFIND allprop /entry.txt');
  assert.is(allProps.get(`{${J}}title`) && textOf(allProps.get(`{${J}}title`)!.element), TITLE, `allprop lacks the title\n${all.body.toString('utf8')}`);
});

test('MOVE carries the dead properties to the new name', async () => {
  assert.ok(second, 'the second agent did not start');
  const move = await request(second, 'MOVE', '/entry.txt', { headers: { Destination: `${second.url}renamed.txt` }, auth: creds });
  assert.is(move.status, 201, describe('MOVE /entry.txt -> /renamed.txt', move));
  assertJournalProps(await propfind(second, '/renamed.txt'), 'PROPFIND /renamed.txt after MOVE');
  const old = await propfind(second, '/entry.txt');
  assert.is(old.status, 404, describe('PROPFIND /entry.txt after MOVE', old));
});

test('a new file PUT at the old name after MOVE has no such property', async () => {
  assert.ok(second, 'the second agent did not start');
  const put = await request(second, 'PUT', '/entry.txt', { body: 'a different entry\n', auth: creds });
  assert.is(put.status, 201, describe('PUT /entry.txt (new)', put));
  assertNoJournalProps(await propfind(second, '/entry.txt'), 'PROPFIND new /entry.txt');
});

test('DELETE removes the dead properties: a new file PUT at that name has none', async () => {
  assert.ok(second, 'the second agent did not start');
  const del = await request(second, 'DELETE', '/renamed.txt', { auth: creds });
  assert.is(del.status, 204, describe('DELETE /renamed.txt', del));
  const gone = await propfind(second, '/renamed.txt');
  assert.is(gone.status, 404, describe('PROPFIND /renamed.txt after DELETE', gone));
  const put = await request(second, 'PUT', '/renamed.txt', { body: 'new file\n', auth: creds });
  assert.is(put.status, 201, describe('PUT /renamed.txt (new)', put));
  assertNoJournalProps(await propfind(second, '/renamed.txt'), 'PROPFIND new /renamed.txt');
});

test('the property moves and deletions themselves survive another restart', async () => {
  assert.ok(second, 'the second agent did not start');
  // Put the property back on one file, then restart again: what MOVE/DELETE did must be on disk, not only in memory.
  const patch = await request(second, 'PROPPATCH', '/renamed.txt', { headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body: PROPPATCH_BODY, auth: creds });
  assert.is(patch.status, 207, describe('PROPPATCH /renamed.txt', patch));
  const move = await request(second, 'MOVE', '/renamed.txt', { headers: { Destination: `${second.url}third.txt` }, auth: creds });
  assert.is(move.status, 201, describe('MOVE /renamed.txt -> /third.txt', move));
  const code = await second.stop('SIGTERM');
  assert.is(code, 0, `the second agent exited with ${code} after SIGTERM`);
  const third = await startAgentProcess({ dataDir, shareDir, user: USER, password: null });
  try {
    assertJournalProps(await propfind(third, '/third.txt'), 'PROPFIND /third.txt after a second restart');
    assertNoJournalProps(await propfind(third, '/entry.txt'), 'PROPFIND /entry.txt after a second restart');
    const put = await request(third, 'PUT', '/renamed.txt', { body: 'again\n', auth: creds });
    assert.is(put.status, 201, describe('PUT /renamed.txt', put));
    assertNoJournalProps(await propfind(third, '/renamed.txt'), 'PROPFIND /renamed.txt after a second restart');
  } finally {
    await third.stop().catch(() => third.kill());
  }
});

test('the agents logged no unhandled exceptions', async () => {
  for (const a of [first, second]) {
    if (!a) continue;
    const stderr = a.stderr();
    const bad = /uncaughtException|unhandledRejection|\bat [^\s]+ \((?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+\)|"level":"error"/.exec(stderr);
    assert.not.ok(bad, `an agent logged: ${bad ? stderr.slice(Math.max(0, bad.index - 300), bad.index + 800) : ''}`);
  }
  // Nothing about the share content should have leaked into the data dir as a copy of the file.
  const files = await readdir(dataDir, { recursive: true });
  for (const name of files) {
    const content = await readFile(join(dataDir, name)).catch(() => null);
    if (content !== null) assert.not.ok(content.includes('journal entry\n'), `the data dir holds a copy of the file content: ${name}`);
  }
});

test.after(async () => {
  for (const a of [first, second]) {
    if (!a) continue;
    await a.stop().catch(() => a.kill());
    await a.cleanup().catch(() => {});
  }
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
  if (shareDir !== '') await rm(shareDir, { recursive: true, force: true });
});

test.run();
