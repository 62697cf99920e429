import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeHtml, formatModified, formatSize, renderListing, sortEntries, type ListingEntry } from '../../web/browser/listing-page.js';

const file = (name: string, size = 10n, contentType = 'text/plain'): ListingEntry => ({ name, isCollection: false, size, mtimeMs: Date.UTC(2026, 10, 22, 14, 5, 33), contentType });
const folder = (name: string): ListingEntry => ({ name, isCollection: true, size: 4096n, mtimeMs: Date.UTC(2026, 0, 2, 3, 4), contentType: '' });

/** The page with everything inside tags and comments removed, i.e. what can end up as markup. */
const tagsOf = (html: string): string[] => html.match(/<[^>]*>/g) ?? [];

test('escapeHtml escapes the five characters that matter', () => {
  assert.is(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`), '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;amp;&#60;/a&#62;');
});

test('formatSize: bytes, then SI units with one decimal below 100', () => {
  assert.is(formatSize(0n), '0 bytes');
  assert.is(formatSize(1n), '1 byte');
  assert.is(formatSize(999n), '999 bytes');
  assert.is(formatSize(1000n), '1.0 kB');
  assert.is(formatSize(1234n), '1.2 kB');
  assert.is(formatSize(1_200_000n), '1.2 MB');
  assert.is(formatSize(12_345_678n), '12.3 MB');
  assert.is(formatSize(123_456_789n), '123 MB');
  assert.is(formatSize(999_960n), '1.0 MB');
  assert.is(formatSize(999_499n), '999 kB');
  assert.is(formatSize(4_700_000_000n), '4.7 GB');
  assert.is(formatSize(2n ** 62n), '4.6 EB');
});

test('formatModified is ISO-like and marked UTC', () => {
  assert.is(formatModified(Date.UTC(2026, 10, 22, 14, 5, 59)), '2026-11-22 14:05 UTC');
  assert.is(formatModified(Number.NaN), '—');
  assert.is(formatModified(1e20), '—');
});

test('sorting: folders first, then files, each by name with numbers in numeric order', () => {
  const sorted = sortEntries([file('photo 10.jpg'), folder('b'), file('photo 2.jpg'), folder('A'), file('Photo 1.jpg'), folder('a10'), folder('a9')]);
  assert.equal(sorted.map((e) => e.name), ['A', 'a9', 'a10', 'b', 'Photo 1.jpg', 'photo 2.jpg', 'photo 10.jpg']);
});

test('hostile names are escaped everywhere and links are percent-encoded', () => {
  const evil = `<script>alert("x")</script>&'`;
  const html = renderListing({
    segments: ['<b>"q"</b>', evil],
    entries: [file(evil), folder(`"><img src=x onerror=alert(1)>`), file('a&b <c> "d" \'e\'.txt')],
    user: '<i>eve</i>',
    notice: { kind: 'error', text: '<b>boom</b> & "quotes"' },
  });
  assert.not.match(html, '<script>');
  assert.not.match(html, '<img');
  assert.not.match(html, '<b>');
  assert.not.match(html, '<i>');
  assert.match(html, '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;&#39;');
  assert.match(html, '&#60;b&#62;boom&#60;/b&#62; &#38; &#34;quotes&#34;');
  // Every href is a percent-encoded path: no quote, angle bracket or space can break out of it.
  for (const tag of tagsOf(html)) {
    const href = /href="([^"]*)"/.exec(tag)?.[1];
    if (href === undefined || href.startsWith('#')) continue;
    assert.match(href, /^\/[A-Za-z0-9%\-._~/]*(\?download=1)?$/, `unexpected href ${href}`);
  }
  assert.match(html, `href="/%3Cb%3E%22q%22%3C%2Fb%3E/%3Cscript%3Ealert%28%22x%22%29%3C%2Fscript%3E%26%27/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E/"`);
});

test('right-to-left and bidi-control names are isolated', () => {
  const rtl = 'שלום\u202Egpj.exe';
  const html = renderListing({ segments: [], entries: [file(rtl)] });
  assert.match(html, `<bdi>${rtl}</bdi>`);
});

test('breadcrumbs: root named Share, each ancestor a link, the current folder not', () => {
  const html = renderListing({ segments: ['Class 4', 'Art & Music', 'día 1'], entries: [] });
  const nav = /<nav class="crumbs"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? '';
  assert.match(nav, '<li><a href="/">Share</a></li>');
  assert.match(nav, '<li><a href="/Class%204/"><bdi>Class 4</bdi></a></li>');
  assert.match(nav, '<li><a href="/Class%204/Art%20%26%20Music/"><bdi>Art &#38; Music</bdi></a></li>');
  assert.match(nav, '<li aria-current="page"><bdi>día 1</bdi></li>');
  assert.not.match(nav, 'd%C3%ADa');
  assert.match(html, '<title>día 1 — Share</title>');
  assert.match(html, '<a href="/Class%204/Art%20%26%20Music/" rel="up">&#8593; Up to <bdi>Art &#38; Music</bdi></a>');
});

test('the root has no parent link and no trail, and is titled Share', () => {
  const html = renderListing({ segments: [], entries: [file('a.txt')] });
  assert.match(html, '<title>Share</title>');
  assert.not.match(html, 'rel="up"');
  // The heading already says "Share"; a one-item trail would only repeat it.
  assert.not.match(html, 'class="crumbs"');
  assert.match(html, '<h1>Share</h1>');
});

test('rows: name link, size, date, type, download link; folders get a dash and "Folder"', () => {
  const html = renderListing({ segments: ['docs'], entries: [file('report 2.pdf', 1_234_567n, 'application/pdf'), folder('old stuff')] });
  const rows = html.match(/<tr class="(?:file|folder)">.*?<\/tr>/g) ?? [];
  assert.is(rows.length, 2);
  const [dir, doc] = rows as [string, string];
  assert.match(dir, 'href="/docs/old%20stuff/"');
  assert.match(dir, '>—<');
  assert.match(dir, '<td class="c-type">Folder</td>');
  assert.not.match(dir, 'download=1');
  assert.match(doc, 'href="/docs/report%202.pdf"');
  assert.match(doc, '<td class="c-size">1.2 MB</td>');
  assert.match(doc, '<time datetime="2026-11-22T14:05:33.000Z">2026-11-22 14:05 UTC</time>');
  assert.match(doc, '<td class="c-type"><span title="application/pdf">application/pdf</span></td>');
  assert.match(doc, 'href="/docs/report%202.pdf?download=1"');
  assert.match(html, '<p class="counts">1 folder, 1 file</p>');
});

test('an empty folder says so kindly and still offers the forms', () => {
  const html = renderListing({ segments: ['empty'], entries: [] });
  assert.match(html, 'This folder is empty');
  assert.not.match(html, '<table');
  assert.match(html, '<form class="panel" method="post" action="/empty/" enctype="multipart/form-data">');
});

test('upload and new-folder forms work without JavaScript', () => {
  const html = renderListing({ segments: ['a b'], entries: [], maxUploadBytes: 2_000_000_000 });
  assert.match(html, /<input type="file" id="file" name="file" multiple[^>]*>/);
  assert.match(html, /<button type="submit">Upload<\/button>/);
  assert.match(html, /<input type="text" id="mkdir" name="mkdir"[^>]*>/);
  assert.match(html, 'action="/a%20b/"');
  assert.match(html, 'up to 2.0 GB');
  assert.not.match(html, '<script');
  assert.not.match(html, /(?:src|href)="(?:https?:)?\/\//);
});

test('document basics: doctype, lang, charset, viewport, signed-in user, notices', () => {
  const html = renderListing({ segments: [], entries: [], user: 'amal', notice: { kind: 'ok', text: 'Saved “x”.' } });
  assert.ok(html.startsWith('<!doctype html>\n<html lang="en">'));
  assert.match(html, '<meta charset="utf-8">');
  assert.match(html, '<meta name="viewport"');
  assert.match(html, 'Signed in as <bdi>amal</bdi>');
  assert.match(html, '<p class="notice ok" role="status">Saved “x”.</p>');
  const error = renderListing({ segments: [], entries: [], notice: { kind: 'error', text: 'No.' } });
  assert.match(error, '<p class="notice error" role="alert">No.</p>');
});

test.run();
