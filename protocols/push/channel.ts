/**
 * Push messages over one libp2p v3 stream: varint length-prefixed CBOR
 * frames (lpStream), every read with a deadline, every write honouring
 * backpressure.
 *
 * Why the read side pauses the stream itself: yamux grants the sender more
 * window as soon as bytes reach the stream's 'message' listeners, and
 * lpStream's byte buffer is such a listener, so a reader slower than the
 * network (a recipient waiting for its disk) would see that buffer grow
 * until it overflows and resets the stream. The channel counts what it has
 * been given but not yet read and pauses the stream above a high-water
 * mark; yamux then stops granting window and the sender blocks, which is
 * the backpressure we want to reach the other laptop.
 */
import type { MessageStream, StreamMessageEvent } from '@libp2p/interface';
import { lpStream, type LengthPrefixedStream } from '@libp2p/utils';
import { decodeMessage, encodeMessage, MAX_MESSAGE_BYTES, type PushMessage } from './messages.js';
import { PushError } from './types.js';

export interface PushChannelOptions {
  /** Largest frame accepted from the other side (default MAX_MESSAGE_BYTES). */
  maxMessageBytes?: number;
}

export class PushChannel {
  readonly stream: MessageStream;
  private readonly lp: LengthPrefixedStream<MessageStream>;
  private readonly highWater: number;
  private readonly maxMessageBytes: number;
  /** Bytes handed to lpStream and not yet returned by a read. */
  private buffered = 0;
  private paused = false;
  private pauseQueued = false;
  private broken: PushError | null = null;
  private reading = false;

  constructor(stream: MessageStream, options: PushChannelOptions = {}) {
    this.stream = stream;
    this.maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
    // Above one whole frame plus its prefix there is always a full message to read.
    this.highWater = this.maxMessageBytes + 16;
    // Registered before lpStream's own listener so both see every dispatch.
    stream.addEventListener('message', this.onMessage);
    this.lp = lpStream(stream, {
      maxDataLength: this.maxMessageBytes,
      // Safety net only: the pause below keeps us far from it (high water + one yamux window).
      maxBufferSize: this.highWater + Math.max(stream.maxReadBufferLength, 4 * 1024 * 1024),
    });
  }

  /**
   * The next message. Throws PushError 'timeout' after `timeoutMs`, 'closed'
   * when the stream ends or is reset, 'protocol' for an oversized or
   * malformed frame. After any error the channel is unusable (a frame may be
   * half read): the caller aborts or closes it.
   */
  async read(timeoutMs: number): Promise<PushMessage> {
    if (this.broken) throw this.broken;
    if (this.reading) throw new PushError('protocol', 'concurrent reads on one push channel');
    this.reading = true;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new PushError('timeout', `no message within ${timeoutMs} ms`)), timeoutMs);
    try {
      this.resumeIfLow();
      let frame: Uint8Array;
      try {
        const list = await this.lp.read({ signal: deadline.signal });
        frame = list.subarray();
      } catch (error) {
        throw this.fail(readError(error, deadline.signal));
      }
      // Assumes a minimal prefix, as lpStream writes; a peer padding its varints
      // only makes us pause its stream early, until its reads time out.
      this.buffered -= varintLength(frame.byteLength) + frame.byteLength;
      try {
        return decodeMessage(frame);
      } catch (error) {
        throw this.fail(error instanceof PushError ? error : new PushError('protocol', String(error), { cause: error }));
      }
    } finally {
      clearTimeout(timer);
      this.reading = false;
    }
  }

  /**
   * Sends one message; resolves once the stream took it (at once, or after
   * a drain when the other side is slow). Throws PushError 'timeout' when no
   * drain comes within `timeoutMs`, 'closed' when the stream went away,
   * 'protocol' for a message our own validator refuses.
   */
  async write(message: PushMessage, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const bytes = encodeMessage(message);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new PushError('timeout', `the other side took nothing for ${timeoutMs} ms`)), timeoutMs);
    const onAbort = (): void => deadline.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (signal?.aborted) throw signal.reason;
      await this.lp.write(bytes, { signal: deadline.signal });
    } catch (error) {
      if (deadline.signal.aborted && deadline.signal.reason instanceof PushError) throw deadline.signal.reason;
      if (error instanceof PushError) throw error;
      if (signal?.aborted) throw signal.reason;
      throw new PushError('closed', `the stream closed while writing${describeClose(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Half-closes our side once everything written left; aborts if that takes longer than `timeoutMs`. */
  async close(timeoutMs = 5_000): Promise<void> {
    const stream = this.stream;
    if (stream.status !== 'open') return;
    try {
      await stream.close({ signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      stream.abort(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Resets the stream: both directions stop at once and the other side sees an error. */
  abort(error: Error): void {
    this.broken ??= error instanceof PushError ? error : new PushError('closed', error.message, { cause: error });
    this.stream.removeEventListener('message', this.onMessage);
    this.stream.abort(error);
  }

  private readonly onMessage = (event: StreamMessageEvent): void => {
    this.buffered += event.data.byteLength;
    if (this.buffered <= this.highWater || this.paused || this.pauseQueued) return;
    // Not from inside the dispatch: resume() dispatches synchronously and then
    // re-grants yamux window, silently undoing a pause() made in between
    // (libp2p 3.3), after which the stream's own buffer overflows.
    this.pauseQueued = true;
    queueMicrotask(() => {
      this.pauseQueued = false;
      if (this.buffered <= this.highWater || this.paused) return;
      try {
        this.stream.pause();
        this.paused = true;
      } catch {
        // Already closing: nothing more will arrive anyway.
      }
    });
  };

  private resumeIfLow(): void {
    if (!this.paused || this.buffered > this.highWater) return;
    this.paused = false;
    try {
      this.stream.resume();
    } catch {
      // Closing: the read below reports how it ended.
    }
  }

  private fail(error: PushError): PushError {
    this.broken = error;
    return error;
  }
}

function readError(error: unknown, deadline: AbortSignal): PushError {
  if (deadline.aborted && deadline.reason instanceof PushError) return deadline.reason;
  const name = (error as Error | undefined)?.name;
  if (name === 'InvalidDataLengthError' || name === 'InvalidDataLengthLengthError' || name === 'InvalidMessageLengthError') {
    return new PushError('protocol', (error as Error).message, { cause: error });
  }
  if (name === 'StreamBufferError') return new PushError('protocol', 'the other side overran our read buffer', { cause: error });
  if (name === 'UnexpectedEOFError') return new PushError('closed', 'the stream ended', { cause: error });
  return new PushError('closed', `the stream broke: ${(error as Error | undefined)?.message ?? String(error)}`, { cause: error });
}

function varintLength(n: number): number {
  let length = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    length += 1;
  }
  return length;
}

/** libp2p rejects a write on a closed stream with the close event, not an Error: say what there is to say. */
function describeClose(error: unknown): string {
  if (error instanceof Error && error.message !== '') return `: ${error.message}`;
  const inner = (error as { error?: unknown } | null)?.error;
  if (inner instanceof Error && inner.message !== '') return `: ${inner.message}`;
  return ' (the other laptop or the connection ended it)';
}
