export interface FailureThrottleOptions {
  /** Wrong passwords allowed from one address before any slowing down. Default 5. */
  freeFailures?: number;
  /** Wait after the first failure beyond the free ones; it doubles with each further one. Default 1 s. */
  baseDelayMs?: number;
  /** Longest wait between two checks for one address. Default 30 s. */
  maxDelayMs?: number;
  /** An address that has not failed for this long starts afresh. Default 15 minutes. */
  windowMs?: number;
  /** Addresses remembered at once; the one left alone longest is forgotten first. Default 4096. */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** What to do with one sign-in attempt. */
export type Admission =
  /** Check the password after waiting `waitMs` (0 = at once). */
  | { readonly admitted: true; readonly waitMs: number }
  /** Too many attempts are already queued from this address: refuse without checking. */
  | { readonly admitted: false; readonly retryAfterMs: number };

interface Entry {
  failures: number;
  /** Attempts admitted but not yet reported as success or failure. */
  pending: number;
  /** Earliest time the next penalised attempt may be checked. */
  nextSlot: number;
  lastSeen: number;
}

/**
 * Slows down password guessing from one address. Pure bookkeeping on
 * timestamps: it never sets a timer, so it costs nothing while idle; the
 * caller does the waiting.
 *
 * Attempts still in flight count as failures until they are reported, and
 * penalised attempts get successive time slots, so opening many connections
 * at once does not buy more guesses.
 */
export class FailureThrottle {
  private readonly freeFailures: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly windowMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  // Insertion order is kept least recently touched first, for eviction.
  private readonly entries = new Map<string, Entry>();

  constructor(options: FailureThrottleOptions = {}) {
    this.freeFailures = Math.max(0, options.freeFailures ?? 5);
    this.baseDelayMs = Math.max(1, options.baseDelayMs ?? 1000);
    this.maxDelayMs = Math.max(this.baseDelayMs, options.maxDelayMs ?? 30_000);
    this.windowMs = Math.max(1, options.windowMs ?? 15 * 60 * 1000);
    this.maxEntries = Math.max(1, options.maxEntries ?? 4096);
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Delay imposed once an address has `failures` failures in the window. */
  delayAfter(failures: number): number {
    const over = failures - this.freeFailures;
    if (over < 0) return 0;
    // Capped exponent: 2 ** 1000 would be Infinity, harmless but pointless.
    return Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.min(over, 40));
  }

  /** Call before checking a password from `address`; report the outcome with succeeded/failed/abandoned. */
  admit(address: string): Admission {
    const now = this.now();
    const entry = this.touch(address, now);
    const counted = entry.failures + entry.pending;
    const slot = Math.max(now, entry.nextSlot);
    const waitMs = slot - now;
    if (waitMs > this.maxDelayMs) return { admitted: false, retryAfterMs: waitMs };
    // Reserve the slot: whoever comes next (even at the same instant) waits as if this one failed.
    entry.nextSlot = slot + this.delayAfter(counted + 1);
    entry.pending += 1;
    return { admitted: true, waitMs };
  }

  /** The password was right: the address starts afresh. */
  succeeded(address: string): void {
    const entry = this.entries.get(address);
    if (entry === undefined) return;
    entry.failures = 0;
    entry.nextSlot = 0;
    entry.pending = Math.max(0, entry.pending - 1);
    if (entry.pending === 0) this.entries.delete(address);
  }

  /** The password was wrong (or the header was unreadable). */
  failed(address: string): void {
    const now = this.now();
    const entry = this.entries.get(address) ?? this.touch(address, now);
    entry.pending = Math.max(0, entry.pending - 1);
    entry.failures += 1;
    entry.lastSeen = now;
    entry.nextSlot = Math.max(entry.nextSlot, now + this.delayAfter(entry.failures));
    this.entries.delete(address);
    this.entries.set(address, entry);
  }

  /** An admitted attempt was never checked (the client went away while waiting). */
  abandoned(address: string): void {
    const entry = this.entries.get(address);
    if (entry === undefined) return;
    entry.pending = Math.max(0, entry.pending - 1);
    if (entry.pending === 0 && entry.failures === 0) this.entries.delete(address);
  }

  private touch(address: string, now: number): Entry {
    let entry = this.entries.get(address);
    if (entry !== undefined && entry.pending === 0 && now - entry.lastSeen > this.windowMs && now >= entry.nextSlot) {
      entry = undefined;
    }
    if (entry === undefined) entry = { failures: 0, pending: 0, nextSlot: 0, lastSeen: now };
    entry.lastSeen = now;
    this.entries.delete(address);
    this.entries.set(address, entry);
    this.evict(now);
    return entry;
  }

  private evict(now: number): void {
    for (const [address, entry] of this.entries) {
      // Old, settled entries at the front go first; then the oldest, whatever it is, if still too many.
      const stale = entry.pending === 0 && now - entry.lastSeen > this.windowMs;
      if (!stale && this.entries.size <= this.maxEntries) break;
      this.entries.delete(address);
    }
  }
}
