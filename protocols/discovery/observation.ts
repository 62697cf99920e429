/**
 * What one source says about one neighbour at one moment. The peer list
 * merges observations into entries; each source (libp2p's mDNS, our
 * `_webdavs._tcp` browse, the Salut `_presence._tcp` browse) only turns its
 * own records into these.
 */
export type PeerSource = 'libp2p' | 'webdavs' | 'presence';

export interface Observation {
  /** Unique per source record: `webdavs:FULLNAME`, `presence:FULLNAME`, `libp2p:PEERID`. */
  key: string;
  source: PeerSource;
  peerId?: string;
  nick?: string;
  /** `#STROKE,#FILL` as Sugar writes it. */
  color?: string;
  /** SRV target, e.g. `xo-a1b2.local`; observations on one host belong to one laptop. */
  host?: string;
  addresses: string[];
  shareUrl?: string;
  /** Salut presence: avail, away, dnd. */
  status?: string;
  /** Salut presence message. */
  message?: string;
  /** ms since 1970. */
  lastSeen: number;
  /** For sources without their own goodbye or TTL (libp2p): when this stops meaning "online". */
  expiresAt?: number;
}
