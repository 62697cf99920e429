import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, isHttpError } from './http-error.js';
import type { Logger } from '../agent/logger.js';

/**
 * Who is making a request: an htpasswd user, the holder of a ticket URL, a
 * laptop proven by libp2p Noise (its PeerId), or nobody yet. Every
 * authorisation rule is written against this union, never against headers.
 */
export type Principal =
  | { kind: 'user'; name: string }
  | { kind: 'ticket'; ticket: TicketGrant }
  | { kind: 'peer'; peerId: string }
  | { kind: 'anonymous' };

/** What a presented, valid ticket grants (web/tickets/ checks it and fills this in). */
export interface TicketGrant {
  id: string;
  /** 'write' includes read. */
  privilege: 'read' | 'write';
  /** The resource the ticket was made on, as share path segments: it covers this and everything below. */
  root: readonly string[];
  /** The principal that made it (`user:NAME` or `peer:ID`). */
  owner: string;
}

/** One request as it travels down the pipeline. */
export interface RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** Upper-case method. */
  readonly method: string;
  /** The raw path of the request target, still percent-encoded, without the query. */
  readonly rawPath: string;
  readonly query: URLSearchParams;
  /** Address of the client, for rate limits and logs. */
  readonly remoteAddress: string;
  /** Scheme and authority the client used, for absolute URLs (e.g. `https://host:port`). */
  readonly origin: string;
  principal: Principal;
  readonly log: Logger;
}

export type Next = () => Promise<void>;

/**
 * What a transport has already proved about a connection before node:http
 * reads from it: over libp2p, the PeerId that Noise authenticated, and the
 * scheme its clients use. Set with tagConnection() on the socket handed to
 * the http server; every request on that socket then starts with this
 * principal instead of anonymous.
 */
export interface ConnectionTag {
  principal: Principal;
  /** Overrides the pipeline's scheme for `origin` (libp2p streams speak plain `http`). */
  scheme?: 'http' | 'https';
}

const connectionTags = new WeakMap<object, ConnectionTag>();

/** Tags a socket (before it is handed to the http server); see ConnectionTag. */
export function tagConnection(socket: object, tag: ConnectionTag): void {
  connectionTags.set(socket, tag);
}

/** More header fields than any real client sends; Node itself would silently drop those past 1000. */
const MAX_HEADER_FIELDS = 200;

/**
 * A step in the request pipeline (authentication, the browser view, the
 * WebDAV handler, later tickets and CalDAV). A step either answers the
 * request itself or calls `next()`; it may throw an HttpError.
 */
export interface RequestStep {
  readonly name: string;
  handle(ctx: RequestContext, next: Next): Promise<void>;
}

export interface PipelineOptions {
  log: Logger;
  /** Scheme used to build `origin` (`https` for the share, `http` over libp2p). */
  scheme: 'http' | 'https';
}

/**
 * One request pipeline for every transport: `node:https` today, libp2p
 * streams later (an http.Server can serve any duplex stream).
 */
export class RequestPipeline {
  private readonly steps: RequestStep[];
  private readonly log: Logger;
  private readonly scheme: 'http' | 'https';
  private served = 0;

  constructor(steps: RequestStep[], options: PipelineOptions) {
    this.steps = [...steps];
    this.log = options.log;
    this.scheme = options.scheme;
  }

  /** Requests answered (or cut) since the pipeline was made, for the agent's Status. */
  get requestsServed(): number {
    return this.served;
  }

  /** The `request` listener for an http(s) server. Never throws, never rejects. */
  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    this.run(req, res).catch((error: unknown) => {
      this.log.error('request failed outside the pipeline', { error: String(error) });
      safeEnd(res, 500, 'Internal error.');
    });
  };

  private async run(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const target = req.url ?? '/';
    const queryIndex = target.indexOf('?');
    const rawPath = queryIndex === -1 ? target : target.slice(0, queryIndex);
    const query = new URLSearchParams(queryIndex === -1 ? '' : target.slice(queryIndex + 1));
    const host = req.headers.host ?? 'localhost';
    const tag = connectionTags.get(req.socket);
    const ctx: RequestContext = {
      req,
      res,
      method: (req.method ?? 'GET').toUpperCase(),
      rawPath,
      query,
      remoteAddress: req.socket.remoteAddress ?? 'unknown',
      origin: `${tag?.scheme ?? this.scheme}://${host}`,
      principal: tag?.principal ?? { kind: 'anonymous' },
      log: this.log,
    };
    try {
      if (!rawPath.startsWith('/')) throw new HttpError(400, 'bad-request', 'The request target must be a path.');
      if (req.rawHeaders.length / 2 > MAX_HEADER_FIELDS) throw new HttpError(431, 'bad-header', `Too many header fields (${MAX_HEADER_FIELDS} at most).`);
      await this.dispatch(ctx, 0);
      if (!res.headersSent && !res.writableEnded) {
        safeEnd(res, 404, 'Nothing is at this address.');
      }
    } catch (error) {
      this.answerError(ctx, error);
    } finally {
      this.served += 1;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.log.debug('request', { method: ctx.method, path: rawPath, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
    }
  }

  private async dispatch(ctx: RequestContext, index: number): Promise<void> {
    const step = this.steps[index];
    if (!step) return;
    await step.handle(ctx, () => this.dispatch(ctx, index + 1));
  }

  private answerError(ctx: RequestContext, error: unknown): void {
    const { res, req } = ctx;
    if (clientWentAway(error, ctx)) {
      // The client cut the request (a cancelled upload): nobody is left to answer, and it is not our fault.
      ctx.log.debug('client went away', { method: ctx.method, path: ctx.rawPath });
      res.destroy();
      return;
    }
    // An unread body (a refused upload) would otherwise be read to the end just to keep the connection.
    if (!req.complete && !res.headersSent) res.setHeader('Connection', 'close');
    const headOnly = req.method === 'HEAD';
    if (isHttpError(error)) {
      if (res.headersSent) {
        // Too late for a status line: cut the connection so the client sees a failure, not a short body.
        res.destroy();
        return;
      }
      if (error.status >= 500) ctx.log.warn('request refused', { method: ctx.method, path: ctx.rawPath, status: error.status, message: error.message });
      if (error.xmlBody !== undefined) safeEnd(res, error.status, error.xmlBody, 'application/xml; charset=utf-8', headOnly, error.headers);
      else safeEnd(res, error.status, error.message, 'text/plain; charset=utf-8', headOnly, error.headers);
      return;
    }
    ctx.log.error('request failed', { method: ctx.method, path: ctx.rawPath, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    if (res.headersSent) {
      res.destroy();
      return;
    }
    safeEnd(res, 500, 'Internal error. The agent is still running; try again.', 'text/plain; charset=utf-8', headOnly);
  }
}

function clientWentAway(error: unknown, ctx: RequestContext): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') return true;
  return error instanceof Error && error.message === 'aborted' && (ctx.req.destroyed || ctx.res.destroyed);
}

/** Send a short final answer, dropping any headers an earlier step set for a body that will not come. */
export function safeEnd(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', headOnly = false, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  if (!res.headersSent) {
    for (const name of ['content-length', 'content-range', 'etag', 'last-modified', 'content-disposition', 'accept-ranges']) res.removeHeader(name);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const text = body.endsWith('\n') ? body : `${body}\n`;
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', Buffer.byteLength(text));
    res.end(headOnly ? undefined : text);
    return;
  }
  res.end();
}
