/** What share-url, revoke and links read and print (agent/commands/links-format.ts): durations, visits, the links made, the table. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { describeExpiry, formatLinks, formatMadeLinks, NO_LINKS, parseDuration, parseVisits } from '../../agent/commands/links-format.js';

const NOW = Date.UTC(2026, 10, 22, 14, 0, 0);
const NOW_S = NOW / 1000;

test('parseDuration: units, words, combinations, never; nonsense and bare numbers refused', () => {
  assert.equal(parseDuration('30m'), { seconds: 1800 });
  assert.equal(parseDuration('2h'), { seconds: 7200 });
  assert.equal(parseDuration('3d'), { seconds: 259_200 });
  assert.equal(parseDuration('1w'), { seconds: 604_800 });
  assert.equal(parseDuration('90s'), { seconds: 90 });
  assert.equal(parseDuration('1h30m'), { seconds: 5400 });
  assert.equal(parseDuration('2 hours'), { seconds: 7200 });
  assert.equal(parseDuration('1 day 6h'), { seconds: 108_000 });
  assert.equal(parseDuration(' 2H '), { seconds: 7200 });
  assert.equal(parseDuration('never'), { seconds: null });
  const error = (text: string): string => {
    const result = parseDuration(text);
    assert.ok('error' in result, `accepted ${text}`);
    return (result as { error: string }).error;
  };
  assert.match(error('2'), /give a unit with 2: 2m, 2h or 2d/);
  assert.match(error('soon'), /"soon" is not a duration; write it like 30m, 2h, 3d or 1w/);
  assert.match(error('2x'), /not a duration/);
  assert.match(error('-2h'), /not a duration/);
  assert.match(error(''), /not a duration/);
  assert.match(error('0h'), /at least one second/);
  assert.match(error('200000w'), /longer than a link may last/);
  assert.match(error('99999999999999999999d'), /longer than a link may last/);
});

test('parseVisits: 1 to a billion', () => {
  assert.equal(parseVisits('1'), { visits: 1 });
  assert.equal(parseVisits('25'), { visits: 25 });
  for (const bad of ['0', '-1', '1.5', 'ten', '', '1000000001']) assert.ok('error' in parseVisits(bad), bad);
});

test('describeExpiry: never, in how long, ended', () => {
  assert.is(describeExpiry(0, NOW), 'never');
  assert.is(describeExpiry(undefined, NOW), 'never');
  assert.is(describeExpiry(NOW_S + 7200, NOW), '2026-11-22 16:00 UTC (in 2 hours)');
  assert.is(describeExpiry(NOW_S - 5, NOW), '2026-11-22 13:59 UTC (ended)');
});

test('formatMadeLinks: both links with what each allows and the other addresses; loopback left out', () => {
  const text = formatMadeLinks(
    {
      path: '/Class/',
      read_only: 'https://ana-xo.local:8443/Class/?ticket=R',
      read_only_urls: ['https://ana-xo.local:8443/Class/?ticket=R', 'https://169.254.3.4:8443/Class/?ticket=R', 'https://127.0.0.1:8443/Class/?ticket=R'],
      read_write: 'https://ana-xo.local:8443/Class/?ticket=W',
      read_write_urls: ['https://ana-xo.local:8443/Class/?ticket=W', 'https://169.254.3.4:8443/Class/?ticket=W'],
      read_only_ticket: 'R',
      read_write_ticket: 'W',
      expires_at: 0,
      visits_left: -1,
    },
    NOW,
  );
  assert.is(
    text,
    [
      'Read-only link to /Class/ (anyone with it can look and download, and change nothing):',
      '  https://ana-xo.local:8443/Class/?ticket=R',
      '  also https://169.254.3.4:8443/Class/?ticket=R',
      '',
      'Read-write link to /Class/ (anyone with it can also upload, change and delete files there):',
      '  https://ana-xo.local:8443/Class/?ticket=W',
      '  also https://169.254.3.4:8443/Class/?ticket=W',
      '',
      'They never expire. No password is needed: share them only with the people meant to use them.',
      "End a link with: mesh-share revoke URL   ('mesh-share links' lists them)",
    ].join('\n'),
  );
});

test('formatMadeLinks: one read-only link with an expiry and a visit limit', () => {
  const text = formatMadeLinks({ path: '/story.odt', read_only: 'https://127.0.0.1:8443/story.odt?ticket=R', read_only_urls: ['https://127.0.0.1:8443/story.odt?ticket=R'], expires_at: NOW_S + 3 * 86_400, visits_left: 1 }, NOW);
  assert.match(text, /^Read-only link to \/story\.odt \(anyone with it can look and download, and change nothing\):\n {2}https:\/\/127\.0\.0\.1:8443\/story\.odt\?ticket=R\n\n/);
  assert.not.match(text, /also/);
  assert.not.match(text, /Read-write/);
  assert.match(text, /It expires at 2026-11-25 14:00 UTC \(in 3 days\); it works for 1 request \(every page or file opened counts\)\. No password is needed: share it only/);
});

test('formatLinks: a table with path, allows, expires, visits left, URL; ended ones say why', () => {
  const text = formatLinks(
    [
      { id: 'a', path: '/Class/', privilege: 'read', url: 'https://x/Class/?ticket=a', expires_at: 0, visits_left: -1, state: 'live' },
      { id: 'b', path: '/Class/', privilege: 'write', url: 'https://x/Class/?ticket=b', expires_at: NOW_S + 3600, visits_left: 4, state: 'live' },
      { id: 'c', path: '/old.txt', privilege: 'read', url: 'https://x/old.txt?ticket=c', expires_at: NOW_S - 60, visits_left: -1, state: 'expired' },
      { id: 'd', path: '/once.txt', privilege: 'read', url: 'https://x/once.txt?ticket=d', expires_at: 0, visits_left: 0, state: 'used-up' },
    ],
    NOW,
  );
  const lines = text.split('\n');
  assert.match(lines[0]!, /^Path\s+Allows\s+Expires\s+Visits left\s+URL$/);
  assert.match(lines[1]!, /^\/Class\/\s+read-only\s+never\s+no limit\s+https:\/\/x\/Class\/\?ticket=a$/);
  assert.match(lines[2]!, /^\/Class\/\s+read-write\s+2026-11-22 15:00 UTC \(in 1 hour\)\s+4\s+https:\/\/x\/Class\/\?ticket=b$/);
  assert.match(lines[3]!, /^\/old\.txt\s+read-only\s+expired\s+no limit\s+/);
  assert.match(lines[4]!, /^\/once\.txt\s+read-only\s+never\s+used up\s+/);
  assert.is(lines[6], '2 links work, 2 ended (kept for a day so late visitors are told why). End one with: mesh-share revoke URL');
  assert.is(formatLinks([], NOW), NO_LINKS);
});

test.run();
