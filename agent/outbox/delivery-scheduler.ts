/**
 * The sender's outbox at work: `class Outbox` takes a send (hash, persist,
 * schedule) and brings it to every recipient through a PushTransport,
 * whatever their number, across restarts, until each one is final.
 *
 * Scheduling, per (transfer, recipient) "slot", one delivery at a time:
 * - at most `concurrency` deliveries run at once across all transfers; the
 *   bound counts running deliveries only, so a stalled recipient costs one
 *   slot, never the others' turn (the transport has its own timeouts);
 * - a recipient the peer view calls offline is `waiting`, with no timer:
 *   the PeerList's `appeared` brings it back. `unreachable` (dial failed)
 *   is `waiting` too; while the list still calls it online nothing else
 *   would wake it, so then (only then) a backoff retry is armed;
 * - `held` (the child has not accepted): retried after 1 min doubling to
 *   30 min while online, at once on ready();
 * - `failed` retry:true: 5 s doubling to 10 min with jitter, given up after
 *   8 consecutive failures; an attempt that got further than the one
 *   before (a resume on a flaky link) starts the count again;
 * - `declined` is final ('busy' excepted: that one is backed off);
 * - before each delivery the files are checked unchanged (size, mtime).
 * Timers exist only while something is due: a retry, or progress not yet
 * written to disk.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { PeerList } from '../../protocols/discovery/peer-list.js';
import { realTimers, type Timers } from '../../protocols/dns-sd/timers.js';
import type { DeclineReason, DeliveryResult, FileMetadata, PushTransport, SenderInfo, SourceFile, TransferId } from '../../protocols/push/types.js';
import type { Logger } from '../logger.js';
import { isFinal, isTransferFinished, type OutboxStore, type RecipientRecord, type RecipientState, type TransferRecord } from './outbox-store.js';
import type { ResolvedRecipient } from './recipients.js';
import { checkUnchanged, prepareSourceFiles, toSourceFile, type PreparedFiles, type SendError } from './source-files.js';

/** What the outbox needs of discovery (peerViewOf adapts a PeerList). */
export interface PeerView {
  isOnline(peerId: string): boolean;
  /** `listener` is called when a laptop comes (back) online; returns a function that stops it. */
  onAppeared(listener: (peerId: string) => void): () => void;
}

export interface BackoffPolicy {
  failureBaseMs: number;
  failureMaxMs: number;
  /** Consecutive failed attempts before a recipient is given up. */
  maxFailures: number;
  heldBaseMs: number;
  heldMaxMs: number;
  /** Delays are scaled by a random factor in [1 - jitter, 1 + jitter]. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  failureBaseMs: 5_000,
  failureMaxMs: 10 * 60_000,
  maxFailures: 8,
  heldBaseMs: 60_000,
  heldMaxMs: 30 * 60_000,
  jitter: 0.2,
};

export interface OutboxOptions {
  store: OutboxStore;
  transport: PushTransport;
  peers: PeerView;
  log: Logger;
  /** This laptop as recipients see it (stored with each transfer). */
  from: SenderInfo;
  /** Deliveries running at once, across all transfers (default 6). */
  concurrency?: number;
  timers?: Timers;
  now?: () => number;
  /** In [0, 1): jitter of the failure backoff. */
  random?: () => number;
  /** A new transfer id (default: 16 random bytes as hex). */
  newId?: () => TransferId;
  backoff?: Partial<BackoffPolicy>;
  /** Least time between two progress events of one recipient (default 250 ms). */
  progressIntervalMs?: number;
  /** How long progress may stay unwritten to disk (default 2 s). */
  persistProgressMs?: number;
}

export interface SendRequest {
  /** Absolute paths of files or folders. */
  paths: readonly string[];
  recipients: readonly ResolvedRecipient[];
  /** Journal metadata, for a single file. */
  metadata?: FileMetadata;
  /** Hashing progress (bytes hashed, total). */
  onHashProgress?: (hashed: number, total: number) => void;
}

export interface RecipientReport {
  peerId: string;
  nick: string;
  state: RecipientState;
  reason?: string;
}

export interface TransferReport {
  transferId: TransferId;
  delivered: number;
  waiting: number;
  held: number;
  failed: number;
  cancelled: number;
  recipients: RecipientReport[];
}

/** A transfer as list() and get() show it: a copy of its record, plus where it stands. */
export interface TransferSnapshot extends TransferRecord {
  /** No recipient is pending or sending (the rest waits for laptops or children). */
  settled: boolean;
  /** Every recipient is delivered, failed or cancelled. */
  finished: boolean;
  /** Bytes of all files. */
  size: number;
}

export interface SentTransfer extends TransferSnapshot {
  /** Symbolic links inside sent folders, not sent. */
  skipped: PreparedFiles['skipped'];
}

export interface OutboxEvents {
  /** Throttled per recipient; the last one of a delivery is always sent. */
  progress: [transferId: TransferId, peerId: string, done: number, total: number];
  /** Every state change of a recipient (a copy of its record). */
  recipient: [transferId: TransferId, recipient: RecipientRecord];
  /** The transfer has no recipient pending or sending any more (again, after a later delivery). */
  settled: [transferId: TransferId, report: TransferReport];
  /** Every recipient is final; once per transfer. */
  finished: [transferId: TransferId, report: TransferReport];
}

export type OutboxErrorCode = 'not-found' | 'no-recipients' | 'not-running';

export class OutboxError extends Error {
  constructor(
    readonly code: OutboxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OutboxError';
  }
}

/** Adapts discovery's PeerList to the view the outbox needs. */
export function peerViewOf(list: PeerList): PeerView {
  return {
    isOnline: (peerId) => list.get(peerId)?.online === true,
    onAppeared(listener) {
      const handler = (entry: { peerId?: string }): void => {
        if (entry.peerId !== undefined) listener(entry.peerId);
      };
      list.on('appeared', handler);
      return () => void list.off('appeared', handler);
    },
  };
}

interface Live {
  record: TransferRecord;
  files: SourceFile[];
  slots: Map<string, Slot>;
  settledSent: boolean;
  finishedSent: boolean;
  /** Progress not yet on disk. */
  dirty: boolean;
  /** The unchanged-check running now, shared by deliveries starting together. */
  checking: Promise<SendError | null> | null;
}

interface Slot {
  live: Live;
  record: RecipientRecord;
  controller: AbortController | null;
  running: Promise<void> | null;
  abortedFor: 'cancel' | 'stop' | null;
  timer: unknown;
  /** Consecutive failed attempts. */
  failures: number;
  /** Held answers since the last delivery (sets the held backoff). */
  helds: number;
  /** Unreachable while online, in a row. */
  unreachables: number;
  /** ready() came while a delivery ran: a 'held' answer from it is stale. */
  readyAgain: boolean;
  /** A held retry fell due while the laptop was away: retry when it is back. */
  retryWhenBack: boolean;
  lastProgressAt: number;
  lastProgressSent: number;
}

const DEFAULT_CONCURRENCY = 6;

export class Outbox extends EventEmitter<OutboxEvents> {
  private readonly store: OutboxStore;
  private readonly transport: PushTransport;
  private readonly peers: PeerView;
  private readonly log: Logger;
  private readonly from: SenderInfo;
  private readonly concurrency: number;
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly newId: () => TransferId;
  private readonly backoff: BackoffPolicy;
  private readonly progressIntervalMs: number;
  private readonly persistProgressMs: number;

  private readonly transfers = new Map<TransferId, Live>();
  /** Slots due now, in the order they became due. */
  private readonly queue = new Set<Slot>();
  private active = 0;
  private started = false;
  private unsubscribe: (() => void) | null = null;
  private persistTimer: unknown = null;
  private starting: Promise<void> | null = null;
  /** Aborted by stop(): hashing of sends in progress. */
  private lifetime = new AbortController();

  constructor(options: OutboxOptions) {
    super();
    this.store = options.store;
    this.transport = options.transport;
    this.peers = options.peers;
    this.log = options.log;
    this.from = { ...options.from };
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
    this.timers = options.timers ?? realTimers;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.newId = options.newId ?? (() => randomBytes(16).toString('hex'));
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.progressIntervalMs = options.progressIntervalMs ?? 250;
    this.persistProgressMs = options.persistProgressMs ?? 2_000;
  }

  /** Deliveries running now. */
  get running(): number {
    return this.active;
  }

  /**
   * Load the outbox and carry on: recipients left `sending` by a crash are
   * due again, as are `held` ones whose laptop is here (the child may have
   * accepted meanwhile); the rest wait for discovery to see their laptop.
   */
  start(): Promise<void> {
    if (this.started) return Promise.resolve();
    // Two callers at once share one load, so no transfer is adopted twice.
    this.starting ??= this.load().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async load(): Promise<void> {
    const records = await this.store.load();
    this.transfers.clear();
    this.queue.clear();
    this.lifetime = new AbortController();
    this.started = true;
    this.unsubscribe = this.peers.onAppeared((peerId) => this.appeared(peerId));
    for (const record of records) {
      const live = this.adopt(record);
      const busy = record.recipients.some((r) => r.state === 'pending' || r.state === 'sending');
      live.settledSent = !busy;
      live.finishedSent = isTransferFinished(record);
      let changed = false;
      for (const slot of live.slots.values()) {
        const state = slot.record.state;
        const online = this.peers.isOnline(slot.record.peerId);
        // Still unanswered by an absent child: the report keeps saying so, and it is asked again when back.
        if (state === 'held' && !online) {
          slot.retryWhenBack = true;
          continue;
        }
        if (state === 'sending' || state === 'held' || state === 'pending' || (state === 'waiting' && online)) {
          if (state !== 'pending') {
            this.update(slot, 'pending');
            changed = true;
          }
          this.queue.add(slot);
        }
      }
      if (changed) void this.review(live);
    }
    this.pump();
  }

  /** Abort running deliveries and wait for them; everything not final stays in the outbox for the next start. */
  async stop(): Promise<void> {
    await this.starting;
    if (!this.started) return;
    this.started = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.lifetime.abort();
    this.queue.clear();
    const running: Promise<void>[] = [];
    for (const live of this.transfers.values()) {
      for (const slot of live.slots.values()) {
        this.clearTimer(slot);
        if (slot.controller && slot.running) {
          slot.abortedFor = 'stop';
          slot.controller.abort();
          running.push(slot.running);
        }
      }
    }
    await Promise.all(running);
    if (this.persistTimer !== null) this.timers.clear(this.persistTimer);
    this.persistTimer = null;
    for (const live of this.transfers.values()) if (live.dirty) this.persist(live);
    await this.store.flush();
  }

  /**
   * Hash the files, persist the transfer, then schedule it. Resolves once
   * the transfer is on disk (deliveries carry on in the background).
   * Throws SendError (files) or OutboxError.
   */
  async send(request: SendRequest): Promise<SentTransfer> {
    this.assertRunning();
    const recipients: ResolvedRecipient[] = [];
    const seen = new Set<string>();
    for (const r of request.recipients) {
      if (typeof r.peerId !== 'string' || r.peerId === '' || seen.has(r.peerId)) continue;
      seen.add(r.peerId);
      recipients.push({ peerId: r.peerId, nick: r.nick ?? '' });
    }
    if (recipients.length === 0) throw new OutboxError('no-recipients', 'Say who gets the files.');
    const prepared = await prepareSourceFiles(request.paths, {
      ...(request.metadata ? { metadata: request.metadata } : {}),
      ...(request.onHashProgress ? { onProgress: request.onHashProgress } : {}),
      signal: this.lifetime.signal,
    });
    this.assertRunning();
    const total = prepared.files.reduce((sum, f) => sum + f.size, 0);
    const record: TransferRecord = {
      version: 1,
      id: this.freshId(),
      createdAt: this.now(),
      from: { ...this.from },
      files: prepared.files,
      recipients: recipients.map((r) => ({ peerId: r.peerId, nick: r.nick, state: 'pending', done: 0, total, attempts: 0 })),
    };
    await this.store.save(record);
    // Stopped while saving: the transfer is on disk and the next start() sends it.
    if (!this.started) return { ...snapshot(record), skipped: prepared.skipped };
    const live = this.adopt(record);
    this.log.info('sending', { transfer: record.id, files: record.files.length, bytes: total, recipients: recipients.length });
    for (const path of prepared.skipped) this.log.info('a symbolic link in a sent folder was not sent', { transfer: record.id, path: path.path });
    for (const slot of live.slots.values()) this.queue.add(slot);
    this.pump();
    return { ...snapshot(live.record), skipped: prepared.skipped };
  }

  /** Stop a transfer: running deliveries are aborted, recipients not final are cancelled. Throws OutboxError 'not-found'. */
  async cancel(id: TransferId): Promise<TransferSnapshot> {
    const live = this.transfers.get(id);
    if (!live) throw new OutboxError('not-found', `No transfer ${id} is in the outbox; 'mesh-share outbox' lists them.`);
    let changed = false;
    for (const slot of live.slots.values()) {
      if (isFinal(slot.record.state)) continue;
      this.clearTimer(slot);
      this.queue.delete(slot);
      if (slot.controller) {
        slot.abortedFor = 'cancel';
        slot.controller.abort();
      }
      this.update(slot, 'cancelled', { reason: 'cancelled by the sender' });
      changed = true;
    }
    if (changed) {
      this.log.info('transfer cancelled', { transfer: id });
      await this.review(live);
    }
    return snapshot(live.record);
  }

  /** Every transfer, oldest first; finished ones past their retention are dropped here. */
  list(): TransferSnapshot[] {
    this.prune();
    return [...this.transfers.values()].map((live) => snapshot(live.record)).sort((a, b) => a.createdAt - b.createdAt);
  }

  get(id: TransferId): TransferSnapshot | undefined {
    this.prune();
    const live = this.transfers.get(id);
    return live ? snapshot(live.record) : undefined;
  }

  /** The recipient decided about a held offer (PushSenderHooks.ready): retry it now, to deliver or hear 'declined'. Unknown ids are ignored. */
  ready(peerId: string, transferId: TransferId): void {
    const slot = this.transfers.get(transferId)?.slots.get(peerId);
    if (!slot || !this.started || isFinal(slot.record.state)) return;
    if (slot.record.state === 'sending') {
      slot.readyAgain = true;
      return;
    }
    this.log.debug('the recipient decided; retrying now', { transfer: transferId, peer: peerId });
    this.makeDue(slot);
    this.pump();
  }

  // ---- scheduling --------------------------------------------------------------------------------------

  private appeared(peerId: string): void {
    if (!this.started) return;
    for (const live of this.transfers.values()) {
      const slot = live.slots.get(peerId);
      if (!slot) continue;
      if (slot.record.state === 'waiting' || (slot.record.state === 'held' && slot.retryWhenBack)) this.makeDue(slot);
    }
    this.pump();
  }

  /** Pending and queued now, whatever timer it had. */
  private makeDue(slot: Slot): void {
    this.clearTimer(slot);
    slot.retryWhenBack = false;
    if (slot.record.state !== 'pending') {
      this.update(slot, 'pending');
      void this.review(slot.live);
    }
    this.queue.add(slot);
  }

  /** Start what may start; mark the offline ones waiting. */
  private pump(): void {
    if (!this.started) return;
    for (const slot of this.queue) {
      if (slot.record.state !== 'pending' || slot.controller) {
        this.queue.delete(slot);
        continue;
      }
      if (!this.peers.isOnline(slot.record.peerId)) {
        this.queue.delete(slot);
        this.update(slot, 'waiting');
        void this.review(slot.live);
        continue;
      }
      if (this.active >= this.concurrency) continue;
      this.queue.delete(slot);
      this.run(slot);
    }
  }

  private run(slot: Slot): void {
    const { live, record } = slot;
    const controller = new AbortController();
    slot.controller = controller;
    slot.abortedFor = null;
    slot.readyAgain = false;
    this.active += 1;
    const doneBefore = record.done;
    this.update(slot, 'sending', { attempts: record.attempts + 1, lastAttemptAt: this.now(), reason: undefined });
    void this.review(live);
    slot.running = (async () => {
      let result: DeliveryResult;
      try {
        const changed = await this.checkFiles(live);
        if (changed) result = { outcome: 'failed', retry: false, message: changed.message };
        else if (controller.signal.aborted) result = { outcome: 'failed', retry: false, message: 'cancelled' };
        else {
          result = await this.transport.deliver({
            peerId: record.peerId,
            transferId: live.record.id,
            from: { ...live.record.from },
            files: live.files,
            onProgress: (done, total) => this.progress(slot, controller, done, total),
            signal: controller.signal,
          });
        }
      } catch (error) {
        // The transport should report, not throw; a throw is a bug there, treated as a broken attempt.
        result = { outcome: 'failed', retry: true, message: error instanceof Error ? error.message : String(error) };
      }
      this.active -= 1;
      slot.controller = null;
      slot.running = null;
      try {
        this.conclude(slot, result, doneBefore);
      } catch (error) {
        this.log.error('concluding a delivery failed', { transfer: live.record.id, peer: record.peerId, error: String(error) });
      }
      this.pump();
    })().catch((error: unknown) => {
      // Nothing above should throw; if it does, the agent must keep running.
      this.log.error('a delivery ended badly', { transfer: live.record.id, peer: record.peerId, error: String(error) });
    });
  }

  /** What a delivery's result means for its recipient. */
  private conclude(slot: Slot, result: DeliveryResult, doneBefore: number): void {
    const { live, record } = slot;
    const aborted = slot.abortedFor;
    slot.abortedFor = null;
    this.flushProgressEvent(slot);
    if (aborted === 'cancel') return; // already cancelled
    if (aborted === 'stop') {
      // Not the recipient's fault: it is due again at the next start.
      this.update(slot, 'pending');
      void this.review(live);
      return;
    }
    const id = live.record.id;
    switch (result.outcome) {
      case 'delivered':
        slot.failures = 0;
        slot.helds = 0;
        slot.unreachables = 0;
        this.update(slot, 'delivered', { done: record.total, deliveredAt: this.now(), resumedFrom: result.resumedFrom, reason: undefined });
        this.log.info('delivered', { transfer: id, peer: record.peerId, nick: record.nick, bytesSent: result.bytesSent, resumedFrom: result.resumedFrom });
        break;
      case 'held': {
        slot.failures = 0;
        slot.unreachables = 0;
        if (slot.readyAgain) {
          slot.readyAgain = false;
          this.update(slot, 'pending', { reason: undefined });
          this.queue.add(slot);
          break;
        }
        slot.helds += 1;
        this.update(slot, 'held', { reason: 'waiting for them to accept' });
        this.arm(slot, this.delay(this.backoff.heldBaseMs, this.backoff.heldMaxMs, slot.helds, false), () => {
          if (this.peers.isOnline(record.peerId)) this.makeDue(slot);
          else slot.retryWhenBack = true;
          this.pump();
        });
        break;
      }
      case 'unreachable':
        slot.unreachables += 1;
        this.update(slot, 'waiting', { reason: result.message });
        if (this.peers.isOnline(record.peerId)) {
          this.arm(slot, this.delay(this.backoff.failureBaseMs, this.backoff.failureMaxMs, slot.unreachables, true), () => {
            if (this.peers.isOnline(record.peerId)) this.makeDue(slot);
            this.pump();
          });
        }
        break;
      case 'declined':
        if (result.reason === 'busy') {
          this.failed(slot, result.message || 'the other laptop is busy', doneBefore);
          break;
        }
        this.update(slot, 'failed', { reason: describeDecline(result.reason, result.message) });
        this.log.info('declined', { transfer: id, peer: record.peerId, nick: record.nick, reason: result.reason, message: result.message });
        break;
      case 'failed':
        if (!result.retry) {
          this.update(slot, 'failed', { reason: result.message });
          this.log.info('delivery failed', { transfer: id, peer: record.peerId, nick: record.nick, reason: result.message });
        } else {
          this.failed(slot, result.message, doneBefore);
        }
        break;
    }
    void this.review(live);
  }

  /** A broken attempt: back off and retry, or give up after too many in a row. */
  private failed(slot: Slot, message: string, doneBefore: number): void {
    const { record } = slot;
    slot.failures = record.done > doneBefore ? 1 : slot.failures + 1;
    if (slot.failures >= this.backoff.maxFailures) {
      this.update(slot, 'failed', { reason: `${message} (gave up after ${slot.failures} tries in a row)` });
      this.log.info('delivery given up', { transfer: slot.live.record.id, peer: record.peerId, nick: record.nick, reason: message });
      return;
    }
    this.update(slot, 'pending', { reason: message });
    const delay = this.delay(this.backoff.failureBaseMs, this.backoff.failureMaxMs, slot.failures, true);
    this.log.debug('delivery failed; retrying later', { transfer: slot.live.record.id, peer: record.peerId, error: message, retryInMs: Math.round(delay) });
    this.arm(slot, delay, () => {
      this.queue.add(slot);
      this.pump();
    });
  }

  private async checkFiles(live: Live): Promise<SendError | null> {
    if (!live.checking) {
      live.checking = (async () => {
        for (const file of live.record.files) {
          const problem = await checkUnchanged(file);
          if (problem) return problem;
        }
        return null;
      })().finally(() => {
        live.checking = null;
      });
    }
    return live.checking;
  }

  // ---- progress ----------------------------------------------------------------------------------------

  private progress(slot: Slot, controller: AbortController, done: number, total: number): void {
    if (slot.controller !== controller || controller.signal.aborted) return;
    if (!Number.isFinite(done) || !Number.isFinite(total)) return;
    slot.record.done = Math.max(0, Math.min(done, total));
    slot.record.total = total;
    slot.live.dirty = true;
    this.armPersist();
    const now = this.now();
    if (now - slot.lastProgressAt >= this.progressIntervalMs || done >= total) {
      slot.lastProgressAt = now;
      slot.lastProgressSent = slot.record.done;
      this.fire('progress', slot.live.record.id, slot.record.peerId, slot.record.done, total);
    }
  }

  /** The last progress of a delivery is never swallowed by the throttle. */
  private flushProgressEvent(slot: Slot): void {
    if (slot.lastProgressSent === slot.record.done) return;
    slot.lastProgressSent = slot.record.done;
    slot.lastProgressAt = this.now();
    this.fire('progress', slot.live.record.id, slot.record.peerId, slot.record.done, slot.record.total);
  }

  private armPersist(): void {
    if (this.persistTimer !== null || !this.started) return;
    this.persistTimer = this.timers.set(() => {
      this.persistTimer = null;
      for (const live of this.transfers.values()) if (live.dirty) this.persist(live);
    }, this.persistProgressMs);
  }

  // ---- state -------------------------------------------------------------------------------------------

  /** Change one recipient and announce it; review() persists and checks the transfer afterwards. */
  private update(slot: Slot, state: RecipientState, patch: Partial<Omit<RecipientRecord, 'peerId' | 'state'>> = {}): void {
    const record = slot.record;
    record.state = state;
    for (const [key, value] of Object.entries(patch) as [keyof RecipientRecord, unknown][]) {
      if (value === undefined) delete record[key];
      else (record as unknown as Record<string, unknown>)[key] = value;
    }
    this.fire('recipient', slot.live.record.id, { ...record });
  }

  /** After changes: persist at once, and announce settled/finished when the transfer got there. */
  private review(live: Live): Promise<void> {
    const { record } = live;
    const finished = isTransferFinished(record);
    if (finished && record.finishedAt === undefined) record.finishedAt = this.now();
    const saved = this.persist(live);
    const busy = record.recipients.some((r) => r.state === 'pending' || r.state === 'sending');
    if (busy) live.settledSent = false;
    else if (!live.settledSent) {
      live.settledSent = true;
      this.fire('settled', record.id, reportOf(record));
    }
    if (finished && !live.finishedSent) {
      live.finishedSent = true;
      this.log.info('transfer finished', { transfer: record.id, ...countsOf(record) });
      this.fire('finished', record.id, reportOf(record));
    }
    return saved;
  }

  private persist(live: Live): Promise<void> {
    live.dirty = false;
    if (this.persistTimer !== null && ![...this.transfers.values()].some((l) => l.dirty)) {
      this.timers.clear(this.persistTimer);
      this.persistTimer = null;
    }
    return this.store.save(live.record).catch((error: unknown) => {
      this.log.error('the outbox could not be saved', { transfer: live.record.id, error: String(error) });
    });
  }

  private arm(slot: Slot, delayMs: number, fire: () => void): void {
    this.clearTimer(slot);
    slot.timer = this.timers.set(() => {
      slot.timer = null;
      if (!this.started) return;
      try {
        fire();
      } catch (error) {
        this.log.error('a scheduled retry failed', { transfer: slot.live.record.id, peer: slot.record.peerId, error: String(error) });
      }
    }, delayMs);
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer !== null) this.timers.clear(slot.timer);
    slot.timer = null;
  }

  /** base x 2^(n-1), at most max; with jitter when asked. */
  private delay(baseMs: number, maxMs: number, n: number, jitter: boolean): number {
    const plain = Math.min(maxMs, baseMs * 2 ** Math.max(0, n - 1));
    if (!jitter) return plain;
    return Math.min(maxMs, plain * (1 - this.backoff.jitter + 2 * this.backoff.jitter * this.random()));
  }

  private adopt(record: TransferRecord): Live {
    const live: Live = {
      record,
      files: record.files.map((file, index) => toSourceFile(file, index)),
      slots: new Map(),
      settledSent: false,
      finishedSent: false,
      dirty: false,
      checking: null,
    };
    for (const recipient of record.recipients) {
      live.slots.set(recipient.peerId, {
        live,
        record: recipient,
        controller: null,
        running: null,
        abortedFor: null,
        timer: null,
        failures: 0,
        helds: 0,
        unreachables: 0,
        readyAgain: false,
        retryWhenBack: false,
        lastProgressAt: -Infinity,
        lastProgressSent: recipient.done,
      });
    }
    this.transfers.set(record.id, live);
    return live;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, live] of this.transfers) {
      if (!this.store.isExpired(live.record, now)) continue;
      this.transfers.delete(id);
      this.store.remove(id).catch((error: unknown) => this.log.warn('an old transfer could not be removed from the outbox', { transfer: id, error: String(error) }));
    }
  }

  private freshId(): TransferId {
    for (;;) {
      const id = this.newId();
      if (!this.transfers.has(id)) return id;
    }
  }

  private assertRunning(): void {
    if (!this.started) throw new OutboxError('not-running', 'The outbox is not running (the agent is starting or stopping); try again in a moment.');
  }

  private fire<K extends keyof OutboxEvents>(event: K, ...args: OutboxEvents[K]): void {
    // A listener that throws (a D-Bus signal that failed) must not break the scheduling.
    try {
      (this.emit as (event: K, ...args: OutboxEvents[K]) => boolean)(event, ...args);
    } catch (error) {
      this.log.error(`a listener of '${String(event)}' failed`, { error: String(error) });
    }
  }
}

export function reportOf(record: TransferRecord): TransferReport {
  return {
    transferId: record.id,
    ...countsOf(record),
    recipients: record.recipients.map((r) => ({ peerId: r.peerId, nick: r.nick, state: r.state, ...(r.reason !== undefined ? { reason: r.reason } : {}) })),
  };
}

function countsOf(record: TransferRecord): Omit<TransferReport, 'transferId' | 'recipients'> {
  const counts = { delivered: 0, waiting: 0, held: 0, failed: 0, cancelled: 0 };
  for (const r of record.recipients) if (r.state in counts) counts[r.state as keyof typeof counts] += 1;
  return counts;
}

export function snapshot(record: TransferRecord): TransferSnapshot {
  const copy = structuredClone(record);
  return {
    ...copy,
    settled: !record.recipients.some((r) => r.state === 'pending' || r.state === 'sending'),
    finished: isTransferFinished(record),
    size: record.files.reduce((sum, f) => sum + f.size, 0),
  };
}

/** A decline in words a teacher understands (the recipient's own message when it sent one). */
export function describeDecline(reason: DeclineReason, message: string): string {
  const text = message.trim();
  const fallback: Record<DeclineReason, string> = {
    declined: 'they said no',
    expired: 'they did not accept it in time',
    'too-big': 'too big for that laptop',
    'disk-full': 'not enough space on that laptop',
    busy: 'that laptop is busy',
    invalid: 'that laptop could not read the offer',
  };
  const words = fallback[reason] ?? reason;
  return text === '' ? `${reason}: ${words}` : `${reason}: ${text}`;
}
