/**
 * Send to many, assembled: the push protocol's receiving side (the Inbox
 * decides) registered on the agent's protocol host, its sending side
 * (PushClient) under the persistent Outbox, and saved groups. Opened before
 * the protocol host starts (protocols are registered first), started after
 * it and after discovery (the outbox asks who is online), stopped before
 * both.
 */
import type { Logger } from './logger.js';
import type { P2pNode } from '../protocols/p2p-node.js';
import type { PeerList } from '../protocols/discovery/peer-list.js';
import { ProtocolHost } from '../protocols/protocol-host.js';
import { PushClient } from '../protocols/push/push-sender.js';
import { pushProtocol } from '../protocols/push/push-receiver.js';
import type { SenderInfo } from '../protocols/push/types.js';
import { Inbox } from './inbox/inbox.js';
import { Groups } from './outbox/groups.js';
import { OutboxStore } from './outbox/outbox-store.js';
import { Outbox, peerViewOf, type PeerView } from './outbox/delivery-scheduler.js';
import type { HeldOffer } from './inbox/held-offers.js';

export interface PushServiceOptions {
  p2p: P2pNode;
  /** The agent's one protocol host: the push protocol is registered on it. */
  host: ProtocolHost;
  /** Null when discovery is off: nobody is ever seen online, so sends wait in the outbox. */
  peers: PeerList | null;
  dataDir: string;
  inboxDir: string;
  /** Largest file accepted from another laptop. */
  maxReceiveBytes: number;
  from: SenderInfo;
  log: Logger;
}

/** Without discovery nobody is online and nobody appears. */
const NOBODY: PeerView = { isOnline: () => false, onAppeared: () => () => undefined };

export class PushService {
  readonly outbox: Outbox;
  readonly inbox: Inbox;
  readonly groups: Groups;
  private readonly client: PushClient;
  private readonly log: Logger;
  private readonly lifetime = new AbortController();
  private readonly onDecided: (offer: HeldOffer) => void;

  private constructor(parts: { client: PushClient; outbox: Outbox; inbox: Inbox; groups: Groups; log: Logger }) {
    this.client = parts.client;
    this.outbox = parts.outbox;
    this.inbox = parts.inbox;
    this.groups = parts.groups;
    this.log = parts.log;
    // The child said yes or no: tell the sender now instead of waiting for its next try (it may be
    // half an hour away). It asks again at once and hears the decision: the files, or 'declined'.
    this.onDecided = (offer) => {
      this.client.ready(offer.peerId, offer.transferId, this.lifetime.signal).catch((error: unknown) => {
        this.log.debug('could not tell the sender an offer was decided; it asks again later', { peer: offer.peerId, state: offer.state, error: String(error) });
      });
    };
  }

  /** Opens the inbox, outbox and groups and registers the push protocol; nothing is sent or taken before start(). */
  static async open(options: PushServiceOptions): Promise<PushService> {
    const { log, dataDir, host } = options;
    const [inbox, groups] = await Promise.all([Inbox.open({ dataDir, inboxDir: options.inboxDir, log, maxFileSize: options.maxReceiveBytes }), Groups.open({ dataDir, log })]);
    const client = new PushClient({ host, connect: (peerId, signal) => options.p2p.connect(peerId, signal), log });
    const outbox = new Outbox({
      store: new OutboxStore({ dataDir, log }),
      // Any PushTransport fits here: a later issue sends one transmission to the whole class.
      transport: client,
      peers: options.peers === null ? NOBODY : peerViewOf(options.peers),
      log,
      from: options.from,
    });
    host.register(pushProtocol({ recipient: inbox, sender: { ready: (peerId, transferId) => outbox.ready(peerId, transferId) }, log }));
    const service = new PushService({ client, outbox, inbox, groups, log });
    inbox.offers.on('accepted', service.onDecided);
    inbox.offers.on('declined', service.onDecided);
    return service;
  }

  /** Starts sending what the outbox holds (call once the protocol host runs). */
  start(): Promise<void> {
    return this.outbox.start();
  }

  /**
   * Running deliveries stop (they resume on the next start). Call before
   * stopping the protocol host; close() after it.
   */
  async stop(): Promise<void> {
    this.lifetime.abort();
    this.inbox.offers.off('accepted', this.onDecided);
    this.inbox.offers.off('declined', this.onDecided);
    await this.outbox.stop().catch((error: unknown) => this.log.warn('stopping the outbox failed', { error: String(error) }));
  }

  /** Once no stream runs any more: received parts and decisions are saved. */
  async close(): Promise<void> {
    this.inbox.close();
    await this.inbox.flush().catch((error: unknown) => this.log.warn('saving the inbox state failed', { error: String(error) }));
  }
}
