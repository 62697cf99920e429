import { open } from 'node:fs/promises';
import { HttpError, badRequest, conflict, forbidden } from '../../http-error.js';
import { headerOf } from '../../http-headers.js';
import type { RequestContext } from '../../pipeline.js';
import { parseDepth, principalName, type DavServer, type Target } from '../dav-server.js';
import { activeLockXml } from '../live-properties.js';
import { parseTimeout, type Lock, type LockScope } from '../locks.js';
import { hrefFor, isWithin } from '../share-path.js';
import { DAV_NS, davErrorBody, elementChildren, escapeXml, is, serializeChildren, XML_DECLARATION, type XmlElement } from '../xml.js';
import { uniqueLocks } from './write.js';

interface LockRequest {
  scope: LockScope;
  owner: string;
}

/** Interpret a DAV:lockinfo body (RFC 4918 14.11). Only write locks exist. */
export function parseLockInfo(body: XmlElement): LockRequest {
  if (!is(body, DAV_NS, 'lockinfo')) throw badRequest('A LOCK body must be a DAV:lockinfo element.', 'bad-xml');
  const children = elementChildren(body);
  const scopeElement = children.find((child) => is(child, DAV_NS, 'lockscope'));
  const typeElement = children.find((child) => is(child, DAV_NS, 'locktype'));
  const ownerElement = children.find((child) => is(child, DAV_NS, 'owner'));
  const scopeName = scopeElement ? elementChildren(scopeElement)[0] : undefined;
  if (!scopeName || scopeName.ns !== DAV_NS || (scopeName.local !== 'exclusive' && scopeName.local !== 'shared')) {
    throw badRequest('A LOCK needs a lockscope of exclusive or shared.', 'bad-xml');
  }
  const typeName = typeElement ? elementChildren(typeElement)[0] : undefined;
  if (!typeName || !is(typeName, DAV_NS, 'write')) throw badRequest('Only write locks are supported.', 'bad-xml');
  // Our responses declare no default namespace, so the owner's children are serialised against the empty one.
  return { scope: scopeName.local, owner: ownerElement ? serializeChildren(ownerElement.children, '') : '' };
}

function sendLockDiscovery(ctx: RequestContext, dav: DavServer, lock: Lock, status: number, withToken: boolean): void {
  const body = `${XML_DECLARATION}<D:prop xmlns:D="DAV:"><D:lockdiscovery>${activeLockXml(lock, dav.locks)}</D:lockdiscovery></D:prop>\n`;
  const headers: Record<string, string | number> = { 'Content-Type': 'application/xml; charset=utf-8', 'Content-Length': Buffer.byteLength(body) };
  if (withToken) headers['Lock-Token'] = `<${lock.token}>`;
  ctx.res.writeHead(status, headers);
  ctx.res.end(body);
}

export async function lock(dav: DavServer, ctx: RequestContext, target: Target): Promise<void> {
  const body = await dav.readXml(ctx);
  const timeout = parseTimeout(headerOf(ctx.req, 'timeout'));
  const { resource, key } = target;

  if (body === null) {
    // A refresh (RFC 4918 9.10.2): the If header names the lock to extend.
    const lists = dav.ifLists(ctx);
    if (lists === null) throw badRequest('A LOCK without a body refreshes a lock and needs an If header with its token.', 'bad-header');
    const submitted = await dav.checkIfHeader(ctx, target);
    const principal = principalName(ctx);
    const refreshed = dav.locks.covering(key).filter((l) => submitted.has(l.token) && l.principal === principal);
    if (refreshed.length === 0) throw new HttpError(412, 'precondition-failed', 'No lock of yours on this resource matches the token given.', { xmlBody: davErrorBody('lock-token-matches-request-uri') });
    for (const l of refreshed) dav.locks.refresh(l, timeout);
    sendLockDiscovery(ctx, dav, refreshed[0]!, 200, false);
    return;
  }

  const request = parseLockInfo(body);
  const depthHeader = parseDepth(ctx, 'infinity');
  if (depthHeader === '1') throw badRequest('LOCK takes Depth 0 or infinity.', 'bad-header');
  const depth = depthHeader === '0' ? 0 : 'infinity';
  await dav.checkIfHeader(ctx, target);
  const conflicts = dav.locks.conflicts(key, request.scope, depth);
  if (conflicts.length > 0) {
    throw new HttpError(423, 'locked', 'Someone else holds a lock here; try again when they are done.', {
      xmlBody: davErrorBody('no-conflicting-lock', conflicts.map((l) => `<D:href>${escapeXml(l.rootHref)}</D:href>`).join('')),
    });
  }
  let created = false;
  if (!resource.stats) {
    // LOCK on an unmapped URL makes an empty resource (RFC 4918 7.3), which needs the parent's locks.
    if (!(await dav.share.parentIsCollection(resource.segments))) throw conflict('The folder to lock this in does not exist.');
    const submitted = await dav.checkIfHeader(ctx, target);
    dav.requireTokens(ctx, uniqueLocks(dav.parentLocks(resource.segments)), submitted);
    const handle = await open(resource.path, 'wx', 0o644);
    await handle.close();
    await dav.props.forgetTree(key);
    await dav.written(ctx, key, true);
    created = true;
  }
  const made = dav.locks.create({
    root: key,
    rootHref: hrefFor(resource.segments, resource.isCollection),
    scope: request.scope,
    depth,
    owner: request.owner,
    principal: principalName(ctx),
    timeoutSeconds: timeout,
  });
  sendLockDiscovery(ctx, dav, made, created ? 201 : 200, true);
}

export async function unlock(dav: DavServer, ctx: RequestContext, target: Target): Promise<void> {
  const header = headerOf(ctx.req, 'lock-token');
  const match = header === undefined ? null : /^\s*<([^>]+)>\s*$/.exec(header);
  if (!match) throw badRequest('UNLOCK needs a Lock-Token header like <urn:uuid:...>.', 'bad-header');
  const existing = dav.locks.get(match[1]!);
  if (!existing || !(existing.root === target.key || (existing.depth === 'infinity' && isWithin(target.key, existing.root)))) {
    throw new HttpError(409, 'conflict', 'That lock token does not lock this resource.', { xmlBody: davErrorBody('lock-token-matches-request-uri') });
  }
  if (existing.principal !== principalName(ctx)) throw forbidden('Only whoever took the lock may remove it.');
  dav.locks.remove(existing.token);
  ctx.res.writeHead(204);
  ctx.res.end();
}
