/**
 * The agent's implementation of org.sugarlabs.MeshShare1 (dbus/api.ts):
 * thin, so that every rule lives in JournalShares, ShareLinks, the push
 * service and the agent, and the D-Bus service only converts and names
 * errors.
 */
import type { MeshShareApi, MeshSharePropertyName, Unsubscribe } from '../dbus/api.js';
import type { VariantRecord } from '../dbus/variants.js';
import type { JournalShares } from './journal-shares.js';
import type { PeerEntry, PeerList } from '../protocols/discovery/peer-list.js';
import { createPushApi, type PushApiOptions } from './push-api.js';
import { ShareLinks } from './share-links.js';
import type { TicketStore } from '../web/tickets/ticket-store.js';
import type { ShareFs } from '../web/dav/share-fs.js';
import type { Logger } from './logger.js';

export interface MeshShareApiOptions {
  journal: JournalShares;
  version: string;
  peerId: () => string;
  /** libp2p addresses other laptops are told. */
  p2pAddresses: () => readonly string[];
  nick: string;
  color: string;
  /** Null when discovery is off (`--no-discovery`, or mDNS could not start): ListPeers is then empty. */
  peers: PeerList | null;
  shareDir: string;
  shareUrl: string;
  shareUrls: readonly string[];
  user: string;
  /** When the agent started, in ms since 1970. */
  startedAt: number;
  /** HTTPS requests answered so far. */
  requests: () => number;
  now?: () => number;
  /** Send to many, held offers, trust and groups. */
  push: Omit<PushApiOptions, 'peers' | 'selfPeerId'>;
  /** Shared links (MakeShareUrls, Revoke, ListTickets): the share's ticket store; links act for `user`. */
  tickets: TicketStore;
  share: ShareFs;
  /** Whether `user` can still sign in (links of a user without a password do not open). */
  userActive?: () => Promise<boolean>;
  log?: Logger;
}

export function createMeshShareApi(options: MeshShareApiOptions): MeshShareApi {
  const { journal } = options;
  const now = options.now ?? Date.now;
  const push = createPushApi({ ...options.push, peers: options.peers, selfPeerId: options.peerId() });
  const links = new ShareLinks({
    tickets: options.tickets,
    share: options.share,
    shareUrl: options.shareUrl,
    shareUrls: options.shareUrls,
    user: options.user,
    now,
    ...(options.userActive && { userActive: options.userActive }),
    ...(options.log && { log: options.log }),
  });
  return {
    methods: {
      ...push.methods,
      async Status() {
        const entries = await journal.list();
        return {
          version: options.version,
          peer_id: options.peerId(),
          p2p_addresses: [...options.p2pAddresses()],
          nick: options.nick,
          color: options.color,
          discovery: options.peers !== null,
          peers_online: options.peers?.list().filter((peer) => peer.online).length ?? 0,
          share_dir: options.shareDir,
          share_url: options.shareUrl,
          share_urls: [...options.shareUrls],
          user: options.user,
          uptime_seconds: Math.max(0, Math.floor((now() - options.startedAt) / 1000)),
          shared_entries: entries.length,
          requests: options.requests(),
        };
      },
      async ShareEntry(path, metadata) {
        return (await journal.shareEntry(path, metadata)).url;
      },
      async ListShared() {
        return journal.list();
      },
      async Unshare(url) {
        await journal.unshare(url);
      },
      async ListPeers() {
        return (options.peers?.list() ?? []).map(peerRecord);
      },
      async MakeShareUrls(path, linkOptions) {
        return links.make(path, linkOptions);
      },
      async Revoke(urlOrTicket) {
        await links.revoke(urlOrTicket);
      },
      async ListTickets() {
        return links.list();
      },
    },
    properties: {
      Version: () => options.version,
      ShareUrl: () => options.shareUrl,
      ShareDir: () => options.shareDir,
      User: () => options.user,
      PeerId: () => options.peerId(),
      SharedCount: () => journal.count,
    },
    signals: {
      ...push.signals,
      Shared(listener) {
        journal.on('shared', listener);
        return () => void journal.off('shared', listener);
      },
      Unshared(listener) {
        journal.on('unshared', listener);
        return () => void journal.off('unshared', listener);
      },
      PeerAppeared(listener) {
        return subscribePeers(options.peers, 'appeared', (peer) => listener(peerRecord(peer)));
      },
      PeerChanged(listener) {
        return subscribePeers(options.peers, 'changed', (peer) => listener(peerRecord(peer)));
      },
      PeerVanished(listener) {
        return subscribePeers(options.peers, 'vanished', listener);
      },
    },
    onPropertiesChanged(listener: (names: readonly MeshSharePropertyName[]) => void): Unsubscribe {
      let last = journal.count;
      const check = (): void => {
        if (journal.count === last) return;
        last = journal.count;
        listener(['SharedCount']);
      };
      journal.on('shared', check);
      journal.on('unshared', check);
      return () => {
        journal.off('shared', check);
        journal.off('unshared', check);
      };
    },
  };
}

function subscribePeers<E extends 'appeared' | 'changed' | 'vanished'>(
  peers: PeerList | null,
  event: E,
  listener: E extends 'vanished' ? (id: string) => void : (peer: PeerEntry) => void,
): Unsubscribe {
  if (peers === null) return () => undefined;
  const on = listener as (...args: unknown[]) => void;
  peers.on(event, on as never);
  return () => void peers.off(event, on as never);
}

/** A PeerEntry as D-Bus and `--json` show it: lower_snake_case keys, absent values left out, seconds since 1970. */
export function peerRecord(peer: PeerEntry): VariantRecord {
  const record: Record<string, string | number | boolean | string[]> = {
    id: peer.id,
    nick: peer.nick,
    addresses: [...peer.addresses],
    sources: [...peer.sources],
    last_seen: Math.floor(peer.lastSeen / 1000),
    online: peer.online,
  };
  if (peer.peerId !== undefined) record.peer_id = peer.peerId;
  if (peer.color !== undefined) record.color = peer.color;
  if (peer.host !== undefined) record.host = peer.host;
  if (peer.shareUrl !== undefined) record.share_url = peer.shareUrl;
  if (peer.status !== undefined) record.status = peer.status;
  if (peer.message !== undefined) record.message = peer.message;
  return record;
}
