import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseRange } from '../../web/dav/range.js';

test('single ranges', () => {
  assert.equal(parseRange('bytes=0-9', 100), { start: 0, end: 9 });
  assert.equal(parseRange('bytes=90-', 100), { start: 90, end: 99 });
  assert.equal(parseRange('bytes=-10', 100), { start: 90, end: 99 });
  assert.equal(parseRange('bytes=-1000', 100), { start: 0, end: 99 });
  assert.equal(parseRange('bytes=50-5000', 100), { start: 50, end: 99 });
});

test('unsatisfiable ranges', () => {
  assert.is(parseRange('bytes=100-', 100), 'unsatisfiable');
  assert.is(parseRange('bytes=-0', 100), 'unsatisfiable');
  assert.is(parseRange('bytes=0-', 0), 'unsatisfiable');
});

test('ignored: absent, other units, malformed, several ranges', () => {
  for (const header of [undefined, 'items=0-1', 'bytes=', 'bytes=a-b', 'bytes=5-1', 'bytes=0-1,5-6', 'bytes=-']) assert.is(parseRange(header, 100), null, String(header));
});

test.run();
