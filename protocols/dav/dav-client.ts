/**
 * The client side of `/mesh-share/dav/1.0.0`: one HTTP/1.1 request to
 * another laptop's agent over a fresh libp2p stream, with node:http doing
 * the HTTP (request bodies streamed with backpressure, response bodies
 * handed over as a stream). The stream is adapted by the same WireSocket as
 * the serving side. The other laptop knows who asks from the Noise-proven
 * PeerId of the connection; no credentials are sent.
 *
 * Every step has a deadline (opening the stream, then silence in either
 * direction), and an AbortSignal cancels at any point, also while the
 * caller is reading the response body.
 */
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Stream } from '@libp2p/interface';
import type { Logger } from '../../agent/logger.js';
import { WireSocket } from '../../web/wire/wire-socket.js';
import { StreamOpenError, type Connect, type ProtocolHost } from '../protocol-host.js';
import { DAV_PROTOCOL } from './dav-protocol.js';
import { streamTransport } from './stream-transport.js';

export interface DavClientTimeouts {
  /** Dialling the peer and opening the stream (default 15 s). */
  openMs: number;
  /** No byte in either direction for this long ends the request (default 30 s). */
  idleMs: number;
  /** After the exchange, how long the other side may take to close the stream (default 5 s). */
  lingerMs: number;
}

export interface DavClientOptions {
  host: Pick<ProtocolHost, 'open'>;
  connect: Connect;
  log: Logger;
  timeouts?: Partial<DavClientTimeouts>;
}

export interface DavRequest {
  method: string;
  /** Request target: an absolute path, percent-encoded as it goes on the wire. */
  path: string;
  headers?: OutgoingHttpHeaders;
  /** Sent as is; a stream is piped with backpressure (chunked unless Content-Length is given). */
  body?: string | Uint8Array | Readable | AsyncIterable<Uint8Array>;
  signal?: AbortSignal;
  timeouts?: Partial<DavClientTimeouts>;
}

export interface DavResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it arrives; read it (or destroy it) so the stream is released. */
  body: IncomingMessage;
  /** Reads the whole body as text, refusing more than `maxBytes` (default 1 MiB). */
  text(maxBytes?: number): Promise<string>;
}

export type DavClientErrorCode = 'unreachable' | 'unsupported' | 'timeout' | 'cancelled' | 'closed' | 'too-large';

export class DavClientError extends Error {
  constructor(
    readonly code: DavClientErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DavClientError';
  }
}

const DEFAULT_TIMEOUTS: DavClientTimeouts = { openMs: 15_000, idleMs: 30_000, lingerMs: 5_000 };

export class DavClient {
  private readonly host: Pick<ProtocolHost, 'open'>;
  private readonly connect: Connect;
  private readonly log: Logger;
  private readonly timeouts: DavClientTimeouts;

  constructor(options: DavClientOptions) {
    this.host = options.host;
    this.connect = options.connect;
    this.log = options.log;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  }

  /**
   * Sends one request to `peerId` and resolves with the response once its
   * head arrived. Throws DavClientError: 'unreachable' (no connection or
   * stream), 'unsupported' (the peer does not speak the protocol), 'timeout',
   * 'cancelled' (the signal fired), 'closed' (the stream broke).
   */
  async request(peerId: string, request: DavRequest): Promise<DavResponse> {
    const timeouts = { ...this.timeouts, ...request.timeouts };
    const signal = request.signal;
    signal?.throwIfAborted();
    const openSignal = signal ? AbortSignal.any([signal, AbortSignal.timeout(timeouts.openMs)]) : AbortSignal.timeout(timeouts.openMs);
    let stream: Stream;
    try {
      stream = await this.host.open(peerId, DAV_PROTOCOL, { signal: openSignal, connect: this.connect });
    } catch (error) {
      if (signal?.aborted) throw new DavClientError('cancelled', 'cancelled', { cause: error });
      if (openSignal.aborted) throw new DavClientError('timeout', `could not open ${DAV_PROTOCOL} to ${peerId} within ${timeouts.openMs} ms`, { cause: error });
      if (error instanceof StreamOpenError && error.code === 'unsupported') throw new DavClientError('unsupported', error.message, { cause: error });
      throw new DavClientError('unreachable', (error as Error).message, { cause: error });
    }
    if (signal?.aborted) {
      stream.abort(new Error('cancelled'));
      throw new DavClientError('cancelled', 'cancelled');
    }
    const socket = new WireSocket(streamTransport(stream));
    socket.on('error', () => undefined);
    socket.once('close', () => this.linger(stream, timeouts.lingerMs));
    return this.exchange(peerId, socket, request, timeouts, signal);
  }

  private exchange(peerId: string, socket: WireSocket, request: DavRequest, timeouts: DavClientTimeouts, signal: AbortSignal | undefined): Promise<DavResponse> {
    return new Promise<DavResponse>((resolve, reject) => {
      let settled = false;
      const fail = (error: DavClientError): void => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      const req = httpRequest({
        method: request.method,
        path: request.path,
        // The Host names the peer; node:http never uses it to connect here.
        host: peerId,
        headers: request.headers ?? {},
        createConnection: () => socket as never,
        ...(signal ? { signal } : {}),
      });
      req.setTimeout(timeouts.idleMs, () => {
        req.destroy(new DavClientError('timeout', `${peerId} sent and took nothing for ${timeouts.idleMs} ms`));
      });
      req.on('error', (error: Error) => {
        if (error instanceof DavClientError) fail(error);
        else if (signal?.aborted || error.name === 'AbortError') fail(new DavClientError('cancelled', 'cancelled', { cause: error }));
        else fail(new DavClientError('closed', `the ${DAV_PROTOCOL} stream to ${peerId} broke: ${error.message}`, { cause: error }));
      });
      req.on('response', (res: IncomingMessage) => {
        if (settled) {
          res.destroy();
          return;
        }
        settled = true;
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: res,
          text: (maxBytes = 1024 * 1024) => readText(res, maxBytes),
        });
      });
      const body = request.body;
      if (body === undefined) {
        req.end();
      } else if (typeof body === 'string' || body instanceof Uint8Array) {
        req.end(body);
      } else {
        const source = body instanceof Readable ? body : Readable.from(body, { objectMode: false });
        pipeline(source, req).catch((error: unknown) => {
          if (!req.destroyed) req.destroy(error instanceof Error ? error : new Error(String(error)));
          fail(new DavClientError(signal?.aborted ? 'cancelled' : 'closed', `sending the body failed: ${(error as Error).message}`, { cause: error }));
        });
      }
    });
  }

  /** The exchange is over: give the other side a moment to close its end, then reset what is left. */
  private linger(stream: Stream, ms: number): void {
    if (stream.status !== 'open' && stream.status !== 'closing') return;
    const timer = setTimeout(() => {
      if (stream.status === 'open' || stream.status === 'closing') {
        this.log.debug('resetting a DAV stream the other side left open', { protocol: DAV_PROTOCOL });
        stream.abort(new Error('the other side did not close the stream'));
      }
    }, ms);
    timer.unref();
    stream.addEventListener('close', () => clearTimeout(timer), { once: true });
  }
}

async function readText(res: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      res.destroy();
      throw new DavClientError('too-large', `the response body is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
