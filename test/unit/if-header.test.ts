import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { listHolds, parseIfHeader, submittedTokens } from '../../web/dav/if-header.js';
import { assertRefused } from '../helpers/assert-http-error.js';

test('untagged token and etag lists', () => {
  const lists = parseIfHeader('(<urn:uuid:a> ["x-1"]) (Not <DAV:no-lock> ["x-1"])');
  assert.is(lists.length, 2);
  assert.equal(lists[0], { resource: null, conditions: [{ not: false, kind: 'token', token: 'urn:uuid:a' }, { not: false, kind: 'etag', etag: '"x-1"' }] });
  assert.equal(lists[1]!.conditions[0], { not: true, kind: 'token', token: 'DAV:no-lock' });
  assert.equal([...submittedTokens(lists)], ['urn:uuid:a']);
});

test('tagged lists keep their resource', () => {
  const lists = parseIfHeader('<https://h/a/b> (<urn:uuid:1>) <https://h/c> (["e"])');
  assert.equal(lists.map((l) => l.resource), ['https://h/a/b', 'https://h/c']);
});

test('evaluation: every condition of one list must hold', () => {
  const state = { etag: '"e"', lockTokens: new Set(['urn:uuid:a']) };
  const [list] = parseIfHeader('(<urn:uuid:a> ["e"])');
  assert.ok(listHolds(list!, state));
  assert.not.ok(listHolds(parseIfHeader('(<urn:uuid:a> ["other"])')[0]!, state));
  assert.ok(listHolds(parseIfHeader('(Not <DAV:no-lock>)')[0]!, state));
  assert.not.ok(listHolds(parseIfHeader('(["e"])')[0]!, { etag: null, lockTokens: new Set() }));
});

for (const bad of ['', 'garbage', '(<a>', '(', '()', '(["unquoted])', '<http://x>', '(<a>) <http://x> (<b>)', '(Nope <a>)']) {
  test(`refuses ${JSON.stringify(bad)} with 400`, () => {
    assertRefused(() => parseIfHeader(bad), 400);
  });
}

test.run();
