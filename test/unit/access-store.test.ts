/** Owners and recipient lists: kept across restarts, in step with DELETE, MOVE and COPY, failing closed when damaged. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../agent/logger.js';
import { AccessStore } from '../../web/access/access-store.js';
import { ownerXml, parseRecipients, recipientsXml } from '../../web/access/access-xml.js';
import { MS_NS } from '../../web/access/principals.js';
import { parseXml } from '../../web/dav/xml.js';

const P = `12D3KooW${'A'.repeat(44)}`;

async function withStore(run: (open: () => Promise<AccessStore>, file: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'access-'));
  const file = join(dir, 'access.json');
  try {
    await run(() => AccessStore.open(file, silentLogger), file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('a created resource records its owner, forgetting what was left under that name; all of it survives a restart', async () => {
  await withStore(async (open) => {
    let store = await open();
    await store.create('A', 'user:ana');
    await store.create('A/old.txt', 'user:bruno', ['user:carla']);
    await store.create('A', 'user:dora');
    assert.equal(store.get('A'), { owner: 'user:dora' });
    assert.is(store.get('A/old.txt'), undefined, 'a new folder does not inherit records of a removed one');
    await store.create('kept.pdf', 'user:ana', []);
    store = await open();
    assert.equal(store.get('A'), { owner: 'user:dora' });
    assert.equal(store.get('kept.pdf'), { owner: 'user:ana', recipients: [] });
    assert.ok(store.hasRestrictions);
  });
});

test('recipients are set, replaced and cleared without losing the owner', async () => {
  await withStore(async (open) => {
    const store = await open();
    await store.create('f', 'user:ana', []);
    await store.setRecipients('f', ['user:bruno', `peer:${P}`]);
    assert.equal(store.get('f'), { owner: 'user:ana', recipients: ['user:bruno', `peer:${P}`] });
    await store.setRecipients('f', undefined);
    assert.equal(store.get('f'), { owner: 'user:ana' });
    assert.not.ok(store.hasRestrictions);
    await store.setRecipients('old', []);
    assert.equal(store.get('old'), { recipients: [] }, 'a file nobody owns can be restricted too');
    await store.setRecipients('old', undefined);
    assert.is(store.get('old'), undefined);
  });
});

test('DELETE forgets the tree, MOVE moves it, COPY gives the copy to the copier with the same lists', async () => {
  await withStore(async (open) => {
    const store = await open();
    await store.create('A', 'user:ana');
    await store.create('A/b.txt', 'user:bruno', ['user:carla']);
    await store.create('AB', 'user:zoe');
    await store.moveTree('A', 'M');
    assert.equal([store.get('A'), store.get('A/b.txt')], [undefined, undefined]);
    assert.equal(store.get('M/b.txt'), { owner: 'user:bruno', recipients: ['user:carla'] });
    assert.equal(store.get('AB'), { owner: 'user:zoe' });
    await store.copyTree('M', 'C', 'user:dora', true);
    assert.equal(store.get('C'), { owner: 'user:dora' });
    assert.equal(store.get('C/b.txt'), { recipients: ['user:carla'] }, 'no owner of its own: it is the copier\'s, but still kept for carla');
    await store.copyTree('M', 'D', 'user:dora', false);
    assert.is(store.get('D/b.txt'), undefined, 'a Depth 0 copy has no members');
    await store.copyTree('M/b.txt', 'E.txt', 'user:dora', true);
    assert.equal(store.get('E.txt'), { owner: 'user:dora', recipients: ['user:carla'] });
    await store.forgetTree('M');
    assert.equal([store.get('M'), store.get('M/b.txt')], [undefined, undefined]);
    assert.is(store.size, 5, 'AB, C, C/b.txt, D, E.txt');
    assert.equal([...store.below('C')].map(([k]) => k), ['C/b.txt']);
    const reopened = await open();
    assert.equal(reopened.get('C/b.txt'), { recipients: ['user:carla'] });
    assert.is(reopened.get('M/b.txt'), undefined);
  });
});

test('a damaged recipient list fails closed: the file stays its owner\'s only', async () => {
  await withStore(async (open, file) => {
    await writeFile(file, JSON.stringify({ version: 1, entries: { 'f.txt': { owner: 'user:ana', recipients: ['user:bruno', 'nonsense', 7] }, 'g.txt': { owner: 42, recipients: 'everyone' }, 'h.txt': { owner: 'user:ana' }, '/abs': { owner: 'user:x' } } }));
    const store = await open();
    assert.equal(store.get('f.txt'), { owner: 'user:ana', recipients: ['user:bruno'] });
    assert.equal(store.get('g.txt'), { recipients: [] });
    assert.equal(store.get('h.txt'), { owner: 'user:ana' });
    assert.is(store.get('/abs'), undefined);
  });
});

test('recipient list XML: ms:principal children, each peer:ID or user:NAME; empty means pending', () => {
  const parse = (inner: string) => parseRecipients(parseXml(`<ms:recipients xmlns:ms="${MS_NS}">${inner}</ms:recipients>`));
  assert.equal(parse(`<ms:principal>peer:${P}</ms:principal>\n <ms:principal> user:ana </ms:principal><ms:principal>user:ana</ms:principal>`), [`peer:${P}`, 'user:ana']);
  assert.equal(parse(''), []);
  for (const bad of ['user:ana', '<ms:who>user:ana</ms:who>', '<ms:principal>ana</ms:principal>', '<ms:principal><b/>user:ana</ms:principal>', '<x:principal xmlns:x="urn:x">user:ana</x:principal>']) {
    const result = parse(bad);
    assert.ok(!Array.isArray(result), bad);
  }
  assert.is(recipientsXml([]), `<recipients xmlns="${MS_NS}"/>`);
  assert.is(recipientsXml(['user:a&b']), `<recipients xmlns="${MS_NS}"><principal>user:a&amp;b</principal></recipients>`);
  assert.is(ownerXml(null), `<owner xmlns="${MS_NS}"/>`);
  assert.is(ownerXml('user:ana'), `<owner xmlns="${MS_NS}"><principal>user:ana</principal></owner>`);
});

test.run();
