/**
 * What the sender of a left file (`send --via`) tells the holder about it,
 * besides the recipient list: one dead property of ours, `ms:relay-info`,
 * whose value is base64 of a small JSON object (so it needs no XML
 * escaping). The holder passes it on in its notices; recipients check the
 * bytes against the SHA-256 themselves, so the holder need not trust it.
 * Pure.
 */
import { MS_NS } from '../../web/access/principals.js';
import type { FileMetadata } from '../../protocols/push/types.js';

export const RELAY_INFO_PROPERTY = 'relay-info';
export const RELAY_INFO_KEY = `{${MS_NS}}${RELAY_INFO_PROPERTY}`;
const MAX_INFO_BYTES = 96 * 1024;
const HEX64 = /^[0-9a-f]{64}$/;

export interface RelayInfo {
  sha256: string;
  size: number;
  /** The name the sender offers (the recipient's inbox sanitises it). */
  name: string;
  mimeType: string;
  metadata: FileMetadata;
  nick: string;
  color?: string;
}

export function encodeRelayInfo(info: RelayInfo): string {
  return Buffer.from(JSON.stringify(info), 'utf8').toString('base64');
}

/** The info from a property value, or null when it is not one. */
export function decodeRelayInfo(value: string): RelayInfo | null {
  const trimmed = value.trim();
  if (trimmed.length > (MAX_INFO_BYTES * 4) / 3 + 4 || !/^[A-Za-z0-9+/=]*$/.test(trimmed)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(trimmed, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const v = parsed as Record<string, unknown>;
  if (typeof v.sha256 !== 'string' || !HEX64.test(v.sha256)) return null;
  if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0) return null;
  if (typeof v.name !== 'string' || v.name === '' || typeof v.mimeType !== 'string' || typeof v.nick !== 'string') return null;
  const metadata: Record<string, unknown> = {};
  if (typeof v.metadata === 'object' && v.metadata !== null) {
    for (const [key, item] of Object.entries(v.metadata as Record<string, unknown>)) {
      if (['title', 'mime_type', 'activity', 'activity_id', 'description', 'tags'].includes(key) && typeof item === 'string') metadata[key] = item;
      if (key === 'timestamp' && typeof item === 'number' && Number.isSafeInteger(item) && item >= 0) metadata[key] = item;
    }
  }
  const info: RelayInfo = { sha256: v.sha256, size: v.size, name: v.name, mimeType: v.mimeType, metadata: metadata as FileMetadata, nick: v.nick };
  if (typeof v.color === 'string') info.color = v.color;
  return info;
}

/** The PROPPATCH body the sender sends once the file is up: the info, then the recipient list (which makes it readable by them). */
export function relayProppatchBody(info: RelayInfo, recipientPeerIds: readonly string[]): string {
  const principals = recipientPeerIds.map((id) => `<ms:principal>peer:${id}</ms:principal>`).join('');
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<D:propertyupdate xmlns:D="DAV:" xmlns:ms="${MS_NS}"><D:set><D:prop>` +
    `<ms:${RELAY_INFO_PROPERTY}>${encodeRelayInfo(info)}</ms:${RELAY_INFO_PROPERTY}>` +
    `<ms:recipients>${principals}</ms:recipients>` +
    `</D:prop></D:set></D:propertyupdate>`
  );
}
