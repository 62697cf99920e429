/**
 * A socket-shaped Duplex over a byte transport that is not a net.Socket (a
 * libp2p stream), handed to Node's HTTP machinery in its place: the one
 * adapter on both ends of `/mesh-share/dav/1.0.0`, serving
 * (`server.emit('connection', socket)`) and fetching
 * (`http.request({ createConnection })`).
 *
 * On the serving side, inbound bytes pass through a RequestFramer
 * (request-framer.ts) on their way to the parser, so MKTICKET and DELTICKET
 * reach the pipeline (see requests.ts); HTTPS does the same on its TLS
 * sockets without a second socket layer (socket-reads.ts).
 *
 * What makes it look like a socket to `node:http` and to our code:
 * remoteAddress/remotePort/remoteFamily/localAddress/localPort, `encrypted`,
 * setTimeout (an idle timer, kept by bytes in either direction, that emits
 * 'timeout' like net.Socket's), setNoDelay/setKeepAlive (passed on when the
 * transport has them), destroySoon, ref/unref, bytesRead/bytesWritten.
 * Backpressure goes both ways: a full readable side pauses the transport,
 * and a write waits for the transport to take it. 'close' of the transport
 * destroys the adapter and destroying the adapter ends the transport. A
 * framed socket can also enforce a deadline on each request head, for
 * servers Node does not track because they never listen.
 */
import { Duplex } from 'node:stream';
import { RequestFramer, type RequestFramerOptions } from './request-framer.js';
import { attachFramer } from './requests.js';

/** What the adapter needs of a byte transport; see protocols/dav/stream-transport.ts. */
export interface WireTransport {
  /** Starts delivery; called once. The transport calls the sink until it calls `close`. */
  start(sink: TransportSink): void;
  /** Stop delivering data (backpressure) until resume(). */
  pause(): void;
  resume(): void;
  /** Takes a chunk; `done` once the transport can take more (an error when it cannot take it at all). */
  write(chunk: Buffer, done: (error?: Error | null) => void): void;
  /** Writes several chunks as one batch, when the transport can. */
  writev?(chunks: Buffer[], done: (error?: Error | null) => void): void;
  /** Half-closes our sending side once everything written has left; `done` when it did. */
  end(done: (error?: Error | null) => void): void;
  /**
   * Ends the transport. `graceful` means both sides of the exchange are
   * finished as far as HTTP is concerned (our side ended cleanly, no error):
   * a transport may then leave the last steps of closing to its owner.
   */
  destroy(error: Error | null, graceful: boolean): void;
  readonly info: TransportInfo;
  setNoDelay?(noDelay: boolean): void;
  setKeepAlive?(enable: boolean, initialDelayMs: number): void;
}

export interface TransportSink {
  data(chunk: Buffer): void;
  /** The other side finished sending. */
  end(): void;
  /** The transport is gone (with the error that ended it, if any). */
  close(error?: Error): void;
}

export interface TransportInfo {
  remoteAddress?: string;
  remotePort?: number;
  remoteFamily?: string;
  localAddress?: string;
  localPort?: number;
  /** True for TLS: `node:http` and callers read it as "this is https". */
  encrypted?: boolean;
}

export interface WireSocketOptions {
  /** Follow HTTP/1.1 requests on the inbound bytes and rewrite the listed methods (server side only). */
  framer?: RequestFramerOptions;
  /** Readable-side buffer before the transport is paused (default 64 KiB). */
  readableHighWaterMark?: number;
  writableHighWaterMark?: number;
  /**
   * Cuts a request head that takes longer than this to arrive, counted from
   * its first byte (needs `framer`). For servers Node does not track (one
   * that never listens); 0 or absent: off.
   */
  headersTimeoutMs?: number;
}

export class HeadersTimeoutError extends Error {
  readonly code = 'ERR_HTTP_HEADERS_TIMEOUT';

  constructor() {
    super('the request headers took too long to arrive');
    this.name = 'HeadersTimeoutError';
  }
}

export class WireSocket extends Duplex {
  readonly framer: RequestFramer | null;
  private readonly transport: WireTransport;
  private readonly info: TransportInfo;
  /** The transport is paused because our readable side is full. */
  private transportPaused = false;
  private transportClosed = false;
  private idleMs = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  /** When a byte last moved; the idle timer checks it when it fires (cheaper than re-arming per chunk). */
  private lastActive = 0;
  /** The idle timer fired and is not armed: the next byte re-arms it, as net.Socket's does. */
  private idleFired = false;
  private readonly headersTimeoutMs: number;
  private headTimer: NodeJS.Timeout | null = null;
  private received = 0;
  private sent = 0;
  private readonly pieces: Buffer[] = [];
  // net.Socket's fields that node:http reads.
  readonly connecting = false;
  readonly pending = false;

  constructor(transport: WireTransport, options: WireSocketOptions = {}) {
    super({
      // Like the sockets of an http.Server: node:http decides what a half-close means (httpAllowHalfOpen).
      allowHalfOpen: true,
      // More than the default 16 KiB before the transport is paused: fewer pause/resume round trips.
      readableHighWaterMark: options.readableHighWaterMark ?? 64 * 1024,
      writableHighWaterMark: options.writableHighWaterMark ?? 16 * 1024,
      decodeStrings: true,
    });
    this.transport = transport;
    this.info = transport.info;
    this.framer = options.framer ? new RequestFramer(options.framer) : null;
    if (this.framer) attachFramer(this, this.framer);
    this.headersTimeoutMs = this.framer ? (options.headersTimeoutMs ?? 0) : 0;
    transport.start({
      data: (chunk) => this.onTransportData(chunk),
      end: () => this.onTransportEnd(),
      close: (error) => this.onTransportClose(error),
    });
  }

  // ---- what net.Socket offers ----------------------------------------------

  get remoteAddress(): string | undefined {
    return this.info.remoteAddress;
  }

  get remotePort(): number | undefined {
    return this.info.remotePort;
  }

  get remoteFamily(): string | undefined {
    return this.info.remoteFamily;
  }

  get localAddress(): string | undefined {
    return this.info.localAddress;
  }

  get localPort(): number | undefined {
    return this.info.localPort;
  }

  get encrypted(): boolean | undefined {
    return this.info.encrypted;
  }

  get bytesRead(): number {
    return this.received;
  }

  get bytesWritten(): number {
    return this.sent;
  }

  get timeout(): number | undefined {
    return this.idleMs === 0 ? undefined : this.idleMs;
  }

  get readyState(): 'open' | 'readOnly' | 'writeOnly' | 'closed' {
    if (this.destroyed) return 'closed';
    if (this.readable && this.writable) return 'open';
    return this.readable ? 'readOnly' : this.writable ? 'writeOnly' : 'closed';
  }

  address(): { address?: string; family?: string; port?: number } {
    return { address: this.info.localAddress, family: this.info.remoteFamily, port: this.info.localPort };
  }

  /** Like net.Socket: 'timeout' after `ms` without a byte in either direction; 0 turns it off. */
  setTimeout(ms: number, callback?: () => void): this {
    this.idleMs = ms;
    if (callback) {
      if (ms === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.idleFired = false;
    if (ms === 0 || this.destroyed) return this;
    this.lastActive = Date.now();
    this.armIdle(ms);
    return this;
  }

  setNoDelay(noDelay = true): this {
    this.transport.setNoDelay?.(noDelay);
    return this;
  }

  setKeepAlive(enable = false, initialDelayMs = 0): this {
    this.transport.setKeepAlive?.(enable, initialDelayMs);
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  /** Ends our side and destroys once everything written has left (net.Socket's destroySoon). */
  destroySoon(): void {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  /** node:http calls this on consumed sockets; harmless here. */
  _unrefTimer(): void {
    this.touch();
  }

  // ---- Duplex ----------------------------------------------------------------

  override _read(): void {
    if (this.transportPaused && !this.transportClosed) {
      this.transportPaused = false;
      this.transport.resume();
    }
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.sent += chunk.length;
    this.touch();
    this.transport.write(chunk, (error) => {
      // A write the transport took only after waiting (the other side read again) is activity too.
      if (!error) this.touch();
      callback(error);
    });
  }

  override _writev(chunks: Array<{ chunk: Buffer; encoding: BufferEncoding }>, callback: (error?: Error | null) => void): void {
    const buffers: Buffer[] = new Array<Buffer>(chunks.length);
    for (let k = 0; k < chunks.length; k++) {
      const buffer = chunks[k]!.chunk;
      buffers[k] = buffer;
      this.sent += buffer.length;
    }
    this.touch();
    const done = (error?: Error | null): void => {
      if (!error) this.touch();
      callback(error);
    };
    if (this.transport.writev) this.transport.writev(buffers, done);
    else this.transport.write(buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers), done);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.transport.end(callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.clearTimers();
    if (!this.transportClosed) {
      this.transportClosed = true;
      const graceful = error === null && this.writableFinished;
      try {
        this.transport.destroy(error, graceful);
      } catch {
        // The transport is already gone.
      }
    }
    callback(error);
  }

  // ---- from the transport ------------------------------------------------------

  private onTransportData(chunk: Buffer): void {
    if (this.destroyed) return;
    this.received += chunk.length;
    this.touch();
    const framer = this.framer;
    let more: boolean;
    if (framer === null) {
      more = this.deliver(chunk);
    } else {
      const pieces = this.pieces;
      framer.feed(chunk, pieces);
      more = true;
      for (let k = 0; k < pieces.length; k++) more = this.deliver(pieces[k]!);
      pieces.length = 0;
      if (this.headersTimeoutMs > 0) this.watchHead(framer);
    }
    if (!more && !this.transportPaused && !this.transportClosed) {
      this.transportPaused = true;
      this.transport.pause();
    }
  }

  /**
   * Hands a chunk to the consumer. While it reads in flowing mode with
   * nothing buffered (node:http between its pauses), 'data' is emitted
   * directly, which is what push() would do, without its per-chunk
   * bookkeeping and read-more tick; otherwise the chunk is buffered by
   * push() in order and its answer says whether to pause the transport.
   */
  private deliver(chunk: Buffer): boolean {
    if (this.readableFlowing === true && this.readableLength === 0 && !this.destroyed) {
      this.emit('data', chunk);
      return true;
    }
    return this.push(chunk);
  }

  private onTransportEnd(): void {
    if (this.destroyed) return;
    if (this.framer) {
      const pieces = this.pieces;
      this.framer.finish(pieces);
      for (const piece of pieces) this.push(piece);
      pieces.length = 0;
    }
    this.push(null);
  }

  private onTransportClose(error?: Error): void {
    this.transportClosed = true;
    this.clearTimers();
    if (this.destroyed) return;
    if (error) {
      this.destroy(error);
      return;
    }
    // Closed without an error: what was received can still be read; the socket is done once it is.
    if (!this.readableEnded) this.push(null);
    this.destroy();
  }

  // ---- timers -------------------------------------------------------------

  private touch(): void {
    if (this.idleMs === 0) return;
    this.lastActive = Date.now();
    if (this.idleFired) {
      this.idleFired = false;
      this.armIdle(this.idleMs);
    }
  }

  private armIdle(delay: number): void {
    this.idleTimer = setTimeout(this.onIdleTimer, delay);
    this.idleTimer.unref();
  }

  private readonly onIdleTimer = (): void => {
    this.idleTimer = null;
    if (this.destroyed || this.idleMs === 0) return;
    const left = this.lastActive + this.idleMs - Date.now();
    if (left > 0) {
      this.armIdle(left);
      return;
    }
    this.idleFired = true;
    this.emit('timeout');
  };

  private watchHead(framer: RequestFramer): void {
    const inHead = framer.phase === 'head';
    if (inHead && this.headTimer === null) {
      this.headTimer = setTimeout(() => {
        this.headTimer = null;
        if (!this.destroyed && framer.phase === 'head') this.destroy(new HeadersTimeoutError());
      }, this.headersTimeoutMs);
      this.headTimer.unref();
    } else if (!inHead && this.headTimer !== null) {
      clearTimeout(this.headTimer);
      this.headTimer = null;
    }
  }

  private clearTimers(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.headTimer) clearTimeout(this.headTimer);
    this.headTimer = null;
  }
}
