/**
 * The send-to-many part of org.sugarlabs.MeshShare1: SendTo and the
 * outbox, held offers, trusted laptops and groups. Thin like the rest of
 * the API: the rules live in the Outbox, the Inbox and Groups; this file
 * resolves names, converts records (transfer-records.ts) and turns typed
 * errors into MeshShareErrors with their sentence kept.
 */
import type { MeshShareMethods, MeshShareSignals } from '../dbus/api.js';
import { MeshShareError, type MeshShareErrorCode } from '../dbus/errors.js';
import type { PeerList } from '../protocols/discovery/peer-list.js';
import { parseJournalMetadata } from './journal-shares.js';
import { OutboxError, type Outbox, type TransferReport } from './outbox/delivery-scheduler.js';
import type { RecipientRecord } from './outbox/outbox-store.js';
import type { HeldOffer } from './inbox/held-offers.js';
import { GroupError, type Groups } from './outbox/groups.js';
import { resolveRecipients, type RecipientErrorCode } from './outbox/recipients.js';
import { SendError, type SendErrorCode } from './outbox/source-files.js';
import type { FileReceivedEvent, Inbox } from './inbox/inbox.js';
import { InboxError, type InboxErrorCode } from './inbox/errors.js';
import { RelaySendError } from './relay/relay-sender.js';
import type { RelayService } from './relay/relay-service.js';
import { fileReceivedDict, offerDict, recipientDict, reportDict, transferDict, trustedDict } from './transfer-records.js';

export interface PushApiOptions {
  outbox: Outbox;
  inbox: Inbox;
  groups: Groups;
  /** Null when discovery is off: only PeerIds name laptops then. */
  peers: PeerList | null;
  selfPeerId: string;
  /** `send --via`; absent: SendVia answers that this agent cannot. */
  relay?: RelayService;
}

export type PushMethods = Pick<
  MeshShareMethods,
  'SendTo' | 'SendVia' | 'ListTransfers' | 'CancelTransfer' | 'ListOffers' | 'AcceptOffer' | 'DeclineOffer' | 'TrustPeer' | 'UntrustPeer' | 'ListTrusted' | 'SetGroup' | 'ListGroups'
>;
export type PushSignals = Pick<MeshShareSignals, 'TransferProgress' | 'RecipientChanged' | 'TransferFinished' | 'OfferReceived' | 'FileReceived'>;

export function createPushApi(options: PushApiOptions): { methods: PushMethods; signals: PushSignals } {
  const { outbox, inbox, groups } = options;
  const known = () => options.peers?.list() ?? [];

  /** One laptop by nick or PeerId (not 'all', not a group): trust is given to one laptop at a time. */
  const oneLaptop = (word: string): { peerId: string; nick: string } => {
    const typed = typeof word === 'string' ? word.trim() : '';
    if (typed.toLowerCase() === 'all' || typed.includes(',')) {
      throw new MeshShareError('InvalidArgs', "Name one laptop (its name or PeerId as 'mesh-share peers' shows it), not several.");
    }
    const resolved = resolveRecipients(typed, { peers: known(), groups: new Map(), selfPeerId: options.selfPeerId });
    if (!resolved.ok) throw recipientsError(resolved.errors);
    return resolved.recipients[0]!;
  };

  return {
    methods: {
      async SendTo(paths, recipients, metadata) {
        const { metadata: journal } = parseJournalMetadata(metadata);
        const resolved = resolveRecipients(recipients, { peers: known(), groups: groups.list(), selfPeerId: options.selfPeerId });
        if (!resolved.ok) throw recipientsError(resolved.errors);
        const sent = await guarded(() => outbox.send({ paths, recipients: resolved.recipients, metadata: journal }));
        return sent.id;
      },
      async SendVia(paths, recipients, holder, metadata) {
        const relay = options.relay;
        if (relay === undefined) throw new MeshShareError('Busy', 'This agent cannot leave files with other laptops just now.');
        const { metadata: journal } = parseJournalMetadata(metadata);
        const resolved = resolveRecipients(recipients, { peers: known(), groups: groups.list(), selfPeerId: options.selfPeerId });
        if (!resolved.ok) throw recipientsError(resolved.errors);
        const keeper = oneLaptop(holder);
        if (resolved.recipients.some((r) => r.peerId === keeper.peerId)) {
          throw new MeshShareError('InvalidArgs', 'The laptop that keeps the files cannot also be one they are for; send them to it directly.');
        }
        const sent = await guarded(() => relay.send({ paths, recipients: resolved.recipients.map((r) => r.peerId), holder: keeper, metadata: journal }));
        return sent.transferId;
      },
      async ListTransfers() {
        return outbox.list().map(transferDict);
      },
      async CancelTransfer(id) {
        await guarded(() => outbox.cancel(id));
      },
      async ListOffers() {
        return inbox.offers.list().map(offerDict);
      },
      async AcceptOffer(id) {
        await guarded(() => inbox.offers.accept(id));
      },
      async DeclineOffer(id) {
        await guarded(() => inbox.offers.decline(id));
      },
      async TrustPeer(peer) {
        const laptop = oneLaptop(peer);
        const trusted = await guarded(() => inbox.trusted.trust(laptop.peerId, laptop.nick === '' ? undefined : laptop.nick));
        return trusted.peerId;
      },
      async UntrustPeer(peer) {
        // A laptop no longer around is still found by the nick it was trusted under.
        const byNick = inbox.trusted.list().filter((p) => p.nick !== undefined && p.nick.toLowerCase() === String(peer).trim().toLowerCase());
        const peerId = byNick.length === 1 ? byNick[0]!.peerId : oneLaptop(peer).peerId;
        const removed = await guarded(() => inbox.trusted.untrust(peerId));
        if (!removed) throw new MeshShareError('NotFound', `${peer} is not trusted; 'mesh-share trust --list' shows who is.`);
      },
      async ListTrusted() {
        return inbox.trusted.list().map(trustedDict);
      },
      async SetGroup(name, members) {
        await guarded(() => (members.length === 0 ? groups.remove(name) : groups.set(name, members)));
      },
      async ListGroups() {
        return Object.fromEntries(groups.list());
      },
    },
    signals: {
      TransferProgress(listener) {
        outbox.on('progress', listener);
        return () => void outbox.off('progress', listener);
      },
      RecipientChanged(listener) {
        const forward = (transferId: string, recipient: RecipientRecord): void => listener(transferId, recipientDict(recipient));
        outbox.on('recipient', forward);
        return () => void outbox.off('recipient', forward);
      },
      // 'settled', not 'finished': a sender waits for the report while absent laptops stay in the outbox.
      TransferFinished(listener) {
        const forward = (transferId: string, report: TransferReport): void => listener(transferId, reportDict(report));
        outbox.on('settled', forward);
        return () => void outbox.off('settled', forward);
      },
      OfferReceived(listener) {
        const forward = (offer: HeldOffer): void => listener(offerDict(offer));
        inbox.offers.on('offer', forward);
        return () => void inbox.offers.off('offer', forward);
      },
      FileReceived(listener) {
        const forward = (event: FileReceivedEvent): void => listener(fileReceivedDict(event));
        inbox.on('file-received', forward);
        return () => void inbox.off('file-received', forward);
      },
    },
  };
}

const RECIPIENT_CODES: Record<RecipientErrorCode, MeshShareErrorCode> = {
  empty: 'InvalidArgs',
  unknown: 'NotFound',
  ambiguous: 'InvalidArgs',
  'not-mesh-share': 'InvalidArgs',
  nobody: 'InvalidArgs',
};

function recipientsError(errors: readonly { code: RecipientErrorCode; message: string }[]): MeshShareError {
  const code = errors.every((e) => RECIPIENT_CODES[e.code] === 'NotFound') ? 'NotFound' : 'InvalidArgs';
  return new MeshShareError(code, errors.map((e) => e.message).join(' '));
}

const SEND_CODES: Record<SendErrorCode, MeshShareErrorCode> = {
  invalid: 'InvalidArgs',
  'not-found': 'NotFound',
  unreadable: 'Denied',
  empty: 'InvalidArgs',
  'special-file': 'InvalidArgs',
  'too-many': 'InvalidArgs',
  'duplicate-name': 'InvalidArgs',
  changed: 'Busy',
  cancelled: 'Busy',
};

const INBOX_CODES: Record<InboxErrorCode, MeshShareErrorCode> = {
  'invalid-peer-id': 'InvalidArgs',
  'no-such-offer': 'NotFound',
  'offer-expired': 'Denied',
  'already-decided': 'Denied',
  'too-many-offers': 'Busy',
};

/** The typed errors of the outbox, inbox and groups as MeshShareErrors; anything else stays a failure of ours. */
function translate(error: unknown): unknown {
  if (error instanceof SendError) return new MeshShareError(SEND_CODES[error.code], error.message, { cause: error });
  if (error instanceof OutboxError) {
    const code: MeshShareErrorCode = error.code === 'not-found' ? 'NotFound' : error.code === 'not-running' ? 'Busy' : 'InvalidArgs';
    return new MeshShareError(code, error.message, { cause: error });
  }
  if (error instanceof GroupError) return new MeshShareError(error.code === 'not-found' ? 'NotFound' : 'InvalidArgs', error.message, { cause: error });
  if (error instanceof RelaySendError) {
    const code: MeshShareErrorCode = error.code === 'unreachable' ? 'NotFound' : error.code === 'full' ? 'Busy' : error.code === 'refused' ? 'Denied' : 'Failed';
    return new MeshShareError(code, error.message, { cause: error });
  }
  if (error instanceof InboxError) return new MeshShareError(INBOX_CODES[error.code], error.message, { cause: error });
  return error;
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw translate(error);
  }
}
