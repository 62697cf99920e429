/**
 * The holder of left files (agent/relay/relay-holder.ts) against a real
 * access store, dead property store and folder: the per-peer bound (507),
 * notices once the list is set and when a recipient appears, deletion once
 * every recipient has the file (it says so: collected, or an ack of have or
 * refused) or at its expiry, and restart safety.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../agent/logger.js';
import { RelayHolder, RELAY_STATE_FILE } from '../../agent/relay/relay-holder.js';
import { encodeRelayInfo, RELAY_INFO_PROPERTY } from '../../agent/relay/relay-info.js';
import { AccessStore } from '../../web/access/access-store.js';
import { MS_NS } from '../../web/access/principals.js';
import { DeadPropertyStore } from '../../web/dav/dead-properties.js';
import { HttpError } from '../../web/http-error.js';
import type { PeerList } from '../../protocols/discovery/peer-list.js';
import type { RelayAckState, RelayNotice } from '../../protocols/relay/messages.js';

const P = `12D3KooW${'A'.repeat(44)}`;
const Q = `12D3KooW${'B'.repeat(44)}`;
const R = `12D3KooW${'C'.repeat(44)}`;
const SHA = 'cd'.repeat(32);
const T = '1'.repeat(32);
const KEY = `.mesh-share-relay/${P}/${T}/a.txt`;
/** KEY as it goes on the wire. */
const PATH = `/${KEY}`;

interface Setup {
  dir: string;
  share: string;
  store: AccessStore;
  props: DeadPropertyStore;
  told: Array<[string, RelayNotice]>;
  /** How each recipient answers a notice (default: fetching). */
  answers: Map<string, { state: RelayAckState; message?: string }>;
  peers: EventEmitter & { list(): unknown[] };
  clock: { now: number };
  holder(options?: { quotaBytes?: number; expiryMs?: number }): RelayHolder;
}

async function setup(): Promise<Setup> {
  const dir = await mkdtemp(join(tmpdir(), 'relay-holder-'));
  const share = join(dir, 'share');
  await mkdir(share);
  const store = await AccessStore.open(join(dir, 'access.json'), silentLogger);
  const props = await DeadPropertyStore.open(join(dir, 'props'), silentLogger);
  const told: Array<[string, RelayNotice]> = [];
  const answers = new Map<string, { state: RelayAckState; message?: string }>();
  const peers = Object.assign(new EventEmitter(), { list: () => [] as unknown[] });
  const clock = { now: 1_000_000 };
  return {
    dir,
    share,
    store,
    props,
    told,
    answers,
    peers,
    clock,
    holder: (options = {}) =>
      new RelayHolder({
        store,
        props,
        shareRoot: share,
        dataDir: dir,
        peers: peers as unknown as PeerList,
        notify: async (peerId, notice) => {
          told.push([peerId, notice]);
          return answers.get(peerId) ?? { state: 'fetching' };
        },
        log: silentLogger,
        now: () => clock.now,
        ...options,
      }),
  };
}

/** What the sender's PUT and PROPPATCH leave behind. */
async function leave(s: Setup, key: string, bytes: string, recipients: string[]): Promise<void> {
  await mkdir(join(s.share, ...key.split('/').slice(0, -1)), { recursive: true });
  await writeFile(join(s.share, ...key.split('/')), bytes);
  await s.store.create(key, `peer:${key.split('/')[1]}`, []);
  await s.props.apply(key, [{ kind: 'set', prop: { ns: MS_NS, local: RELAY_INFO_PROPERTY, value: encodeRelayInfo({ sha256: SHA, size: bytes.length, name: 'a.txt', mimeType: 'text/plain', metadata: {}, nick: 'Ana' }) } }]);
  await s.store.setRecipients(key, recipients);
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));
const putCtx = (length?: number) => ({ method: 'PUT', req: { headers: length === undefined ? {} : { 'content-length': String(length) } } }) as never;

test('a peer may leave at most its quota; the size must be said; folders are made on demand', async () => {
  const s = await setup();
  try {
    const holder = s.holder({ quotaBytes: 100 });
    await holder.start();
    const target = ['.mesh-share-relay', P, T, 'a.txt'];
    await holder.beforeCreate(putCtx(60), target);
    assert.ok(existsSync(join(s.share, '.mesh-share-relay', P, T)), 'the transfer folder was made');
    await writeFile(join(s.share, ...target), 'x'.repeat(60));
    try {
      await holder.beforeCreate(putCtx(41), ['.mesh-share-relay', P, T, 'b.txt']);
      assert.unreachable('over the quota');
    } catch (error) {
      assert.instance(error, HttpError);
      assert.is((error as HttpError).status, 507);
      assert.match((error as Error).message, /at most 100 bytes.*holds 60 bytes/);
    }
    await holder.beforeCreate(putCtx(40), ['.mesh-share-relay', P, T, 'b.txt']);
    // Another peer's bytes count for that peer only.
    await holder.beforeCreate(putCtx(100), ['.mesh-share-relay', Q, T, 'c.txt']);
    try {
      await holder.beforeCreate(putCtx(), ['.mesh-share-relay', P, T, 'd.txt']);
      assert.unreachable('without Content-Length');
    } catch (error) {
      assert.is((error as HttpError).status, 411);
    }
    await holder.stop();
  } finally {
    await rm(s.dir, { recursive: true, force: true });
  }
});

test('recipients are told once the list is set and when they appear; the file goes once all have it', async () => {
  const s = await setup();
  try {
    const holder = s.holder();
    await holder.start();
    await leave(s, KEY, 'hello', [`peer:${Q}`, `peer:${R}`]);
    holder.recipientsSet(KEY);
    await tick();
    assert.equal(s.told.map(([peer]) => peer).sort(), [Q, R].sort());
    const notice = s.told[0]![1];
    assert.equal(notice, {
      path: `/.mesh-share-relay/${P}/${T}/a.txt`,
      size: 5,
      sha256: SHA,
      name: 'a.txt',
      mimeType: 'text/plain',
      metadata: {},
      from: { peerId: P, nick: 'Ana' },
      expiresAt: s.clock.now + 7 * 24 * 3600 * 1000,
    });
    // Q collects it; R appears later and is told again; someone unlisted saying so counts for nothing.
    assert.is(holder.collected(Q, PATH, SHA), true);
    assert.is(holder.collected(P, PATH, SHA), false, 'the owner is no recipient');
    s.told.length = 0;
    s.peers.emit('appeared', { id: R, peerId: R, online: true });
    s.peers.emit('appeared', { id: Q, peerId: Q, online: true });
    await tick();
    assert.equal(s.told.map(([peer]) => peer), [R], 'only the one without it is told');
    assert.ok(existsSync(join(s.share, ...KEY.split('/'))));
    assert.is(holder.collected(R, PATH, SHA), true);
    await tick();
    assert.not.ok(existsSync(join(s.share, '.mesh-share-relay', P)), 'the file and its folders are gone');
    assert.is(s.store.get(KEY), undefined);
    assert.is(s.props.get(KEY), undefined);
    const state = JSON.parse(await readFile(join(s.dir, RELAY_STATE_FILE), 'utf8')) as { files: Record<string, unknown> };
    assert.equal(state.files, {});
    await holder.stop();
  } finally {
    await rm(s.dir, { recursive: true, force: true });
  }
});

test('collected counts only for a listed recipient, the right file and its hash', async () => {
  const s = await setup();
  try {
    const holder = s.holder();
    await holder.start();
    await leave(s, KEY, 'hello', [`peer:${Q}`]);
    holder.recipientsSet(KEY);
    await tick();
    assert.is(holder.collected(Q, PATH, 'ef'.repeat(32)), false, 'another hash: another file');
    assert.is(holder.collected(Q, `/.mesh-share-relay/${P}/${T}/b.txt`, SHA), false, 'another path');
    assert.is(holder.collected(Q, `/.mesh-share-relay/${P}/${T}/%E0%A4%A`, SHA), false, 'a path that does not decode');
    assert.is(holder.collected(Q, `/.mesh-share-relay/${P}/${T}/../${T}/a.txt`, SHA), false, 'dot segments');
    assert.is(holder.collected(R, PATH, SHA), false, 'not a recipient');
    await tick();
    assert.ok(existsSync(join(s.share, ...KEY.split('/'))), 'still held');
    // Percent-encoding of plain characters decodes to the same file.
    assert.is(holder.collected(Q, PATH.replace('a.txt', '%61.txt'), SHA), true);
    await tick();
    assert.not.ok(existsSync(join(s.share, ...KEY.split('/'))), 'gone once its only recipient has it');
    await holder.stop();
  } finally {
    await rm(s.dir, { recursive: true, force: true });
  }
});

test('a recipient answering a notice with have (it holds the content) or refused (its child said no) needs the file no more', async () => {
  const s = await setup();
  try {
    s.answers.set(Q, { state: 'have' });
    s.answers.set(R, { state: 'held' });
    const holder = s.holder();
    await holder.start();
    await leave(s, KEY, 'hello', [`peer:${Q}`, `peer:${R}`]);
    holder.recipientsSet(KEY);
    await tick();
    assert.ok(existsSync(join(s.share, ...KEY.split('/'))), 'R still waits for its child');
    s.told.length = 0;
    s.peers.emit('appeared', { id: Q, peerId: Q, online: true });
    await tick();
    assert.equal(s.told, [], 'Q is not told again');
    s.answers.set(R, { state: 'refused', message: 'declined by the user' });
    s.peers.emit('appeared', { id: R, peerId: R, online: true });
    await tick();
    assert.not.ok(existsSync(join(s.share, ...KEY.split('/'))), 'nobody needs it: deleted');
    assert.is(s.store.get(KEY), undefined);
    await holder.stop();
  } finally {
    await rm(s.dir, { recursive: true, force: true });
  }
});

test('a file left pending (its sender went away before listing anyone) is told to nobody and expires like the others', async () => {
  const s = await setup();
  try {
    const first = s.holder({ expiryMs: 10_000 });
    s.peers.list = () => [{ id: Q, peerId: Q, online: true }];
    await first.start();
    await first.beforeCreate(putCtx(5), KEY.split('/'));
    await leave(s, KEY, 'hello', []);
    await tick();
    assert.equal(s.told, []);
    assert.ok(existsSync(join(s.share, ...KEY.split('/'))));
    await first.stop();
    s.clock.now += 11_000;
    const second = s.holder({ expiryMs: 10_000 });
    await second.start();
    assert.not.ok(existsSync(join(s.share, '.mesh-share-relay', P)), 'expired: the file and its folders are gone');
    assert.is(s.store.get(KEY), undefined);
    await second.stop();
  } finally {
    await rm(s.dir, { recursive: true, force: true });
  }
});

test('what the holder needs survives a restart, and an expired file is deleted', async () => {
  const s = await setup();
  try {
    const first = s.holder({ expiryMs: 10_000 });
    await first.start();
    await leave(s, KEY, 'hello', [`peer:${Q}`, `peer:${R}`]);
    first.recipientsSet(KEY);
    first.collected(Q, PATH, SHA);
    await tick();
    await first.stop();

    s.told.length = 0;
    s.clock.now += 5_000;
    const second = s.holder({ expiryMs: 10_000 });
    s.peers.list = () => [{ id: Q, peerId: Q, online: true }, { id: R, peerId: R, online: true }];
    await second.start();
    await tick();
    assert.equal(s.told.map(([peer]) => peer), [R], 'Q had it before the restart');
    assert.is(s.told[0]![1].expiresAt, 1_000_000 + 10_000, 'the expiry is kept');
    await second.stop();

    s.clock.now += 6_000;
    const third = s.holder({ expiryMs: 10_000 });
    await third.start();
    assert.not.ok(existsSync(join(s.share, ...KEY.split('/'))), 'expired: deleted at start');
    assert.is(s.store.get(KEY), undefined);
    await third.stop();
  } finally {
    await rm(s.dir, { recursive: true, force: true });
  }
});

test('the expiry timer deletes a file while the agent runs', async () => {
  const s = await setup();
  try {
    s.clock.now = Date.now();
    const holder = new RelayHolder({
      store: s.store,
      props: s.props,
      shareRoot: s.share,
      dataDir: s.dir,
      peers: null,
      notify: async () => ({ state: 'fetching' }),
      log: silentLogger,
      expiryMs: 150,
    });
    await holder.start();
    await leave(s, KEY, 'hello', [`peer:${Q}`]);
    holder.recipientsSet(KEY);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.not.ok(existsSync(join(s.share, ...KEY.split('/'))));
    assert.is(s.store.get(KEY), undefined);
    await holder.stop();
  } finally {
    await rm(s.dir, { recursive: true, force: true });
  }
});

test.run();
