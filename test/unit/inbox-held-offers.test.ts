import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InboxError } from '../../agent/inbox/errors.js';
import { HeldOffers, OFFERS_FILE, type HeldOffer, type HeldOffersOptions } from '../../agent/inbox/held-offers.js';
import { silentLogger } from '../../agent/logger.js';
import type { Offer } from '../../protocols/push/types.js';

const ANA = '12D3KooWAnaTheTeacherXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';
const BEN = '12D3KooWBenTheClassmateXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';
const HOUR = 3600 * 1000;
const ID = /^[0-9abcdefghjkmnpqrstvwxyz]{8}$/;

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-inbox-offers-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function offer(name = 'worksheet.pdf', transferId = randomBytes(16).toString('hex')): Offer {
  return {
    transferId,
    from: { nick: 'Ana\u0007', color: '#FF2B34,#005FE4' },
    files: [
      { index: 0, name, size: 1234, sha256: 'a'.repeat(64), mimeType: 'application/pdf', metadata: { title: 'Worksheet', description: 'x'.repeat(5000), timestamp: 1_700_000_000 } },
      { index: 1, name: '../.hidden/b.png', size: 10, sha256: 'b'.repeat(64), mimeType: 'image/png', metadata: {} },
    ],
  };
}

function clock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let now = start;
  return { now: () => now, advance: (ms) => (now += ms) };
}

const open = (dir: string, extra: Partial<HeldOffersOptions> = {}): Promise<HeldOffers> => HeldOffers.open({ dataDir: dir, log: silentLogger, expiryTimer: false, ...extra });

async function assertInboxError(promise: Promise<unknown>, code: InboxError['code']): Promise<void> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, InboxError, String(error));
    assert.is((error as InboxError).code, code, (error as Error).message);
    return;
  }
  assert.unreachable(`expected InboxError '${code}'`);
}

test('hold: a waiting entry with an 8-character id, sender, files (sanitised, clipped), size and a 24 h expiry', async () => {
  await withDir(async (dir) => {
    const time = clock();
    const offers = await open(dir, { now: time.now });
    const events: HeldOffer[] = [];
    offers.on('offer', (entry) => events.push(entry));
    const o = offer();
    const held = await offers.hold(ANA, o);
    assert.match(held.id, ID);
    assert.is(held.peerId, ANA);
    assert.is(held.nick, 'Ana', 'control characters cleaned from the nick');
    assert.is(held.color, '#FF2B34,#005FE4');
    assert.is(held.transferId, o.transferId);
    assert.is(held.state, 'waiting');
    assert.is(held.receivedAt, time.now());
    assert.is(held.expiresAt, time.now() + 24 * HOUR);
    assert.is(held.size, 1244);
    assert.is(held.fileCount, 2);
    assert.equal(held.files.map((f) => f.name), ['worksheet.pdf', 'hidden/b.png']);
    assert.is(held.files[0]!.metadata.description!.length, 1000);
    assert.is(held.files[0]!.metadata.timestamp, 1_700_000_000);
    assert.is(events.length, 1);
    assert.is(events[0]!.id, held.id);
  });
});

test('hold is idempotent per sender and transfer: same entry, id and expiry; the event fires once', async () => {
  await withDir(async (dir) => {
    const time = clock();
    const offers = await open(dir, { now: time.now });
    let events = 0;
    offers.on('offer', () => (events += 1));
    const o = offer();
    const first = await offers.hold(ANA, o);
    time.advance(HOUR);
    const again = await offers.hold(ANA, o);
    assert.equal(again, first);
    assert.is(events, 1);
    const fromBen = await offers.hold(BEN, o);
    assert.is.not(fromBen.id, first.id, 'another sender with the same transfer id is another offer');
    const other = await offers.hold(ANA, offer());
    assert.is.not(other.id, first.id);
    assert.is(events, 3);
    assert.is(offers.list().length, 3);
  });
});

test('accept and decline: events, decision(), idempotent, no changing one’s mind, unknown ids', async () => {
  await withDir(async (dir) => {
    const offers = await open(dir);
    const accepted: string[] = [];
    const declined: string[] = [];
    offers.on('accepted', (entry) => accepted.push(entry.id));
    offers.on('declined', (entry) => declined.push(entry.id));
    const a = offer();
    const b = offer();
    const heldA = await offers.hold(ANA, a);
    const heldB = await offers.hold(ANA, b);
    assert.is(offers.decision(ANA, a.transferId), 'waiting');
    assert.is(offers.decision(BEN, a.transferId), undefined);
    assert.is((await offers.accept(heldA.id)).state, 'accepted');
    assert.is((await offers.accept(` ${heldA.id.toUpperCase()} `)).state, 'accepted', 'idempotent, and typed ids are forgiven');
    assert.is((await offers.decline(heldB.id)).state, 'declined');
    assert.equal(accepted, [heldA.id]);
    assert.equal(declined, [heldB.id]);
    assert.is(offers.decision(ANA, a.transferId), 'accepted');
    assert.is(offers.decision(ANA, b.transferId), 'declined');
    await assertInboxError(offers.decline(heldA.id), 'already-decided');
    await assertInboxError(offers.accept(heldB.id), 'already-decided');
    await assertInboxError(offers.accept('zzzzzzzz'), 'no-such-offer');
    await assertInboxError(offers.accept(''), 'no-such-offer');
  });
});

test('ids forgive the look-alikes o, i and l', async () => {
  await withDir(async (dir) => {
    const offers = await open(dir);
    const held = await offers.hold(ANA, offer());
    const typed = held.id.replace(/0/g, 'O').replace(/1/g, 'l');
    assert.is(offers.get(typed)?.id, held.id);
  });
});

test('expiry is worked out when read: after 24 h the offer is expired and cannot be accepted', async () => {
  await withDir(async (dir) => {
    const time = clock();
    const offers = await open(dir, { now: time.now });
    const expired: string[] = [];
    offers.on('expired', (entry) => expired.push(entry.id));
    const o = offer();
    const held = await offers.hold(ANA, o);
    time.advance(24 * HOUR - 1);
    assert.is(offers.decision(ANA, o.transferId), 'waiting');
    time.advance(1);
    assert.is(offers.decision(ANA, o.transferId), 'expired');
    assert.equal(expired, [held.id]);
    assert.is(offers.get(held.id)?.decidedAt, held.expiresAt);
    await assertInboxError(offers.accept(held.id), 'offer-expired');
    assert.equal(await offers.hold(ANA, o).then((entry) => entry.state), 'expired', 'holding it again does not revive it');
  });
});

test('decided and expired offers are forgotten after 7 days', async () => {
  await withDir(async (dir) => {
    const time = clock();
    const offers = await open(dir, { now: time.now });
    const a = await offers.hold(ANA, offer());
    const b = await offers.hold(ANA, offer());
    await offers.decline(a.id);
    time.advance(7 * 24 * HOUR - 1);
    assert.is(offers.list().length, 2);
    time.advance(1);
    assert.equal(offers.list().map((entry) => [entry.id, entry.state]), [[b.id, 'expired']], 'declined 7 days ago: gone; expired 6 days ago: kept');
    time.advance(24 * HOUR);
    assert.equal(offers.list(), []);
    await offers.flush();
    assert.equal(JSON.parse(await readFile(join(dir, OFFERS_FILE), 'utf8')).offers, [], 'and from the file');
  });
});

test('the expiry timer fires "expired" on time without polling', async () => {
  await withDir(async (dir) => {
    const offers = await HeldOffers.open({ dataDir: dir, log: silentLogger, ttlMs: 150 });
    try {
      const started = Date.now();
      const fired = new Promise<HeldOffer>((resolve) => offers.once('expired', resolve));
      const held = await offers.hold(ANA, offer());
      const expired = await Promise.race([fired, new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))]);
      assert.ok(expired !== null, 'expired within 3 s');
      assert.is(expired!.id, held.id);
      assert.ok(Date.now() - started >= 140, 'not before its time');
    } finally {
      offers.close();
    }
  });
});

test('too many waiting offers are refused (per sender and in all)', async () => {
  await withDir(async (dir) => {
    const offers = await open(dir, { maxWaitingPerPeer: 2, maxWaiting: 3 });
    await offers.hold(ANA, offer());
    const second = await offers.hold(ANA, offer());
    await assertInboxError(offers.hold(ANA, offer()), 'too-many-offers');
    await offers.hold(BEN, offer());
    await assertInboxError(offers.hold(BEN, offer()), 'too-many-offers');
    await offers.decline(second.id);
    await offers.hold(ANA, offer());
  });
});

test('offers, ids, states and expiries survive a restart', async () => {
  await withDir(async (dir) => {
    const time = clock();
    const before = await open(dir, { now: time.now });
    const a = await before.hold(ANA, offer());
    const b = await before.hold(BEN, offer());
    await before.accept(b.id);
    const after = await open(dir, { now: time.now });
    assert.equal(after.list(), before.list());
    assert.is(after.get(a.id)?.expiresAt, a.expiresAt);
    assert.is(after.decision(BEN, b.transferId), 'accepted');
    time.advance(25 * HOUR);
    const later = await open(dir, { now: time.now });
    assert.is(later.get(a.id)?.state, 'expired', 'expired while the agent was stopped');
  });
});

test('a damaged offers.json starts empty; damaged entries are skipped', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, OFFERS_FILE), 'garbage');
    assert.equal((await open(dir)).list(), []);
    const good = await (await open(dir)).hold(ANA, offer());
    const file = JSON.parse(await readFile(join(dir, OFFERS_FILE), 'utf8'));
    file.offers.push({ id: 'NOT AN ID' }, { ...good, state: 'maybe' }, 42);
    await writeFile(join(dir, OFFERS_FILE), JSON.stringify(file));
    assert.equal((await open(dir)).list().map((entry) => entry.id), [good.id]);
  });
});

test.run();
