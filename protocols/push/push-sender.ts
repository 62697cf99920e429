/**
 * The sender's side of `/mesh-share/push/1.0.0`: one delivery of one
 * transfer to one peer over one stream. Files are streamed from disk in
 * DATA_CHUNK_BYTES frames, each written only once the stream took the one
 * before, so memory stays flat whatever the file size and a slow
 * recipient slows us instead of filling our buffers.
 */
import type { Logger } from '../../agent/logger.js';
import { StreamOpenError, type Connect, type ProtocolHost } from '../protocol-host.js';
import { PushChannel } from './channel.js';
import { checkAnswerFitsOffer, checkOfferFits, DATA_CHUNK_BYTES, PROTOCOL_VERSION } from './messages.js';
import { PUSH_PROTOCOL, PushError, type DeliveryRequest, type DeliveryResult, type Offer, type OfferedFile, type PushTransport, type SourceFile, type TransferId } from './types.js';

export interface PushSenderTimeouts {
  /** From the offer to the answer (the recipient's policy decides in between). */
  answerMs: number;
  /** From a file's `end` to its receipt (the recipient finishes hashing and moves the file). */
  receiptMs: number;
  /** The longest the stream may take nothing from us before we give up. */
  stallMs: number;
  /** Graceful half-close before the stream is aborted instead. */
  closeMs: number;
}

export const DEFAULT_SENDER_TIMEOUTS: PushSenderTimeouts = { answerMs: 30_000, receiptMs: 120_000, stallMs: 30_000, closeMs: 5_000 };

export interface PushClientOptions {
  host: ProtocolHost;
  connect: Connect;
  log: Logger;
  timeouts?: Partial<PushSenderTimeouts>;
  /** Least time between two progress reports (default 100 ms). */
  progressIntervalMs?: number;
}

/** A local file could not be read as offered: retrying the same offer cannot help. */
class SourceError extends Error {
  override name = 'SourceError';
}

export class PushClient implements PushTransport {
  private readonly host: ProtocolHost;
  private readonly connect: Connect;
  private readonly log: Logger;
  private readonly timeouts: PushSenderTimeouts;
  private readonly progressIntervalMs: number;

  constructor(options: PushClientOptions) {
    this.host = options.host;
    this.connect = options.connect;
    this.log = options.log;
    this.timeouts = { ...DEFAULT_SENDER_TIMEOUTS, ...options.timeouts };
    this.progressIntervalMs = options.progressIntervalMs ?? 100;
  }

  async deliver(request: DeliveryRequest): Promise<DeliveryResult> {
    const { signal, peerId } = request;
    const offer = offerOf(request);
    try {
      // An offer too big for one frame fails here, before any dial, and for good.
      checkOfferFits(offer);
    } catch (error) {
      return { outcome: 'failed', retry: false, message: `the offer cannot be sent: ${(error as Error).message}` };
    }
    if (signal.aborted) return cancelled();

    let channel: PushChannel;
    try {
      channel = new PushChannel(await this.host.open(peerId, PUSH_PROTOCOL, { signal, connect: this.connect }));
    } catch (error) {
      if (signal.aborted || (error instanceof StreamOpenError && error.code === 'cancelled')) return cancelled();
      if (error instanceof StreamOpenError && error.code === 'unsupported') return { outcome: 'failed', retry: true, message: error.message };
      return { outcome: 'unreachable', message: (error as Error).message };
    }

    const onAbort = (): void => channel.abort(new PushError('closed', 'cancelled'));
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await this.converse(channel, request, offer);
    } catch (error) {
      channel.abort(error instanceof Error ? error : new Error(String(error)));
      if (signal.aborted) return cancelled();
      const message = (error as Error).message;
      this.log.debug('a push delivery broke', { peer: peerId, transfer: request.transferId, error: message });
      if (error instanceof SourceError) return { outcome: 'failed', retry: false, message };
      return { outcome: 'failed', retry: true, message: error instanceof PushError && error.code === 'timeout' ? `timeout: ${message}` : message };
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  /**
   * Tells `peerId`'s agent that we (its recipient) accepted `transferId`
   * that it offered earlier, so it retries now. Throws StreamOpenError or
   * PushError when the nudge could not be delivered.
   */
  async ready(peerId: string, transferId: TransferId, signal: AbortSignal): Promise<void> {
    const channel = new PushChannel(await this.host.open(peerId, PUSH_PROTOCOL, { signal, connect: this.connect }));
    try {
      await channel.write({ type: 'ready', transferId }, this.timeouts.stallMs, signal);
      await channel.close(this.timeouts.closeMs);
    } catch (error) {
      channel.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  private async converse(channel: PushChannel, request: DeliveryRequest, offer: Offer): Promise<DeliveryResult> {
    const { signal } = request;
    const t = this.timeouts;
    await channel.write({ type: 'offer', version: PROTOCOL_VERSION, offer }, t.stallMs, signal);
    const reply = await channel.read(t.answerMs);
    if (reply.type !== 'answer') throw new PushError('protocol', `expected an answer, got ${reply.type}`);
    const answer = reply.answer;
    if (answer.decision === 'held') {
      await channel.close(t.closeMs);
      return { outcome: 'held', expiresAt: answer.expiresAt };
    }
    if (answer.decision === 'decline') {
      await channel.close(t.closeMs);
      return { outcome: 'declined', reason: answer.reason, message: answer.message };
    }
    checkAnswerFitsOffer(offer, answer);

    const total = request.files.reduce((sum, f) => sum + f.size, 0);
    let resumedFrom = 0;
    let done = 0;
    let files = 0;
    for (const fileAnswer of answer.files) {
      const size = request.files[fileAnswer.index]!.size;
      // 'have' and 'skip' files need nothing more from us: the bar counts them as done.
      if (fileAnswer.action === 'send') {
        resumedFrom += fileAnswer.offset;
        done += fileAnswer.offset;
      } else {
        done += size;
        if (fileAnswer.action === 'have') files += 1;
      }
    }
    const progress = new Progress(request.onProgress, total, done, this.progressIntervalMs, this.log);
    progress.report();

    let bytesSent = 0;
    for (const fileAnswer of answer.files) {
      if (fileAnswer.action !== 'send') continue;
      const file = request.files[fileAnswer.index]!;
      bytesSent += await this.sendFile(channel, file, fileAnswer.offset, progress, signal);
      await channel.write({ type: 'end', index: file.index }, t.stallMs, signal);
      const verdict = await channel.read(t.receiptMs);
      if (verdict.type !== 'receipt') throw new PushError('protocol', `expected a receipt, got ${verdict.type}`);
      if (verdict.receipt.index !== file.index) throw new PushError('protocol', `receipt for file ${verdict.receipt.index}, expected ${file.index}`);
      if (!verdict.receipt.ok) {
        progress.final();
        await channel.close(t.closeMs);
        return { outcome: 'failed', retry: true, message: `${file.name}: ${verdict.receipt.reason ?? 'refused by the recipient'}` };
      }
      files += 1;
    }
    progress.final();
    await channel.close(t.closeMs);
    return { outcome: 'delivered', files, bytesSent, resumedFrom };
  }

  /** Streams one file from `offset`; returns the bytes sent. */
  private async sendFile(channel: PushChannel, file: SourceFile, offset: number, progress: Progress, signal: AbortSignal): Promise<number> {
    let position = offset;
    let source: NodeJS.ReadableStream;
    try {
      source = file.open(offset);
    } catch (error) {
      throw new SourceError(`${file.name} cannot be read: ${(error as Error).message}`, { cause: error });
    }
    const iterator = source[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<string | Buffer>;
        try {
          next = await iterator.next();
        } catch (error) {
          throw new SourceError(`${file.name} cannot be read: ${(error as Error).message}`, { cause: error });
        }
        if (next.done) break;
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        for (let at = 0; at < chunk.byteLength; at += DATA_CHUNK_BYTES) {
          const bytes = chunk.subarray(at, Math.min(at + DATA_CHUNK_BYTES, chunk.byteLength));
          if (position + bytes.byteLength > file.size) throw new SourceError(`${file.name} grew since it was offered`);
          await channel.write({ type: 'data', index: file.index, offset: position, bytes }, this.timeouts.stallMs, signal);
          position += bytes.byteLength;
          progress.add(bytes.byteLength);
        }
      }
    } finally {
      await iterator.return?.().catch(() => undefined);
      (source as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
    }
    if (position !== file.size) throw new SourceError(`${file.name} shrank since it was offered`);
    return position - offset;
  }
}

/** Calls onProgress at most every `intervalMs`, and always at the end; a throwing listener is only logged. */
class Progress {
  private lastAt = -Infinity;

  constructor(
    private readonly listener: (done: number, total: number) => void,
    private readonly total: number,
    private done: number,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  add(bytes: number): void {
    this.done += bytes;
    if (Date.now() - this.lastAt >= this.intervalMs) this.report();
  }

  report(): void {
    this.lastAt = Date.now();
    try {
      this.listener(this.done, this.total);
    } catch (error) {
      this.log.warn('a progress listener failed', { error: String(error) });
    }
  }

  final(): void {
    this.report();
  }
}

function offerOf(request: DeliveryRequest): Offer {
  const from = request.from.color === undefined ? { nick: request.from.nick } : { nick: request.from.nick, color: request.from.color };
  // Only the wire fields: SourceFile carries open() and maybe more.
  const files: OfferedFile[] = request.files.map((f) => ({ index: f.index, name: f.name, size: f.size, sha256: f.sha256, mimeType: f.mimeType, metadata: { ...f.metadata } }));
  return { transferId: request.transferId, from, files };
}

function cancelled(): DeliveryResult {
  return { outcome: 'failed', retry: false, message: 'cancelled' };
}
