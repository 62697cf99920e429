/**
 * What share-url, revoke and links read and print: durations such as `2h`,
 * the links MakeShareUrls made, and ListTickets as a table. Pure: values
 * in, text out, so it is unit-tested without a bus or an agent.
 */
import type { PlainDict, PlainValue } from '../dbus-client.js';
import { formatDuration, formatTable, formatTimestamp, toNumber } from './format.js';

/** The longest a link may last (MKTICKET's limit too): 2^32 - 1 seconds, about 136 years. */
export const MAX_DURATION_SECONDS = 4_294_967_295;

const UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(s|secs?|seconds?)$/, 1],
  [/^(m|mins?|minutes?)$/, 60],
  [/^(h|hrs?|hours?)$/, 3_600],
  [/^(d|days?)$/, 86_400],
  [/^(w|weeks?)$/, 604_800],
];

/**
 * `--expires`: `30m`, `2h`, `3d`, `1w`, `90s`, combined (`1h30m`) or in
 * words (`2 hours`); `never` for no end. Seconds, or null for never; an
 * error sentence when it is not a duration.
 */
export function parseDuration(text: string): { seconds: number | null } | { error: string } {
  const value = text.trim().toLowerCase();
  if (value === 'never' || value === 'infinity') return { seconds: null };
  const bad = { error: `"${text}" is not a duration; write it like 30m, 2h, 3d or 1w (minutes, hours, days, weeks), or never.` };
  if (value === '' || !/^(\s*\d+\s*[a-z]+)+$/.test(value)) {
    if (/^\d+$/.test(value)) return { error: `give a unit with ${value}: ${value}m, ${value}h or ${value}d (minutes, hours, days).` };
    return bad;
  }
  let seconds = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+)\s*([a-z]+)/g)) {
    const size = UNITS.find(([pattern]) => pattern.test(unit!))?.[1];
    if (size === undefined) return bad;
    seconds += Number(amount) * size;
    if (!Number.isSafeInteger(seconds)) return { error: `${text} is longer than a link may last (about 136 years).` };
  }
  if (seconds < 1) return { error: 'a link must last at least one second; leave --expires out for a link that never ends.' };
  if (seconds > MAX_DURATION_SECONDS) return { error: `${text} is longer than a link may last (about 136 years); leave --expires out for a link that never ends.` };
  return { seconds };
}

/** `--visits`: a whole number from 1 to a billion; an error sentence otherwise. */
export function parseVisits(text: string): { visits: number } | { error: string } {
  const value = text.trim();
  if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > 1_000_000_000) {
    return { error: `--visits takes how many times each link may be used: a whole number from 1 to 1000000000, not "${text}".` };
  }
  return { visits: Number(value) };
}

function text(value: PlainValue | undefined): string {
  return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}

function strings(value: PlainValue | undefined): string[] {
  return Array.isArray(value) ? value.map((item) => text(item)) : [];
}

/** The other address forms worth showing: not the main one, not loopback (unless that is all there is, and then it is the main one). */
function otherAddresses(main: string, all: readonly string[]): string[] {
  return all.filter((url) => url !== main && url !== '' && !/\/\/(127\.|\[::1\]|localhost[:/])/.test(url));
}

/** When a link ends, for people: `never`, or the time and how long from now. */
export function describeExpiry(expiresAt: PlainValue | undefined, nowMs: number): string {
  const seconds = toNumber(expiresAt);
  if (seconds === undefined || seconds <= 0) return 'never';
  const left = seconds - Math.floor(nowMs / 1000);
  return left <= 0 ? `${formatTimestamp(seconds)} (ended)` : `${formatTimestamp(seconds)} (in ${formatDuration(left)})`;
}

/** MakeShareUrls' answer for people: each link with what it allows, the other address forms, when they end, how to end one. */
export function formatMadeLinks(links: PlainDict, nowMs: number): string {
  const path = text(links.path) || '/';
  const lines: string[] = [];
  const block = (title: string, url: string, urls: readonly string[]): void => {
    lines.push(title, `  ${url}`);
    const others = otherAddresses(url, urls);
    if (others.length > 0) lines.push(`  also ${others.join('\n       ')}`);
  };
  const readOnly = text(links.read_only);
  block(`Read-only link to ${path} (anyone with it can look and download, and change nothing):`, readOnly, strings(links.read_only_urls));
  const readWrite = text(links.read_write);
  if (readWrite !== '') {
    lines.push('');
    block(`Read-write link to ${path} (anyone with it can also upload, change and delete files there):`, readWrite, strings(links.read_write_urls));
  }
  lines.push('');
  const expiry = describeExpiry(links.expires_at, nowMs);
  const both = readWrite !== '';
  const ends = expiry === 'never' ? `${both ? 'They never expire' : 'It never expires'}` : `${both ? 'They expire' : 'It expires'} at ${expiry}`;
  const visits = toNumber(links.visits_left);
  const limit = visits === undefined || visits < 0 ? '' : `; ${both ? 'each works' : 'it works'} for ${visits} ${visits === 1 ? 'request' : 'requests'} (every page or file opened counts)`;
  lines.push(`${ends}${limit}. No password is needed: share ${both ? 'them' : 'it'} only with the people meant to use ${both ? 'them' : 'it'}.`);
  lines.push(`End a link with: mesh-share revoke URL   ('mesh-share links' lists them)`);
  return lines.join('\n');
}

export const NO_LINKS = 'There are no shared links. Make one with: mesh-share share-url PATH';

/** ListTickets as a table: path, what it allows, when it expires, visits left, URL. */
export function formatLinks(tickets: readonly PlainDict[], nowMs: number): string {
  if (tickets.length === 0) return NO_LINKS;
  const rows = tickets.map((ticket) => {
    const state = text(ticket.state);
    const visits = toNumber(ticket.visits_left);
    const expires = state === 'expired' ? 'expired' : describeExpiry(ticket.expires_at, nowMs);
    return [
      text(ticket.path) || '/',
      text(ticket.privilege) === 'write' ? 'read-write' : 'read-only',
      expires,
      state === 'used-up' ? 'used up' : visits === undefined || visits < 0 ? 'no limit' : String(visits),
      text(ticket.url),
    ];
  });
  const live = tickets.filter((ticket) => text(ticket.state) === 'live').length;
  const ended = tickets.length - live;
  const summary = `${live} ${live === 1 ? 'link works' : 'links work'}${ended > 0 ? `, ${ended} ended (kept for a day so late visitors are told why)` : ''}. End one with: mesh-share revoke URL`;
  return `${formatTable(['Path', 'Allows', 'Expires', 'Visits left', 'URL'], rows)}\n\n${summary}`;
}
