/**
 * The laptops whose files are received without asking (the teacher's),
 * kept in `DATA_DIR/trusted.json`. A PeerId is what Noise proves on every
 * connection, so trust is given to a key, never to a nick or an address;
 * the nick is only remembered to show the child whom she trusted.
 */
import { peerIdFromString } from '@libp2p/peer-id';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { InboxError } from './errors.js';
import { isRecord, JsonStateWriter, readJsonState } from './json-state.js';

export const TRUSTED_FILE = 'trusted.json';
const MAX_NICK_CHARS = 100;

export interface TrustedPeer {
  peerId: string;
  /** The nick it had when trusted, if known. */
  nick?: string;
  /** Milliseconds since 1970. */
  trustedAt: number;
}

export interface TrustedPeersOptions {
  dataDir: string;
  log: Logger;
  now?: () => number;
}

/**
 * A PeerId in its canonical text form (base58btc, `12D3KooW...` for
 * Ed25519 keys), or an InboxError 'invalid-peer-id' saying what one looks
 * like. Leading and trailing spaces (from a copy and paste) are forgiven.
 */
export function parsePeerId(text: string): string {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  try {
    if (trimmed === '') throw new Error('empty');
    return peerIdFromString(trimmed).toString();
  } catch (error) {
    const shown = trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
    throw new InboxError('invalid-peer-id', `"${shown}" is not a laptop's PeerId. A PeerId looks like 12D3KooW… (52 letters and digits); 'mesh-share peers' shows them.`, { cause: error });
  }
}

export class TrustedPeers {
  private readonly peers = new Map<string, TrustedPeer>();
  private readonly writer: JsonStateWriter;
  private readonly now: () => number;

  private constructor(path: string, now: () => number) {
    this.now = now;
    this.writer = new JsonStateWriter(path, () => ({ version: 1, peers: [...this.peers.values()] }));
  }

  static async open(options: TrustedPeersOptions): Promise<TrustedPeers> {
    const path = join(options.dataDir, TRUSTED_FILE);
    const trusted = new TrustedPeers(path, options.now ?? Date.now);
    const file = await readJsonState(path, options.log, 'the list of trusted laptops');
    for (const raw of isRecord(file) && Array.isArray(file.peers) ? file.peers : []) {
      const peer = readPeer(raw);
      if (peer === null) {
        options.log.warn('a damaged entry in the list of trusted laptops was skipped', { entry: JSON.stringify(raw)?.slice(0, 200) });
        continue;
      }
      trusted.peers.set(peer.peerId, peer);
    }
    return trusted;
  }

  /**
   * Trusts a laptop (again): keeps the first trust date, takes a new nick
   * when one is given. Resolves once saved, with the entry.
   */
  async trust(peerId: string, nick?: string): Promise<TrustedPeer> {
    const id = parsePeerId(peerId);
    const known = this.peers.get(id);
    const cleanNick = nick === undefined ? undefined : cleanText(nick);
    const peer: TrustedPeer = { peerId: id, trustedAt: known?.trustedAt ?? this.now() };
    const kept = cleanNick || known?.nick;
    if (kept) peer.nick = kept;
    this.peers.set(id, peer);
    await this.writer.save();
    return { ...peer };
  }

  /** Stops trusting; false when it was not trusted. */
  async untrust(peerId: string): Promise<boolean> {
    const id = parsePeerId(peerId);
    if (!this.peers.delete(id)) return false;
    await this.writer.save();
    return true;
  }

  /** Never throws: anything that is not a trusted PeerId is simply not trusted. */
  isTrusted(peerId: string): boolean {
    return this.peers.has(peerId);
  }

  get(peerId: string): TrustedPeer | undefined {
    const peer = this.peers.get(peerId);
    return peer === undefined ? undefined : { ...peer };
  }

  /** In the order trusted. */
  list(): TrustedPeer[] {
    return [...this.peers.values()].map((peer) => ({ ...peer }));
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }
}

function readPeer(raw: unknown): TrustedPeer | null {
  if (!isRecord(raw) || typeof raw.peerId !== 'string' || typeof raw.trustedAt !== 'number') return null;
  let peerId: string;
  try {
    peerId = parsePeerId(raw.peerId);
  } catch {
    return null;
  }
  const peer: TrustedPeer = { peerId, trustedAt: raw.trustedAt };
  if (typeof raw.nick === 'string' && raw.nick !== '') peer.nick = cleanText(raw.nick);
  return peer;
}

/** Nicks come from the other laptop: no control characters, bounded. */
export function cleanText(text: string, maxChars: number = MAX_NICK_CHARS): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.toWellFormed().replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  const chars = Array.from(clean);
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : clean;
}
