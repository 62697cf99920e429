import * as https from 'node:https';
import type { RequestListener } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { Logger } from '../agent/logger.js';
import { frameSocketReads } from './wire/socket-reads.js';
import { framerOf, ticketFramerOptions, WireIncomingMessage } from './wire/requests.js';
import { WireSocket } from './wire/wire-socket.js';

/** Limits that keep a laptop on a classroom mesh from being tied up by slow or hostile clients. */
export interface HttpsServerLimits {
  /** Time allowed to send the request line and headers. */
  headersTimeoutMs?: number;
  /** A socket that moves no bytes for this long is closed (uploads may take hours, but not silently). */
  idleTimeoutMs?: number;
  /** How long an idle keep-alive connection is kept for the next request. */
  keepAliveTimeoutMs?: number;
  /** Time allowed for the TLS handshake. */
  handshakeTimeoutMs?: number;
  maxHeaderBytes?: number;
  maxConnections?: number;
  /** How long `close()` lets requests in flight finish before cutting them. */
  closeGraceMs?: number;
}

export interface HttpsServerOptions {
  /** `::` listens on every IPv6 and IPv4 address (falling back to `0.0.0.0` without IPv6). */
  host: string;
  /** 0 picks any free port; the chosen one is in the result. */
  port: number;
  key: string;
  cert: string;
  listener: RequestListener;
  log: Logger;
  limits?: HttpsServerLimits;
}

export interface RunningHttpsServer {
  readonly server: https.Server;
  readonly port: number;
  /** The address actually bound (differs from the requested one after the IPv4 fallback). */
  readonly host: string;
  /** Stops accepting, lets requests in flight finish for a short grace, then cuts what is left. Idempotent. */
  close(): Promise<void>;
}

export type ListenErrorCode = 'address-in-use' | 'permission-denied' | 'address-not-available' | 'listen-failed';

/**
 * Why the server could not start listening, in words for the person who ran
 * the agent. Deliberately not an HttpError: no client is involved yet.
 */
export class ListenError extends Error {
  readonly code: ListenErrorCode;
  readonly host: string;
  readonly port: number;

  constructor(code: ListenErrorCode, host: string, port: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ListenError';
    this.code = code;
    this.host = host;
    this.port = port;
  }
}

const DEFAULTS: Required<HttpsServerLimits> = {
  headersTimeoutMs: 20_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  handshakeTimeoutMs: 15_000,
  maxHeaderBytes: 16 * 1024,
  maxConnections: 256,
  closeGraceMs: 2_000,
};

/** Errors meaning "this machine has no IPv6", as opposed to "the address is taken". */
const NO_IPV6 = new Set(['EAFNOSUPPORT', 'EADDRNOTAVAIL', 'EPROTONOSUPPORT', 'EINVAL']);

export async function startHttpsServer(options: HttpsServerOptions): Promise<RunningHttpsServer> {
  const limits = { ...DEFAULTS, ...options.limits };
  const { log } = options;
  const server = https.createServer(
    {
      key: options.key,
      cert: options.cert,
      maxHeaderSize: limits.maxHeaderBytes,
      handshakeTimeout: limits.handshakeTimeoutMs,
      // Large uploads over a 1.4 MB/s mesh take long; only silence is cut (see `timeout` below).
      requestTimeout: 0,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks header deadlines only this often (default 30 s), which would stretch 20 s to 50.
      connectionsCheckingInterval: Math.min(5_000, limits.headersTimeoutMs),
      // Each request says which method its client sent (MKTICKET), not the stand-in the parser saw.
      IncomingMessage: WireIncomingMessage,
    },
    options.listener,
  );
  frameSecureConnections(server, limits.maxHeaderBytes);
  // The pipeline answers `Expect: 100-continue` itself, so a refused upload (401, 413) is never sent.
  server.on('checkContinue', options.listener);
  // Node silently drops headers past maxHeadersCount; keep them all (the byte limit bounds them) and refuse too many in the pipeline.
  server.maxHeadersCount = 0;
  server.timeout = limits.idleTimeoutMs;
  server.maxConnections = limits.maxConnections;

  // Raw TCP sockets, so close() can also cut those still in the TLS handshake (http does not track them).
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => answerClientError(error, socket as Socket | WireSocket, log));
  server.on('tlsClientError', (error: NodeJS.ErrnoException) => {
    // Browsers probe, refuse our self-signed certificate and come back; none of that is news.
    log.debug('TLS handshake failed', { code: error.code ?? 'unknown', reason: error.message });
  });
  server.on('drop', (data?: { remoteAddress?: string }) => {
    log.debug('connection refused: too many open connections', { remoteAddress: data?.remoteAddress ?? 'unknown', max: limits.maxConnections });
  });

  let host = options.host;
  try {
    await listen(server, host, options.port);
  } catch (error) {
    if (host === '::' && NO_IPV6.has((error as NodeJS.ErrnoException).code ?? '')) {
      log.info('IPv6 is not available; listening on IPv4 only', { code: (error as NodeJS.ErrnoException).code });
      host = '0.0.0.0';
      try {
        await listen(server, host, options.port);
      } catch (second) {
        throw toListenError(second, host, options.port);
      }
    } else {
      throw toListenError(error, host, options.port);
    }
  }
  // After listening, an 'error' (EMFILE on accept and the like) must not take the agent down.
  server.on('error', (error: NodeJS.ErrnoException) => {
    log.warn('HTTPS server error', { code: error.code ?? 'unknown', message: error.message });
  });

  const port = (server.address() as AddressInfo).port;
  log.debug('HTTPS server listening', { host, port });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      let grace: NodeJS.Timeout | undefined;
      server.close(() => {
        if (grace) clearTimeout(grace);
        resolve();
      });
      server.closeIdleConnections();
      grace = setTimeout(() => {
        if (sockets.size > 0) log.debug('closing connections still open after the grace period', { count: sockets.size });
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      }, limits.closeGraceMs);
    });
    return closing;
  };

  return { server, port, host, close };
}

/**
 * MKTICKET and DELTICKET (which llhttp refuses) reach the pipeline: each TLS
 * connection's reads go through a RequestFramer before node:http parses
 * them (web/wire/socket-reads.ts). The connection stays the TLS socket
 * itself, so the handshake timeout, connection limit, header deadline,
 * keep-alive and idle timeouts, backpressure and close() work as before.
 */
function frameSecureConnections(server: https.Server, maxHeaderBytes: number): void {
  const framer = ticketFramerOptions(maxHeaderBytes);
  // Registered after node:http's own 'secureConnection' listener (https.Server adds it in its constructor), as frameSocketReads needs.
  server.on('secureConnection', (tlsSocket: TLSSocket) => {
    frameSocketReads(tlsSocket, framer);
  });
}

function listen(server: https.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    // ipv6Only false: `::` then also accepts IPv4 clients (as ::ffff:a.b.c.d).
    server.listen({ host, port, ipv6Only: false });
  });
}

function toListenError(error: unknown, host: string, port: number): ListenError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EADDRINUSE':
      return new ListenError('address-in-use', host, port, `Port ${port} is already in use; choose another with --dav-port or use 0 for any free port.`, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new ListenError('permission-denied', host, port, `Port ${port} needs special permission on this computer; choose a port above 1023 with --dav-port.`, { cause: error });
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ListenError('address-not-available', host, port, `${host} is not an address of this computer; choose another with --dav-host (:: listens on all of them).`, { cause: error });
    default:
      return new ListenError('listen-failed', host, port, `Could not listen on ${host} port ${port} (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
}

const CLIENT_ERRORS: Record<string, { status: number; reason: string; body: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', body: 'The request headers are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', body: 'The request took too long to arrive.' },
  ERR_HTTP_HEADERS_TIMEOUT: { status: 408, reason: 'Request Timeout', body: 'The request headers took too long to arrive.' },
  // Node's parser knows a fixed list of methods (MKTICKET and DELTICKET are rewritten before it); anything else never reaches the pipeline.
  HPE_INVALID_METHOD: { status: 501, reason: 'Not Implemented', body: 'This request method is not supported here.' },
};
const BAD_REQUEST = { status: 400, reason: 'Bad Request', body: 'The request could not be understood.' };

/**
 * Answers a request Node's parser refused, before any step saw it. A stack
 * here would only say the client sent garbage, so only the code is logged.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket | WireSocket, log: Logger): void {
  const code = error.code ?? 'unknown';
  // Not an HTTP connection yet: a TLS handshake that failed or timed out (https.Server passes
  // those on as client errors). No HTTP answer can reach it, and end() alone would keep it open.
  if (framerOf(socket) === undefined) {
    socket.destroy();
    return;
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || !socket.writable) {
    socket.destroy();
    return;
  }
  // A response already under way cannot get a second status line.
  const current = (socket as WireSocket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (current?.headersSent) {
    socket.destroy();
    return;
  }
  const answer = CLIENT_ERRORS[code] ?? BAD_REQUEST;
  log.debug('client error', { code, status: answer.status, remoteAddress: socket.remoteAddress ?? 'unknown' });
  const body = `${answer.body}\n`;
  socket.end(
    `HTTP/1.1 ${answer.status} ${answer.reason}\r\n` +
      'Content-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
