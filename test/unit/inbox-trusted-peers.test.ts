import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InboxError } from '../../agent/inbox/errors.js';
import { parsePeerId, TRUSTED_FILE, TrustedPeers } from '../../agent/inbox/trusted-peers.js';
import { silentLogger, type Logger } from '../../agent/logger.js';

const newPeerId = async (): Promise<string> => peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-inbox-trusted-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function assertInvalid(run: () => unknown, input: string): void {
  try {
    run();
    assert.unreachable(`${JSON.stringify(input)} must be refused`);
  } catch (error) {
    assert.instance(error, InboxError);
    assert.is((error as InboxError).code, 'invalid-peer-id');
    assert.match((error as Error).message, /is not a laptop's PeerId\. A PeerId looks like 12D3KooW/);
  }
}

test('parsePeerId: canonical PeerIds pass (spaces forgiven); anything else is a clear InboxError', async () => {
  const peer = await newPeerId();
  assert.is(parsePeerId(peer), peer);
  assert.is(parsePeerId(`  ${peer}\n`), peer);
  for (const bad of ['', '   ', 'teacher', '12D3KooW', `${peer}x`, peer.slice(0, -1), 'Qm', '/ip4/1.2.3.4/tcp/8444', 'x'.repeat(500)]) {
    assertInvalid(() => parsePeerId(bad), bad);
  }
});

test('trust, isTrusted, list, untrust; kept across a restart in trusted.json (0600)', async () => {
  await withDir(async (dir) => {
    let now = 1_700_000_000_000;
    const teacher = await newPeerId();
    const helper = await newPeerId();
    const trusted = await TrustedPeers.open({ dataDir: dir, log: silentLogger, now: () => now });
    assert.equal(trusted.list(), []);
    assert.not.ok(trusted.isTrusted(teacher));
    assert.equal(await trusted.trust(teacher, 'Ms Ana'), { peerId: teacher, nick: 'Ms Ana', trustedAt: now });
    now += 1000;
    await trusted.trust(helper);
    assert.ok(trusted.isTrusted(teacher));
    assert.ok(trusted.isTrusted(helper));
    assert.not.ok(trusted.isTrusted('not even a peer id'), 'isTrusted never throws');
    assert.is((await stat(join(dir, TRUSTED_FILE))).mode & 0o777, 0o600);

    const again = await TrustedPeers.open({ dataDir: dir, log: silentLogger });
    assert.equal(again.list(), [
      { peerId: teacher, nick: 'Ms Ana', trustedAt: 1_700_000_000_000 },
      { peerId: helper, trustedAt: 1_700_000_001_000 },
    ]);
    assert.is(await again.untrust(helper), true);
    assert.is(await again.untrust(helper), false, 'not trusted any more');
    assert.equal((await TrustedPeers.open({ dataDir: dir, log: silentLogger })).list().map((p) => p.peerId), [teacher]);
  });
});

test('trusting again keeps the first date, takes a new nick, keeps the old one when none is given', async () => {
  await withDir(async (dir) => {
    let now = 1000;
    const peer = await newPeerId();
    const trusted = await TrustedPeers.open({ dataDir: dir, log: silentLogger, now: () => now });
    await trusted.trust(peer, 'Ana');
    now = 2000;
    assert.equal(await trusted.trust(peer), { peerId: peer, nick: 'Ana', trustedAt: 1000 });
    assert.equal(await trusted.trust(peer, 'Ms\u0000 Ana\u202e'), { peerId: peer, nick: 'Ms  Ana', trustedAt: 1000 }, 'nicks are cleaned');
    assert.equal(trusted.list().length, 1);
  });
});

test('trust and untrust refuse what is not a PeerId, and change nothing', async () => {
  await withDir(async (dir) => {
    const trusted = await TrustedPeers.open({ dataDir: dir, log: silentLogger });
    for (const run of [() => trusted.trust('Maria'), () => trusted.untrust('Maria')]) {
      try {
        await run();
        assert.unreachable('must refuse');
      } catch (error) {
        assert.instance(error, InboxError);
        assert.is((error as InboxError).code, 'invalid-peer-id');
      }
    }
    assert.equal(trusted.list(), []);
  });
});

test('a damaged trusted.json starts empty and says so; damaged entries are skipped', async () => {
  await withDir(async (dir) => {
    const warnings: string[] = [];
    const log: Logger = { ...silentLogger, warn: (message) => warnings.push(message) };
    await writeFile(join(dir, TRUSTED_FILE), '{"version":1,"peers":[');
    assert.equal((await TrustedPeers.open({ dataDir: dir, log })).list(), []);
    assert.match(warnings.join('\n'), /is damaged/);
    const peer = await newPeerId();
    await writeFile(join(dir, TRUSTED_FILE), JSON.stringify({ version: 1, peers: [{ peerId: 'evil', trustedAt: 1 }, { peerId: peer, trustedAt: 2 }, 'junk'] }));
    assert.equal((await TrustedPeers.open({ dataDir: dir, log })).list(), [{ peerId: peer, trustedAt: 2 }]);
    assert.match(await readFile(join(dir, TRUSTED_FILE), 'utf8'), /evil/, 'the file is not rewritten just by reading it');
  });
});

test.run();
