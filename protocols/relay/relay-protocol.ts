/**
 * `/mesh-share/relay/1.0.0` on the wire: the holder dials and sends one
 * notice, the recipient answers one ack, both close. Frames are varint
 * length-prefixed (lpStream), sizes capped, every read and write bounded in
 * time.
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

/** The recipient's side: one notice in, one ack out. */
export function relayProtocol(options: { onNotice: NoticeHandler }): ProtocolPlugin {
  return {
    protocol: RELAY_PROTOCOL,
    maxInboundStreams: 8,
    maxStreamsPerPeer: 4,
    handle: async (ctx: InboundStreamContext) => {
      const lp = lpStream(ctx.stream, { maxDataLength: MAX_RELAY_MESSAGE_BYTES });
      const frame = await lp.read({ signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(STEP_MS)]) });
      const message = decodeRelayMessage(frame.subarray());
      if (message.type !== 'notice') throw new RelayProtocolError('a relay stream starts with a notice');
      const answer = await options.onNotice(ctx.remotePeer, message.notice);
      const ack: RelayMessage = { type: 'ack', state: answer.state, ...(answer.message === undefined ? {} : { message: answer.message.slice(0, 500) }) };
      await lp.write(encodeRelayMessage(ack), { signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(STEP_MS)]) });
    },
  };
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
  const stream = await host.open(peerId, RELAY_PROTOCOL, { signal: AbortSignal.any([signal, AbortSignal.timeout(STEP_MS)]), connect });
  try {
    const reply = await exchangeOne(stream, { type: 'notice', notice }, signal);
    if (reply === null || reply.type !== 'ack') throw new RelayProtocolError('the recipient did not answer with an ack');
    await stream.close({ signal: AbortSignal.timeout(5_000) }).catch((error: unknown) => stream.abort(error instanceof Error ? error : new Error(String(error))));
    return { state: reply.state, ...(reply.message === undefined ? {} : { message: reply.message }) };
  } catch (error) {
    log.debug('a relay notice failed', { peer: peerId, error: String(error) });
    stream.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}
