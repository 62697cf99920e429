/**
 * Offers from laptops that are not trusted, waiting for the child to say
 * yes or no (`mesh-share offers`, `accept ID`, `decline ID`, D-Bus
 * OfferReceived), kept in `DATA_DIR/offers.json` so a restart forgets
 * nothing. A waiting offer expires after a day; decided and expired ones
 * are kept a week more (so a sender retrying hears "declined" or "expired"
 * rather than asking again) and then dropped.
 *
 * Expiry is worked out whenever the list is read; a single timer, armed
 * for the next expiry only, makes the 'expired' event come on time too.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { FileMetadata, Offer } from '../../protocols/push/types.js';
import type { Logger } from '../logger.js';
import { InboxError } from './errors.js';
import { sanitiseRelativePath } from './file-names.js';
import { isCount, isRecord, JsonStateWriter, readJsonState } from './json-state.js';
import { cleanText } from './trusted-peers.js';

export const OFFERS_FILE = 'offers.json';
export const DEFAULT_OFFER_TTL_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_KEEP_DECIDED_MS = 7 * 24 * 60 * 60 * 1000;
/** Waiting offers from one laptop, and from all: past these, new offers are declined 'busy' (a flood must not fill the disk or the child's list). */
export const DEFAULT_MAX_WAITING_PER_PEER = 20;
export const DEFAULT_MAX_WAITING = 100;
/** Files listed in detail per offer (fileCount and size always cover all). */
const MAX_LISTED_FILES = 100;
const MAX_METADATA_CHARS = 1000;
/** setTimeout's longest delay; a longer wait simply re-arms. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Crockford's base32: no i, l, o, u, so an id read aloud or typed from a screen is hard to get wrong. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID = /^[0-9a-hjkmnp-tv-z]{8}$/;
const COLOR = /^[\x20-\x7e]{1,64}$/;

export type OfferState = 'waiting' | 'accepted' | 'declined' | 'expired';

export interface HeldFile {
  index: number;
  /** Where it would land in the inbox (sanitised, '/'-separated). */
  name: string;
  size: number;
  mimeType: string;
  metadata: FileMetadata;
}

export interface HeldOffer {
  /** 8 characters, unique among held offers, derived from (sender, transfer). */
  id: string;
  peerId: string;
  /** As the sender gave it (cleaned): shown, never trusted. */
  nick: string;
  color?: string;
  transferId: string;
  /** The offer's content (names, sizes, hashes): an accepted offer is only accepted with this content. */
  fingerprint: string;
  /** The first 100 files. */
  files: HeldFile[];
  fileCount: number;
  /** Bytes, all files. */
  size: number;
  /** Milliseconds since 1970, like expiresAt and decidedAt. */
  receivedAt: number;
  expiresAt: number;
  state: OfferState;
  /** When accepted or declined, or expiresAt once expired. */
  decidedAt?: number;
}

export type HeldOfferEvents = {
  /** A new offer is waiting (once per sender and transfer). */
  offer: [HeldOffer];
  /** The child said yes: tell the sender (`ready`) so it retries now. */
  accepted: [HeldOffer];
  declined: [HeldOffer];
  expired: [HeldOffer];
};

export interface HeldOffersOptions {
  dataDir: string;
  log: Logger;
  now?: () => number;
  /** How long an offer waits for a decision (default 24 h). */
  ttlMs?: number;
  /** How long decided and expired offers are remembered (default 7 days). */
  keepDecidedMs?: number;
  /** Arm a timer so 'expired' fires on time (default true; unref'd, close() clears it). */
  expiryTimer?: boolean;
  maxWaitingPerPeer?: number;
  maxWaiting?: number;
}

/** The content an offer stands for: what lands where, how big, which bytes. */
export function offerFingerprint(offer: Offer): string {
  const files = offer.files.map((file) => [file.index, file.name, file.size, file.sha256, file.mimeType]);
  return createHash('sha256').update(JSON.stringify(files)).digest('hex');
}

export class HeldOffers extends EventEmitter<HeldOfferEvents> {
  /** By `${peerId}\n${transferId}`, oldest first. */
  private readonly entries = new Map<string, HeldOffer>();
  private readonly ids = new Map<string, string>();
  private readonly writer: JsonStateWriter;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly keepDecidedMs: number;
  private readonly useTimer: boolean;
  private readonly maxWaitingPerPeer: number;
  private readonly maxWaiting: number;
  private timer: NodeJS.Timeout | null = null;

  private constructor(options: HeldOffersOptions) {
    super();
    this.log = options.log;
    this.now = options.now ?? Date.now;
    this.ttlMs = options.ttlMs ?? DEFAULT_OFFER_TTL_MS;
    this.keepDecidedMs = options.keepDecidedMs ?? DEFAULT_KEEP_DECIDED_MS;
    this.useTimer = options.expiryTimer ?? true;
    this.maxWaitingPerPeer = options.maxWaitingPerPeer ?? DEFAULT_MAX_WAITING_PER_PEER;
    this.maxWaiting = options.maxWaiting ?? DEFAULT_MAX_WAITING;
    this.writer = new JsonStateWriter(join(options.dataDir, OFFERS_FILE), () => ({ version: 1, offers: [...this.entries.values()] }));
  }

  static async open(options: HeldOffersOptions): Promise<HeldOffers> {
    const offers = new HeldOffers(options);
    const file = await readJsonState(join(options.dataDir, OFFERS_FILE), options.log, 'the list of offers');
    for (const raw of isRecord(file) && Array.isArray(file.offers) ? file.offers : []) {
      const entry = readEntry(raw);
      if (entry === null || offers.ids.has(entry.id)) {
        options.log.warn('a damaged entry in the list of offers was skipped', { entry: JSON.stringify(raw)?.slice(0, 200) });
        continue;
      }
      offers.entries.set(keyOf(entry.peerId, entry.transferId), entry);
      offers.ids.set(entry.id, keyOf(entry.peerId, entry.transferId));
    }
    offers.refresh();
    offers.arm();
    return offers;
  }

  /**
   * Holds an offer for the child. Idempotent: the same sender offering the
   * same transfer again gets the same entry, id and expiry (whatever was
   * decided meanwhile). Resolves once saved; 'offer' fires for new entries.
   */
  async hold(peerId: string, offer: Offer): Promise<HeldOffer> {
    this.refresh();
    const key = keyOf(peerId, offer.transferId);
    const known = this.entries.get(key);
    if (known !== undefined) return clone(known);
    const waiting = [...this.entries.values()].filter((entry) => entry.state === 'waiting');
    if (waiting.filter((entry) => entry.peerId === peerId).length >= this.maxWaitingPerPeer) {
      throw new InboxError('too-many-offers', `${this.maxWaitingPerPeer} offers from this laptop are already waiting on the other laptop; it will take new ones once those are accepted or declined.`);
    }
    if (waiting.length >= this.maxWaiting) {
      throw new InboxError('too-many-offers', `${this.maxWaiting} offers are already waiting on the other laptop; it will take new ones once those are accepted or declined.`);
    }
    const now = this.now();
    const entry: HeldOffer = {
      id: this.newId(peerId, offer.transferId),
      peerId,
      nick: cleanText(offer.from.nick),
      transferId: offer.transferId,
      fingerprint: offerFingerprint(offer),
      files: offer.files.slice(0, MAX_LISTED_FILES).map((file) => ({
        index: file.index,
        name: sanitiseRelativePath(file.name).join('/'),
        size: file.size,
        mimeType: file.mimeType.slice(0, 255),
        metadata: clipMetadata(file.metadata),
      })),
      fileCount: offer.files.length,
      size: offer.files.reduce((sum, file) => sum + file.size, 0),
      receivedAt: now,
      expiresAt: now + this.ttlMs,
      state: 'waiting',
    };
    if (offer.from.color !== undefined && COLOR.test(offer.from.color)) entry.color = offer.from.color;
    this.entries.set(key, entry);
    this.ids.set(entry.id, key);
    await this.writer.save();
    this.arm();
    this.fire('offer', entry);
    return clone(entry);
  }

  /** The child says yes. Idempotent; an expired or declined offer cannot be accepted (InboxError). */
  accept(id: string): Promise<HeldOffer> {
    return this.decide(id, 'accepted');
  }

  /** The child says no. Idempotent; an expired or accepted offer cannot be declined (InboxError). */
  decline(id: string): Promise<HeldOffer> {
    return this.decide(id, 'declined');
  }

  /** What became of this sender's transfer, or undefined when it was never held (or long forgotten). */
  decision(peerId: string, transferId: string): OfferState | undefined {
    return this.find(peerId, transferId)?.state;
  }

  find(peerId: string, transferId: string): HeldOffer | undefined {
    this.refresh();
    const entry = this.entries.get(keyOf(peerId, transferId));
    return entry === undefined ? undefined : clone(entry);
  }

  /** By id, as typed by a person: case, spaces and the look-alikes o/i/l are forgiven. */
  get(id: string): HeldOffer | undefined {
    this.refresh();
    const entry = this.entryById(id);
    return entry === undefined ? undefined : clone(entry);
  }

  /** Every offer remembered, oldest first. */
  list(): HeldOffer[] {
    this.refresh();
    return [...this.entries.values()].map(clone);
  }

  /** Stops the expiry timer. */
  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }

  private async decide(id: string, state: 'accepted' | 'declined'): Promise<HeldOffer> {
    this.refresh();
    const entry = this.entryById(id);
    if (entry === undefined) throw new InboxError('no-such-offer', `There is no offer "${String(id).trim().slice(0, 40)}"; 'mesh-share offers' lists them.`);
    if (entry.state === state) return clone(entry);
    if (entry.state === 'expired') throw new InboxError('offer-expired', `The offer ${entry.id} expired on ${new Date(entry.expiresAt).toISOString()}; ask ${entry.nick || 'the sender'} to send it again.`);
    if (entry.state !== 'waiting') throw new InboxError('already-decided', `The offer ${entry.id} was already ${entry.state}.`);
    entry.state = state;
    entry.decidedAt = this.now();
    await this.writer.save();
    this.arm();
    this.fire(state, entry);
    return clone(entry);
  }

  private entryById(id: string): HeldOffer | undefined {
    const key = this.ids.get(normaliseId(id));
    return key === undefined ? undefined : this.entries.get(key);
  }

  /** 8 base32 characters of a hash of (sender, transfer): the same offer keeps its id; a clash (1 in 10^12) takes the next. */
  private newId(peerId: string, transferId: string): string {
    for (let attempt = 0; ; attempt += 1) {
      const digest = createHash('sha256').update(`${peerId}\n${transferId}\n${attempt}`).digest();
      let bits = 0n;
      for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
      let id = '';
      for (let i = 0; i < 8; i += 1) {
        id = ALPHABET[Number(bits & 31n)]! + id;
        bits >>= 5n;
      }
      if (!this.ids.has(id)) return id;
    }
  }

  /** Expires what is due and forgets what was decided long ago; fires 'expired'. */
  private refresh(): void {
    const now = this.now();
    const expired: HeldOffer[] = [];
    let changed = false;
    for (const [key, entry] of this.entries) {
      if (entry.state === 'waiting' && entry.expiresAt <= now) {
        entry.state = 'expired';
        entry.decidedAt = entry.expiresAt;
        expired.push(entry);
        changed = true;
      }
      if (entry.state !== 'waiting' && (entry.decidedAt ?? entry.expiresAt) + this.keepDecidedMs <= now) {
        this.entries.delete(key);
        this.ids.delete(entry.id);
        changed = true;
      }
    }
    if (!changed) return;
    this.writer.save().catch((error: unknown) => this.log.warn('could not save the list of offers', { error: String(error) }));
    for (const entry of expired) {
      this.log.info('an offer expired without an answer', { id: entry.id, from: entry.nick });
      this.fire('expired', entry);
    }
  }

  private arm(): void {
    if (!this.useTimer) return;
    this.close();
    let next = Infinity;
    for (const entry of this.entries.values()) if (entry.state === 'waiting') next = Math.min(next, entry.expiresAt);
    if (next === Infinity) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refresh();
      this.arm();
    }, Math.min(Math.max(0, next - this.now()), MAX_TIMER_MS));
    this.timer.unref();
  }

  private fire(event: keyof HeldOfferEvents, entry: HeldOffer): void {
    // A listener that throws must not undo a decision already saved.
    try {
      (this.emit as (event: string, value: unknown) => boolean)(event, clone(entry));
    } catch (error) {
      this.log.error(`a listener of '${event}' failed`, { error: String(error) });
    }
  }
}

function keyOf(peerId: string, transferId: string): string {
  return `${peerId}\n${transferId}`;
}

function normaliseId(id: string): string {
  return String(id).trim().toLowerCase().replace(/o/g, '0').replace(/[il]/g, '1');
}

function clone(entry: HeldOffer): HeldOffer {
  return structuredClone(entry);
}

function clipMetadata(metadata: FileMetadata): FileMetadata {
  const out: FileMetadata = {};
  for (const key of ['title', 'mime_type', 'activity', 'activity_id', 'description', 'tags'] as const) {
    const value = metadata[key];
    if (typeof value === 'string') out[key] = Array.from(value.toWellFormed()).slice(0, MAX_METADATA_CHARS).join('');
  }
  if (typeof metadata.timestamp === 'number' && Number.isFinite(metadata.timestamp)) out.timestamp = metadata.timestamp;
  return out;
}

const STATES: readonly OfferState[] = ['waiting', 'accepted', 'declined', 'expired'];

function readEntry(raw: unknown): HeldOffer | null {
  if (!isRecord(raw)) return null;
  const { id, peerId, nick, color, transferId, fingerprint, files, fileCount, size, receivedAt, expiresAt, state, decidedAt } = raw;
  if (typeof id !== 'string' || !ID.test(id) || typeof peerId !== 'string' || typeof nick !== 'string' || typeof transferId !== 'string' || typeof fingerprint !== 'string') return null;
  if (!Array.isArray(files) || !isCount(fileCount) || !isCount(size) || typeof receivedAt !== 'number' || typeof expiresAt !== 'number') return null;
  if (typeof state !== 'string' || !(STATES as readonly string[]).includes(state)) return null;
  const heldFiles: HeldFile[] = [];
  for (const file of files) {
    if (!isRecord(file) || !isCount(file.index) || typeof file.name !== 'string' || !isCount(file.size) || typeof file.mimeType !== 'string') return null;
    heldFiles.push({ index: file.index, name: file.name, size: file.size, mimeType: file.mimeType, metadata: clipMetadata(isRecord(file.metadata) ? (file.metadata as FileMetadata) : {}) });
  }
  const entry: HeldOffer = { id, peerId, nick, transferId, fingerprint, files: heldFiles, fileCount, size, receivedAt, expiresAt, state: state as OfferState };
  if (typeof color === 'string' && COLOR.test(color)) entry.color = color;
  if (typeof decidedAt === 'number') entry.decidedAt = decidedAt;
  return entry;
}
