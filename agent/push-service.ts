/**
 * Send to many, assembled: the protocol host on the agent's libp2p node,
 * the push protocol's receiving side (the Inbox decides), its sending side
 * (PushClient) under the persistent Outbox, and saved groups. Started after
 * discovery (the outbox asks it who is online) and stopped before it.
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
  private readonly host: ProtocolHost;
  private readonly client: PushClient;
  private readonly log: Logger;
  private readonly lifetime = new AbortController();
  private readonly onAccepted: (offer: HeldOffer) => void;

  private constructor(parts: { host: ProtocolHost; client: PushClient; outbox: Outbox; inbox: Inbox; groups: Groups; log: Logger }) {
    this.host = parts.host;
    this.client = parts.client;
    this.outbox = parts.outbox;
    this.inbox = parts.inbox;
    this.groups = parts.groups;
    this.log = parts.log;
    // The child said yes: tell the sender now instead of waiting for its next try (it may be minutes away).
    this.onAccepted = (offer) => {
      this.client.ready(offer.peerId, offer.transferId, this.lifetime.signal).catch((error: unknown) => {
        this.log.debug('could not tell the sender an offer was accepted; it asks again later', { peer: offer.peerId, error: String(error) });
      });
    };
  }

  /** Opens the inbox, outbox and groups, and starts taking and making deliveries. */
  static async start(options: PushServiceOptions): Promise<PushService> {
    const { log, dataDir } = options;
    const [inbox, groups] = await Promise.all([Inbox.open({ dataDir, inboxDir: options.inboxDir, log, maxFileSize: options.maxReceiveBytes }), Groups.open({ dataDir, log })]);
    const host = new ProtocolHost({ libp2p: options.p2p.libp2p, log });
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
    const service = new PushService({ host, client, outbox, inbox, groups, log });
    inbox.offers.on('accepted', service.onAccepted);
    try {
      await host.start();
      await outbox.start();
    } catch (error) {
      await service.stop();
      throw error;
    }
    return service;
  }

  /** Running deliveries stop (they resume on the next start); received parts and decisions are saved. */
  async stop(): Promise<void> {
    this.lifetime.abort();
    this.inbox.offers.off('accepted', this.onAccepted);
    await this.outbox.stop().catch((error: unknown) => this.log.warn('stopping the outbox failed', { error: String(error) }));
    await this.host.stop().catch((error: unknown) => this.log.warn('stopping the libp2p protocols failed', { error: String(error) }));
    this.inbox.close();
    await this.inbox.flush().catch((error: unknown) => this.log.warn('saving the inbox state failed', { error: String(error) }));
  }
}
