import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { prefersHtml } from '../../web/browser/negotiate.js';

// Accept headers as real clients send them on a top-level navigation or a plain GET.
const BROWSERS: Record<string, string> = {
  'Chromium 120+': 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
  'Firefox 66-91': 'text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8',
  'Firefox 92-127': 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
  'Firefox 128+': 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  Safari: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'Sugar Browse (WebKitGTK)': 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'Firefox 3-65 (Gecko Browse on old XO builds)': 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  w3m: 'text/html, text/*;q=0.5, image/*',
};

const NOT_BROWSERS: Record<string, string | undefined> = {
  curl: '*/*',
  wget: '*/*',
  'cadaver / neon (sends no Accept; measured)': undefined,
  'davfs2 (neon, no Accept)': undefined,
  'rclone (Go net/http, no Accept)': undefined,
  'gvfs (libsoup, no Accept)': undefined,
  'gvfs asking for anything': '*/*',
  'a WebDAV client asking for XML': 'text/xml',
  'XML first': 'application/xml, text/xml;q=0.9, */*;q=0.1',
  empty: '',
  'Chromium image request': 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8',
  'Chromium fetch()': '*/*',
  'python requests': '*/*',
};

for (const [name, accept] of Object.entries(BROWSERS)) {
  test(`a browser wants the page: ${name}`, () => {
    assert.is(prefersHtml(accept), true);
  });
}

for (const [name, accept] of Object.entries(NOT_BROWSERS)) {
  test(`not a page request: ${name}`, () => {
    assert.is(prefersHtml(accept), false);
  });
}

test('a browser that ranks */* level with HTML (Internet Explorer 11) gets the WebDAV answer', () => {
  assert.is(prefersHtml('text/html, application/xhtml+xml, image/jxr, */*'), false);
});

test('HTML must rank strictly above */*', () => {
  assert.is(prefersHtml('text/html, */*'), false);
  assert.is(prefersHtml('text/html;q=0.8, */*;q=0.8'), false);
  assert.is(prefersHtml('text/html;q=0.9, */*;q=0.8'), true);
  assert.is(prefersHtml('*/*;q=0.9, text/html'), true);
});

test('HTML must rank strictly above every other non-image type', () => {
  assert.is(prefersHtml('text/html, text/xml'), false);
  assert.is(prefersHtml('text/html, text/*'), false);
  assert.is(prefersHtml('text/html, text/plain;q=0.9'), true);
  assert.is(prefersHtml('application/xml, text/html;q=0.9'), false);
});

test('image types may tie with HTML but not beat it', () => {
  assert.is(prefersHtml('text/html, image/webp'), true);
  assert.is(prefersHtml('text/html;q=0.5, image/webp'), false);
});

test('xhtml counts as HTML', () => {
  assert.is(prefersHtml('application/xhtml+xml'), true);
  assert.is(prefersHtml('application/xhtml+xml;q=0.9, text/html;q=0.1, */*;q=0.5'), true);
});

test('q=0 means "not acceptable"', () => {
  assert.is(prefersHtml('text/html;q=0'), false);
  assert.is(prefersHtml('text/html;q=0, */*'), false);
});

test('case, spaces and media type parameters do not matter', () => {
  assert.is(prefersHtml('  TEXT/HTML ; charset=UTF-8 ; Q=1 ,  */* ; q=0.1'), true);
  assert.is(prefersHtml('text/html;level=1;q=0.9, */*;q=0.2'), true);
});

test('malformed ranges and q-values are ignored rather than trusted', () => {
  assert.is(prefersHtml('text/html;q=2'), false);
  assert.is(prefersHtml('text/html;q=abc, */*;q=0.1'), false);
  assert.is(prefersHtml('html, */*'), false);
  assert.is(prefersHtml(',,,'), false);
  assert.is(prefersHtml('text/html;q=0.5, garbage;q=0.9'), true);
});

test.run();
