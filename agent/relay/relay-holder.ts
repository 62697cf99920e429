/**
 * The holder's side of `send --via` (issue 6, XEP-0129 with PeerIds): files
 * other laptops left in `/.mesh-share-relay/<their PeerId>/` for someone
 * away. The access rules (web/access/policy.ts) let them in; this keeps them
 * bounded and brings them on:
 *
 * - a per-peer bound on the bytes held (507 with a sentence);
 * - once the owner sets the recipient list, and whenever discovery sees a
 *   listed recipient appear, that recipient's agent is told over
 *   `/mesh-share/relay/1.0.0` (path, size, SHA-256, name, sender);
 * - a recipient has the file once it says so: after fetching, when the
 *   SHA-256 matched (`collected`), or in answer to a notice (`have`, or
 *   `refused` when its child declined). When all have it the file and its
 *   records go, as they do at its expiry (a timer armed only while relay
 *   files exist: nothing runs when idle).
 *
 * The files are known from the access store (owner, recipients); what is
 * needed besides (when each was left, who has it) is in `relay.json` in the
 * data dir, so a restart loses nothing.
 */
import { mkdir, readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { StateFile } from '../../web/access/state-file.js';
import type { AccessStore } from '../../web/access/access-store.js';
import type { RelayHooks } from '../../web/access/share-access.js';
import { RELAY_FOLDER, relayOwnerOf } from '../../web/access/policy.js';
import type { DeadPropertyStore } from '../../web/dav/dead-properties.js';
import { HttpError } from '../../web/http-error.js';
import { keyOf, parseSharePath } from '../../web/dav/share-path.js';
import { headerOf } from '../../web/http-headers.js';
import type { PeerList, PeerEntry } from '../../protocols/discovery/peer-list.js';
import type { RelayAckState, RelayNotice } from '../../protocols/relay/messages.js';
import { decodeRelayInfo, RELAY_INFO_KEY } from './relay-info.js';

export const RELAY_STATE_FILE = 'relay.json';
export const DEFAULT_RELAY_QUOTA_BYTES = 1024 * 1024 * 1024;
export const DEFAULT_RELAY_EXPIRY_MS = 7 * 24 * 3600 * 1000;

export type Notify = (peerId: string, notice: RelayNotice) => Promise<{ state: RelayAckState; message?: string }>;

export interface RelayHolderOptions {
  store: AccessStore;
  props: DeadPropertyStore;
  /** The share folder on disk. */
  shareRoot: string;
  dataDir: string;
  /** Null without discovery: recipients are then told only when the list is set. */
  peers: PeerList | null;
  notify: Notify;
  log: Logger;
  quotaBytes?: number;
  expiryMs?: number;
  now?: () => number;
}

interface Held {
  createdAt: number;
  /** PeerIds that have the file (or refused it): they are not told again. */
  done: string[];
}

interface StateShape {
  version: 1;
  files: Record<string, Held>;
}

export class RelayHolder implements RelayHooks {
  private readonly options: RelayHolderOptions;
  private readonly files = new Map<string, Held>();
  private readonly file: StateFile;
  private readonly quota: number;
  private readonly expiryMs: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | null = null;
  private readonly telling = new Set<string>();
  private stopped = false;
  private readonly onAppeared = (entry: PeerEntry): void => {
    if (entry.peerId !== undefined) this.tellPeer(entry.peerId);
  };

  constructor(options: RelayHolderOptions) {
    this.options = options;
    this.quota = options.quotaBytes ?? DEFAULT_RELAY_QUOTA_BYTES;
    this.expiryMs = options.expiryMs ?? DEFAULT_RELAY_EXPIRY_MS;
    this.now = options.now ?? Date.now;
    this.file = new StateFile(join(options.dataDir, RELAY_STATE_FILE), () => ({ version: 1, files: Object.fromEntries(this.files) }) satisfies StateShape);
  }

  /** Reads relay.json, forgets what the access store no longer knows, deletes what expired, and tells online recipients. */
  async start(): Promise<void> {
    const data = (await StateFile.read(join(this.options.dataDir, RELAY_STATE_FILE), this.options.log, 'the files left for others')) as Partial<StateShape> | null;
    const saved = typeof data?.files === 'object' && data.files !== null ? data.files : {};
    for (const key of this.relayKeys()) {
      const entry = saved[key];
      const createdAt = typeof entry?.createdAt === 'number' && Number.isFinite(entry.createdAt) ? entry.createdAt : this.now();
      const done = Array.isArray(entry?.done) ? entry.done.filter((id): id is string => typeof id === 'string') : [];
      this.files.set(key, { createdAt, done });
    }
    await this.file.save();
    this.options.peers?.on('appeared', this.onAppeared);
    await this.sweep();
    for (const entry of this.options.peers?.list() ?? []) if (entry.online && entry.peerId !== undefined) this.tellPeer(entry.peerId);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.options.peers?.off('appeared', this.onAppeared);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.file.flush();
  }

  /**
   * Files their owner peer left inside its relay folder: with a recipient
   * list, or still pending (a sender that went away between its PUT and
   * its PROPPATCH), which nobody is told of but which expire all the same.
   */
  private *relayKeys(): Iterable<string> {
    for (const [key, record] of this.options.store.below(RELAY_FOLDER)) {
      const segments = key.split('/');
      if (segments.length < 3 || record.owner !== `peer:${relayOwnerOf(segments)}` || record.recipients === undefined) continue;
      yield key;
    }
  }

  private recipientsOf(key: string): string[] {
    return (this.options.store.get(key)?.recipients ?? []).filter((name) => name.startsWith('peer:')).map((name) => name.slice(5));
  }

  /** What the sender said of the file (ms:relay-info): size, SHA-256, name; null when missing or unreadable. */
  private infoOf(key: string): ReturnType<typeof decodeRelayInfo> {
    const value = this.options.props.get(key)?.get(RELAY_INFO_KEY)?.value;
    return value === undefined ? null : decodeRelayInfo(value);
  }

  /** Where the holder's notice for `key` says the file is, and what it is; null when its info is missing. */
  private noticeFor(key: string, held: Held): RelayNotice | null {
    const owner = relayOwnerOf(key.split('/'));
    const info = this.infoOf(key);
    if (owner === null || info === null) return null;
    return {
      path: `/${key.split('/').map(encodeURIComponent).join('/')}`,
      size: info.size,
      sha256: info.sha256,
      name: info.name,
      mimeType: info.mimeType,
      metadata: info.metadata,
      from: { peerId: owner, nick: info.nick, ...(info.color === undefined ? {} : { color: info.color }) },
      expiresAt: held.createdAt + this.expiryMs,
    };
  }

  // ---- hooks of the access step (RelayHooks) -------------------------------

  async beforeCreate(ctx: Parameters<RelayHooks['beforeCreate']>[0], target: readonly string[]): Promise<void> {
    const peerId = relayOwnerOf(target)!;
    const folder = join(this.options.shareRoot, RELAY_FOLDER, peerId);
    if (ctx.method === 'PUT') {
      const length = Number(headerOf(ctx.req, 'content-length') ?? NaN);
      if (!Number.isSafeInteger(length) || length < 0) throw new HttpError(411, 'bad-header', 'A file left here for others must say its size (Content-Length).');
      const held = await bytesIn(folder);
      if (held + length > this.quota) {
        throw new HttpError(
          507,
          'insufficient-storage',
          `This laptop keeps at most ${formatBytes(this.quota)} for each laptop that leaves files here; yours already holds ${formatBytes(held)}, and this file (${formatBytes(length)}) does not fit. Wait until your friends have collected theirs.`,
        );
      }
    }
    await mkdir(join(this.options.shareRoot, ...target.slice(0, -1)), { recursive: true });
    // Its clock starts now: a file whose sender never lists anyone expires like the rest (sweep drops the entry if the PUT fails).
    const key = target.join('/');
    if (ctx.method === 'PUT' && !this.files.has(key)) {
      this.files.set(key, { createdAt: this.now(), done: [] });
      await this.file.save();
      this.arm();
    }
  }

  recipientsSet(key: string): void {
    if (this.stopped || relayOwnerOf(key.split('/')) === null) return;
    const recipients = this.recipientsOf(key);
    const owner = this.options.store.get(key)?.owner;
    if (recipients.length === 0 || owner !== `peer:${relayOwnerOf(key.split('/'))}`) return;
    if (!this.files.has(key)) this.files.set(key, { createdAt: this.now(), done: [] });
    void this.file.save().catch((error: unknown) => this.options.log.warn('saving relay.json failed', { error: String(error) }));
    this.arm();
    for (const peerId of recipients) this.tell(key, peerId);
  }

  // ---- recipients that have it -------------------------------------------------

  /**
   * A recipient (proven by Noise) says it fetched the file at `path` (as it
   * went on the wire, percent-encoded) and its SHA-256 matched. True when
   * this holder kept that file, with that hash, for that recipient.
   */
  collected(peerId: string, path: string, sha256: string): boolean {
    const key = keyOfWirePath(path);
    if (key === null || !this.files.has(key) || !this.recipientsOf(key).includes(peerId)) return false;
    if (this.infoOf(key)?.sha256 !== sha256) return false;
    this.done(peerId, key, 'it collected the file');
    return true;
  }

  /** `peerId` needs the file no more; when no listed recipient does, it goes. */
  private done(peerId: string, key: string, why: string): void {
    const held = this.files.get(key);
    if (held === undefined || !this.recipientsOf(key).includes(peerId)) return;
    if (!held.done.includes(peerId)) held.done.push(peerId);
    this.options.log.info('a recipient of a left file needs it no more', { key, peer: peerId, why });
    if (this.recipientsOf(key).every((id) => held.done.includes(id))) void this.remove(key, 'every recipient has it');
    else void this.file.save().catch((error: unknown) => this.options.log.warn('saving relay.json failed', { error: String(error) }));
  }

  // ---- telling recipients ---------------------------------------------------

  /** Every file listing `peerId` it does not have yet. */
  private tellPeer(peerId: string): void {
    for (const [key, held] of this.files) if (!held.done.includes(peerId) && this.recipientsOf(key).includes(peerId)) this.tell(key, peerId);
  }

  private tell(key: string, peerId: string): void {
    const held = this.files.get(key);
    if (held === undefined || this.stopped) return;
    const notice = this.noticeFor(key, held);
    if (notice === null) {
      this.options.log.warn('a left file has no description (ms:relay-info); its recipients are not told', { key });
      return;
    }
    const id = `${key}\n${peerId}`;
    if (this.telling.has(id)) return;
    this.telling.add(id);
    this.options
      .notify(peerId, notice)
      .then(
        (ack) => {
          this.options.log.debug('told a recipient about a left file', { key, peer: peerId, ack: JSON.stringify(ack) });
          // It holds the same content already, or its child said no: either way it will not come for this file.
          if (ack.state === 'have') this.done(peerId, key, 'it had the file already');
          else if (ack.state === 'refused') this.done(peerId, key, `it refused the file${ack.message === undefined ? '' : `: ${ack.message}`}`);
        },
        (error: unknown) => this.options.log.debug('could not tell a recipient about a left file; it is told when it appears', { key, peer: peerId, error: String(error) }),
      )
      .finally(() => this.telling.delete(id));
  }

  // ---- cleaning up ----------------------------------------------------------

  /** Deletes the file, its records and the folders it leaves empty. */
  private async remove(key: string, why: string): Promise<void> {
    if (!this.files.delete(key)) return;
    const segments = key.split('/');
    await rm(join(this.options.shareRoot, ...segments), { force: true, recursive: true }).catch((error: unknown) => this.options.log.warn('could not delete a left file', { key, error: String(error) }));
    await this.options.store.forgetTree(key);
    await this.options.props.forgetTree(key);
    // The transfer folder, then the sender's folder, when empty (rmdir refuses otherwise).
    for (let depth = segments.length - 1; depth >= 2; depth -= 1) {
      if (!(await rmdir(join(this.options.shareRoot, ...segments.slice(0, depth))).then(() => true, () => false))) break;
    }
    await this.file.save();
    this.options.log.info('deleted a left file', { key, why });
    this.arm();
  }

  private async sweep(): Promise<void> {
    const now = this.now();
    for (const [key, held] of [...this.files]) {
      if (held.createdAt + this.expiryMs <= now) await this.remove(key, 'expired');
      else if (this.options.store.get(key) === undefined) {
        this.files.delete(key);
        await this.file.save();
      }
    }
    this.arm();
  }

  /** A timer for the next expiry, only while files are held. */
  private arm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.stopped || this.files.size === 0) return;
    const next = Math.min(...[...this.files.values()].map((held) => held.createdAt + this.expiryMs));
    const delay = Math.min(Math.max(next - this.now(), 0) + 50, 2 ** 31 - 1);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sweep().catch((error: unknown) => this.options.log.warn('cleaning up left files failed', { error: String(error) }));
    }, delay);
    this.timer.unref();
  }
}

/** The access-store key of a path as it went on the wire (`/a/b%20c`), or null when it is no share path. */
function keyOfWirePath(path: string): string | null {
  try {
    return keyOf(parseSharePath(path).segments);
  } catch {
    return null;
  }
}

async function bytesIn(folder: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) total += await bytesIn(path);
    else if (entry.isFile()) total += (await stat(path).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
