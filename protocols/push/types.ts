/**
 * The contracts of "send to many", shared by the wire protocol
 * (protocols/push/), the recipient's inbox (agent/inbox/) and the sender's
 * outbox (agent/outbox/). Plain data and small interfaces only: each side is
 * tested against these without the others.
 *
 * Vocabulary: a *transfer* is one send (one or more files) to one or more
 * *recipients* (PeerIds). A *delivery* is one attempt to bring a transfer to
 * one recipient over one libp2p stream.
 */

import type { JournalMetadata } from '../../dbus/api.js';

export const PUSH_PROTOCOL = '/mesh-share/push/1.0.0';

/** A transfer id: 32 lowercase hex characters (16 random bytes). */
export type TransferId = string;

/** Journal metadata that travels with a file: the keys ShareEntry and SendTo take over D-Bus, all optional. */
export type FileMetadata = JournalMetadata;

/** One file of a transfer as the sender describes it. */
export interface OfferedFile {
  /** Index in the offer, 0-based. */
  index: number;
  /**
   * Relative path as the sender names it: `worksheet.pdf`, or
   * `Project/img/a.png` for a folder send ('/'-separated). Untrusted on the
   * recipient: sanitised there, never used as is.
   */
  name: string;
  size: number;
  /** 64 lowercase hex characters. */
  sha256: string;
  mimeType: string;
  metadata: FileMetadata;
}

/** What the sender says about itself (shown to the child; untrusted). */
export interface SenderInfo {
  nick: string;
  color?: string;
}

export interface Offer {
  transferId: TransferId;
  from: SenderInfo;
  files: OfferedFile[];
}

/** The recipient's answer for one file. */
export type FileAnswer =
  | { index: number; action: 'send'; offset: number }
  | { index: number; action: 'have' }
  | { index: number; action: 'skip'; reason: string };

export type DeclineReason = 'declined' | 'expired' | 'too-big' | 'disk-full' | 'busy' | 'invalid';

/** The recipient's answer to an offer. */
export type Answer =
  | { decision: 'accept'; files: FileAnswer[] }
  /** Waiting for the child (not trusted): the sender retries later, or when told `ready`. */
  | { decision: 'held'; expiresAt: number }
  | { decision: 'decline'; reason: DeclineReason; message: string };

/** The recipient's verdict on one file once all of its bytes arrived. */
export interface Receipt {
  index: number;
  ok: boolean;
  /** When not ok: why, in words a teacher understands. */
  reason?: string;
}

/** How one delivery ended, as the sender's transport reports it. */
export type DeliveryResult =
  | { outcome: 'delivered'; files: number; bytesSent: number; resumedFrom: number }
  | { outcome: 'held'; expiresAt: number }
  | { outcome: 'declined'; reason: DeclineReason; message: string }
  /** Could not reach the peer (dial failed, no address): wait until discovery sees it again. */
  | { outcome: 'unreachable'; message: string }
  /** Reached but broke (timeout, reset, corrupt, protocol error): retry with backoff. */
  | { outcome: 'failed'; retry: boolean; message: string };

/** A file as the sender's transport reads it. */
export interface SourceFile extends OfferedFile {
  /** A readable stream of the file from `start` (inclusive) to the end. */
  open(start: number): NodeJS.ReadableStream;
}

export interface DeliveryRequest {
  peerId: string;
  transferId: TransferId;
  from: SenderInfo;
  files: SourceFile[];
  /** Bytes of this recipient done (counting resumed and 'have' files) and the total; called at most every ~100 ms and at the end. */
  onProgress(done: number, total: number): void;
  signal: AbortSignal;
}

/**
 * Brings one transfer to one peer. The libp2p push protocol implements it
 * today; a multicast transport for a whole class may replace it later.
 */
export interface PushTransport {
  deliver(request: DeliveryRequest): Promise<DeliveryResult>;
}

/** One incoming file being written: appended to in order, hashed as it arrives. */
export interface IncomingFile {
  /** Bytes already stored (0 for a new file, more when resuming). */
  readonly offset: number;
  /** Appends; resolves when the bytes are accepted by the file system (backpressure). */
  write(chunk: Uint8Array): Promise<void>;
  /**
   * All bytes arrived: checks size and SHA-256 and, when they match, moves
   * the file into the inbox (never visible before). Returns where it went.
   * On a mismatch the partial data is discarded and a FileReceiveError
   * 'corrupt' thrown.
   */
  finish(): Promise<{ path: string }>;
  /** The delivery broke: keep what arrived for a resume (flushed and closed). */
  suspend(): Promise<void>;
}

/**
 * The recipient side, as the push protocol sees it: policy, storage and
 * notifications. agent/inbox implements it; tests inject fakes.
 */
export interface PushRecipient {
  /** Decide about an offer from `peerId` (proven by Noise). Must not throw for bad input: decline 'invalid'. */
  answer(peerId: string, offer: Offer): Promise<Answer>;
  /** Open (or reopen, for resume) the temporary file for an accepted file; `offset` must equal the answer's. */
  open(peerId: string, offer: Offer, index: number): Promise<IncomingFile>;
  /** A file landed in the inbox (after finish()). */
  received(peerId: string, offer: Offer, index: number, path: string): void;
}

/**
 * The recipient's agent tells the sender's agent that a held offer was
 * decided (accepted or declined), so the sender retries at once instead of
 * at its next backoff, and gets the files through or hears 'declined'.
 * (A push stream whose first message is `ready` instead of `offer`.)
 */
export interface PushSenderHooks {
  /** `peerId` (proven by Noise) decided about `transferId`: retry now. Unknown ids are ignored. */
  ready(peerId: string, transferId: TransferId): void;
}

/** Errors with a code, so callers can tell them apart without parsing text. */
export type PushErrorCode =
  | 'protocol' // the other side broke the protocol (malformed, oversized, out of order, lying)
  | 'timeout'
  | 'corrupt' // SHA-256 or size mismatch
  | 'declined'
  | 'closed'; // the stream ended early

export class PushError extends Error {
  constructor(
    readonly code: PushErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PushError';
  }
}
