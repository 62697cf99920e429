/**
 * How transfers, their recipients and held offers read in the terminal.
 * Pure: D-Bus dictionaries in, text out (unit-tested without an agent).
 */
import type { PlainDict, PlainValue } from '../dbus-client.js';
import { formatSizeValue, formatTable, formatTimestamp, toNumber } from './format.js';

export interface RecipientView {
  peerId: string;
  nick: string;
  state: string;
  done: number;
  total: number;
  reason: string;
}

export interface ReportCounts {
  delivered: number;
  waiting: number;
  held: number;
  failed: number;
  cancelled: number;
}

function str(value: PlainValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The `recipients` of a transfer or a report, as plain values. */
export function recipientsOf(dict: PlainDict | undefined): RecipientView[] {
  const list = dict?.recipients;
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is PlainDict => typeof item === 'object' && item !== null && !Array.isArray(item) && !Buffer.isBuffer(item)).map(recipientView);
}

export function recipientView(dict: PlainDict): RecipientView {
  return {
    peerId: str(dict.peer_id),
    nick: str(dict.nick),
    state: str(dict.state),
    done: toNumber(dict.done) ?? 0,
    total: toNumber(dict.total) ?? 0,
    reason: str(dict.reason),
  };
}

export function reportCounts(report: PlainDict): ReportCounts {
  const counts: ReportCounts = { delivered: 0, waiting: 0, held: 0, failed: 0, cancelled: 0 };
  for (const r of recipientsOf(report)) {
    if (r.state in counts) counts[r.state as keyof ReportCounts]++;
  }
  return counts;
}

/** A name a teacher recognises: the nick, else the start of the PeerId. */
export function recipientName(r: Pick<RecipientView, 'nick' | 'peerId'>): string {
  return r.nick !== '' ? r.nick : `${r.peerId.slice(0, 16)}…`;
}

/** The state of one recipient in words. */
export function describeState(r: RecipientView): string {
  switch (r.state) {
    case 'delivered':
      return 'has it';
    case 'waiting':
      return 'away: gets it when back';
    case 'held':
      return 'asked: waiting for them to accept';
    case 'sending':
      return r.total > 0 ? `receiving, ${Math.floor((100 * r.done) / r.total)}%` : 'receiving';
    case 'pending':
      return 'about to receive';
    case 'failed':
      return r.reason !== '' ? `failed: ${r.reason}` : 'failed';
    case 'cancelled':
      return 'cancelled';
    default:
      return r.state;
  }
}

export function describeRecipient(r: RecipientView): string {
  return `${recipientName(r)}: ${describeState(r)}`;
}

export const OUTBOX_EMPTY = "The outbox is empty. Send files with: mesh-share send FILE --to all";

/** `mesh-share outbox`: one block per transfer. */
export function formatTransfers(transfers: readonly PlainDict[]): string {
  if (transfers.length === 0) return OUTBOX_EMPTY;
  return transfers
    .map((t) => {
      const files = Array.isArray(t.files) ? t.files.map(String) : [];
      const recipients = recipientsOf(t);
      const counts = reportCounts(t);
      const head = `${str(t.id)}  ${files.length === 1 ? files[0] : `${files.length} files`} (${formatSizeValue(t.size)} each), ${formatTimestamp(t.created_at)}: delivered ${counts.delivered} of ${recipients.length}`;
      const rows = recipients.map((r) => [`  ${recipientName(r)}`, describeState(r)]);
      return rows.length === 0 ? head : `${head}\n${formatTable(['  Laptop', 'State'], rows)}`;
    })
    .join('\n\n');
}

export const NO_OFFERS = 'No files are waiting for you to accept.';

/** `mesh-share offers`. */
export function formatOffers(offers: readonly PlainDict[]): string {
  if (offers.length === 0) return NO_OFFERS;
  const rows = offers.map((o) => {
    const files = Array.isArray(o.files) ? o.files.filter((f): f is PlainDict => typeof f === 'object' && f !== null && !Array.isArray(f) && !Buffer.isBuffer(f)) : [];
    const what = files.length === 1 ? str(files[0]!.title) || str(files[0]!.name) : `${files.length} files`;
    return [str(o.id), str(o.from_nick) || str(o.from_peer_id).slice(0, 16), what, formatSizeValue(o.size), str(o.state), formatTimestamp(o.expires_at)];
  });
  const waiting = offers.filter((o) => o.state === 'waiting').length;
  const hint = waiting > 0 ? `\n\nAccept with: mesh-share accept ID   Decline with: mesh-share decline ID` : '';
  return `${formatTable(['Id', 'From', 'What', 'Size', 'State', 'Expires'], rows)}${hint}`;
}
