import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeshShareError } from '../../dbus/errors.js';
import { silentLogger } from '../../agent/logger.js';
import {
  candidateName,
  extensionFor,
  JOURNAL_NS,
  JournalShares,
  journalFileName,
  parseJournalMetadata,
  REGISTRY_FILE,
  sanitizeTitle,
  type ShareInfo,
} from '../../agent/journal-shares.js';
import { DeadPropertyStore, propertyKey } from '../../web/dav/dead-properties.js';
import { ShareFs } from '../../web/dav/share-fs.js';
import { checkSegment } from '../../web/dav/share-path.js';

// ---- names ---------------------------------------------------------------------------------------------

test('titles become plain, safe file names', () => {
  assert.is(sanitizeTitle('Ma fête à l’école'), 'Ma fête à l’école');
  assert.is(sanitizeTitle('  Homework 3/4 \\ draft  '), 'Homework 3-4 - draft');
  assert.is(sanitizeTitle('line one\nline\ttwo\u0000\u0007\u009f end'), 'line one line two end');
  assert.is(sanitizeTitle('...hidden'), 'hidden');
  assert.is(sanitizeTitle('..'), 'Journal entry');
  assert.is(sanitizeTitle('.'), 'Journal entry');
  assert.is(sanitizeTitle('trailing dots...  '), 'trailing dots');
  assert.is(sanitizeTitle(''), 'Journal entry');
  assert.is(sanitizeTitle(undefined), 'Journal entry');
  assert.is(sanitizeTitle(' \u0001 / '), '-');
  assert.is(sanitizeTitle('.mesh-share-staging'), 'mesh-share-staging');
  assert.is(sanitizeTitle('lone \ud800 surrogate'), 'lone \ufffd surrogate');
  assert.is(sanitizeTitle('e\u0301'), '\u00e9', 'NFC');
  assert.is(Array.from(sanitizeTitle('x'.repeat(300))).length, 100);
  const wide = sanitizeTitle('日本語'.repeat(60));
  assert.ok(Buffer.byteLength(wide) <= 200, `${Buffer.byteLength(wide)} bytes`);
  assert.ok(Array.from(sanitizeTitle('🎨'.repeat(120))).every((c) => c === '🎨'), 'never half an emoji');
  for (const title of ['a/b', '..', 'x\u0000y', '\\\\', '日本語'.repeat(100), '🎨'.repeat(200), ' . ']) {
    checkSegment(candidateName(sanitizeTitle(title), 'jpeg', 999));
  }
});

test('the extension comes from mime_type, else the source file', () => {
  assert.is(extensionFor('image/jpeg', '/ds/ab/cdef'), 'jpg');
  assert.is(extensionFor('image/jpeg', '/x/photo.JPEG'), 'jpeg');
  assert.is(extensionFor('application/pdf', '/x/a.txt'), 'pdf');
  assert.is(extensionFor('application/vnd.olpc-sugar', '/x/bundle'), 'xo');
  assert.is(extensionFor('text/plain; charset=utf-8', '/x/a'), 'txt');
  assert.is(extensionFor('application/octet-stream', '/x/a.odt'), 'odt');
  assert.is(extensionFor('application/x-unknown-thing', '/x/a.abc'), 'abc');
  assert.is(extensionFor(undefined, '/x/data'), '');
  assert.is(extensionFor(undefined, '/x/weird.ext with space'), '');
});

test('file names: title plus extension, not twice; clashes are numbered', () => {
  assert.equal(journalFileName('Drawing', 'image/png', '/ds/data'), { base: 'Drawing', extension: 'png' });
  assert.equal(journalFileName('photo.jpg', 'image/jpeg', '/ds/data'), { base: 'photo', extension: 'jpg' });
  assert.equal(journalFileName(undefined, undefined, '/ds/data'), { base: 'Journal entry', extension: '' });
  assert.is(candidateName('Drawing', 'png', 1), 'Drawing.png');
  assert.is(candidateName('Drawing', 'png', 2), 'Drawing (2).png');
  assert.is(candidateName('Notes', '', 3), 'Notes (3)');
});

test('metadata: known keys checked, unknown ignored, wrong types refused as InvalidArgs', () => {
  const { metadata, preview } = parseJournalMetadata({
    title: 'T',
    mime_type: 'image/png',
    activity: 'org.laptop.Paint',
    activity_id: 'abc',
    description: 'bell \u0007 and\nnewline',
    tags: ['a', 'b c'],
    timestamp: '1700000000',
    preview: Buffer.from('png'),
    keep: 'ignored',
    uid: 42,
  });
  assert.equal(metadata, { title: 'T', mime_type: 'image/png', activity: 'org.laptop.Paint', activity_id: 'abc', description: 'bell  and\nnewline', tags: 'a, b c', timestamp: 1_700_000_000 });
  assert.is(preview?.toString(), 'png');
  assert.is(parseJournalMetadata({ timestamp: 12n }).metadata.timestamp, 12);

  const refused = (input: Record<string, unknown>, pattern: RegExp): void => {
    try {
      parseJournalMetadata(input);
    } catch (error) {
      assert.instance(error, MeshShareError);
      assert.is((error as MeshShareError).code, 'InvalidArgs');
      assert.match((error as Error).message, pattern);
      return;
    }
    assert.unreachable(JSON.stringify(input));
  };
  refused({ title: 5 }, /"title" must be text, not the number 5/);
  refused({ tags: [1] }, /"tags" must be text or a list/);
  refused({ timestamp: 'yesterday' }, /"timestamp" must be a whole number/);
  refused({ timestamp: 1.5 }, /"timestamp"/);
  refused({ preview: 'base64?' }, /"preview" must be bytes/);
  refused({ preview: Buffer.alloc(2 * 1024 * 1024) }, /preview is larger/);
  refused({ description: 'x'.repeat(70_000) }, /longer than/);
});

// ---- JournalShares on real folders ---------------------------------------------------------------------

interface World {
  root: string;
  shareDir: string;
  dataDir: string;
  outside: string;
  props: DeadPropertyStore;
  share: ShareFs;
  shares: JournalShares;
  events: string[];
  reopen(): Promise<JournalShares>;
}

async function world(): Promise<World> {
  const root = await mkdtemp(join(tmpdir(), 'journal-shares-'));
  const shareDir = join(root, 'share');
  const dataDir = join(root, 'data');
  const outside = join(root, 'journal');
  await Promise.all([mkdir(shareDir), mkdir(dataDir), mkdir(outside)]);
  const share = await ShareFs.open(shareDir, join(dataDir, 'staging'));
  const props = await DeadPropertyStore.open(join(dataDir, 'properties'), silentLogger);
  const events: string[] = [];
  const open = async (): Promise<JournalShares> => {
    const shares = await JournalShares.open({ share, props, shareUrl: 'https://xo.local:8443/', shareUrls: ['https://10.0.0.5:8443/'], dataDir, log: silentLogger, now: () => new Date('2024-05-01T10:00:00Z') });
    shares.on('shared', (info) => events.push(`shared ${info.name}`));
    shares.on('unshared', (url) => events.push(`unshared ${url}`));
    return shares;
  };
  return { root, shareDir, dataDir, outside, props, share, shares: await open(), events, reopen: open };
}

async function refusedWith(promise: Promise<unknown>, code: string, pattern: RegExp): Promise<void> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, MeshShareError);
    assert.is((error as MeshShareError).code, code, (error as Error).message);
    assert.match((error as Error).message, pattern);
    return;
  }
  assert.unreachable('it was accepted');
}

test('shareEntry hard-links, keeps metadata as properties, and numbers clashes without overwriting', async () => {
  const w = await world();
  try {
    const source = join(w.outside, 'data');
    await writeFile(source, 'journal bytes');
    const first = await w.shares.shareEntry(source, { title: 'My drawing', mime_type: 'image/png', tags: 'art', timestamp: 1_700_000_000, preview: Buffer.from([137, 80, 78, 71]), activity: 'org.laptop.Paint' });
    assert.equal(first, {
      title: 'My drawing',
      mime_type: 'image/png',
      tags: 'art',
      timestamp: 1_700_000_000,
      activity: 'org.laptop.Paint',
      url: 'https://xo.local:8443/My%20drawing.png',
      name: 'My drawing.png',
      size: 13,
      shared_at: '2024-05-01T10:00:00.000Z',
    } satisfies ShareInfo);
    const placed = join(w.shareDir, 'My drawing.png');
    assert.is((await stat(placed)).ino, (await stat(source)).ino, 'same file system: a hard link');

    const props = w.props.get('My drawing.png')!;
    assert.is(props.get(propertyKey(JOURNAL_NS, 'title'))?.value, 'My drawing');
    assert.is(props.get(propertyKey(JOURNAL_NS, 'timestamp'))?.value, '1700000000');
    assert.is(props.get(propertyKey(JOURNAL_NS, 'preview'))?.value, Buffer.from([137, 80, 78, 71]).toString('base64'));
    assert.is(props.get(propertyKey(JOURNAL_NS, 'description')), undefined, 'only keys that were given');

    // Someone else's file already has the next name: it is skipped, never replaced.
    await writeFile(join(w.shareDir, 'My drawing (2).png'), 'not ours');
    const second = await w.shares.shareEntry(source, { title: 'My drawing', mime_type: 'image/png' });
    assert.is(second.name, 'My drawing (3).png');
    assert.is(await readFile(join(w.shareDir, 'My drawing (2).png'), 'utf8'), 'not ours');

    const third = await w.shares.shareEntry(source, { title: 'a <b> & "c"/d' });
    assert.is(third.name, 'a <b> & "c"-d');
    assert.is(w.props.get(third.name)!.get(propertyKey(JOURNAL_NS, 'title'))?.value, 'a &lt;b&gt; &amp; &quot;c&quot;/d');
    assert.equal(w.events, ['shared My drawing.png', 'shared My drawing (3).png', `shared ${third.name}`]);
    assert.is(w.shares.count, 3);
  } finally {
    await rm(w.root, { recursive: true, force: true });
  }
});

test('a file already in the share is copied, not linked; staging leaves nothing behind', async () => {
  const w = await world();
  try {
    const inside = join(w.shareDir, 'original.txt');
    await writeFile(inside, 'hello');
    const info = await w.shares.shareEntry(inside, { title: 'Copy' });
    assert.is(info.name, 'Copy.txt');
    assert.is.not((await stat(join(w.shareDir, 'Copy.txt'))).ino, (await stat(inside)).ino);
    assert.is(await readFile(join(w.shareDir, 'Copy.txt'), 'utf8'), 'hello');
    assert.equal(await readdir(join(w.dataDir, 'staging')), []);
  } finally {
    await rm(w.root, { recursive: true, force: true });
  }
});

test('refusals: not absolute, missing, a folder, a device, the data dir, a link into it', async () => {
  const w = await world();
  try {
    await refusedWith(w.shares.shareEntry('relative/file', {}), 'InvalidArgs', /not a full path/);
    await refusedWith(w.shares.shareEntry(join(w.outside, 'nope'), {}), 'NotFound', /There is no file at/);
    await refusedWith(w.shares.shareEntry(w.outside, {}), 'InvalidArgs', /is a folder/);
    await refusedWith(w.shares.shareEntry('/dev/null', {}), 'InvalidArgs', /not an ordinary file/);
    await writeFile(join(w.dataDir, 'htpasswd'), 'secret');
    await refusedWith(w.shares.shareEntry(join(w.dataDir, 'htpasswd'), {}), 'InvalidArgs', /private folder/);
    await symlink(join(w.dataDir, 'htpasswd'), join(w.outside, 'innocent'));
    await refusedWith(w.shares.shareEntry(join(w.outside, 'innocent'), {}), 'InvalidArgs', /private folder/);
    await refusedWith(w.shares.shareEntry(join(w.outside, 'innocent'), { title: 3 }), 'InvalidArgs', /"title" must be text/);
    assert.equal(await readdir(w.shareDir), []);
    assert.is(w.shares.count, 0);
  } finally {
    await rm(w.root, { recursive: true, force: true });
  }
});

test('the registry survives reopening; deleted files drop out; unshare takes only our URLs', async () => {
  const w = await world();
  try {
    const source = join(w.outside, 'data');
    await writeFile(source, 'x');
    const kept = await w.shares.shareEntry(source, { title: 'Kept', mime_type: 'text/plain', preview: Buffer.from('p') });
    const deleted = await w.shares.shareEntry(source, { title: 'Deleted', mime_type: 'text/plain' });
    const registry = JSON.parse(await readFile(join(w.dataDir, REGISTRY_FILE), 'utf8')) as { entries: { name: string; metadata: Record<string, unknown> }[] };
    assert.equal(registry.entries.map((e) => e.name), ['Kept.txt', 'Deleted.txt']);
    assert.not.ok('preview' in registry.entries[0]!.metadata, 'the preview lives in the properties only');
    assert.is((await stat(join(w.dataDir, REGISTRY_FILE))).mode & 0o777, 0o600);

    await rm(join(w.shareDir, 'Deleted.txt'));
    const again = await w.reopen();
    w.events.length = 0;
    assert.equal((await again.list()).map((e) => e.name), ['Kept.txt']);
    assert.equal(w.events, [`unshared ${deleted.url}`]);
    assert.is(again.count, 1);

    await refusedWith(again.unshare('https://xo.local:8443/not-shared.txt'), 'NotFound', /Nothing was shared at/);
    await refusedWith(again.unshare('https://elsewhere:8443/Kept.txt'), 'NotFound', /Nothing was shared/);
    await refusedWith(again.unshare('not a url'), 'InvalidArgs', /not a web address/);
    // Another address of the same share names the same entry.
    await again.unshare('https://10.0.0.5:8443/Kept.txt');
    assert.equal(await readdir(w.shareDir), []);
    assert.is(w.props.get('Kept.txt'), undefined, 'its properties went with it');
    assert.equal(await again.list(), []);
    assert.equal(w.events.slice(1), [`unshared ${kept.url}`]);
  } finally {
    await rm(w.root, { recursive: true, force: true });
  }
});

test('a damaged registry starts empty instead of stopping the agent', async () => {
  const w = await world();
  try {
    await writeFile(join(w.dataDir, REGISTRY_FILE), '{ not json');
    const shares = await w.reopen();
    assert.is(shares.count, 0);
    await writeFile(join(w.dataDir, REGISTRY_FILE), JSON.stringify({ version: 1, entries: [{ name: '../escape', url: 'x', shared_at: 'y', metadata: {} }, { name: 'ok.txt', url: 'https://xo.local:8443/ok.txt', shared_at: 'y', metadata: { title: 5 } }, 7] }));
    assert.is((await w.reopen()).count, 0);
  } finally {
    await rm(w.root, { recursive: true, force: true });
  }
});

test.run();
