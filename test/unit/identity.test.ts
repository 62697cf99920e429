import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../../agent/node20.js';
import { IdentityError, loadOrCreateIdentity, PEER_KEY_FILE } from '../../agent/identity.js';
import { silentLogger } from '../../agent/logger.js';

test('the first start makes an Ed25519 key (0600); later starts keep the same PeerId', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-identity-'));
  try {
    const first = await loadOrCreateIdentity(dir, silentLogger);
    assert.is(first.created, true);
    assert.match(first.peerId, /^12D3KooW[1-9A-HJ-NP-Za-km-z]{44}$/);
    assert.is((await stat(join(dir, PEER_KEY_FILE))).mode & 0o777, 0o600);
    const second = await loadOrCreateIdentity(dir, silentLogger);
    assert.is(second.created, false);
    assert.is(second.peerId, first.peerId);
    assert.is(second.privateKey.type, 'Ed25519');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a damaged key is refused with what to do, and left in place', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-identity-'));
  try {
    for (const damage of ['not base64 at all!', 'AAAA', '']) {
      await writeFile(join(dir, PEER_KEY_FILE), damage);
      try {
        await loadOrCreateIdentity(dir, silentLogger);
        assert.unreachable('a damaged key must not load');
      } catch (error) {
        assert.instance(error, IdentityError);
        assert.match((error as Error).message, /is damaged.*move the file away/);
      }
      assert.is(await readFile(join(dir, PEER_KEY_FILE), 'utf8'), damage, 'the damaged file is kept for the user to look at');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
