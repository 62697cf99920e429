import type { RequestContext } from '../pipeline.js';
import { HttpError } from '../http-error.js';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** True when the request announces a body (RFC 9112 6.3). */
export function hasBody(ctx: RequestContext): boolean {
  const length = ctx.req.headers['content-length'];
  return ctx.req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** We store bytes as sent; a compressed body we would have to decode is refused (RFC 9110 15.5.16). */
export function refuseContentEncoding(ctx: RequestContext): void {
  const encoding = ctx.req.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity' && encoding.trim() !== '') {
    throw new HttpError(415, 'unsupported-media-type', `Content-Encoding "${encoding.slice(0, 40)}" is not supported; send the body uncompressed.`);
  }
}

/** Honour `Expect: 100-continue` only once we have decided to read the body. */
export function continueIfExpected(ctx: RequestContext): void {
  const expect = ctx.req.headers.expect;
  if (expect !== undefined && expect.toLowerCase() === '100-continue' && !ctx.res.headersSent) ctx.res.writeContinue();
}

/**
 * Read a small body (XML) whole, refusing more than `limit` bytes before
 * buffering them. Returns null for an empty body.
 */
export async function readSmallBody(ctx: RequestContext, limit: number): Promise<string | null> {
  refuseContentEncoding(ctx);
  const declared = ctx.req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) throw new HttpError(413, 'too-large', `The request body is larger than ${limit} bytes.`);
  if (!hasBody(ctx)) return null;
  continueIfExpected(ctx);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'too-large', `The request body is larger than ${limit} bytes.`);
    chunks.push(chunk);
  }
  if (size === 0) return null;
  let text: string;
  try {
    text = STRICT_UTF8.decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, 'bad-xml', 'The request body is not valid UTF-8.');
  }
  if (text.trim() === '') return null;
  return text;
}
