/**
 * Our `_webdavs._tcp` TXT record and the reading of the records we browse.
 * Pure: DNS-SD gives services in, observations come out.
 *
 * TXT keys: `txtvers=1` first (RFC 6763 6.7), `path` and `u` as file
 * managers expect for WebDAV (RFC 6763 / Apple's registry), then keys of
 * ours so records from several sources merge into one laptop: `peer-id`,
 * `p2p-port`, `nick`, `color`, `ms-version`, and `xep0129=1` (the share records
 * owners and honours recipient lists: a file can be left here for someone
 * who is away). Never a password or a ticket:
 * the whole link reads TXT records.
 */
import type { DiscoveredService, TxtEntry } from '../dns-sd/dns-sd.js';
import type { Observation } from './observation.js';

export const WEBDAVS_TYPE = '_webdavs._tcp';
export const PRESENCE_TYPE = '_presence._tcp';

export interface ShareAnnouncement {
  user: string;
  peerId: string;
  p2pPort: number;
  nick: string;
  color: string;
  version: string;
  /** Extra keys later features add (a capability flag, for instance), after ours. */
  extra?: Record<string, string>;
}

const text = (value: string): Uint8Array => Buffer.from(value, 'utf8');

export function shareTxt(announcement: ShareAnnouncement): TxtEntry[] {
  const entries: TxtEntry[] = [
    { key: 'txtvers', value: text('1') },
    { key: 'path', value: text('/') },
    { key: 'u', value: text(announcement.user) },
    { key: 'peer-id', value: text(announcement.peerId) },
    { key: 'p2p-port', value: text(String(announcement.p2pPort)) },
    { key: 'nick', value: text(announcement.nick) },
    { key: 'color', value: text(announcement.color) },
    { key: 'ms-version', value: text(announcement.version) },
    { key: 'xep0129', value: text('1') },
  ];
  for (const [key, value] of Object.entries(announcement.extra ?? {})) entries.push({ key, value: text(value) });
  // A TXT string holds at most 255 bytes; a long nick is cut at a character boundary rather than refused.
  return entries.map((entry) => (entry.value !== null && entry.key.length + 1 + entry.value.length > 255 ? { key: entry.key, value: cutUtf8(entry.value, 254 - entry.key.length) } : entry));
}

function cutUtf8(bytes: Uint8Array, max: number): Uint8Array {
  let end = Math.min(max, bytes.length);
  // Step back over continuation bytes (10xxxxxx) so no character is split.
  while (end > 0 && end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end -= 1;
  return bytes.slice(0, end);
}

const PEER_ID = /^(12D3KooW[1-9A-HJ-NP-Za-km-z]{44}|Qm[1-9A-HJ-NP-Za-km-z]{44})$/;
const COLOR = /^#[0-9a-fA-F]{6},#[0-9a-fA-F]{6}$/;

function str(service: DiscoveredService, key: string): string | undefined {
  const value = service.txtMap[key];
  return typeof value === 'string' ? value : undefined;
}

/** Printable and short enough for a list; anything odd a hostile neighbour sends is dropped, not shown. */
function label(value: string | undefined, max = 64): string | undefined {
  if (value === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (clean === '' || clean.includes('\ufffd')) return undefined;
  return [...clean].slice(0, max).join('');
}

function urlHost(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** A `_webdavs._tcp` service: ours (with a PeerId) or any other WebDAV share on the link. */
export function observeShare(service: DiscoveredService): Observation {
  const peerId = str(service, 'peer-id');
  const path = str(service, 'path') ?? '/';
  const safePath = path.startsWith('/') && !/[\s"<>\\^`{|}]/.test(path) ? path : '/';
  const nick = label(str(service, 'nick')) ?? label(service.name);
  const color = str(service, 'color');
  const observation: Observation = {
    key: `webdavs:${service.fullName}`,
    source: 'webdavs',
    addresses: [...service.addresses],
    lastSeen: service.lastSeen,
  };
  if (peerId !== undefined && PEER_ID.test(peerId)) observation.peerId = peerId;
  if (nick !== undefined) observation.nick = nick;
  if (color !== undefined && COLOR.test(color)) observation.color = color.toUpperCase();
  if (service.host !== '') {
    observation.host = urlHost(service.host).toLowerCase();
    observation.shareUrl = `https://${urlHost(service.host)}:${service.port}${safePath}`;
  }
  return observation;
}

/** The libp2p port our TXT carries, for dialling a peer found by DNS-SD. */
export function sharePeerDialInfo(service: DiscoveredService): { peerId: string; multiaddrs: string[] } | null {
  const peerId = str(service, 'peer-id');
  const port = Number(str(service, 'p2p-port'));
  if (peerId === undefined || !PEER_ID.test(peerId) || !Number.isInteger(port) || port < 1 || port > 65535) return null;
  const multiaddrs = service.addresses.filter((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a)).map((a) => `/ip4/${a}/tcp/${port}`);
  return multiaddrs.length > 0 ? { peerId, multiaddrs } : null;
}

/** A Telepathy Salut buddy (XEP-0174): nick, OLPC colour, status and message from its TXT. */
export function observePresence(service: DiscoveredService): Observation {
  // Salut names the instance `published-name@hostname`.
  const fallbackNick = label(service.name.split('@')[0]);
  const first = label(str(service, '1st'));
  const last = label(str(service, 'last'));
  const nick = label(str(service, 'nick')) ?? (first !== undefined ? [first, last].filter(Boolean).join(' ') : fallbackNick);
  const color = str(service, 'olpc-color');
  const observation: Observation = {
    key: `presence:${service.fullName}`,
    source: 'presence',
    addresses: [...service.addresses],
    lastSeen: service.lastSeen,
  };
  if (nick !== undefined) observation.nick = nick;
  if (color !== undefined && COLOR.test(color.trim())) observation.color = color.trim().toUpperCase();
  if (service.host !== '') observation.host = urlHost(service.host).toLowerCase();
  const status = label(str(service, 'status'), 16);
  if (status !== undefined) observation.status = status;
  const message = label(str(service, 'msg'), 140);
  if (message !== undefined) observation.message = message;
  return observation;
}
