/**
 * ProtocolHost with a fake libp2p and in-memory stream pairs: handlers'
 * errors are contained (the stream is aborted, nothing escapes), the
 * per-peer cap refuses extra streams, a finished stream is closed, stop()
 * aborts running handlers and waits for them (bounded), and open() turns
 * dial and negotiation failures into typed errors.
 */
import '../../agent/node20.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Connection, Stream, StreamHandlerOptions } from '@libp2p/interface';
import { streamPair } from '@libp2p/utils';
import { ProtocolHost, StreamOpenError, type InboundStreamContext, type ProtocolPlugin, type ProtocolRegistrar } from '../../protocols/protocol-host.js';
import { captureLogger, type LogLine } from '../helpers/push-peers.js';
import { until } from '../helpers/until.js';

const PROTOCOL = '/test/1.0.0';

class FakeLibp2p implements ProtocolRegistrar {
  readonly handlers = new Map<string, { handler: (stream: Stream, connection: Connection) => void | Promise<void>; options: StreamHandlerOptions | undefined }>();

  async handle(protocol: string, handler: (stream: Stream, connection: Connection) => void | Promise<void>, options?: StreamHandlerOptions): Promise<void> {
    this.handlers.set(protocol, { handler, options });
  }

  async unhandle(protocol: string): Promise<void> {
    this.handlers.delete(protocol);
  }

  /** Delivers an inbound stream from `peer`; returns the dialer's end. */
  async incoming(peer: string, protocol = PROTOCOL): Promise<Stream> {
    const [outbound, inbound] = await streamPair();
    const connection = { remotePeer: { toString: () => peer } } as unknown as Connection;
    void this.handlers.get(protocol)!.handler(inbound, connection);
    return outbound;
  }
}

function setup(plugin: Partial<ProtocolPlugin> & Pick<ProtocolPlugin, 'handle'>, options: { stopTimeoutMs?: number } = {}) {
  const libp2p = new FakeLibp2p();
  const logs: LogLine[] = [];
  const host = new ProtocolHost({ libp2p, log: captureLogger(logs), stopTimeoutMs: options.stopTimeoutMs ?? 1_000, lingerMs: 300 });
  host.register({ protocol: PROTOCOL, ...plugin });
  return { libp2p, host, logs };
}

/** Resolves with how the dialer's end of the stream ended ('reset' when aborted by the handler side), or 'still open' after 3 s. */
function ending(stream: Stream): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('still open'), 3_000);
    stream.addEventListener('close', () => {
      clearTimeout(timer);
      resolve(stream.status);
    });
    // Half-closed by the other side: close ours so the stream can finish.
    stream.addEventListener('remoteCloseWrite', () => void stream.close());
  });
}

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
test.before.each(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
test.after.each(() => {
  process.off('unhandledRejection', onUnhandled);
});

test('start registers with libp2p, stop unregisters; registering late is refused', async () => {
  const { libp2p, host } = setup({ maxInboundStreams: 7, handle: async () => undefined });
  assert.is(libp2p.handlers.size, 0, 'nothing before start');
  await host.start();
  assert.equal(libp2p.handlers.get(PROTOCOL)?.options, { maxInboundStreams: 7 });
  assert.throws(() => host.register({ protocol: '/late/1.0.0', handle: async () => undefined }), /before the protocol host starts/);
  await host.stop();
  assert.is(libp2p.handlers.size, 0);
});

test('a handler that throws, synchronously or not, costs only its stream', async () => {
  let calls = 0;
  const { libp2p, host, logs } = setup({
    handle: (ctx: InboundStreamContext) => {
      calls += 1;
      if (calls === 1) throw new Error('boom, sync');
      if (calls === 2) return Promise.reject(Object.assign(new Error('bad peer'), { code: 'protocol' }));
      return Promise.resolve();
    },
  });
  await host.start();
  const first = await libp2p.incoming('peer-a');
  assert.is(await ending(first), 'reset', 'a throwing handler aborts the stream');
  const second = await libp2p.incoming('peer-a');
  assert.is(await ending(second), 'reset');
  const third = await libp2p.incoming('peer-a');
  assert.is(await ending(third), 'closed', 'a handler that returns gets its stream closed gracefully');
  await until('all handlers to finish', () => host.activeStreams() === 0, 2_000);
  assert.ok(logs.some((l) => l.level === 'warn' && l.fields?.error === 'Error: boom, sync'), 'an unexpected failure is a warning');
  assert.ok(logs.some((l) => l.level === 'debug' && String(l.fields?.error).includes('bad peer')), "a peer's fault (an error with a code) is only debug");
  assert.equal(unhandled, []);
  await host.stop();
});

test('streams over the per-peer cap are refused; other peers are still served', async () => {
  const release: Array<() => void> = [];
  const { libp2p, host } = setup({
    maxStreamsPerPeer: 2,
    handle: () => new Promise<void>((resolve) => release.push(resolve)),
  });
  await host.start();
  const a1 = await libp2p.incoming('peer-a');
  const a2 = await libp2p.incoming('peer-a');
  const a3 = await libp2p.incoming('peer-a');
  assert.is(await ending(a3), 'reset', 'the third stream from one peer is refused');
  const b1 = await libp2p.incoming('peer-b');
  await until('three handlers', () => release.length === 3, 1_000);
  assert.is(host.activeStreams(PROTOCOL), 3);
  for (const done of release.splice(0)) done();
  await Promise.all([ending(a1), ending(a2), ending(b1)]);
  await until('the slots to free', () => host.activeStreams() === 0, 2_000);
  const a4 = await libp2p.incoming('peer-a');
  await until('a new stream from peer-a to be served', () => release.length === 1, 1_000);
  release[0]!();
  assert.is(await ending(a4), 'closed');
  await host.stop();
});

test('stop aborts running handlers and waits for them, bounded', async () => {
  let sawAbort = false;
  const { libp2p, host, logs } = setup(
    {
      handle: async (ctx) => {
        if (ctx.remotePeer === 'stubborn') {
          await new Promise((resolve) => setTimeout(resolve, 60_000).unref());
          return;
        }
        await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve()));
        sawAbort = true;
      },
    },
    { stopTimeoutMs: 300 },
  );
  await host.start();
  const polite = await libp2p.incoming('polite');
  const stubborn = await libp2p.incoming('stubborn');
  await until('both handlers', () => host.activeStreams() === 2, 1_000);
  const politeEnd = ending(polite);
  const stubbornEnd = ending(stubborn);
  const started = Date.now();
  await host.stop();
  assert.ok(Date.now() - started < 1_000, 'stop does not wait for a handler that ignores its signal');
  assert.ok(sawAbort, "the handler's signal was aborted");
  assert.is(await politeEnd, 'reset');
  assert.is(await stubbornEnd, 'reset', 'its stream is aborted all the same');
  assert.ok(logs.some((l) => l.level === 'warn' && /did not finish/.test(l.message)));
});

test("a stream reset by the other side aborts the handler's signal", async () => {
  let reason: unknown;
  const { libp2p, host } = setup({
    handle: (ctx) =>
      new Promise<void>((resolve) =>
        ctx.signal.addEventListener('abort', () => {
          reason = ctx.signal.reason;
          resolve();
        }),
      ),
  });
  await host.start();
  const stream = await libp2p.incoming('peer-a');
  await until('the handler', () => host.activeStreams() === 1, 1_000);
  stream.abort(new Error('gone'));
  await until('the handler to see the reset', () => reason !== undefined, 2_000);
  await until('the slot to free', () => host.activeStreams() === 0, 2_000);
  await host.stop();
});

test('open() types its failures', async () => {
  const { host } = setup({ handle: async () => undefined });
  await host.start();
  const signal = new AbortController().signal;
  const failing = async (connect: () => Promise<Connection>, code: string, signalToUse = signal): Promise<void> => {
    const error = await host.open('peer-x', PROTOCOL, { signal: signalToUse, connect }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.instance(error, StreamOpenError);
    assert.is((error as StreamOpenError).code, code);
  };
  await failing(() => Promise.reject(new Error('ECONNREFUSED')), 'unreachable');
  const unsupported = Object.assign(new Error('no'), { name: 'UnsupportedProtocolError' });
  await failing(async () => ({ newStream: () => Promise.reject(unsupported) }) as unknown as Connection, 'unsupported');
  await failing(async () => ({ newStream: () => Promise.reject(new Error('muxer closed')) }) as unknown as Connection, 'unreachable');
  const aborted = new AbortController();
  aborted.abort();
  await failing(() => Promise.reject(new Error('never called')), 'cancelled', aborted.signal);
  await host.stop();
  await failing(() => Promise.reject(new Error('never called')), 'stopped');
});

test.run();
