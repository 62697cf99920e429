/**
 * What the agent implements for org.sugarlabs.MeshShare1, member by member,
 * named exactly as in dbus/org.sugarlabs.MeshShare1.xml. The service binds
 * these by name and refuses to start when a name is missing on either side,
 * so a later issue adds a member in two places: the XML and here.
 *
 * Values are plain JS (see variants.ts): an `a{sv}` argument arrives as a
 * null-prototype record, an `a{sv}` result is returned as a plain record.
 * Refusals are thrown as MeshShareError (errors.ts); anything else thrown
 * reaches the caller as `...Error.Failed` with a generic sentence.
 */
import type { PlainRecord, VariantRecord } from './variants.js';

export type Unsubscribe = () => void;

export interface MeshShareMethods {
  /** version, peer_id, p2p_addresses, nick, color, discovery, peers_online, share_dir, share_url, share_urls, user, uptime_seconds, shared_entries, requests. */
  Status(): Promise<VariantRecord>;
  /** Shares a Journal entry's file; returns its HTTPS URL. */
  ShareEntry(path: string, metadata: PlainRecord): Promise<string>;
  /** One record per shared entry still in the share. */
  ListShared(): Promise<readonly VariantRecord[]>;
  Unshare(url: string): Promise<void>;
  /** Neighbours, online or recently gone. */
  ListPeers(): Promise<readonly VariantRecord[]>;
  /** Starts sending; resolves with the transfer id once the files are hashed and the transfer is in the outbox. */
  SendTo(paths: readonly string[], recipients: readonly string[], metadata: PlainRecord): Promise<string>;
  /** Leaves files with a holder that is reachable now, for recipients who are away; resolves with the transfer id once the holder has them all. */
  SendVia(paths: readonly string[], recipients: readonly string[], holder: string, metadata: PlainRecord): Promise<string>;
  ListTransfers(): Promise<readonly VariantRecord[]>;
  CancelTransfer(transferId: string): Promise<void>;
  ListOffers(): Promise<readonly VariantRecord[]>;
  AcceptOffer(offerId: string): Promise<void>;
  DeclineOffer(offerId: string): Promise<void>;
  /** Returns the PeerId trusted. */
  TrustPeer(peer: string): Promise<string>;
  UntrustPeer(peer: string): Promise<void>;
  ListTrusted(): Promise<readonly VariantRecord[]>;
  SetGroup(name: string, members: readonly string[]): Promise<void>;
  ListGroups(): Promise<Record<string, string[]>>;
  /** Shared links for a file or folder in the share: read_only, read_write, read_only_urls, read_write_urls, read_only_ticket, read_write_ticket, path, expires_at, visits_left. */
  MakeShareUrls(path: string, options: PlainRecord): Promise<VariantRecord>;
  /** Ends one shared link, given as its URL or ticket id. */
  Revoke(urlOrTicket: string): Promise<void>;
  /** id, path, privilege, url, urls, owner, created_at, expires_at, visits_left, state. */
  ListTickets(): Promise<readonly VariantRecord[]>;
}

/** Read-only property getters; they must be cheap and synchronous (GetAll calls every one). */
export interface MeshShareProperties {
  Version(): string;
  ShareUrl(): string;
  ShareDir(): string;
  User(): string;
  PeerId(): string;
  /** `u` on the bus: a non-negative integer. */
  SharedCount(): number;
}

/** Each signal is a subscription: the service subscribes once and forwards every call to the bus. */
export interface MeshShareSignals {
  Shared(listener: (entry: VariantRecord) => void): Unsubscribe;
  Unshared(listener: (url: string) => void): Unsubscribe;
  PeerAppeared(listener: (peer: VariantRecord) => void): Unsubscribe;
  PeerChanged(listener: (peer: VariantRecord) => void): Unsubscribe;
  PeerVanished(listener: (id: string) => void): Unsubscribe;
  TransferProgress(listener: (transferId: string, peerId: string, done: number, total: number) => void): Unsubscribe;
  RecipientChanged(listener: (transferId: string, recipient: VariantRecord) => void): Unsubscribe;
  TransferFinished(listener: (transferId: string, report: VariantRecord) => void): Unsubscribe;
  OfferReceived(listener: (offer: VariantRecord) => void): Unsubscribe;
  FileReceived(listener: (file: VariantRecord) => void): Unsubscribe;
}

export type MeshSharePropertyName = keyof MeshShareProperties;

export interface MeshShareApi {
  /** Plain objects: members are found with Object.keys, so class prototypes do not count. */
  readonly methods: MeshShareMethods;
  readonly properties: MeshShareProperties;
  readonly signals: MeshShareSignals;
  /** The implementation reports which properties changed; the service sends PropertiesChanged with their new values. */
  onPropertiesChanged(listener: (names: readonly MeshSharePropertyName[]) => void): Unsubscribe;
}

/** The Journal metadata keys ShareEntry keeps (every one optional); the preview travels as bytes beside them. */
export interface JournalMetadata {
  title?: string;
  mime_type?: string;
  activity?: string;
  activity_id?: string;
  description?: string;
  /** Sugar keeps tags as one string; a list given over D-Bus is joined with ", ". */
  tags?: string;
  /** Seconds since 1970, as the Journal records it. */
  timestamp?: number;
}
