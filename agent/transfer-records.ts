/**
 * Transfers, offers and received files as D-Bus and `--json` show them:
 * lower_snake_case keys, absent values left out, times in seconds since
 * 1970. Pure conversions, so the API layer stays thin.
 */
import type { VariantRecord } from '../dbus/variants.js';
import type { TransferReport, TransferSnapshot } from './outbox/delivery-scheduler.js';
import type { RecipientRecord } from './outbox/outbox-store.js';
import type { HeldOffer } from './inbox/held-offers.js';
import type { FileReceivedEvent } from './inbox/inbox.js';
import type { TrustedPeer } from './inbox/trusted-peers.js';
import type { FileMetadata } from '../protocols/push/types.js';

type Mutable = Record<string, VariantRecord[keyof VariantRecord]>;

const seconds = (ms: number): number => Math.floor(ms / 1000);

export function recipientDict(recipient: RecipientRecord): VariantRecord {
  const dict: Mutable = {
    peer_id: recipient.peerId,
    nick: recipient.nick,
    state: recipient.state,
    done: recipient.done,
    total: recipient.total,
    attempts: recipient.attempts,
  };
  if (recipient.reason !== undefined) dict.reason = recipient.reason;
  if (recipient.resumedFrom !== undefined) dict.resumed_from = recipient.resumedFrom;
  if (recipient.lastAttemptAt !== undefined) dict.last_attempt_at = seconds(recipient.lastAttemptAt);
  if (recipient.deliveredAt !== undefined) dict.delivered_at = seconds(recipient.deliveredAt);
  return dict;
}

/** The counts every report carries, from the recipients' states. */
function counts(recipients: readonly { state: string }[]): Record<'delivered' | 'waiting' | 'held' | 'failed' | 'cancelled' | 'sending' | 'pending', number> {
  const result = { delivered: 0, waiting: 0, held: 0, failed: 0, cancelled: 0, sending: 0, pending: 0 };
  for (const r of recipients) if (r.state in result) result[r.state as keyof typeof result]++;
  return result;
}

export function transferDict(transfer: TransferSnapshot): VariantRecord {
  const dict: Mutable = {
    id: transfer.id,
    created_at: seconds(transfer.createdAt),
    files: transfer.files.map((file) => file.name),
    file_count: transfer.files.length,
    size: transfer.size,
    recipients: transfer.recipients.map(recipientDict),
    ...counts(transfer.recipients),
    settled: transfer.settled,
    finished: transfer.finished,
  };
  if (transfer.finishedAt !== undefined) dict.finished_at = seconds(transfer.finishedAt);
  return dict;
}

/** TransferFinished's report: the counts, and each recipient with its state and reason. */
export function reportDict(report: TransferReport): VariantRecord {
  const recipients = report.recipients.map((r) => {
    const dict: Mutable = { peer_id: r.peerId, nick: r.nick, state: r.state };
    if (r.reason !== undefined) dict.reason = r.reason;
    return dict as VariantRecord;
  });
  return {
    transfer_id: report.transferId,
    delivered: report.delivered,
    waiting: report.waiting,
    held: report.held,
    failed: report.failed,
    cancelled: report.cancelled,
    recipients,
  };
}

function metadataDict(metadata: FileMetadata): VariantRecord {
  const dict: Mutable = {};
  for (const [key, value] of Object.entries(metadata)) if (value !== undefined) dict[key] = value as string | number;
  return dict;
}

export function offerDict(offer: HeldOffer): VariantRecord {
  const dict: Mutable = {
    id: offer.id,
    transfer_id: offer.transferId,
    from_peer_id: offer.peerId,
    from_nick: offer.nick,
    files: offer.files.map((file) => {
      const entry: Mutable = { name: file.name, size: file.size, mime_type: file.mimeType, metadata: metadataDict(file.metadata) };
      if (file.metadata.title !== undefined) entry.title = file.metadata.title;
      return entry as VariantRecord;
    }),
    file_count: offer.fileCount,
    size: offer.size,
    received_at: seconds(offer.receivedAt),
    expires_at: seconds(offer.expiresAt),
    state: offer.state,
  };
  if (offer.color !== undefined) dict.from_color = offer.color;
  if (offer.decidedAt !== undefined) dict.decided_at = seconds(offer.decidedAt);
  return dict;
}

/** FileReceived: enough for Sugar to make a Journal entry (path, metadata) and to say who sent it. */
export function fileReceivedDict(event: FileReceivedEvent): VariantRecord {
  const dict: Mutable = {
    transfer_id: event.transferId,
    from_peer_id: event.from.peerId,
    from_nick: event.from.nick,
    path: event.path,
    name: event.name,
    size: event.size,
    sha256: event.sha256,
    mime_type: event.mimeType,
    metadata: metadataDict(event.metadata),
    received_at: seconds(event.receivedAt),
  };
  if (event.offerId !== undefined) dict.offer_id = event.offerId;
  if (event.from.color !== undefined) dict.from_color = event.from.color;
  return dict;
}

export function trustedDict(peer: TrustedPeer): VariantRecord {
  const dict: Mutable = { peer_id: peer.peerId, trusted_at: seconds(peer.trustedAt) };
  if (peer.nick !== undefined) dict.nick = peer.nick;
  return dict;
}
