/**
 * The recipient's side of `send --via`: a holder says a file was left for
 * us. It is decided like a push from the laptop that left it (the owner the
 * holder recorded; trusted → fetched at once, else a held offer the child
 * accepts with `mesh-share accept ID`), then fetched from the holder over
 * `/mesh-share/dav/1.0.0` (resuming where a broken fetch stopped), written
 * through the Inbox (hashed; it lands only when the SHA-256 matches) and
 * announced like any received file (FileReceived). Then the holder is told
 * it was collected, so it can let go of its copy; if the holder cannot be
 * reached then, its next notice gets `have`, which does the same.
 *
 * The transfer id is derived from the holder and the path, so a repeated
 * notice is the same transfer: one fetch at a time, and a file the inbox
 * holds already is not fetched again.
 */
import { createHash } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Inbox } from '../inbox/inbox.js';
import type { HeldOffer } from '../inbox/held-offers.js';
import type { DavClient } from '../../protocols/dav/dav-client.js';
import type { Offer } from '../../protocols/push/types.js';
import type { RelayAckState, RelayNotice } from '../../protocols/relay/messages.js';

export interface RelayRecipientOptions {
  inbox: Inbox;
  dav: Pick<DavClient, 'request'>;
  /** Tells the holder the file at `path` arrived whole (relay `collected`); resolves with whether the holder knew it. */
  collected: (holder: string, path: string, sha256: string, signal: AbortSignal) => Promise<boolean>;
  log: Logger;
}

/** The transfer id of a left file: the same for every notice about it. */
export function relayTransferId(holderPeerId: string, path: string): string {
  return createHash('sha256').update(`relay\n${holderPeerId}\n${path}`).digest('hex').slice(0, 32);
}

/** The offer a notice stands for, as if its sender pushed it. */
export function offerOfNotice(holderPeerId: string, notice: RelayNotice): Offer {
  return {
    transferId: relayTransferId(holderPeerId, notice.path),
    from: { nick: notice.from.nick, ...(notice.from.color === undefined ? {} : { color: notice.from.color }) },
    files: [{ index: 0, name: notice.name, size: notice.size, sha256: notice.sha256, mimeType: notice.mimeType, metadata: { ...notice.metadata } }],
  };
}

export class RelayRecipient {
  private readonly options: RelayRecipientOptions;
  /** Transfer ids being fetched now. */
  private readonly fetching = new Set<string>();
  /** Held offers waiting for the child: transfer id → where to fetch once accepted (until the agent stops; the holder tells again after). */
  private readonly waiting = new Map<string, { holder: string; notice: RelayNotice }>();
  private readonly lifetime = new AbortController();
  private readonly onAccepted = (offer: HeldOffer): void => {
    const pending = this.waiting.get(offer.transferId);
    if (pending === undefined || pending.notice.from.peerId !== offer.peerId) return;
    this.waiting.delete(offer.transferId);
    void this.handle(pending.holder, pending.notice);
  };

  constructor(options: RelayRecipientOptions) {
    this.options = options;
    options.inbox.offers.on('accepted', this.onAccepted);
  }

  stop(): void {
    this.lifetime.abort();
    this.options.inbox.offers.off('accepted', this.onAccepted);
  }

  /** A notice from `holder` (proven by Noise). Answers at once; the fetch runs on its own. */
  async handle(holder: string, notice: RelayNotice): Promise<{ state: RelayAckState; message?: string }> {
    const { inbox, log } = this.options;
    const sender = notice.from.peerId;
    const offer = offerOfNotice(holder, notice);
    if (this.fetching.has(offer.transferId)) return { state: 'fetching' };
    const answer = await inbox.answer(sender, offer);
    if (answer.decision === 'held') {
      this.waiting.set(offer.transferId, { holder, notice });
      return { state: 'held' };
    }
    if (answer.decision === 'decline') return { state: 'refused', message: answer.message };
    const file = answer.files[0];
    if (file === undefined || file.action === 'skip') return { state: 'refused' };
    if (file.action === 'have') {
      // The inbox holds this content already: nothing to fetch (the holder lets go at the file's expiry).
      return { state: 'have' };
    }
    this.fetching.add(offer.transferId);
    void this.fetch(holder, sender, offer, notice.path, file.offset)
      .catch((error: unknown) => log.info('could not fetch a file left for this laptop; the holder tells again later', { holder, path: notice.path, error: String(error) }))
      .finally(() => this.fetching.delete(offer.transferId));
    return { state: 'fetching' };
  }

  private async fetch(holder: string, sender: string, offer: Offer, path: string, offset: number): Promise<void> {
    const { inbox, dav, log } = this.options;
    const notice = offer.files[0]!;
    const incoming = await inbox.open(sender, offer, 0);
    const start = incoming.offset;
    let finished = false;
    try {
      const headers: Record<string, string> = start > 0 ? { range: `bytes=${start}-` } : {};
      const response = await dav.request(holder, { method: 'GET', path, headers, signal: this.lifetime.signal });
      const expected = start > 0 ? 206 : 200;
      if (response.status !== expected && !(start > 0 && response.status === 200)) {
        response.body.resume();
        throw new Error(`the holder answered ${response.status}`);
      }
      if (response.status === 200 && start > 0) throw new Error('the holder sent the whole file instead of the rest');
      for await (const chunk of response.body as AsyncIterable<Buffer>) await incoming.write(chunk);
      const { path: landed } = await incoming.finish();
      finished = true;
      inbox.received(sender, offer, 0, landed);
      log.info('received a file left on another laptop', { holder, sender, name: notice.name, size: notice.size, offset });
      await this.options.collected(holder, path, notice.sha256, this.lifetime.signal).then(
        (known) => log.debug('told the holder a left file was collected', { holder, path, known }),
        (error: unknown) => log.info('could not tell the holder a left file was collected; its next notice is answered "have"', { holder, path, error: String(error) }),
      );
    } finally {
      if (!finished) await incoming.suspend().catch(() => undefined);
    }
  }
}
