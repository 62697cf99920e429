import { HttpError, notFound } from '../../http-error.js';
import { headerOf } from '../../http-headers.js';
import type { RequestContext } from '../../pipeline.js';
import { contentTypeOf, etagListMatches, etagOf, httpDate, type DavServer, type Target } from '../dav-server.js';
import { parseRange } from '../range.js';
import { hasBody } from '../request-body.js';
import { sendFileRange } from '../send-file.js';

export async function options(dav: DavServer, ctx: RequestContext, _target: Target): Promise<void> {
  ctx.res.writeHead(200, {
    DAV: dav.davHeader(),
    'MS-Author-Via': 'DAV',
    Allow: dav.allowedMethods(),
    'Accept-Ranges': 'bytes',
    'Content-Length': '0',
  });
  ctx.res.end();
}

export async function get(dav: DavServer, ctx: RequestContext, target: Target): Promise<void> {
  const { resource } = target;
  const stats = resource.stats;
  if (!stats) throw notFound();
  const head = ctx.method === 'HEAD';
  if (hasBody(ctx)) ctx.req.resume();
  if (resource.isCollection) {
    // WebDAV clients list with PROPFIND; curl and scripts get a plain list of names.
    const entries = (await dav.share.list(resource)).filter((entry) => dav.visible(ctx, [...resource.segments, entry.name]));
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const text = entries.map((entry) => (entry.isCollection ? `${entry.name}/` : entry.name)).join('\n') + (entries.length > 0 ? '\n' : '');
    // Vary: browsers asking for HTML get the folder page from the browser step at this same address.
    ctx.res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ETag: etagOf(stats), Vary: 'Accept' });
    ctx.res.end(head ? undefined : text);
    return;
  }
  const etag = etagOf(stats);
  const mtimeMs = Number(stats.mtimeMs);
  const lastModified = httpDate(mtimeMs);
  const size = Number(stats.size);
  const headers: Record<string, string | number> = {
    ETag: etag,
    'Last-Modified': lastModified,
    'Content-Type': contentTypeOf(resource.segments.at(-1) ?? ''),
    'Accept-Ranges': 'bytes',
    // Never let a browser guess a type: a shared text file must not run as a page.
    'X-Content-Type-Options': 'nosniff',
  };

  const ifMatch = headerOf(ctx.req, 'if-match');
  if (ifMatch !== undefined && !etagListMatches(ifMatch, etag)) throw new HttpError(412, 'precondition-failed', 'The file changed (If-Match failed).');
  const ifUnmodified = headerOf(ctx.req, 'if-unmodified-since');
  if (ifMatch === undefined && ifUnmodified !== undefined) {
    const since = Date.parse(ifUnmodified);
    if (!Number.isNaN(since) && Math.floor(mtimeMs / 1000) * 1000 > since) throw new HttpError(412, 'precondition-failed', 'The file changed since the given date.');
  }
  const ifNoneMatch = headerOf(ctx.req, 'if-none-match');
  const ifModifiedSince = headerOf(ctx.req, 'if-modified-since');
  const notModified =
    ifNoneMatch !== undefined
      ? etagListMatches(ifNoneMatch, etag)
      : ifModifiedSince !== undefined && !Number.isNaN(Date.parse(ifModifiedSince)) && Math.floor(mtimeMs / 1000) * 1000 <= Date.parse(ifModifiedSince);
  if (notModified) {
    ctx.res.writeHead(304, { ETag: etag, 'Last-Modified': lastModified });
    ctx.res.end();
    return;
  }

  let range = parseRange(headerOf(ctx.req, 'range'), size);
  const ifRange = headerOf(ctx.req, 'if-range');
  if (range !== null && ifRange !== undefined) {
    const holds = ifRange.trim().startsWith('"') ? ifRange.trim() === etag : ifRange.trim() === lastModified;
    if (!holds) range = null;
  }
  if (range === 'unsatisfiable') {
    throw new HttpError(416, 'range-not-satisfiable', `The requested range is outside the file (${size} bytes).`, { headers: { 'Content-Range': `bytes */${size}` } });
  }

  const handle = await dav.share.openForRead(resource);
  try {
    if (range !== null) {
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
      headers['Content-Length'] = range.end - range.start + 1;
      ctx.res.writeHead(206, headers);
    } else {
      headers['Content-Length'] = size;
      ctx.res.writeHead(200, headers);
    }
    if (head || size === 0) {
      ctx.res.end();
      return;
    }
    await sendFileRange(handle, ctx.res, range?.start ?? 0, range?.end ?? size - 1);
  } finally {
    await handle.close();
  }
}
