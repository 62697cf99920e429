import type { BigIntStats } from 'node:fs';
import { contentTypeOf, etagOf, httpDate } from './dav-server.js';
import type { Lock, LockManager } from './locks.js';
import { escapeXml } from './xml.js';

/** Properties the server computes (RFC 4918 section 15). Clients cannot set them. */
export const LIVE_PROPERTIES = [
  'creationdate',
  'getcontentlength',
  'getcontenttype',
  'getetag',
  'getlastmodified',
  'lockdiscovery',
  'resourcetype',
  'supportedlock',
] as const;

/**
 * RFC 4331 quota properties: file managers and `rclone about` show free
 * space with them. Never part of allprop (the RFC says so), so the statfs
 * they need runs only when a client names them.
 */
export const QUOTA_PROPERTIES = ['quota-available-bytes', 'quota-used-bytes'] as const;

export type LiveProperty = (typeof LIVE_PROPERTIES)[number] | (typeof QUOTA_PROPERTIES)[number];

const LIVE_SET: ReadonlySet<string> = new Set([...LIVE_PROPERTIES, ...QUOTA_PROPERTIES]);

export function isLiveProperty(ns: string, local: string): local is LiveProperty {
  return ns === 'DAV:' && LIVE_SET.has(local);
}

export function isQuotaProperty(ns: string, local: string): boolean {
  return ns === 'DAV:' && (QUOTA_PROPERTIES as readonly string[]).includes(local);
}

/** Space on the file system holding the share, from one statfs. */
export interface Quota {
  readonly availableBytes: bigint;
  readonly usedBytes: bigint;
}

export interface LiveSubject {
  readonly name: string;
  readonly key: string;
  readonly stats: BigIntStats;
  readonly isCollection: boolean;
  /** Present when the client asked for quota properties. */
  readonly quota?: Quota;
}

const SUPPORTED_LOCK =
  '<D:supportedlock>' +
  '<D:lockentry><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockentry>' +
  '<D:lockentry><D:lockscope><D:shared/></D:lockscope><D:locktype><D:write/></D:locktype></D:lockentry>' +
  '</D:supportedlock>';

export function activeLockXml(lock: Lock, locks: LockManager): string {
  return (
    '<D:activelock>' +
    '<D:locktype><D:write/></D:locktype>' +
    `<D:lockscope><D:${lock.scope}/></D:lockscope>` +
    `<D:depth>${lock.depth === 0 ? '0' : 'infinity'}</D:depth>` +
    (lock.owner === '' ? '' : `<D:owner>${lock.owner}</D:owner>`) +
    `<D:timeout>Second-${locks.secondsLeft(lock)}</D:timeout>` +
    `<D:locktoken><D:href>${escapeXml(lock.token)}</D:href></D:locktoken>` +
    `<D:lockroot><D:href>${escapeXml(lock.rootHref)}</D:href></D:lockroot>` +
    '</D:activelock>'
  );
}

/** The element for one live property, or null when it does not apply to this resource. */
export function liveProperty(name: LiveProperty, subject: LiveSubject, locks: LockManager): string | null {
  const { stats } = subject;
  switch (name) {
    case 'creationdate': {
      const birth = Number(stats.birthtimeMs) > 0 ? Number(stats.birthtimeMs) : Number(stats.ctimeMs);
      return `<D:creationdate>${new Date(birth).toISOString().replace(/\.\d{3}Z$/, 'Z')}</D:creationdate>`;
    }
    case 'getcontentlength':
      return subject.isCollection ? null : `<D:getcontentlength>${stats.size}</D:getcontentlength>`;
    case 'getcontenttype':
      return subject.isCollection ? null : `<D:getcontenttype>${escapeXml(contentTypeOf(subject.name))}</D:getcontenttype>`;
    case 'getetag':
      return `<D:getetag>${escapeXml(etagOf(stats))}</D:getetag>`;
    case 'getlastmodified':
      return `<D:getlastmodified>${httpDate(Number(stats.mtimeMs))}</D:getlastmodified>`;
    case 'lockdiscovery': {
      const active = locks.covering(subject.key);
      return active.length === 0 ? '<D:lockdiscovery/>' : `<D:lockdiscovery>${active.map((lock) => activeLockXml(lock, locks)).join('')}</D:lockdiscovery>`;
    }
    case 'resourcetype':
      return subject.isCollection ? '<D:resourcetype><D:collection/></D:resourcetype>' : '<D:resourcetype/>';
    case 'supportedlock':
      return SUPPORTED_LOCK;
    case 'quota-available-bytes':
      return subject.quota ? `<D:quota-available-bytes>${subject.quota.availableBytes}</D:quota-available-bytes>` : null;
    case 'quota-used-bytes':
      return subject.quota ? `<D:quota-used-bytes>${subject.quota.usedBytes}</D:quota-used-bytes>` : null;
  }
}
