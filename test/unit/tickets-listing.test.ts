/** The folder page for someone who came by a shared link: the ticket on every link, no links above its folder, forms only when they may add. Pure. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderListing, type ListingEntry } from '../../web/browser/listing-page.js';

const entries: ListingEntry[] = [
  { name: 'notes & more.txt', isCollection: false, size: 10n, mtimeMs: 0, contentType: 'text/plain' },
  { name: 'Photos', isCollection: true, size: 0n, mtimeMs: 0, contentType: '' },
];
const links = (page: string): string[] =>
  [...page.matchAll(/(?:href|action)="([^"]+)"/g)].map((m) => m[1]!.replace(/&#38;/g, '&')).filter((href) => !href.startsWith('#'));

test('a read-only link: every link and the page keep the ticket, nothing links above the ticket\'s folder, no forms', () => {
  const page = renderListing({ segments: ['Class', '4A'], entries, linkQuery: 'ticket=abc_-123', top: 2, canUpload: false, who: 'Opened with a shared link (you can look and download)' });
  const found = links(page);
  assert.equal(found.sort(), ['/Class/4A/Photos/?ticket=abc_-123', '/Class/4A/notes%20%26%20more.txt?download=1&ticket=abc_-123', '/Class/4A/notes%20%26%20more.txt?ticket=abc_-123'].sort());
  assert.not.match(page, /<form/);
  assert.not.match(page, /Up to/);
  assert.match(page, /<li>Share<\/li><li><bdi>Class<\/bdi><\/li><li aria-current="page"><bdi>4A<\/bdi><\/li>/);
  assert.match(page, /<span class="who">Opened with a shared link \(you can look and download\)<\/span>/);
  assert.match(page, /This folder is empty for now\.|notes/);
});

test('a read-write link one level deeper: up and breadcrumb links stay inside, forms post with the ticket', () => {
  const page = renderListing({ segments: ['Class', '4A', 'Photos'], entries: [], linkQuery: 'ticket=t', top: 2, canUpload: true });
  const found = links(page);
  assert.ok(found.includes('/Class/4A/?ticket=t'));
  assert.is(found.filter((href) => href === '/Class/4A/Photos/?ticket=t').length, 2, 'both forms');
  assert.not.ok(found.some((href) => href.startsWith('/?') || href.startsWith('/Class/?')));
  assert.match(page, /Add files with the form below/);
});

test('without a ticket the page is as before', () => {
  const page = renderListing({ segments: ['Class'], entries, user: 'ana' });
  assert.ok(links(page).includes('/Class/notes%20%26%20more.txt?download=1'));
  assert.ok(links(page).includes('/'));
  assert.match(page, /<form/);
  assert.match(page, /Signed in as <bdi>ana<\/bdi>/);
  const readOnly = renderListing({ segments: [], entries: [], canUpload: false });
  assert.match(readOnly, /<p class="empty">This folder is empty for now\.<\/p>/);
});

test.run();
