/**
 * Finding neighbours and being found: publishes the share as
 * `_webdavs._tcp` (for Avahi, file managers and other agents), browses
 * `_webdavs._tcp` and Salut's `_presence._tcp`, takes libp2p's mDNS finds,
 * and feeds them all into one PeerList. Peers found by DNS-SD are also put
 * in libp2p's peer store, so a later protocol can dial them by PeerId.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces as osNetworkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import type { Logger } from '../../agent/logger.js';
import { DnsSd, type DiscoveredService, type DnsSdOptions, type PublishedService, type ServiceBrowser } from '../dns-sd/dns-sd.js';
import type { P2pNode } from '../p2p-node.js';
import { PeerList } from './peer-list.js';
import { observePresence, observeShare, PRESENCE_TYPE, sharePeerDialInfo, shareTxt, WEBDAVS_TYPE, type ShareAnnouncement } from './service-records.js';

/** Where avahi-daemon listens; when it runs, it owns this laptop's `.local` host name. */
export const AVAHI_SOCKET = '/run/avahi-daemon/socket';

export interface DiscoveryOptions {
  log: Logger;
  p2p: P2pNode;
  /** The HTTPS port of the share. */
  davPort: number;
  announcement: ShareAnnouncement;
  /** Host label (no `.local`), normally the first label of the host name. */
  hostLabel: string;
  /** Default: 'system' when avahi-daemon runs here, else 'publish'. */
  hostRecords?: DnsSdOptions['hostRecords'];
  /** How long libp2p-only finds count as online without being heard again (default: 2 query intervals + 2 min). */
  libp2pTtlMs: number;
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  mdns?: DnsSdOptions['mdns'];
  now?: () => number;
}

export class Discovery {
  readonly peers: PeerList;
  private readonly options: DiscoveryOptions;
  private readonly dnsSd: DnsSd;
  private published: PublishedService | null = null;
  private browsers: ServiceBrowser[] = [];
  private unsubscribeLibp2p: (() => void) | null = null;
  private running = false;

  constructor(options: DiscoveryOptions) {
    this.options = options;
    const now = options.now ?? Date.now;
    this.peers = new PeerList({ selfPeerId: options.p2p.peerId, now });
    const interfaces = options.networkInterfaces ?? osNetworkInterfaces;
    this.dnsSd = new DnsSd({
      log: options.log,
      hostLabel: options.hostLabel,
      hostRecords: options.hostRecords ?? (existsSync(AVAHI_SOCKET) ? 'system' : 'publish'),
      addresses: () => meshAddresses(interfaces()),
      ...(options.mdns ? { mdns: options.mdns } : {}),
      now,
    });
  }

  async start(): Promise<void> {
    const { log, p2p, announcement } = this.options;
    const interfaces = this.options.networkInterfaces ?? osNetworkInterfaces;
    await this.dnsSd.start();
    this.running = true;
    const published = this.dnsSd.publish({ type: WEBDAVS_TYPE, name: announcement.nick, port: this.options.davPort, txt: shareTxt(announcement) });
    published.on('renamed', (name, old) => log.info(`another share on the network is called "${old}"; this one is announced as "${name}"`));
    this.published = published;

    const shares = this.dnsSd.browse(WEBDAVS_TYPE);
    const onShare = (service: DiscoveredService): void => {
      if (this.published && service.fullName === this.published.fullName) return;
      this.peers.observe(observeShare(service));
      this.teachLibp2p(service);
    };
    shares.on('up', onShare).on('changed', onShare).on('down', (service) => this.peers.lose(observeShare(service).key));

    const buddies = this.dnsSd.browse(PRESENCE_TYPE);
    // Sugar on this very laptop publishes its own buddy: that is us, not a neighbour.
    const onBuddy = (service: DiscoveredService): void => {
      const own = new Set(meshAddresses(interfaces()));
      const observation = observePresence(service);
      if (service.addresses.some((address) => own.has(address))) return this.peers.forget(observation.key);
      this.peers.observe(observation);
    };
    buddies.on('up', onBuddy).on('changed', onBuddy).on('down', (service) => this.peers.lose(observePresence(service).key));
    this.browsers = [shares, buddies];

    this.unsubscribeLibp2p = p2p.onPeerDiscovered((peer) => {
      const now = (this.options.now ?? Date.now)();
      const addresses = [...new Set(peer.multiaddrs.map((ma) => /^\/ip[46]\/([^/]+)/.exec(ma)?.[1]).filter((a): a is string => a !== undefined))];
      this.peers.observe({ key: `libp2p:${peer.peerId}`, source: 'libp2p', peerId: peer.peerId, addresses, lastSeen: now, expiresAt: now + this.options.libp2pTtlMs });
    });
  }

  /** The instance name currently announced (it changes after a conflict rename). */
  get announcedName(): string | null {
    return this.published?.name ?? null;
  }

  /** Re-announce the share's TXT (nick or colour changed). */
  updateAnnouncement(announcement: ShareAnnouncement): void {
    this.published?.updateTxt(shareTxt(announcement));
  }

  stats(): ReturnType<DnsSd['stats']> {
    return this.dnsSd.stats();
  }

  /** Goodbyes go out before the socket closes, so neighbours drop this laptop at once. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribeLibp2p?.();
    this.unsubscribeLibp2p = null;
    for (const browser of this.browsers) browser.stop();
    this.browsers = [];
    this.published = null;
    this.peers.stop();
    await this.dnsSd.stop();
  }

  private teachLibp2p(service: DiscoveredService): void {
    const dial = sharePeerDialInfo(service);
    if (dial === null || dial.peerId === this.options.p2p.peerId) return;
    try {
      const peerStore = this.options.p2p.libp2p.peerStore;
      peerStore.merge(peerIdFromString(dial.peerId), { multiaddrs: dial.multiaddrs.map((ma) => multiaddr(ma)) }).catch((error: unknown) => {
        this.options.log.debug('could not store a peer address', { peer: dial.peerId, error: String(error) });
      });
    } catch (error) {
      this.options.log.debug('a peer announced an unusable PeerId', { peer: dial.peerId, error: String(error) });
    }
  }
}

/** IPv4 addresses neighbours can reach: every non-loopback one, link-local included. */
export function meshAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const out: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (!entry.internal && entry.family === 'IPv4' && !out.includes(entry.address)) out.push(entry.address);
    }
  }
  return out;
}
