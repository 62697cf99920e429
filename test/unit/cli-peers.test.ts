import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { describeKind, describePresence, formatPeers, NOBODY_AROUND } from '../../agent/commands/peers.js';

const NOW = 1_700_000_000;

test('nobody around says what to expect', () => {
  assert.is(formatPeers([], NOW), NOBODY_AROUND);
});

test('a table of who is here and who is gone', () => {
  const text = formatPeers(
    [
      { id: 'P1', peer_id: 'P1', nick: 'Ana', sources: ['webdavs', 'presence'], addresses: ['169.254.3.4'], share_url: 'https://xo-ana.local:8443/', online: true, last_seen: NOW },
      { id: 'presence:x', nick: 'Pablo', sources: ['presence'], addresses: [], online: false, last_seen: NOW - 300 },
    ],
    NOW,
  );
  const lines = text.split('\n');
  assert.match(lines[0]!, /^Name\s+Runs\s+Here\s+Address\s+Share$/);
  assert.match(lines[1]!, /^Ana\s+mesh-share, Sugar\s+here\s+169\.254\.3\.4\s+https:\/\/xo-ana\.local:8443\/$/);
  assert.match(lines[2]!, /^Pablo\s+Sugar buddy\s+gone 5 min ago\s+—\s+—$/);
  assert.is(lines.at(-1), '1 here, 1 gone.');
});

test('kinds and presence in words', () => {
  assert.is(describeKind({ sources: ['libp2p'], peer_id: 'P' }), 'mesh-share');
  assert.is(describeKind({ sources: ['webdavs'] }), 'WebDAV share');
  assert.is(describeKind({ sources: ['libp2p'] }), 'libp2p');
  assert.is(describePresence({ online: true, status: 'away' }, NOW), 'here (away)');
  assert.is(describePresence({ online: false, last_seen: NOW - 10 }, NOW), 'gone just now');
});

test.run();
