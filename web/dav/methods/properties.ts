import { HttpError, badRequest, notFound } from '../../http-error.js';
import type { RequestContext } from '../../pipeline.js';
import { type DeadProperty, propertyKey } from '../dead-properties.js';
import { parseDepth, sendMultistatus, statusLine, type DavServer, type PropertyChange, type Target } from '../dav-server.js';
import { statfs } from 'node:fs/promises';
import { LIVE_PROPERTIES, isLiveProperty, isQuotaProperty, liveProperty, type LiveSubject, type Quota } from '../live-properties.js';
import { hrefFor, keyOf } from '../share-path.js';
import { DAV_NS, elementChildren, escapeXml, is, serializeChildren, XML_DECLARATION, type XmlElement } from '../xml.js';

type PropfindRequest =
  | { kind: 'allprop'; include: { ns: string; local: string }[] }
  | { kind: 'propname' }
  | { kind: 'prop'; names: { ns: string; local: string }[] };

/** Interpret a PROPFIND body (RFC 4918 14.20); an empty body means allprop. */
export function parsePropfind(body: XmlElement | null): PropfindRequest {
  if (body === null) return { kind: 'allprop', include: [] };
  if (!is(body, DAV_NS, 'propfind')) throw badRequest('A PROPFIND body must be a DAV:propfind element.', 'bad-xml');
  const children = elementChildren(body);
  const names = (element: XmlElement): { ns: string; local: string }[] => elementChildren(element).map((child) => ({ ns: child.ns, local: child.local }));
  const prop = children.find((child) => is(child, DAV_NS, 'prop'));
  if (children.some((child) => is(child, DAV_NS, 'propname'))) return { kind: 'propname' };
  if (children.some((child) => is(child, DAV_NS, 'allprop'))) {
    const include = children.find((child) => is(child, DAV_NS, 'include'));
    return { kind: 'allprop', include: include ? names(include) : [] };
  }
  if (prop) return { kind: 'prop', names: names(prop) };
  throw badRequest('A PROPFIND body must ask for allprop, propname or prop.', 'bad-xml');
}

const deadElement = (prop: DeadProperty): string =>
  `<${prop.local} xmlns="${escapeXml(prop.ns)}"${prop.lang === undefined ? '' : ` xml:lang="${escapeXml(prop.lang)}"`}>${prop.value}</${prop.local}>`;

const emptyElement = (ns: string, local: string): string => (ns === DAV_NS ? `<D:${local}/>` : `<${local} xmlns="${escapeXml(ns)}"/>`);

const propstat = (props: string, status: number): string => `<D:propstat><D:prop>${props}</D:prop><D:status>${statusLine(status)}</D:status></D:propstat>`;

function responseFor(dav: DavServer, ctx: RequestContext, request: PropfindRequest, subject: LiveSubject, href: string): string {
  const dead = dav.props.get(subject.key);
  let found = '';
  let missing = '';
  // A computed property wins over a dead one of the same name (left from before the extension existed).
  const shadowed = (prop: DeadProperty): boolean => dav.computedProperty(prop.ns, prop.local) !== undefined;
  if (request.kind === 'propname') {
    for (const name of LIVE_PROPERTIES) if (liveProperty(name, subject, dav.locks) !== null) found += `<D:${name}/>`;
    for (const computed of dav.computedProperties()) if (computed.render(ctx, subject) !== null) found += emptyElement(computed.ns, computed.local);
    for (const prop of dead?.values() ?? []) if (!shadowed(prop)) found += emptyElement(prop.ns, prop.local);
  } else if (request.kind === 'allprop') {
    for (const name of LIVE_PROPERTIES) found += liveProperty(name, subject, dav.locks) ?? '';
    for (const computed of dav.computedProperties()) if (computed.inAllprop) found += computed.render(ctx, subject) ?? '';
    for (const prop of dead?.values() ?? []) if (!shadowed(prop)) found += deadElement(prop);
    for (const extra of request.include) {
      if (isLiveProperty(extra.ns, extra.local) || dead?.has(propertyKey(extra.ns, extra.local))) continue;
      const computed = dav.computedProperty(extra.ns, extra.local);
      if (computed === undefined) missing += emptyElement(extra.ns, extra.local);
      else if (!computed.inAllprop) {
        const value = computed.render(ctx, subject);
        if (value === null) missing += emptyElement(extra.ns, extra.local);
        else found += value;
      }
    }
  } else {
    for (const { ns, local } of request.names) {
      const computed = dav.computedProperty(ns, local);
      const value = isLiveProperty(ns, local) ? liveProperty(local, subject, dav.locks) : computed ? computed.render(ctx, subject) : null;
      if (value !== null) {
        found += value;
        continue;
      }
      const prop = computed ? undefined : dead?.get(propertyKey(ns, local));
      if (prop) found += deadElement(prop);
      else missing += emptyElement(ns, local);
    }
  }
  return `<D:response><D:href>${escapeXml(href)}</D:href>${found === '' ? '' : propstat(found, 200)}${missing === '' ? '' : propstat(missing, 404)}</D:response>`;
}

/** How many members are rendered before yielding to other requests. */
const BATCH = 64;

export async function propfind(dav: DavServer, ctx: RequestContext, target: Target): Promise<void> {
  const { resource } = target;
  const depth = parseDepth(ctx, 'infinity');
  const request = parsePropfind(await dav.readXml(ctx));
  if (!resource.stats) throw notFound();
  if (depth === 'infinity' && resource.isCollection) {
    // As Apache does by default: a whole-tree listing is unbounded work for one request.
    throw new HttpError(403, 'forbidden', 'PROPFIND with Depth: infinity is not allowed here; use Depth: 1.', {
      xmlBody: `${XML_DECLARATION}<D:error xmlns:D="DAV:"><D:propfind-finite-depth/></D:error>\n`,
    });
  }
  const quota = request.kind === 'prop' && request.names.some((n) => isQuotaProperty(n.ns, n.local)) ? await quotaOf(dav.share.root) : undefined;
  const self: LiveSubject = { name: resource.segments.at(-1) ?? '', key: target.key, stats: resource.stats, isCollection: resource.isCollection, ...(quota && { quota }) };
  // A ticket that came in the URL rides along on every href, so a client following them keeps its access.
  const linkQuery = dav.linkQuery(ctx);
  const head = responseFor(dav, ctx, request, self, hrefFor(resource.segments, resource.isCollection) + linkQuery);
  if (depth === '0' || !resource.isCollection) {
    sendMultistatus(ctx, head);
    return;
  }
  const entries = (await dav.share.list(resource)).filter((entry) => dav.visible(ctx, [...resource.segments, entry.name]));
  const { res } = ctx;
  res.writeHead(207, { 'Content-Type': 'application/xml; charset=utf-8' });
  res.write(`${XML_DECLARATION}<D:multistatus xmlns:D="DAV:">${head}`);
  let chunk = '';
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const segments = [...resource.segments, entry.name];
    chunk += responseFor(dav, ctx, request, { name: entry.name, key: keyOf(segments), stats: entry.stats, isCollection: entry.isCollection, ...(quota && { quota }) }, hrefFor(segments, entry.isCollection) + linkQuery);
    if ((i + 1) % BATCH === 0) {
      const drained = res.write(chunk);
      chunk = '';
      // Let other requests run between batches; wait for the client when its buffer is full.
      await (drained ? new Promise((resolve) => setImmediate(resolve)) : new Promise((resolve) => res.once('drain', resolve)));
      if (res.destroyed) return;
    }
  }
  res.end(`${chunk}</D:multistatus>\n`);
}

async function quotaOf(root: string): Promise<Quota> {
  const fs = await statfs(root, { bigint: true });
  return { availableBytes: fs.bavail * fs.bsize, usedBytes: (fs.blocks - fs.bfree) * fs.bsize };
}

type PatchOp = { kind: 'set'; prop: DeadProperty; element: XmlElement } | { kind: 'remove'; ns: string; local: string };

/** Interpret a PROPPATCH body (RFC 4918 14.19) into operations in document order. */
export function parsePropertyUpdate(body: XmlElement | null): PatchOp[] {
  if (body === null || !is(body, DAV_NS, 'propertyupdate')) throw badRequest('A PROPPATCH body must be a DAV:propertyupdate element.', 'bad-xml');
  const ops: PatchOp[] = [];
  for (const instruction of elementChildren(body)) {
    const isSet = is(instruction, DAV_NS, 'set');
    if (!isSet && !is(instruction, DAV_NS, 'remove')) continue;
    const prop = elementChildren(instruction).find((child) => is(child, DAV_NS, 'prop'));
    if (!prop) throw badRequest('Each set or remove in a PROPPATCH needs a DAV:prop.', 'bad-xml');
    for (const element of elementChildren(prop)) {
      if (isSet) {
        const lang = element.attributes.find((a) => a.ns === 'http://www.w3.org/XML/1998/namespace' && a.local === 'lang')?.value;
        const value = serializeChildren(element.children, element.ns);
        ops.push({ kind: 'set', prop: lang === undefined ? { ns: element.ns, local: element.local, value } : { ns: element.ns, local: element.local, value, lang }, element });
      } else {
        ops.push({ kind: 'remove', ns: element.ns, local: element.local });
      }
    }
  }
  if (ops.length === 0) throw badRequest('The PROPPATCH changes no property.', 'bad-xml');
  return ops;
}

export async function proppatch(dav: DavServer, ctx: RequestContext, target: Target): Promise<void> {
  const ops = parsePropertyUpdate(await dav.readXml(ctx));
  if (!target.resource.stats) throw notFound();
  const submitted = await dav.checkWritePreconditions(ctx, target);
  dav.requireTokens(ctx, dav.locks.covering(target.key), submitted);

  const nameOf = (op: PatchOp): { ns: string; local: string } => (op.kind === 'set' ? op.prop : op);
  const changeOf = (op: PatchOp): PropertyChange => (op.kind === 'set' ? { kind: 'set', element: op.element } : { kind: 'remove' });
  // Each operation is either the dead-property store's, an extension's (computed), or refused.
  const failures = new Map<PatchOp, { status: number; message?: string }>();
  for (const op of ops) {
    const { ns, local } = nameOf(op);
    if (isLiveProperty(ns, local)) {
      failures.set(op, { status: 403 });
      continue;
    }
    const computed = dav.computedProperty(ns, local);
    if (computed === undefined) continue;
    if (computed.patch === undefined) {
      failures.set(op, { status: 403 });
      continue;
    }
    const problem = computed.patch.check(ctx, target, changeOf(op));
    if (problem !== null) failures.set(op, problem);
  }
  let body: string;
  if (failures.size > 0) {
    // All or nothing (RFC 4918 9.2): the refused ones fail, the rest fail with them.
    body = '';
    const protectedNames = ops.filter((op) => failures.get(op)?.status === 403 && failures.get(op)?.message === undefined);
    if (protectedNames.length > 0) {
      body += `<D:propstat><D:prop>${protectedNames.map((op) => emptyElement(nameOf(op).ns, nameOf(op).local)).join('')}</D:prop><D:status>${statusLine(403)}</D:status><D:error><D:cannot-modify-protected-property/></D:error></D:propstat>`;
    }
    for (const op of ops) {
      const failure = failures.get(op);
      if (failure === undefined || protectedNames.includes(op)) continue;
      body += `<D:propstat><D:prop>${emptyElement(nameOf(op).ns, nameOf(op).local)}</D:prop><D:status>${statusLine(failure.status)}</D:status>${failure.message === undefined ? '' : `<D:responsedescription>${escapeXml(failure.message)}</D:responsedescription>`}</D:propstat>`;
    }
    const others = ops.filter((op) => !failures.has(op)).map((op) => emptyElement(nameOf(op).ns, nameOf(op).local)).join('');
    if (others !== '') body += propstat(others, 424);
  } else {
    const deadOps = ops.filter((op) => dav.computedProperty(nameOf(op).ns, nameOf(op).local) === undefined);
    // All or nothing here too: if an extension's store fails to write, the dead properties go back to what they were.
    const before = new Map(dav.props.get(target.key));
    if (deadOps.length > 0) await dav.props.apply(target.key, deadOps.map((op) => (op.kind === 'set' ? { kind: 'set' as const, prop: op.prop } : op)));
    try {
      for (const op of ops) {
        const computed = dav.computedProperty(nameOf(op).ns, nameOf(op).local);
        if (computed?.patch) await computed.patch.apply(ctx, target, changeOf(op));
      }
    } catch (error) {
      const undo = deadOps.map((op) => {
        const { ns, local } = nameOf(op);
        const old = before.get(propertyKey(ns, local));
        return old === undefined ? { kind: 'remove' as const, ns, local } : { kind: 'set' as const, prop: old };
      });
      if (undo.length > 0) await dav.props.apply(target.key, undo).catch(() => undefined);
      throw error;
    }
    body = propstat(ops.map((op) => emptyElement(nameOf(op).ns, nameOf(op).local)).join(''), 200);
  }
  sendMultistatus(ctx, `<D:response><D:href>${escapeXml(hrefFor(target.resource.segments, target.resource.isCollection))}</D:href>${body}</D:response>`);
}
