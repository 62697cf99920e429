/**
 * `/mesh-share/relay/1.0.0` on the wire: one message each way, then both
 * close. The holder dials to send a notice (the recipient answers an ack);
 * the recipient dials to say it collected a file (the holder answers
 * noted). Frames are varint length-prefixed (lpStream), sizes capped, every
 * read and write bounded in time.
 */
import type { Stream } from '@libp2p/interface';
import { lpStream } from '@libp2p/utils';
import type { Logger } from '../../agent/logger.js';
import type { Connect, InboundStreamContext, ProtocolHost, ProtocolPlugin } from '../protocol-host.js';
import { decodeRelayMessage, encodeRelayMessage, MAX_RELAY_MESSAGE_BYTES, RELAY_PROTOCOL, RelayProtocolError, type RelayAckState, type RelayMessage, type RelayNotice } from './messages.js';

const STEP_MS = 15_000;

async function exchangeOne(stream: Stream, send: RelayMessage | null, signal: AbortSignal): Promise<RelayMessage | null> {
  const lp = lpStream(stream, { maxDataLength: MAX_RELAY_MESSAGE_BYTES });
  const step = AbortSignal.any([signal, AbortSignal.timeout(STEP_MS)]);
  if (send !== null) await lp.write(encodeRelayMessage(send), { signal: step });
  const frame = await lp.read({ signal: step });
  return decodeRelayMessage(frame.subarray());
}

/** What the recipient does with a notice (the holder is `holderPeerId`, proven by Noise). */
export type NoticeHandler = (holderPeerId: string, notice: RelayNotice) => Promise<{ state: RelayAckState; message?: string }>;

/** What the holder does when a recipient (`recipientPeerId`, proven by Noise) collected a file: true when it kept that file for it. */
export type CollectedHandler = (recipientPeerId: string, path: string, sha256: string) => Promise<boolean>;

/** Both sides' inbound streams: a notice in, an ack out (as recipient); collected in, noted out (as holder). */
export function relayProtocol(options: { onNotice: NoticeHandler; onCollected: CollectedHandler }): ProtocolPlugin {
  return {
    protocol: RELAY_PROTOCOL,
    maxInboundStreams: 8,
    maxStreamsPerPeer: 4,
    handle: async (ctx: InboundStreamContext) => {
      const lp = lpStream(ctx.stream, { maxDataLength: MAX_RELAY_MESSAGE_BYTES });
      const frame = await lp.read({ signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(STEP_MS)]) });
      const message = decodeRelayMessage(frame.subarray());
      let reply: RelayMessage;
      if (message.type === 'notice') {
        const answer = await options.onNotice(ctx.remotePeer, message.notice);
        reply = { type: 'ack', state: answer.state, ...(answer.message === undefined ? {} : { message: answer.message.slice(0, 500) }) };
      } else if (message.type === 'collected') {
        reply = { type: 'noted', known: await options.onCollected(ctx.remotePeer, message.path, message.sha256) };
      } else {
        throw new RelayProtocolError('a relay stream starts with a notice or a collected message');
      }
      await lp.write(encodeRelayMessage(reply), { signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(STEP_MS)]) });
    },
  };
}

/** Opens a relay stream to `peerId`, sends `message` and returns the answer, closing (or aborting) the stream. */
async function ask(host: Pick<ProtocolHost, 'open'>, connect: Connect, peerId: string, message: RelayMessage, signal: AbortSignal, log: Logger): Promise<RelayMessage | null> {
  const stream = await host.open(peerId, RELAY_PROTOCOL, { signal: AbortSignal.any([signal, AbortSignal.timeout(STEP_MS)]), connect });
  try {
    const reply = await exchangeOne(stream, message, signal);
    await stream.close({ signal: AbortSignal.timeout(5_000) }).catch((error: unknown) => stream.abort(error instanceof Error ? error : new Error(String(error))));
    return reply;
  } catch (error) {
    log.debug(`a relay ${message.type} message failed`, { peer: peerId, error: String(error) });
    stream.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

/** The holder's side: tells `peerId` about a file; resolves with its ack. */
export async function sendNotice(
  host: Pick<ProtocolHost, 'open'>,
  connect: Connect,
  peerId: string,
  notice: RelayNotice,
  signal: AbortSignal,
  log: Logger,
): Promise<{ state: RelayAckState; message?: string }> {
  const reply = await ask(host, connect, peerId, { type: 'notice', notice }, signal, log);
  if (reply === null || reply.type !== 'ack') throw new RelayProtocolError('the recipient did not answer with an ack');
  return { state: reply.state, ...(reply.message === undefined ? {} : { message: reply.message }) };
}

/** The recipient's side: tells the holder it has the file at `path` (verified); resolves with whether the holder kept it for us. */
export async function sendCollected(
  host: Pick<ProtocolHost, 'open'>,
  connect: Connect,
  holderPeerId: string,
  collected: { path: string; sha256: string },
  signal: AbortSignal,
  log: Logger,
): Promise<boolean> {
  const reply = await ask(host, connect, holderPeerId, { type: 'collected', ...collected }, signal, log);
  if (reply === null || reply.type !== 'noted') throw new RelayProtocolError('the holder did not answer with noted');
  return reply.known;
}
