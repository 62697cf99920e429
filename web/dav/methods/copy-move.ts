import { rename, rm } from 'node:fs/promises';
import { badRequest, conflict, forbidden, notFound, preconditionFailed } from '../../http-error.js';
import { headerOf } from '../../http-headers.js';
import type { RequestContext } from '../../pipeline.js';
import { parseDepth, type DavServer, type Target } from '../dav-server.js';
import { hasBody } from '../request-body.js';
import { isWithin } from '../share-path.js';
import { uniqueLocks } from './write.js';

/** COPY and MOVE (RFC 4918 9.8, 9.9): one handler, since they differ only in what happens to the source. */
export async function copyOrMove(dav: DavServer, ctx: RequestContext, target: Target): Promise<void> {
  const move = ctx.method === 'MOVE';
  const source = target.resource;
  if (!source.stats) throw notFound();
  if (hasBody(ctx)) ctx.req.resume();
  const depth = parseDepth(ctx, 'infinity');
  if (source.isCollection) {
    if (move && depth !== 'infinity') throw badRequest('MOVE of a folder needs Depth: infinity.', 'bad-header');
    if (!move && depth === '1') throw badRequest('COPY of a folder takes Depth 0 or infinity.', 'bad-header');
  }
  const overwriteHeader = (headerOf(ctx.req, 'overwrite') ?? 'T').trim().toUpperCase();
  if (overwriteHeader !== 'T' && overwriteHeader !== 'F') throw badRequest('The Overwrite header must be T or F.', 'bad-header');

  const destination = await dav.target(dav.destination(ctx).segments);
  if (source.segments.length === 0 && move) throw forbidden('The shared folder itself cannot be moved.');
  if (destination.resource.segments.length === 0) throw forbidden('The shared folder itself cannot be replaced.');
  if (destination.key === target.key) throw forbidden('The source and the destination are the same.');
  if (source.isCollection && isWithin(destination.key, target.key)) throw forbidden('A folder cannot be copied or moved into itself.');
  if (!(await dav.share.parentIsCollection(destination.resource.segments))) throw conflict('The destination folder does not exist; create it first.');

  const submitted = await dav.checkWritePreconditions(ctx, target);
  const destinationExists = destination.resource.stats !== null;
  dav.requireTokens(
    ctx,
    uniqueLocks(
      move ? dav.locks.coveringTree(target.key) : [],
      move ? dav.parentLocks(source.segments) : [],
      destinationExists ? dav.locks.coveringTree(destination.key) : dav.locks.covering(destination.key),
      dav.parentLocks(destination.resource.segments),
    ),
    submitted,
  );

  if (destinationExists) {
    if (overwriteHeader === 'F') throw preconditionFailed('Something is already at the destination (Overwrite: F).');
    await rm(destination.resource.path, { recursive: true });
    await dav.props.forgetTree(destination.key);
    dav.locks.removeTree(destination.key);
    await dav.deleted(destination.key);
  }
  if (move) {
    try {
      await rename(source.path, destination.resource.path);
    } catch (error) {
      // A mount point inside the share: rename cannot cross it, copying can.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await dav.share.copyTree(source, destination.resource.path, 'infinity');
      await rm(source.path, { recursive: true });
    }
    await dav.props.moveTree(target.key, destination.key);
    dav.locks.removeTree(target.key);
    await dav.moved(target.key, destination.key);
  } else {
    await dav.share.copyTree(source, destination.resource.path, depth === '0' ? '0' : 'infinity');
    if (depth === '0' && source.isCollection) {
      await dav.props.apply(destination.key, [...(dav.props.get(target.key)?.values() ?? [])].map((prop) => ({ kind: 'set' as const, prop })));
    } else {
      await dav.props.copyTree(target.key, destination.key);
    }
    await dav.copied(ctx, target.key, destination.key, !(depth === '0' && source.isCollection));
  }
  ctx.res.writeHead(destinationExists ? 204 : 201, { 'Content-Length': '0' });
  ctx.res.end();
}
