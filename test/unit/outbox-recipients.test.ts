import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { silentLogger, type Logger } from '../../agent/logger.js';
import { GroupError, Groups, GROUPS_FILE } from '../../agent/outbox/groups.js';
import { resolveRecipients, type KnownPeer, type Resolution, type ResolveContext } from '../../agent/outbox/recipients.js';

const newPeerId = async (): Promise<string> => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();

const [SELF, ANA, BO, ANA2, CHEN, GONE, NEVER_SEEN] = await Promise.all(Array.from({ length: 7 }, newPeerId));

const PEERS: KnownPeer[] = [
  { peerId: ANA, nick: 'Ana', online: true, sources: ['webdavs', 'presence', 'libp2p'] },
  { peerId: BO, nick: 'Bo', online: true, sources: ['libp2p'] },
  { peerId: CHEN, nick: 'Chén', online: true, sources: ['webdavs'] },
  { peerId: GONE, nick: 'Pablo', online: false, sources: ['webdavs'] },
  // A Sugar buddy without mesh-share: no PeerId, presence only.
  { nick: 'Maria', online: true, sources: ['presence'] },
];

function context(over: Partial<ResolveContext> = {}): ResolveContext {
  return { peers: PEERS, groups: new Map(), selfPeerId: SELF!, ...over };
}

function ids(result: Resolution): string[] {
  if (!result.ok) assert.unreachable(`expected recipients, got ${JSON.stringify(result.errors)}`);
  return (result as Extract<Resolution, { ok: true }>).recipients.map((r) => r.peerId);
}

function errors(result: Resolution): Extract<Resolution, { ok: false }>['errors'] {
  if (result.ok) assert.unreachable(`expected an error, got ${JSON.stringify(result.recipients)}`);
  return (result as Extract<Resolution, { ok: false }>).errors;
}

test("'all' is every mesh-share laptop with a PeerId, here or recently gone, never a Sugar-only buddy", () => {
  assert.equal(ids(resolveRecipients('all', context())), [ANA, BO, CHEN, GONE]);
  assert.equal(ids(resolveRecipients('ALL', context())), [ANA, BO, CHEN, GONE]);
  const none = errors(resolveRecipients('all', context({ peers: [{ nick: 'Maria', online: true, sources: ['presence'] }] })));
  assert.is(none[0]!.code, 'nobody');
  assert.match(none[0]!.message, /mesh-share peers/);
});

test('nicks are case-insensitive; lists, repeats and extra --to words are merged without duplicates', () => {
  const result = resolveRecipients(['ana, BO', 'ana', ` ${ANA} `, 'chén'], context());
  assert.equal(ids(result), [ANA, BO, CHEN]);
  assert.equal((result as Extract<Resolution, { ok: true }>).recipients[1], { peerId: BO, nick: 'Bo' });
  assert.equal(ids(resolveRecipients('Che\u0301n', context())), [CHEN], 'Unicode composition does not matter');
  assert.equal(ids(resolveRecipients('pablo', context())), [GONE], 'a gone laptop gets it when it is back');
});

test('an ambiguous nick lists the candidates with their PeerIds', () => {
  const peers = [...PEERS, { peerId: ANA2, nick: 'ana', online: false, sources: ['libp2p'] } as KnownPeer];
  const [error, ...more] = errors(resolveRecipients('Ana', context({ peers })));
  assert.is(more.length, 0);
  assert.is(error!.code, 'ambiguous');
  assert.equal(error!.candidates!.map((c) => c.peerId), [ANA, ANA2]);
  assert.ok(error!.message.includes(ANA!) && error!.message.includes(ANA2!), error!.message);
  assert.match(error!.message, /Give the PeerId/);
  // The PeerId settles it.
  assert.equal(ids(resolveRecipients(ANA2!, context({ peers }))), [ANA2]);
});

test('a PeerId is taken even when the laptop is not in the list', () => {
  const result = resolveRecipients(NEVER_SEEN!, context());
  assert.equal(ids(result), [NEVER_SEEN]);
  assert.is((result as Extract<Resolution, { ok: true }>).recipients[0]!.nick, '');
  assert.is(errors(resolveRecipients('12D3KooWnotReallyAPeerId', context()))[0]!.code, 'unknown');
});

test('unknown names and Sugar-only buddies are errors that say what to do, all reported at once', () => {
  const errs = errors(resolveRecipients('Ana,Zoe,Maria,Bob', context()));
  assert.equal(errs.map((e) => [e.code, e.input]), [['unknown', 'Zoe'], ['not-mesh-share', 'Maria'], ['unknown', 'Bob']]);
  assert.is(errs[0]!.message, "No laptop called 'Zoe' is in the list; 'mesh-share peers' shows who is here.");
  assert.match(errs[1]!.message, /does not run mesh-share/);
  assert.is(errors(resolveRecipients(' , ', context()))[0]!.code, 'empty');
  assert.is(errors(resolveRecipients([], context()))[0]!.code, 'empty');
});

test('groups: members are nicks or PeerIds; a group wins over a nick; unknown members name the group', () => {
  const groups = new Map<string, string[]>([
    ['Reading', ['ana', NEVER_SEEN!, 'Bo']],
    ['Bo', [CHEN!]],
  ]);
  assert.equal(ids(resolveRecipients('reading', context({ groups }))), [ANA, NEVER_SEEN, BO]);
  assert.equal(ids(resolveRecipients('bo', context({ groups }))), [CHEN], 'the saved group, not the laptop called Bo');
  assert.equal(ids(resolveRecipients('Reading,all', context({ groups }))), [ANA, NEVER_SEEN, BO, CHEN, GONE]);
  const broken = new Map([['club', ['Ana', 'Zoe']]]);
  const [error] = errors(resolveRecipients('club', context({ groups: broken })));
  assert.is(error!.code, 'unknown');
  assert.match(error!.message, /^In the group 'club': No laptop called 'Zoe'/);
});

test('this laptop is never a recipient, however it is named', () => {
  const peers = [...PEERS, { peerId: SELF, nick: 'Teacher', online: true, sources: ['webdavs'] } as KnownPeer];
  const groups = new Map([['everyone', [SELF!, 'Ana']]]);
  assert.equal(ids(resolveRecipients('all', context({ peers }))), [ANA, BO, CHEN, GONE]);
  assert.equal(ids(resolveRecipients(`everyone,${SELF}`, context({ peers, groups }))), [ANA]);
  const [error] = errors(resolveRecipients(SELF!, context({ peers })));
  assert.is(error!.code, 'nobody');
  assert.match(error!.message, /only this laptop/);
});

// ---- saved groups --------------------------------------------------------------------------------------

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'outbox-groups-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function groupError(promise: Promise<unknown>, code: GroupError['code']): Promise<void> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, GroupError);
    assert.is((error as GroupError).code, code, (error as Error).message);
    return;
  }
  assert.unreachable(`expected GroupError '${code}'`);
}

test('groups are saved, replaced (case-insensitively), listed, removed, and survive a restart', async () => {
  await withDir(async (dir) => {
    const groups = await Groups.open({ dataDir: dir, log: silentLogger });
    assert.equal([...groups.list()], []);
    await groups.set(' Reading club ', ['Ana', ' Bo', 'ana', '', ANA!]);
    assert.equal(groups.get('reading CLUB'), ['Ana', 'Bo', ANA]);
    await groups.set('3B', ['Chen']);
    await groups.set('READING CLUB', ['Chen', 'Dee']);
    assert.equal([...groups.list()], [['3B', ['Chen']], ['READING CLUB', ['Chen', 'Dee']]]);
    const file = join(dir, GROUPS_FILE);
    assert.is((await stat(file)).mode & 0o777, 0o600);
    const again = await Groups.open({ dataDir: dir, log: silentLogger });
    assert.equal([...again.list()], [['3B', ['Chen']], ['READING CLUB', ['Chen', 'Dee']]]);
    await again.remove('3b');
    await groupError(again.remove('3b'), 'not-found');
    assert.equal(JSON.parse(await readFile(file, 'utf8')), { version: 1, groups: { 'READING CLUB': ['Chen', 'Dee'] } });
  });
});

test('group names and members are checked', async () => {
  await withDir(async (dir) => {
    const groups = await Groups.open({ dataDir: dir, log: silentLogger });
    await groupError(groups.set('', ['Ana']), 'invalid-name');
    await groupError(groups.set('All', ['Ana']), 'invalid-name');
    await groupError(groups.set('a,b', ['Ana']), 'invalid-name');
    await groupError(groups.set(ANA!, ['Bo']), 'invalid-name');
    await groupError(groups.set('x'.repeat(65), ['Bo']), 'invalid-name');
    await groupError(groups.set('club', []), 'no-members');
    await groupError(groups.set('club', [' ', '']), 'no-members');
    await groupError(groups.set('club', ['all']), 'invalid-member');
    await groupError(groups.set('club', ['Club']), 'invalid-member');
    await groupError(groups.set('club', ['a\u0007b']), 'invalid-member');
    assert.equal([...groups.list()], []);
  });
});

test('a damaged groups file is moved aside with a warning, not fatal', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, GROUPS_FILE), '{ not json');
    const warnings: string[] = [];
    const log: Logger = { ...silentLogger, warn: (message) => void warnings.push(message) };
    const groups = await Groups.open({ dataDir: dir, log });
    assert.equal([...groups.list()], []);
    assert.is(warnings.length, 1);
    assert.is(await readFile(join(dir, `${GROUPS_FILE}.damaged`), 'utf8'), '{ not json');
    await groups.set('club', ['Ana']);
    assert.equal(groups.get('club'), ['Ana']);
  });
});

test.run();
