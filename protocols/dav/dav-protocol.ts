/**
 * WebDAV over libp2p: `/mesh-share/dav/1.0.0` is plain HTTP/1.1 on a libp2p
 * stream, answered by the same request pipeline as the HTTPS share. Each
 * inbound stream becomes a WireSocket (web/wire/wire-socket.ts: the same
 * adapter, with the same MKTICKET/DELTICKET framing, as HTTPS) handed to an
 * http.Server that never listens; the socket is tagged so every request on
 * it starts with the principal `{ kind: 'peer', peerId }`, the PeerId that
 * Noise proved for the stream's connection. No password is involved: what a
 * peer may do is the access rules' business, written against that principal.
 *
 * Limits: concurrent DAV streams per peer (the protocol host) and in all,
 * streams per connection (libp2p), a deadline on each request head, idle
 * and keep-alive timeouts, header size; bodies stream with backpressure.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Logger } from '../../agent/logger.js';
import { answerClientError } from '../../web/https-server.js';
import { tagConnection } from '../../web/pipeline.js';
import { ticketFramerOptions, WireIncomingMessage } from '../../web/wire/requests.js';
import { WireSocket } from '../../web/wire/wire-socket.js';
import type { InboundStreamContext, ProtocolPlugin } from '../protocol-host.js';
import { streamTransport } from './stream-transport.js';

export const DAV_PROTOCOL = '/mesh-share/dav/1.0.0';

export interface DavProtocolLimits {
  /** Concurrent DAV streams from one peer (default 6); more are reset. */
  maxStreamsPerPeer?: number;
  /** Concurrent DAV streams from everyone (default 48); more are reset. */
  maxStreams?: number;
  /** Streams one connection may have open at once, enforced by libp2p (default 16). */
  maxInboundStreamsPerConnection?: number;
  /** Time from a request head's first byte to its end (default 20 s). */
  headersTimeoutMs?: number;
  /** A stream that moves no byte for this long is cut (default 60 s). */
  idleTimeoutMs?: number;
  /** How long an idle stream is kept for the next request (default 5 s). */
  keepAliveTimeoutMs?: number;
  maxHeaderBytes?: number;
}

export interface DavProtocolOptions {
  /** The request pipeline's listener (the same one the HTTPS server uses). */
  listener: RequestListener;
  log: Logger;
  limits?: DavProtocolLimits;
}

export interface DavProtocol extends ProtocolPlugin {
  /** The http.Server that parses the streams (never listens). */
  readonly server: Server;
  /** Streams being served. */
  readonly activeStreams: number;
}

const DEFAULTS: Required<DavProtocolLimits> = {
  maxStreamsPerPeer: 6,
  maxStreams: 48,
  maxInboundStreamsPerConnection: 16,
  headersTimeoutMs: 20_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
};

class DavStreamRefused extends Error {
  readonly code = 'busy';
}

export function davProtocol(options: DavProtocolOptions): DavProtocol {
  const limits = { ...DEFAULTS, ...options.limits };
  const { log } = options;
  const server = createServer(
    {
      IncomingMessage: WireIncomingMessage,
      maxHeaderSize: limits.maxHeaderBytes,
      // Idle silence is cut by `timeout` below; a long upload is not.
      requestTimeout: 0,
      // Node enforces this only for servers that listen; the WireSocket's own head deadline does it here.
      headersTimeout: 0,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
    },
    options.listener,
  );
  server.on('checkContinue', options.listener);
  server.maxHeadersCount = 0;
  server.timeout = limits.idleTimeoutMs;
  // A stream client may close its sending side right after its last request and still read the answers.
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => answerClientError(error, socket as WireSocket, log));
  const framer = ticketFramerOptions(limits.maxHeaderBytes);
  let active = 0;

  return {
    protocol: DAV_PROTOCOL,
    maxInboundStreams: limits.maxInboundStreamsPerConnection,
    maxStreamsPerPeer: limits.maxStreamsPerPeer,
    server,
    get activeStreams() {
      return active;
    },
    async handle(ctx: InboundStreamContext): Promise<void> {
      const { stream, connection, remotePeer, signal } = ctx;
      if (active >= limits.maxStreams) throw new DavStreamRefused(`too many DAV streams (${limits.maxStreams})`);
      active += 1;
      try {
        const socket = new WireSocket(streamTransport(stream, connection), { framer, headersTimeoutMs: limits.headersTimeoutMs });
        tagConnection(socket, { principal: { kind: 'peer', peerId: remotePeer }, scheme: 'http' });
        const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
        // node:http removes its error listener after the first error; never let a late one escape.
        socket.on('error', () => undefined);
        const onAbort = (): void => {
          socket.destroy(signal.reason instanceof Error ? signal.reason : new Error('the agent is stopping'));
        };
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
        server.emit('connection', socket);
        await closed;
        signal.removeEventListener('abort', onAbort);
      } finally {
        active -= 1;
      }
    },
    expected(error: unknown): boolean {
      return typeof (error as { code?: unknown } | null)?.code === 'string';
    },
  };
}
