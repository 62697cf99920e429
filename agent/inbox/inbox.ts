/**
 * The recipient's side of "send to many", as the push protocol sees it
 * (PushRecipient): who may send (trusted laptops, offers the child
 * accepted), whether it fits (size limit, free space: refused before any
 * data), where the bytes go (IncomingStore) and who is told (the
 * 'file-received' event, which the agent turns into the D-Bus FileReceived
 * signal; HeldOffers' events for offers).
 *
 * There is deliberately no "accept everything" switch: a laptop on a
 * school mesh is reachable by every other laptop on it.
 */
import { EventEmitter } from 'node:events';
import { relative, sep } from 'node:path';
import type { Answer, DeclineReason, FileAnswer, FileMetadata, IncomingFile, Offer, PushRecipient } from '../../protocols/push/types.js';
import type { Logger } from '../logger.js';
import { FileReceiveError, InboxError } from './errors.js';
import { HeldOffers, offerFingerprint } from './held-offers.js';
import { IncomingStore, type IncomingStoreOptions } from './incoming-store.js';
import { offerProblem } from './offer-check.js';
import { cleanText, TrustedPeers } from './trusted-peers.js';

/** A file that landed in the inbox. */
export interface FileReceivedEvent {
  transferId: string;
  /** The held offer's id when the child accepted it (none for a trusted sender). */
  offerId?: string;
  /** The nick and colour are the sender's own words (cleaned), not verified; the PeerId is. */
  from: { peerId: string; nick: string; color?: string };
  /** Absolute path in the inbox. */
  path: string;
  /** The path inside the inbox, '/'-separated (`Project/img/a.png`). */
  name: string;
  size: number;
  sha256: string;
  mimeType: string;
  metadata: FileMetadata;
  /** Milliseconds since 1970. */
  receivedAt: number;
}

export type InboxEvents = {
  'file-received': [FileReceivedEvent];
};

export interface InboxOptions extends IncomingStoreOptions {
  /** How long a held offer waits for the child (default 24 h). */
  offerTtlMs?: number;
  /** How long decisions are remembered (default 7 days). */
  keepDecidedMs?: number;
  /** See HeldOffersOptions.expiryTimer (default true). */
  expiryTimer?: boolean;
}

export interface InboxParts {
  store: IncomingStore;
  trusted: TrustedPeers;
  offers: HeldOffers;
  log: Logger;
  now?: () => number;
}

const COLOR = /^[\x20-\x7e]{1,64}$/;

export class Inbox extends EventEmitter<InboxEvents> implements PushRecipient {
  readonly store: IncomingStore;
  readonly trusted: TrustedPeers;
  readonly offers: HeldOffers;
  private readonly log: Logger;
  private readonly now: () => number;

  constructor(parts: InboxParts) {
    super();
    this.store = parts.store;
    this.trusted = parts.trusted;
    this.offers = parts.offers;
    this.log = parts.log;
    this.now = parts.now ?? Date.now;
  }

  static async open(options: InboxOptions): Promise<Inbox> {
    const { dataDir, log, now } = options;
    const [store, trusted, offers] = await Promise.all([
      IncomingStore.open(options),
      TrustedPeers.open({ dataDir, log, now }),
      HeldOffers.open({ dataDir, log, now, ttlMs: options.offerTtlMs, keepDecidedMs: options.keepDecidedMs, expiryTimer: options.expiryTimer }),
    ]);
    return new Inbox({ store, trusted, offers, log, now });
  }

  /** Never throws: a failure of ours declines 'busy', a bad offer 'invalid'. */
  async answer(peerId: string, offer: Offer): Promise<Answer> {
    try {
      return await this.decide(peerId, offer);
    } catch (error) {
      this.log.warn('could not decide about an offer', { peer: peerId, error: String(error) });
      return decline('busy', 'This laptop could not decide about the files just now; they will be offered again.');
    }
  }

  private async decide(peerId: string, offer: Offer): Promise<Answer> {
    const problem = typeof peerId === 'string' && peerId !== '' ? offerProblem(offer, this.store.inboxDir) : 'it comes from no known laptop';
    if (problem !== null) {
      this.log.info('refused an invalid offer', { peer: peerId, problem });
      return decline('invalid', `The offer cannot be received: ${problem}.`);
    }
    const held = this.offers.find(peerId, offer.transferId);
    if (held !== undefined && held.fingerprint !== offerFingerprint(offer)) {
      return decline('invalid', 'This transfer was first offered with other files; send the new files as a new transfer.');
    }
    if (held?.state === 'declined') return decline('declined', 'The files were declined on this laptop.');
    if (held?.state === 'expired') return decline('expired', 'Nobody accepted the files on this laptop in time; send them again to ask again.');
    if (this.store.isOpen(peerId, offer.transferId)) {
      return decline('busy', 'These files are being received from you already; they will be offered again.');
    }
    const files = await this.plan(peerId, offer);
    const refusal = await this.store.checkRoom(offer, files);
    if (refusal !== null) {
      this.log.info('refused an offer that does not fit', { peer: peerId, reason: refusal.reason, message: refusal.message });
      return decline(refusal.reason, refusal.message);
    }
    if (this.trusted.isTrusted(peerId)) {
      // Trusted since this was held: the child's list should not keep asking about it.
      if (held?.state === 'waiting') await this.offers.accept(held.id).catch(() => undefined);
      return { decision: 'accept', files };
    }
    if (held?.state === 'accepted') return { decision: 'accept', files };
    try {
      const entry = await this.offers.hold(peerId, offer);
      return { decision: 'held', expiresAt: entry.expiresAt };
    } catch (error) {
      if (error instanceof InboxError && error.code === 'too-many-offers') return decline('busy', error.message);
      throw error;
    }
  }

  /** Per file: 'have' when the inbox holds that content already, else 'send' from what arrived before. */
  private async plan(peerId: string, offer: Offer): Promise<FileAnswer[]> {
    const answers: FileAnswer[] = [];
    for (const file of offer.files) {
      // An empty file is not known by its hash (every empty file has the same one, and a folder send should
      // get its own), but by its place: one already there under its name (a resumed or repeated send) is had.
      const had = file.size > 0 ? await this.store.alreadyHave(file.sha256, file.size) : await this.store.hasEmptyFileAt(file.name);
      if (had) answers.push({ index: file.index, action: 'have' });
      else answers.push({ index: file.index, action: 'send', offset: await this.store.resumeOffset(peerId, offer, file.index) });
    }
    return answers;
  }

  /** Only for transfers this inbox accepts (the protocol asks after an accept answer; anything else is refused). */
  async open(peerId: string, offer: Offer, index: number): Promise<IncomingFile> {
    const allowed = this.trusted.isTrusted(peerId) || (this.offers.decision(peerId, offer.transferId) === 'accepted' && this.offers.find(peerId, offer.transferId)?.fingerprint === offerFingerprint(offer));
    if (!allowed) throw new FileReceiveError('refused', 'Nobody on this laptop accepted these files.');
    return this.store.open(peerId, offer, index);
  }

  received(peerId: string, offer: Offer, index: number, path: string): void {
    const file = offer.files[index];
    if (file === undefined) return;
    const held = this.offers.find(peerId, offer.transferId);
    const from: FileReceivedEvent['from'] = { peerId, nick: cleanText(offer.from.nick) };
    if (offer.from.color !== undefined && COLOR.test(offer.from.color)) from.color = offer.from.color;
    const event: FileReceivedEvent = {
      transferId: offer.transferId,
      from,
      path,
      name: relative(this.store.inboxDir, path).split(sep).join('/'),
      size: file.size,
      sha256: file.sha256,
      mimeType: file.mimeType,
      metadata: { ...file.metadata },
      receivedAt: this.now(),
    };
    if (held !== undefined) event.offerId = held.id;
    // A listener that throws must not turn a received file into a failed one.
    try {
      this.emit('file-received', event);
    } catch (error) {
      this.log.error("a listener of 'file-received' failed", { error: String(error) });
    }
  }

  /** Stops the offers' expiry timer. */
  close(): void {
    this.offers.close();
  }

  /** Waits for state files being written. */
  async flush(): Promise<void> {
    await Promise.all([this.store.flush(), this.trusted.flush(), this.offers.flush()]);
  }
}

function decline(reason: DeclineReason, message: string): Answer {
  return { decision: 'decline', reason, message };
}
