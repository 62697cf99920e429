import { mkdir, rm, stat } from 'node:fs/promises';
import { HttpError, badRequest, conflict, forbidden, notFound } from '../../http-error.js';
import { headerOf } from '../../http-headers.js';
import type { RequestContext } from '../../pipeline.js';
import { etagOf, parseDepth, type DavServer, type Target } from '../dav-server.js';
import type { Lock } from '../locks.js';
import { continueIfExpected, hasBody, refuseContentEncoding } from '../request-body.js';

const uniqueLocks = (...lists: Lock[][]): Lock[] => [...new Map(lists.flat().map((lock) => [lock.token, lock])).values()];

export async function put(dav: DavServer, ctx: RequestContext, target: Target): Promise<void> {
  const { resource, key } = target;
  const segments = resource.segments;
  if (segments.length === 0 || resource.isCollection) {
    throw new HttpError(405, 'method-not-allowed', 'This address is a folder; PUT a file inside it instead.', { headers: { Allow: 'OPTIONS, GET, HEAD, PROPFIND, PROPPATCH, LOCK, UNLOCK, DELETE, COPY, MOVE' } });
  }
  refuseContentEncoding(ctx);
  if (headerOf(ctx.req, 'content-range') !== undefined) throw badRequest('Partial uploads (Content-Range on PUT) are not supported; send the whole file.', 'bad-header');
  const declared = headerOf(ctx.req, 'content-length');
  if (declared !== undefined && Number(declared) > dav.limits.maxUploadBytes) {
    throw new HttpError(413, 'too-large', `The file is larger than this share accepts (${dav.limits.maxUploadBytes} bytes).`);
  }
  if (!(await dav.share.parentIsCollection(segments))) throw conflict('The folder to put this file in does not exist; create it first (MKCOL).');
  const submitted = await dav.checkWritePreconditions(ctx, target);
  dav.requireTokens(ctx, uniqueLocks(dav.locks.covering(key), resource.stats ? [] : dav.parentLocks(segments)), submitted);

  await dav.beforePut(ctx, target);
  continueIfExpected(ctx);
  await dav.share.writeAtomically(resource, ctx.req, dav.limits.maxUploadBytes, declared === undefined ? undefined : Number(declared));
  const created = resource.stats === null;
  // A new file must not inherit properties left by an earlier file of the same name removed behind our back.
  if (created) await dav.props.forgetTree(key);
  await dav.written(ctx, key, created);
  const after = await stat(resource.path, { bigint: true });
  ctx.res.writeHead(created ? 201 : 204, { ETag: etagOf(after), 'Content-Length': '0' });
  ctx.res.end();
}

export async function del(dav: DavServer, ctx: RequestContext, target: Target): Promise<void> {
  const { resource, key } = target;
  if (!resource.stats) throw notFound();
  if (resource.segments.length === 0) throw forbidden('The shared folder itself cannot be deleted.');
  if (hasBody(ctx)) ctx.req.resume();
  if (resource.isCollection && parseDepth(ctx, 'infinity') !== 'infinity') throw badRequest('DELETE of a folder needs Depth: infinity.', 'bad-header');
  const submitted = await dav.checkWritePreconditions(ctx, target);
  dav.requireTokens(ctx, uniqueLocks(dav.locks.coveringTree(key), dav.parentLocks(resource.segments)), submitted);
  await rm(resource.path, { recursive: resource.isCollection, force: false });
  await dav.props.forgetTree(key);
  dav.locks.removeTree(key);
  await dav.deleted(key);
  ctx.res.writeHead(204);
  ctx.res.end();
}

export async function mkcol(dav: DavServer, ctx: RequestContext, target: Target): Promise<void> {
  const { resource, key } = target;
  if (hasBody(ctx)) {
    ctx.req.resume();
    throw new HttpError(415, 'unsupported-media-type', 'MKCOL with a body is not supported.');
  }
  if (resource.stats) throw new HttpError(405, 'method-not-allowed', 'Something already exists at this address.', { headers: { Allow: 'OPTIONS, GET, HEAD, PROPFIND, PROPPATCH, LOCK, UNLOCK, DELETE, COPY, MOVE' } });
  if (!(await dav.share.parentIsCollection(resource.segments))) throw conflict('The folder to create this in does not exist; create the parent first.');
  const submitted = await dav.checkWritePreconditions(ctx, target);
  dav.requireTokens(ctx, uniqueLocks(dav.parentLocks(resource.segments), dav.locks.covering(key)), submitted);
  await mkdir(resource.path);
  await dav.props.forgetTree(key);
  await dav.written(ctx, key, true);
  ctx.res.writeHead(201, { 'Content-Length': '0' });
  ctx.res.end();
}

export { uniqueLocks };
