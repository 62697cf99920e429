import type { BigIntStats } from 'node:fs';
import mime from 'mime-types';
import type { Logger } from '../../agent/logger.js';
import { HttpError, badRequest, httpErrorFromErrno } from '../http-error.js';
import type { Principal, RequestContext } from '../pipeline.js';
import type { DeadPropertyStore } from './dead-properties.js';
import { parseIfHeader, listHolds, submittedTokens, type IfList } from './if-header.js';
import type { Lock, LockManager } from './locks.js';
import { hrefFor, keyOf, parseSharePath, type SharePath } from './share-path.js';
import type { Resource, ShareFs } from './share-fs.js';
import type { LiveSubject } from './live-properties.js';
import { davErrorBody, escapeXml, parseXml, type XmlElement } from './xml.js';
import { readSmallBody } from './request-body.js';
import { headerOf } from '../http-headers.js';

/** A method handler: gets the already-resolved target resource. */
export type MethodHandler = (dav: DavServer, ctx: RequestContext, target: Target) => Promise<void>;

export interface Target {
  readonly path: SharePath;
  readonly resource: Resource;
  readonly key: string;
}

export interface DavLimits {
  readonly maxUploadBytes: number;
  readonly maxXmlBytes: number;
}

/** Strong ETag from inode, size and nanosecond mtime: changes whenever the bytes can have changed. */
export function etagOf(stats: BigIntStats): string {
  return `"${stats.ino.toString(16)}-${stats.size.toString(16)}-${stats.mtimeNs.toString(16)}"`;
}

export function contentTypeOf(name: string): string {
  const type = mime.lookup(name);
  if (type === false) return 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}


/**
 * A property an extension computes per request (the owner of a file, the
 * caller's tickets). `patch` absent means protected: PROPPATCH refuses it
 * with 403 like DAV's own live properties.
 */
export interface ComputedProperty {
  readonly ns: string;
  readonly local: string;
  /** Listed by an allprop PROPFIND (otherwise only when asked for by name). */
  readonly inAllprop: boolean;
  /** The whole element, or null when it does not apply to this resource (or this caller). */
  render(ctx: RequestContext, subject: LiveSubject): string | null;
  readonly patch?: PropertyPatch;
}

/** A client-settable computed property: checked for every operation of a PROPPATCH first, applied only when all pass. */
export interface PropertyPatch {
  /** null when the change may be made; otherwise the propstat status (409 for a bad value, 403 for a refused one) and why. */
  check(ctx: RequestContext, target: Target, change: PropertyChange): { status: number; message: string } | null;
  apply(ctx: RequestContext, target: Target, change: PropertyChange): Promise<void>;
}

export type PropertyChange = { kind: 'set'; element: XmlElement } | { kind: 'remove' };

/**
 * What an extension (tickets, owners and recipients) adds to the WebDAV core
 * and hears from it. Every member is optional. The tree hooks run after the
 * file system changed and before the client is answered, so stores keyed by
 * path stay in step with the share, as the dead properties do.
 */
export interface DavExtension {
  readonly name: string;
  /** Compliance classes added to OPTIONS' DAV header (after `1, 2`). */
  readonly davClasses?: readonly string[];
  readonly properties?: readonly ComputedProperty[];
  /** A PUT passed its preconditions and is about to write (the resource may or may not exist yet). */
  beforePut?(ctx: RequestContext, target: Target): Promise<void>;
  /** A PUT, MKCOL, LOCK on an unmapped URL or the browser's upload form made (`created`) or replaced a resource. */
  written?(ctx: RequestContext, key: string, created: boolean): Promise<void>;
  /** The resource and everything below it are gone (DELETE, or replaced by COPY/MOVE). */
  deleted?(key: string): Promise<void>;
  /** MOVE: the tree at `from` now lives at `to`. */
  moved?(from: string, to: string): Promise<void>;
  /** COPY: `to` (nothing was there, or it was deleted first) is a copy of `from`, of its members too when `deep`. */
  copied?(ctx: RequestContext, from: string, to: string, deep: boolean): Promise<void>;
  /** Appended to hrefs in answers to this request (`?ticket=...` for a ticket that came in the URL); '' for none. */
  linkQuery?(ctx: RequestContext): string;
  /** Whether a member of a folder shows in listings for this caller. */
  visible?(ctx: RequestContext, segments: readonly string[]): boolean;
}

export const locked = (locks: readonly Lock[], message = 'This is locked by someone else; the lock token is needed to change it.'): HttpError =>
  new HttpError(423, 'locked', message, {
    xmlBody: davErrorBody('lock-token-submitted', locks.map((lock) => `<D:href>${escapeXml(lock.rootHref)}</D:href>`).join('')),
  });

/**
 * The WebDAV protocol core: shared state (share, properties, locks) and the
 * checks every method needs. Methods live in ./methods and are looked up in
 * `methods`; extensions (tickets, CalDAV) register more.
 */
export class DavServer {
  readonly share: ShareFs;
  readonly props: DeadPropertyStore;
  readonly locks: LockManager;
  readonly log: Logger;
  readonly limits: DavLimits;
  readonly methods = new Map<string, MethodHandler>();
  private readonly extensions: DavExtension[] = [];
  private readonly computed = new Map<string, ComputedProperty>();

  constructor(options: { share: ShareFs; props: DeadPropertyStore; locks: LockManager; log: Logger; limits: DavLimits }) {
    this.share = options.share;
    this.props = options.props;
    this.locks = options.locks;
    this.log = options.log;
    this.limits = options.limits;
  }

  allowedMethods(): string {
    return [...this.methods.keys()].join(', ');
  }

  /** Plug an extension in (before the server answers its first request). */
  extend(extension: DavExtension): void {
    this.extensions.push(extension);
    for (const property of extension.properties ?? []) this.computed.set(`{${property.ns}}${property.local}`, property);
  }

  /** OPTIONS' DAV header: class 1 and 2, then what extensions add. */
  davHeader(): string {
    return ['1', '2', ...this.extensions.flatMap((extension) => extension.davClasses ?? [])].join(', ');
  }

  computedProperty(ns: string, local: string): ComputedProperty | undefined {
    return this.computed.get(`{${ns}}${local}`);
  }

  computedProperties(): IterableIterator<ComputedProperty> {
    return this.computed.values();
  }

  linkQuery(ctx: RequestContext): string {
    for (const extension of this.extensions) {
      const query = extension.linkQuery?.(ctx) ?? '';
      if (query !== '') return query;
    }
    return '';
  }

  visible(ctx: RequestContext, segments: readonly string[]): boolean {
    return this.extensions.every((extension) => extension.visible?.(ctx, segments) ?? true);
  }

  async beforePut(ctx: RequestContext, target: Target): Promise<void> {
    for (const extension of this.extensions) await extension.beforePut?.(ctx, target);
  }

  async written(ctx: RequestContext, key: string, created: boolean): Promise<void> {
    for (const extension of this.extensions) await extension.written?.(ctx, key, created);
  }

  async deleted(key: string): Promise<void> {
    for (const extension of this.extensions) await extension.deleted?.(key);
  }

  async moved(from: string, to: string): Promise<void> {
    for (const extension of this.extensions) await extension.moved?.(from, to);
  }

  async copied(ctx: RequestContext, from: string, to: string, deep: boolean): Promise<void> {
    for (const extension of this.extensions) await extension.copied?.(ctx, from, to, deep);
  }

  async handle(ctx: RequestContext): Promise<void> {
    const handler = this.methods.get(ctx.method);
    if (!handler) {
      throw new HttpError(405, 'method-not-allowed', `The method ${ctx.method.slice(0, 20)} is not supported here.`, { headers: { Allow: this.allowedMethods() } });
    }
    const path = parseSharePath(ctx.rawPath);
    const resource = await this.share.resolve(path.segments);
    try {
      await handler(this, ctx, { path, resource, key: keyOf(path.segments) });
    } catch (error) {
      throw httpErrorFromErrno(error) ?? error;
    }
  }

  /** Resolve another share path (Destination, tagged If lists). */
  async target(segments: readonly string[]): Promise<Target> {
    const resource = await this.share.resolve(segments);
    return { path: { segments, trailingSlash: false }, resource, key: keyOf(segments) };
  }

  href(target: Target | Resource): string {
    const resource = 'resource' in target ? target.resource : target;
    return hrefFor(resource.segments, resource.isCollection);
  }

  /** Parse an optional XML request body. */
  async readXml(ctx: RequestContext): Promise<XmlElement | null> {
    const text = await readSmallBody(ctx, this.limits.maxXmlBytes);
    return text === null ? null : parseXml(text);
  }

  /**
   * Destination of COPY/MOVE (RFC 4918 10.3): an absolute URI or path on this
   * server. Another scheme or port is another server: 502.
   */
  destination(ctx: RequestContext): SharePath {
    return parseDestination(headerOf(ctx.req, 'destination'), ctx.origin);
  }

  // ---- preconditions --------------------------------------------------------

  /** The If header's lists, or null when absent. */
  ifLists(ctx: RequestContext): IfList[] | null {
    const header = headerOf(ctx.req, 'if');
    return header === undefined ? null : parseIfHeader(header);
  }

  private async stateOf(ctx: RequestContext, resourceRef: string | null, fallback: Target): Promise<{ etag: string | null; lockTokens: Set<string> }> {
    let target = fallback;
    if (resourceRef !== null) {
      let segments: readonly string[];
      try {
        segments = parseSharePath(new URL(resourceRef, ctx.origin).pathname).segments;
      } catch {
        return { etag: null, lockTokens: new Set() };
      }
      try {
        target = await this.target(segments);
      } catch {
        return { etag: null, lockTokens: new Set() };
      }
    }
    return {
      etag: target.resource.stats ? etagOf(target.resource.stats) : null,
      lockTokens: new Set(this.locks.covering(target.key).map((lock) => lock.token)),
    };
  }

  /**
   * Evaluate If-Match, If-None-Match, If-Unmodified-Since and the If header
   * for a state-changing request. Returns the lock tokens the client
   * submitted. Throws 412 when a condition fails.
   */
  async checkWritePreconditions(ctx: RequestContext, target: Target): Promise<Set<string>> {
    const stats = target.resource.stats;
    const etag = stats ? etagOf(stats) : null;
    const ifMatch = ctx.req.headers['if-match'];
    if (ifMatch !== undefined && !etagListMatches(ifMatch, etag)) throw new HttpError(412, 'precondition-failed', 'The file changed since you last looked (If-Match failed).');
    const ifNoneMatch = ctx.req.headers['if-none-match'];
    if (ifNoneMatch !== undefined && etagListMatches(ifNoneMatch, etag)) throw new HttpError(412, 'precondition-failed', 'Something is already at this address (If-None-Match failed).');
    const ifUnmodified = ctx.req.headers['if-unmodified-since'];
    if (ifUnmodified !== undefined && ifMatch === undefined && stats) {
      const since = Date.parse(ifUnmodified);
      if (!Number.isNaN(since) && Math.floor(Number(stats.mtimeMs) / 1000) * 1000 > since) throw new HttpError(412, 'precondition-failed', 'The file changed since the given date.');
    }
    return this.checkIfHeader(ctx, target);
  }

  /** Evaluate the If header alone (RFC 4918 10.4): true when any list holds for its resource. */
  async checkIfHeader(ctx: RequestContext, target: Target): Promise<Set<string>> {
    const lists = this.ifLists(ctx);
    if (lists === null) return new Set();
    let holds = false;
    for (const list of lists) {
      if (listHolds(list, await this.stateOf(ctx, list.resource, target))) {
        holds = true;
        break;
      }
    }
    if (!holds) throw new HttpError(412, 'precondition-failed', 'A condition in the If header does not hold (wrong lock token or ETag).');
    return submittedTokens(lists);
  }

  /**
   * Refuse with 423 unless the client submitted the token of every lock in
   * `locks` and is the principal that took it.
   */
  requireTokens(ctx: RequestContext, locks: readonly Lock[], submitted: ReadonlySet<string>): void {
    const principal = principalName(ctx);
    const missing = locks.filter((lock) => !submitted.has(lock.token) || lock.principal !== principal);
    if (missing.length > 0) throw locked(missing);
  }

  /**
   * Locks that guard a change of membership in the parent collection (adding
   * or removing `key`): a lock on the parent itself or a depth-infinity lock
   * above it (RFC 4918 7.4, 9.x).
   */
  parentLocks(segments: readonly string[]): Lock[] {
    if (segments.length === 0) return [];
    const parentKey = keyOf(segments.slice(0, -1));
    return this.locks.covering(parentKey);
  }
}

/** `user:NAME`, `peer:PEERID`, `ticket:ID` or `anonymous`: how locks, owners and tickets name who acted. */
export function principalName(ctx: RequestContext): string {
  return nameOfPrincipal(ctx.principal);
}

export function nameOfPrincipal(principal: Principal): string {
  switch (principal.kind) {
    case 'user':
      return `user:${principal.name}`;
    case 'peer':
      return `peer:${principal.peerId}`;
    case 'ticket':
      return `ticket:${principal.ticket.id}`;
    case 'anonymous':
      return 'anonymous';
  }
}

/**
 * Destination of COPY/MOVE (RFC 4918 10.3): an absolute URI or path on this
 * server. Another scheme or port is another server: 502. Pure, so the access
 * rules check exactly the place the method will write to.
 */
export function parseDestination(header: string | undefined, origin: string): SharePath {
  if (header === undefined || header === '') throw badRequest('COPY and MOVE need a Destination header.', 'bad-header');
  // RFC 4918 10.3: an absolute URI or an absolute path, nothing relative.
  const absolutePath = header.startsWith('/') && !header.startsWith('//');
  let url: URL;
  try {
    url = new URL(header, absolutePath ? origin : undefined);
  } catch {
    throw badRequest('The Destination header must be a full address (https://host:port/path) or a path starting with /.', 'bad-header');
  }
  const ours = new URL(origin);
  if (url.protocol !== ours.protocol || url.hostname.toLowerCase() !== ours.hostname.toLowerCase() || effectivePort(url) !== effectivePort(ours)) {
    throw new HttpError(502, 'bad-gateway', 'The Destination is on another server; copy between servers by downloading and uploading.');
  }
  return parseSharePath(url.pathname);
}

function effectivePort(url: URL): string {
  if (url.port !== '') return url.port;
  return url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '';
}

/** If-Match / If-None-Match list against the current ETag (`*` matches any existing resource). */
export function etagListMatches(header: string, etag: string | null): boolean {
  if (etag === null) return false;
  const value = header.trim();
  if (value === '*') return true;
  return value.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === etag || tag === `W/${etag}`;
  });
}

/** Depth header: 0, 1 or infinity; `fallback` when absent; 400 when garbled. */
export function parseDepth(ctx: RequestContext, fallback: '0' | '1' | 'infinity'): '0' | '1' | 'infinity' {
  const header = headerOf(ctx.req, 'depth');
  if (header === undefined) return fallback;
  const value = header.trim().toLowerCase();
  if (value === '0' || value === '1' || value === 'infinity') return value;
  throw badRequest('The Depth header must be 0, 1 or infinity.', 'bad-header');
}

export function statusLine(status: number): string {
  return `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Unknown'}`;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  423: 'Locked',
  424: 'Failed Dependency',
  507: 'Insufficient Storage',
};

/** Send a 207 Multi-Status body. */
export function sendMultistatus(ctx: RequestContext, inner: string): void {
  const body = `<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:">${inner}</D:multistatus>\n`;
  ctx.res.writeHead(207, { 'Content-Type': 'application/xml; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  ctx.res.end(body);
}
