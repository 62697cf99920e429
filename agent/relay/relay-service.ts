/**
 * `send --via`, assembled: the holder (files others leave here, hooked into
 * the share's access step), the recipient (notices from holders, fetched
 * into the inbox) and the sender (leave files with a holder), sharing one
 * DavClient and the relay protocol on the agent's ProtocolHost. Opened
 * before the protocol host starts, started after it (and after discovery),
 * stopped before it.
 */
import type { Logger } from '../logger.js';
import type { P2pNode } from '../../protocols/p2p-node.js';
import type { PeerList } from '../../protocols/discovery/peer-list.js';
import type { ProtocolHost } from '../../protocols/protocol-host.js';
import { DavClient } from '../../protocols/dav/dav-client.js';
import { relayProtocol, sendCollected, sendNotice } from '../../protocols/relay/relay-protocol.js';
import type { SenderInfo } from '../../protocols/push/types.js';
import type { ShareSteps } from '../../web/access/share-steps.js';
import type { Inbox } from '../inbox/inbox.js';
import { RelayHolder } from './relay-holder.js';
import { RelayRecipient } from './relay-recipient.js';
import { sendVia, type RelaySendRequest, type RelaySent } from './relay-sender.js';

export interface RelayServiceOptions {
  p2p: P2pNode;
  host: ProtocolHost;
  peers: PeerList | null;
  shareSteps: Pick<ShareSteps, 'owners' | 'access' | 'dav'>;
  shareRoot: string;
  dataDir: string;
  inbox: Inbox;
  from: SenderInfo;
  log: Logger;
  quotaBytes?: number;
  expiryMs?: number;
}

export class RelayService {
  readonly holder: RelayHolder;
  readonly recipient: RelayRecipient;
  private readonly dav: DavClient;
  private readonly options: RelayServiceOptions;
  private readonly lifetime = new AbortController();

  private constructor(options: RelayServiceOptions) {
    this.options = options;
    const { p2p, host, log } = options;
    const connect = (peerId: string, signal?: AbortSignal) => p2p.connect(peerId, signal);
    this.dav = new DavClient({ host, connect, log });
    this.holder = new RelayHolder({
      store: options.shareSteps.owners,
      props: options.shareSteps.dav.server.props,
      shareRoot: options.shareRoot,
      dataDir: options.dataDir,
      peers: options.peers,
      notify: (peerId, notice) => sendNotice(host, connect, peerId, notice, this.lifetime.signal, log),
      log,
      ...(options.quotaBytes === undefined ? {} : { quotaBytes: options.quotaBytes }),
      ...(options.expiryMs === undefined ? {} : { expiryMs: options.expiryMs }),
    });
    this.recipient = new RelayRecipient({
      inbox: options.inbox,
      dav: this.dav,
      collected: (holder, path, sha256, signal) => sendCollected(host, connect, holder, { path, sha256 }, signal, log),
      log,
    });
  }

  /** Registers the relay protocol (before the protocol host starts) and the holder's hooks. */
  static open(options: RelayServiceOptions): RelayService {
    const service = new RelayService(options);
    options.host.register(
      relayProtocol({
        onNotice: (holder, notice) => service.recipient.handle(holder, notice),
        onCollected: async (recipient, path, sha256) => service.holder.collected(recipient, path, sha256),
      }),
    );
    options.shareSteps.access.setRelay(service.holder);
    return service;
  }

  start(): Promise<void> {
    return this.holder.start();
  }

  async stop(): Promise<void> {
    this.lifetime.abort();
    this.options.shareSteps.access.setRelay(undefined);
    this.recipient.stop();
    await this.holder.stop().catch((error: unknown) => this.options.log.warn('saving relay.json failed', { error: String(error) }));
  }

  /** Leaves files with a holder for recipients (PeerIds); the holder must be reachable now. */
  send(request: RelaySendRequest): Promise<RelaySent> {
    return sendVia(this.dav, { peerId: this.options.p2p.peerId, from: this.options.from }, request, this.options.log);
  }
}
