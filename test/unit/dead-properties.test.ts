import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../agent/logger.js';
import { DeadPropertyStore, propertyKey } from '../../web/dav/dead-properties.js';

const title = { ns: 'urn:olpc', local: 'title', value: 'Ma très belle <b xmlns="urn:x"/>' };

test('properties survive reopening, follow MOVE and COPY, and go with DELETE', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'props-'));
  try {
    let store = await DeadPropertyStore.open(dir, silentLogger);
    await store.apply('a/f', [{ kind: 'set', prop: title }]);
    await store.apply('a/g', [{ kind: 'set', prop: { ...title, value: 'g' } }]);
    store = await DeadPropertyStore.open(dir, silentLogger);
    assert.equal(store.get('a/f')?.get(propertyKey('urn:olpc', 'title')), title);

    await store.moveTree('a', 'b');
    assert.is(store.get('a/f'), undefined);
    assert.equal(store.get('b/f')?.get(propertyKey('urn:olpc', 'title')), title);

    await store.copyTree('b/g', 'c');
    await store.apply('c', [{ kind: 'remove', ns: 'urn:olpc', local: 'title' }]);
    assert.is(store.get('c'), undefined);
    assert.ok(store.get('b/g'), 'the copy is independent');

    await store.forgetTree('b');
    store = await DeadPropertyStore.open(dir, silentLogger);
    assert.is(store.get('b/f'), undefined);
    assert.equal(await readdir(dir), ['index.json'], 'no property file is left behind');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('set then remove in one update: document order wins', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'props-'));
  try {
    const store = await DeadPropertyStore.open(dir, silentLogger);
    await store.apply('x', [{ kind: 'set', prop: title }, { kind: 'remove', ns: 'urn:olpc', local: 'title' }, { kind: 'set', prop: { ...title, local: 'other' } }]);
    assert.equal([...(store.get('x')?.keys() ?? [])], ['{urn:olpc}other']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
