import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LockManager, MAX_LOCK_SECONDS, parseTimeout } from '../../web/dav/locks.js';

const base = { rootHref: '/x', owner: '', principal: 'user:a', timeoutSeconds: 60 };

test('timeouts are parsed and capped', () => {
  assert.is(parseTimeout('Second-30'), 30);
  assert.is(parseTimeout('Infinite, Second-4100000000'), MAX_LOCK_SECONDS);
  assert.is(parseTimeout('Second-99999999'), MAX_LOCK_SECONDS);
  assert.is(parseTimeout('bogus'), 3600);
});

test('depth infinity covers members; depth 0 does not', () => {
  const locks = new LockManager();
  locks.create({ ...base, root: 'a', scope: 'exclusive', depth: 'infinity' });
  locks.create({ ...base, root: 'b', scope: 'exclusive', depth: 0 });
  assert.is(locks.covering('a/x/y').length, 1);
  assert.is(locks.covering('b/x').length, 0);
  assert.is(locks.covering('b').length, 1);
});

test('conflicts: exclusive vs anything, shared vs shared is fine', () => {
  const locks = new LockManager();
  locks.create({ ...base, root: 'a/f', scope: 'shared', depth: 0 });
  assert.is(locks.conflicts('a/f', 'shared', 0).length, 0);
  assert.is(locks.conflicts('a/f', 'exclusive', 0).length, 1);
  assert.is(locks.conflicts('a', 'exclusive', 'infinity').length, 1, 'a depth-infinity lock on the parent meets the member lock');
  assert.is(locks.conflicts('a', 'exclusive', 0).length, 0);
});

test('locks expire without any timer', () => {
  let now = 1000;
  const locks = new LockManager(() => now);
  const lock = locks.create({ ...base, root: 'a', scope: 'exclusive', depth: 0 });
  assert.ok(locks.get(lock.token));
  now += 61_000;
  assert.is(locks.get(lock.token), undefined);
});

test.run();
