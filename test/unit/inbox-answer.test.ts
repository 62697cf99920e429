import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReceiveError } from '../../agent/inbox/errors.js';
import { Inbox, type FileReceivedEvent, type InboxOptions } from '../../agent/inbox/inbox.js';
import type { HeldOffer } from '../../agent/inbox/held-offers.js';
import { silentLogger } from '../../agent/logger.js';
import type { Answer, Offer } from '../../protocols/push/types.js';

const HOUR = 3600 * 1000;
const newPeerId = async (): Promise<string> => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();
const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

interface World {
  root: string;
  dataDir: string;
  inboxDir: string;
  time: { now: () => number; advance: (ms: number) => void };
  open(extra?: Partial<InboxOptions>): Promise<Inbox>;
}

async function withWorld(run: (world: World) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'mesh-share-inbox-answer-'));
  const opened: Inbox[] = [];
  let now = 1_700_000_000_000;
  try {
    const dataDir = join(root, 'data');
    const inboxDir = join(root, 'inbox');
    await mkdir(dataDir, { mode: 0o700 });
    const time = { now: () => now, advance: (ms: number) => void (now += ms) };
    const open = async (extra: Partial<InboxOptions> = {}): Promise<Inbox> => {
      const inbox = await Inbox.open({ dataDir, inboxDir, log: silentLogger, now: time.now, freeSpace: async () => 1e12, expiryTimer: false, ...extra });
      opened.push(inbox);
      return inbox;
    };
    await run({ root, dataDir, inboxDir, time, open });
  } finally {
    for (const inbox of opened) inbox.close();
    await rm(root, { recursive: true, force: true });
  }
}

function offerOf(files: { name: string; data: Buffer }[], nick = 'Ms Ana'): Offer {
  return {
    transferId: randomBytes(16).toString('hex'),
    from: { nick, color: '#FF2B34,#005FE4' },
    files: files.map((file, index) => ({ index, name: file.name, size: file.data.byteLength, sha256: sha256(file.data), mimeType: 'application/pdf', metadata: { title: file.name, tags: 'maths' } })),
  };
}

/** What the push protocol does after an accept: open, write, finish, received. */
async function deliver(inbox: Inbox, peerId: string, offer: Offer, data: Buffer[], answer: Answer): Promise<string[]> {
  assert.is(answer.decision, 'accept');
  const paths: string[] = [];
  if (answer.decision !== 'accept') return paths;
  for (const file of answer.files) {
    if (file.action !== 'send') continue;
    const incoming = await inbox.open(peerId, offer, file.index);
    assert.is(incoming.offset, file.offset);
    await incoming.write(data[file.index]!.subarray(file.offset));
    const { path } = await incoming.finish();
    inbox.received(peerId, offer, file.index, path);
    paths.push(path);
  }
  return paths;
}

async function inboxFiles(world: World): Promise<string[]> {
  return (await readdir(world.inboxDir, { recursive: true })).map(String).sort();
}

test('a trusted sender is accepted at once, file by file; the file-received event says it all', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open();
    const teacher = await newPeerId();
    await inbox.trusted.trust(teacher, 'Ms Ana');
    const data = [randomBytes(1000), randomBytes(2000)];
    const offer = offerOf([{ name: 'Maths/week 1.pdf', data: data[0]! }, { name: 'Maths/week 2.pdf', data: data[1]! }]);
    const events: FileReceivedEvent[] = [];
    inbox.on('file-received', (event) => events.push(event));
    let held = 0;
    inbox.offers.on('offer', () => (held += 1));
    const answer = await inbox.answer(teacher, offer);
    assert.equal(answer, { decision: 'accept', files: [{ index: 0, action: 'send', offset: 0 }, { index: 1, action: 'send', offset: 0 }] });
    const paths = await deliver(inbox, teacher, offer, data, answer);
    assert.equal(paths, [join(world.inboxDir, 'Maths', 'week 1.pdf'), join(world.inboxDir, 'Maths', 'week 2.pdf')]);
    assert.is(held, 0, 'nothing was held for the child');
    assert.equal(events[1], {
      transferId: offer.transferId,
      from: { peerId: teacher, nick: 'Ms Ana', color: '#FF2B34,#005FE4' },
      path: paths[1]!,
      name: 'Maths/week 2.pdf',
      size: 2000,
      sha256: sha256(data[1]!),
      mimeType: 'application/pdf',
      metadata: { title: 'Maths/week 2.pdf', tags: 'maths' },
      receivedAt: world.time.now(),
    });
  });
});

test('already had files are answered "have"; a resumed file is answered with its offset', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open();
    const teacher = await newPeerId();
    await inbox.trusted.trust(teacher);
    const data = [randomBytes(5000), randomBytes(8000), Buffer.alloc(0)];
    const first = offerOf([{ name: 'a.pdf', data: data[0]! }]);
    await deliver(inbox, teacher, first, [data[0]!], await inbox.answer(teacher, first));

    const offer = offerOf([{ name: 'a.pdf', data: data[0]! }, { name: 'b.pdf', data: data[1]! }, { name: 'empty.txt', data: data[2]! }]);
    const partial = await inbox.open(teacher, offer, 1);
    await partial.write(data[1]!.subarray(0, 3000));
    await partial.suspend();
    const answer = await inbox.answer(teacher, offer);
    assert.equal(answer, {
      decision: 'accept',
      files: [
        { index: 0, action: 'have' },
        { index: 1, action: 'send', offset: 3000 },
        { index: 2, action: 'send', offset: 0 },
      ],
    });
    const paths = await deliver(inbox, teacher, offer, data, answer);
    assert.ok((await readFile(paths[0]!)).equals(data[1]!));
    assert.equal(await inboxFiles(world), ['a.pdf', 'b.pdf', 'empty.txt']);
  });
});

test('an untrusted sender is held once (one "offer" event, same expiry), then accepted by the child', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open();
    const classmate = await newPeerId();
    const offers: HeldOffer[] = [];
    const accepted: HeldOffer[] = [];
    inbox.offers.on('offer', (entry) => offers.push(entry));
    inbox.offers.on('accepted', (entry) => accepted.push(entry));
    const data = [randomBytes(1000)];
    const offer = offerOf([{ name: 'drawing.png', data: data[0]! }], 'Ben');
    const expiresAt = world.time.now() + 24 * HOUR;
    assert.equal(await inbox.answer(classmate, offer), { decision: 'held', expiresAt });
    world.time.advance(HOUR);
    assert.equal(await inbox.answer(classmate, offer), { decision: 'held', expiresAt }, 'asking again changes nothing');
    assert.is(offers.length, 1);
    try {
      await inbox.open(classmate, offer, 0);
      assert.unreachable('not accepted yet');
    } catch (error) {
      assert.instance(error, FileReceiveError);
      assert.is((error as FileReceiveError).code, 'refused');
    }
    await inbox.offers.accept(offers[0]!.id);
    assert.is(accepted.length, 1, "the agent hears of it (to send 'ready')");
    const answer = await inbox.answer(classmate, offer);
    assert.equal(answer, { decision: 'accept', files: [{ index: 0, action: 'send', offset: 0 }] });
    const events: FileReceivedEvent[] = [];
    inbox.on('file-received', (event) => events.push(event));
    await deliver(inbox, classmate, offer, data, answer);
    assert.is(events[0]?.offerId, offers[0]!.id);
    assert.is(events[0]?.from.nick, 'Ben');
  });
});

test('a declined offer is declined when offered again; an expired one is told so', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open();
    const classmate = await newPeerId();
    const declined = offerOf([{ name: 'a', data: randomBytes(10) }]);
    const ignored = offerOf([{ name: 'b', data: randomBytes(10) }]);
    const heldDeclined = await inbox.answer(classmate, declined);
    await inbox.answer(classmate, ignored);
    assert.is(heldDeclined.decision, 'held');
    await inbox.offers.decline(inbox.offers.find(classmate, declined.transferId)!.id);
    assert.equal(await inbox.answer(classmate, declined), { decision: 'decline', reason: 'declined', message: 'The files were declined on this laptop.' });
    world.time.advance(24 * HOUR);
    const answer = await inbox.answer(classmate, ignored);
    assert.is(answer.decision === 'decline' && answer.reason, 'expired');
    const fresh = offerOf([{ name: 'b', data: randomBytes(10) }]);
    assert.is((await inbox.answer(classmate, fresh)).decision, 'held', 'a new send asks again');
  });
});

test('too big: declined before any data, in words a teacher understands', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open({ maxFileSize: 2e9 });
    const teacher = await newPeerId();
    await inbox.trusted.trust(teacher);
    const offer: Offer = { transferId: 'c'.repeat(32), from: { nick: 'T' }, files: [{ index: 0, name: 'film.mp4', size: 3.2e9, sha256: 'd'.repeat(64), mimeType: 'video/mp4', metadata: {} }] };
    assert.equal(await inbox.answer(teacher, offer), { decision: 'decline', reason: 'too-big', message: 'The file "film.mp4" is 3.2 GB; this laptop accepts files of at most 2.0 GB.' });
    const stranger = await newPeerId();
    assert.is((await inbox.answer(stranger, offer)).decision, 'decline', 'an offer that cannot fit is not held for the child either');
    assert.equal(inbox.offers.list(), []);
    assert.equal(await readdir(join(world.dataDir, 'incoming')), []);
  });
});

test('not enough free space: declined "disk-full" with the sizes, before any data', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open({ freeSpace: async () => 100 * 1024 ** 2 });
    const teacher = await newPeerId();
    await inbox.trusted.trust(teacher);
    const offer: Offer = { transferId: 'e'.repeat(32), from: { nick: 'T' }, files: [{ index: 0, name: 'a.iso', size: 50e6, sha256: 'f'.repeat(64), mimeType: 'application/x-iso9660-image', metadata: {} }] };
    const answer = await inbox.answer(teacher, offer);
    assert.is(answer.decision === 'decline' && answer.reason, 'disk-full');
    assert.match(answer.decision === 'decline' ? answer.message : '', /the files need 50\.0 MB and only 37\.7 MB can be used/);
    assert.equal(await readdir(join(world.dataDir, 'incoming')), []);
  });
});

test('invalid offers are declined "invalid", never thrown', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open();
    const peer = await newPeerId();
    const good = offerOf([{ name: 'a.txt', data: Buffer.from('a') }]);
    const file = good.files[0]!;
    const bad: unknown[] = [
      null,
      'offer',
      { ...good, transferId: 'XYZ' },
      { ...good, from: null },
      { ...good, files: [] },
      { ...good, files: [{ ...file, index: 1 }] },
      { ...good, files: [{ ...file, size: -1 }] },
      { ...good, files: [{ ...file, size: 1.5 }] },
      { ...good, files: [{ ...file, size: Number.MAX_SAFE_INTEGER }, { ...file, index: 1, size: Number.MAX_SAFE_INTEGER }] },
      { ...good, files: [{ ...file, sha256: 'nope' }] },
      { ...good, files: [{ ...file, name: '' }] },
      { ...good, files: [{ ...file, name: 42 }] },
      { ...good, files: [{ ...file, metadata: null }] },
      { ...good, files: [{ ...file, name: `${'d/'.repeat(40)}f` }] },
      { ...good, files: Array.from({ length: 10_001 }, (_, index) => ({ ...file, index })) },
    ];
    for (const offer of bad) {
      const answer = await inbox.answer(peer, offer as Offer);
      assert.is(answer.decision === 'decline' && answer.reason, 'invalid', JSON.stringify(offer)?.slice(0, 120));
    }
    assert.is((await inbox.answer('', good)).decision, 'decline');
    assert.equal(inbox.offers.list(), [], 'nothing invalid was held');
  });
});

test('a transfer re-offered with other files is declined "invalid", even once accepted', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open();
    const classmate = await newPeerId();
    const offer = offerOf([{ name: 'kitten.png', data: randomBytes(10) }]);
    await inbox.answer(classmate, offer);
    await inbox.offers.accept(inbox.offers.find(classmate, offer.transferId)!.id);
    const swapped: Offer = { ...offer, files: [{ ...offer.files[0]!, name: 'something-else.exe' }] };
    const answer = await inbox.answer(classmate, swapped);
    assert.is(answer.decision === 'decline' && answer.reason, 'invalid');
    try {
      await inbox.open(classmate, swapped, 0);
      assert.unreachable('the swapped offer is not accepted');
    } catch (error) {
      assert.is((error as FileReceiveError).code, 'refused');
    }
  });
});

test('a transfer being received is declined "busy" when offered again meanwhile', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open();
    const teacher = await newPeerId();
    await inbox.trusted.trust(teacher);
    const offer = offerOf([{ name: 'a', data: randomBytes(100) }]);
    const incoming = await inbox.open(teacher, offer, 0);
    const answer = await inbox.answer(teacher, offer);
    assert.is(answer.decision === 'decline' && answer.reason, 'busy');
    await incoming.suspend();
    assert.is((await inbox.answer(teacher, offer)).decision, 'accept');
  });
});

test('trusting a sender whose offer waits accepts it at its next offer', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open();
    const teacher = await newPeerId();
    const offer = offerOf([{ name: 'a', data: randomBytes(100) }]);
    assert.is((await inbox.answer(teacher, offer)).decision, 'held');
    await inbox.trusted.trust(teacher);
    assert.is((await inbox.answer(teacher, offer)).decision, 'accept');
    assert.is(inbox.offers.decision(teacher, offer.transferId), 'accepted', 'no longer waiting in the child’s list');
  });
});

test('a restart keeps trust, held offers, decisions, parts and what was received', async () => {
  await withWorld(async (world) => {
    const teacher = await newPeerId();
    const classmate = await newPeerId();
    const data = [randomBytes(40_000), randomBytes(1000)];
    const fromTeacher = offerOf([{ name: 'lesson.pdf', data: data[0]! }, { name: 'done.txt', data: data[1]! }]);
    const fromClassmate = offerOf([{ name: 'joke.txt', data: randomBytes(10) }]);
    const before = await world.open();
    await before.trusted.trust(teacher, 'Ms Ana');
    const held = await before.answer(classmate, fromClassmate);
    const id = before.offers.find(classmate, fromClassmate.transferId)!.id;
    await before.offers.accept(id);
    const done = await before.open(teacher, fromTeacher, 1);
    await done.write(data[1]!);
    await done.finish();
    const cut = await before.open(teacher, fromTeacher, 0);
    await cut.write(data[0]!.subarray(0, 25_000));
    await cut.suspend();
    await before.flush();
    before.close();

    const after = await world.open();
    assert.ok(after.trusted.isTrusted(teacher));
    assert.is(after.offers.get(id)?.state, 'accepted');
    assert.is(held.decision, 'held');
    assert.is((await after.answer(classmate, fromClassmate)).decision, 'accept');
    const answer = await after.answer(teacher, fromTeacher);
    assert.equal(answer, { decision: 'accept', files: [{ index: 0, action: 'send', offset: 25_000 }, { index: 1, action: 'have' }] });
    const [path] = await deliver(after, teacher, fromTeacher, data, answer);
    assert.ok((await readFile(path!)).equals(data[0]!));
    assert.equal(await inboxFiles(world), ['done.txt', 'lesson.pdf']);
  });
});

test('answer() never throws, even when the store fails: it declines "busy"', async () => {
  await withWorld(async (world) => {
    const inbox = await world.open({ freeSpace: async () => 1e12 });
    const teacher = await newPeerId();
    await inbox.trusted.trust(teacher);
    (inbox.store as unknown as { alreadyHave: () => Promise<boolean> }).alreadyHave = async () => {
      throw new Error('disk on fire');
    };
    const answer = await inbox.answer(teacher, offerOf([{ name: 'a', data: randomBytes(10) }]));
    assert.is(answer.decision === 'decline' && answer.reason, 'busy');
  });
});

test.run();
