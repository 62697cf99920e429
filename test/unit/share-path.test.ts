import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hrefFor, isWithin, parseSharePath } from '../../web/dav/share-path.js';
import { assertRefused } from '../helpers/assert-http-error.js';

test('decodes segments and remembers the trailing slash', () => {
  assert.equal(parseSharePath('/a%20b/c%C3%A9/'), { segments: ['a b', 'cé'], trailingSlash: true });
  assert.equal(parseSharePath('//x//y'), { segments: ['x', 'y'], trailingSlash: false });
  assert.equal(parseSharePath('/'), { segments: [], trailingSlash: true });
});

for (const hostile of ['/%zz', '/a/../b', '/..', '/%2e%2e/etc', '/a%2f..%2f..', '/a%5cb', '/a%00b', '/.', '/%ED%A0%80', `/${'x'.repeat(256)}`]) {
  test(`refuses ${hostile.slice(0, 40)}`, () => {
    assertRefused(() => parseSharePath(hostile), 400);
  });
}

test('hrefs round-trip through the parser', () => {
  const names = ['a b', 'ç#?%&', "it's (1)", '日本'];
  const href = hrefFor(names, true);
  assert.ok(href.endsWith('/'));
  assert.not.match(href, /[ #?']/);
  assert.equal(parseSharePath(href).segments, names);
});

test('isWithin', () => {
  assert.ok(isWithin('a/b', 'a'));
  assert.ok(isWithin('a', 'a'));
  assert.ok(isWithin('a', ''));
  assert.not.ok(isWithin('ab', 'a'));
});

test.run();
