/**
 * The recipient's side of `/mesh-share/push/1.0.0`, as a ProtocolHost
 * plugin. The other laptop is untrusted: every frame is checked against
 * the offer (right file, right offset, never past the offered size), every
 * read has a deadline, and any break leaves the partial file suspended so
 * a later delivery resumes it. Failures end this stream only (the host
 * aborts it); they never reach the agent or other streams.
 */
import type { Logger } from '../../agent/logger.js';
import type { InboundStreamContext, ProtocolPlugin } from '../protocol-host.js';
import { PushChannel } from './channel.js';
import { checkAnswerFitsOffer } from './messages.js';
import { PUSH_PROTOCOL, PushError, type Answer, type IncomingFile, type Offer, type PushRecipient, type PushSenderHooks, type Receipt } from './types.js';

export interface PushReceiverTimeouts {
  /** From the stream opening to its first message (`offer` or `ready`). */
  firstMessageMs: number;
  /** Between two messages while a file arrives. */
  dataMs: number;
  /** For our own answer and receipts to be taken by the stream. */
  writeMs: number;
  closeMs: number;
}

export const DEFAULT_RECEIVER_TIMEOUTS: PushReceiverTimeouts = { firstMessageMs: 10_000, dataMs: 30_000, writeMs: 30_000, closeMs: 5_000 };

export interface PushReceiverOptions {
  recipient: PushRecipient;
  sender: PushSenderHooks;
  log: Logger;
  timeouts?: Partial<PushReceiverTimeouts>;
  /** Concurrent deliveries from one laptop (default 4). */
  maxStreamsPerPeer?: number;
}

export function pushProtocol(options: PushReceiverOptions): ProtocolPlugin {
  const timeouts = { ...DEFAULT_RECEIVER_TIMEOUTS, ...options.timeouts };
  return {
    protocol: PUSH_PROTOCOL,
    maxInboundStreams: 32,
    maxStreamsPerPeer: options.maxStreamsPerPeer ?? 4,
    handle: (ctx) => receive(ctx, options, timeouts),
    // What a peer can cause; a failing disk or inbox is ours and a warning.
    expected: (error) => error instanceof PushError,
  };
}

async function receive(ctx: InboundStreamContext, options: PushReceiverOptions, t: PushReceiverTimeouts): Promise<void> {
  const { remotePeer: peer, log } = ctx;
  const channel = new PushChannel(ctx.stream);
  const onAbort = (): void => channel.abort(ctx.signal.reason instanceof Error ? ctx.signal.reason : new Error('aborted'));
  ctx.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const first = await channel.read(t.firstMessageMs);
    if (first.type === 'ready') {
      try {
        options.sender.ready(peer, first.transferId);
      } catch (error) {
        log.warn('the ready hook failed', { peer, error: String(error) });
      }
      await channel.close(t.closeMs);
      return;
    }
    if (first.type !== 'offer') throw new PushError('protocol', `a push stream must start with an offer or ready, not ${first.type}`);
    const offer = first.offer;
    const answer = await decide(options, peer, offer, log);
    await channel.write({ type: 'answer', answer }, t.writeMs);
    if (answer.decision !== 'accept') {
      await channel.close(t.closeMs);
      return;
    }
    for (const fileAnswer of answer.files) {
      if (fileAnswer.action !== 'send') continue;
      const receipt = await receiveFile(channel, options, ctx, offer, fileAnswer.index, fileAnswer.offset, t);
      await channel.write({ type: 'receipt', receipt }, t.writeMs);
      // The sender stops at a refused file; so do we, instead of opening the next one for nothing.
      if (!receipt.ok) break;
    }
    await channel.close(t.closeMs);
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
  }
}

/** The recipient's answer, checked; a recipient that throws makes us decline (it must not). */
async function decide(options: PushReceiverOptions, peer: string, offer: Offer, log: Logger): Promise<Answer> {
  let answer: Answer;
  try {
    answer = await options.recipient.answer(peer, offer);
  } catch (error) {
    log.warn('deciding about an offer failed', { peer, transfer: offer.transferId, error: String(error) });
    return { decision: 'decline', reason: 'busy', message: 'the recipient could not decide about this offer' };
  }
  // Our own inbox broke the contract: a bug here, not the other laptop's fault.
  checkAnswerFitsOffer(offer, answer);
  return answer;
}

/**
 * Receives one accepted file into the recipient's IncomingFile. Returns the
 * receipt once `end` came with exactly the offered size; throws (after
 * suspending the file) on anything else.
 */
async function receiveFile(channel: PushChannel, options: PushReceiverOptions, ctx: InboundStreamContext, offer: Offer, index: number, offset: number, t: PushReceiverTimeouts): Promise<Receipt> {
  const { remotePeer: peer, log } = ctx;
  const file = offer.files[index]!;
  const incoming = await options.recipient.open(peer, offer, index);
  let received = offset;
  try {
    if (incoming.offset !== offset) throw new Error(`the inbox reopened file ${index} at ${incoming.offset}, not at the answered ${offset}`);
    for (;;) {
      const message = await channel.read(t.dataMs);
      if (message.type === 'end') {
        if (message.index !== index) throw new PushError('protocol', `end of file ${message.index} while receiving file ${index}`);
        if (received !== file.size) throw new PushError('protocol', `end of file ${index} after ${received} of ${file.size} bytes`);
        break;
      }
      if (message.type !== 'data') throw new PushError('protocol', `${message.type} while receiving file ${index}`);
      if (message.index !== index) throw new PushError('protocol', `data for file ${message.index} while receiving file ${index}`);
      if (message.offset !== received) throw new PushError('protocol', `data at offset ${message.offset}, expected ${received}`);
      if (received + message.bytes.byteLength > file.size) throw new PushError('protocol', `more bytes than the ${file.size} offered for file ${index}`);
      // Awaited: while the disk is slow we stop reading, the channel pauses and the sender waits.
      await incoming.write(message.bytes);
      received += message.bytes.byteLength;
    }
  } catch (error) {
    await suspend(incoming, log, peer);
    throw error;
  }
  try {
    const { path } = await incoming.finish();
    try {
      options.recipient.received(peer, offer, index, path);
    } catch (error) {
      log.warn('the received hook failed', { peer, error: String(error) });
    }
    return { index, ok: true };
  } catch (error) {
    const reason = (error as Error).message;
    if ((error as { code?: unknown }).code === 'corrupt') {
      log.info('a received file did not match its hash', { peer, transfer: offer.transferId, index, reason });
      return { index, ok: false, reason };
    }
    // Not the sender's fault (our disk, our rename): keep the bytes for a retry.
    log.warn('storing a received file failed', { peer, transfer: offer.transferId, index, error: reason });
    await suspend(incoming, log, peer);
    return { index, ok: false, reason: `the recipient could not store the file: ${reason}` };
  }
}

async function suspend(incoming: IncomingFile, log: Logger, peer: string): Promise<void> {
  try {
    await incoming.suspend();
  } catch (error) {
    log.warn('suspending a partial file failed', { peer, error: String(error) });
  }
}
