/**
 * The one request pipeline for our libp2p protocols. Each protocol is a
 * plugin with a handler; the host owns what every protocol needs and none
 * should write again: registration with libp2p, a per-peer cap on
 * concurrent streams, containment of every error (a failing handler costs
 * its own stream, never the agent), lingering until the stream is really
 * closed, and a bounded shutdown that aborts whatever still runs.
 *
 * Outbound streams go through `open()`, so dial failures and protocol
 * negotiation failures arrive as one typed error.
 */
import type { Connection, Stream, StreamHandlerOptions } from '@libp2p/interface';
import type { Logger } from '../agent/logger.js';

export interface InboundStreamContext {
  stream: Stream;
  /** The PeerId proven by Noise: the only identity of the other side to trust. */
  remotePeer: string;
  connection: Connection;
  /** Aborted when the host stops or the stream is reset under the handler. */
  signal: AbortSignal;
  log: Logger;
}

export interface ProtocolPlugin {
  protocol: string;
  /** Per connection, enforced by libp2p (default 32). */
  maxInboundStreams?: number;
  /** Concurrent streams of this protocol from one peer over all its connections (default 8). */
  maxStreamsPerPeer?: number;
  /**
   * Serves one inbound stream. Resolving means done: the host then closes
   * the stream gracefully (bounded). Throwing or rejecting aborts it.
   */
  handle(ctx: InboundStreamContext): Promise<void>;
  /**
   * Whether a handler's error is the other side's doing (logged at debug)
   * rather than a fault of ours (a warning). Default: errors with a string
   * `code`.
   */
  expected?(error: unknown): boolean;
}

/** P2pNode.connect: an open connection to the peer or a new dial. */
export type Connect = (peerId: string, signal?: AbortSignal) => Promise<Connection>;

/** What the host needs of libp2p (a real node, or a fake in tests). */
export interface ProtocolRegistrar {
  handle(protocol: string, handler: (stream: Stream, connection: Connection) => void | Promise<void>, options?: StreamHandlerOptions): Promise<void>;
  unhandle(protocol: string): Promise<void>;
}

export interface ProtocolHostOptions {
  libp2p: ProtocolRegistrar;
  log: Logger;
  /** How long stop() waits for running handlers after aborting them (default 5 s). */
  stopTimeoutMs?: number;
  /** How long a finished stream may wait for the other side's close before it is aborted (default 5 s). */
  lingerMs?: number;
}

export type StreamOpenErrorCode = 'unreachable' | 'unsupported' | 'stopped' | 'cancelled';

export class StreamOpenError extends Error {
  constructor(
    readonly code: StreamOpenErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StreamOpenError';
  }
}

const DEFAULT_STREAMS_PER_PEER = 8;

interface Running {
  controller: AbortController;
  stream: Stream;
  done: Promise<void>;
}

export class ProtocolHost {
  private readonly libp2p: ProtocolRegistrar;
  private readonly log: Logger;
  private readonly stopTimeoutMs: number;
  private readonly lingerMs: number;
  private readonly plugins = new Map<string, ProtocolPlugin>();
  private readonly running = new Set<Running>();
  /** protocol -> peer -> streams being served. */
  private readonly perPeer = new Map<string, Map<string, number>>();
  private state: 'new' | 'started' | 'stopped' = 'new';

  constructor(options: ProtocolHostOptions) {
    this.libp2p = options.libp2p;
    this.log = options.log;
    this.stopTimeoutMs = options.stopTimeoutMs ?? 5_000;
    this.lingerMs = options.lingerMs ?? 5_000;
  }

  /** Adds a protocol; plugins are registered before start(). */
  register(plugin: ProtocolPlugin): void {
    if (this.state !== 'new') throw new Error(`register ${plugin.protocol} before the protocol host starts`);
    if (this.plugins.has(plugin.protocol)) throw new Error(`protocol ${plugin.protocol} is registered twice`);
    this.plugins.set(plugin.protocol, plugin);
  }

  async start(): Promise<void> {
    if (this.state !== 'new') throw new Error(`the protocol host cannot start when ${this.state}`);
    this.state = 'started';
    for (const plugin of this.plugins.values()) await this.listen(plugin);
  }

  /** Stops taking streams, aborts the running handlers and waits for them (bounded). */
  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    const wasStarted = this.state === 'started';
    this.state = 'stopped';
    if (wasStarted) {
      for (const protocol of this.plugins.keys()) {
        await this.libp2p.unhandle(protocol).catch((error: unknown) => this.log.debug('unhandling a protocol failed', { protocol, error: String(error) }));
      }
    }
    const running = [...this.running];
    const stopping = new Error('the agent is stopping');
    for (const task of running) {
      task.controller.abort(stopping);
      task.stream.abort(stopping);
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.stopTimeoutMs);
    });
    const result = await Promise.race([Promise.all(running.map((task) => task.done)).then(() => 'done' as const), timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') this.log.warn('protocol handlers did not finish in time at stop', { still: this.running.size });
  }

  /** How many inbound streams are being served (for tests and status). */
  activeStreams(protocol?: string): number {
    if (protocol === undefined) return this.running.size;
    let n = 0;
    for (const count of this.perPeer.get(protocol)?.values() ?? []) n += count;
    return n;
  }

  /**
   * Opens an outbound stream. Throws StreamOpenError: 'unreachable' when the
   * peer cannot be dialled or the stream cannot be opened, 'unsupported'
   * when the peer does not speak `protocol`, 'cancelled' when `signal` fired.
   */
  async open(peerId: string, protocol: string, options: { signal: AbortSignal; connect: Connect }): Promise<Stream> {
    const { signal, connect } = options;
    if (this.state === 'stopped') throw new StreamOpenError('stopped', 'the agent is stopping');
    let connection: Connection;
    try {
      signal.throwIfAborted();
      connection = await connect(peerId, signal);
    } catch (error) {
      if (signal.aborted) throw new StreamOpenError('cancelled', 'cancelled', { cause: error });
      throw new StreamOpenError('unreachable', `cannot reach ${peerId}: ${(error as Error).message}`, { cause: error });
    }
    try {
      return await connection.newStream(protocol, { signal });
    } catch (error) {
      if (signal.aborted) throw new StreamOpenError('cancelled', 'cancelled', { cause: error });
      if ((error as Error).name === 'UnsupportedProtocolError') {
        throw new StreamOpenError('unsupported', `${peerId} does not speak ${protocol}`, { cause: error });
      }
      throw new StreamOpenError('unreachable', `cannot open ${protocol} to ${peerId}: ${(error as Error).message}`, { cause: error });
    }
  }

  private async listen(plugin: ProtocolPlugin): Promise<void> {
    const options: StreamHandlerOptions = {};
    if (plugin.maxInboundStreams !== undefined) options.maxInboundStreams = plugin.maxInboundStreams;
    // libp2p awaits nothing of ours: the handler returns at once and the task runs on its own.
    await this.libp2p.handle(plugin.protocol, (stream, connection) => this.accept(plugin, stream, connection), options);
  }

  private accept(plugin: ProtocolPlugin, stream: Stream, connection: Connection): void {
    const remotePeer = connection.remotePeer.toString();
    const log = this.log;
    if (this.state !== 'started') {
      stream.abort(new Error('the agent is stopping'));
      return;
    }
    const peers = this.perPeer.get(plugin.protocol) ?? new Map<string, number>();
    this.perPeer.set(plugin.protocol, peers);
    const count = peers.get(remotePeer) ?? 0;
    const cap = plugin.maxStreamsPerPeer ?? DEFAULT_STREAMS_PER_PEER;
    if (count >= cap) {
      log.debug('refusing a stream: too many from this peer', { protocol: plugin.protocol, peer: remotePeer, cap });
      stream.abort(new Error(`too many ${plugin.protocol} streams from one peer`));
      return;
    }
    peers.set(remotePeer, count + 1);

    const controller = new AbortController();
    const onClose = (event: Event): void => {
      const error = (event as Event & { error?: Error }).error;
      if (error && !controller.signal.aborted) controller.abort(error);
    };
    stream.addEventListener('close', onClose);
    const task: Running = { controller, stream, done: Promise.resolve() };
    task.done = this.serve(plugin, { stream, remotePeer, connection, signal: controller.signal, log }).finally(() => {
      stream.removeEventListener('close', onClose);
      this.running.delete(task);
      const left = (peers.get(remotePeer) ?? 1) - 1;
      if (left > 0) peers.set(remotePeer, left);
      else peers.delete(remotePeer);
    });
    this.running.add(task);
  }

  /** Runs the handler with every failure contained; never rejects. */
  private async serve(plugin: ProtocolPlugin, ctx: InboundStreamContext): Promise<void> {
    const { stream, log } = ctx;
    try {
      await plugin.handle(ctx);
    } catch (error) {
      const expected = ctx.signal.aborted || (plugin.expected ? plugin.expected(error) : typeof (error as { code?: unknown } | null)?.code === 'string');
      const fields = { protocol: plugin.protocol, peer: ctx.remotePeer, error: String(error) };
      if (expected) log.debug('a protocol stream ended with an error', fields);
      else log.warn('a protocol handler failed', fields);
      stream.abort(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    await this.linger(stream).catch(() => undefined);
  }

  /** Closes our side and waits (bounded) for the other side's close, so no stream stays half-open. */
  private async linger(stream: Stream): Promise<void> {
    if (stream.status !== 'open' && stream.status !== 'closing') return;
    const closed = new Promise<void>((resolve) => stream.addEventListener('close', () => resolve(), { once: true }));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.lingerMs);
    });
    try {
      const result = await Promise.race([stream.close({ signal: AbortSignal.timeout(this.lingerMs) }).then(() => closed), timeout]);
      if (result === 'timeout') stream.abort(new Error('the other side did not close the stream'));
    } catch (error) {
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    } finally {
      clearTimeout(timer);
    }
  }
}
