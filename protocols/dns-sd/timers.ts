/**
 * Timers behind an interface so that the responder and the querier run on
 * a fake clock in unit tests. Real timers are unref()'d: the socket keeps
 * the process alive, pending mDNS work does not.
 */
export interface Timers {
  set(fn: () => void, delayMs: number): unknown;
  clear(handle: unknown): void;
}

/** setTimeout cannot wait longer than this; longer waits are done in steps. */
const MAX_DELAY = 0x7fffffff;

export const realTimers: Timers = {
  set(fn, delayMs) {
    const t = setTimeout(fn, Math.max(0, Math.min(MAX_DELAY, Math.ceil(delayMs))));
    t.unref();
    return t;
  },
  clear(handle) {
    clearTimeout(handle as NodeJS.Timeout);
  },
};

/** One re-armable timer at an absolute time on the injected clock. */
export class Alarm {
  private handle: unknown = null;
  private at = Infinity;

  constructor(
    private readonly timers: Timers,
    private readonly now: () => number,
    private readonly fire: () => void,
  ) {}

  get pending(): boolean {
    return this.handle !== null;
  }

  /** When it will fire (Infinity when not armed). */
  get time(): number {
    return this.at;
  }

  /** Fire at `at` (ms on the clock), replacing any earlier arming. */
  setAt(at: number): void {
    this.cancel();
    this.at = at;
    const delay = Math.max(0, at - this.now());
    this.handle = this.timers.set(() => {
      this.handle = null;
      this.at = Infinity;
      this.fire();
    }, Math.min(delay, MAX_DELAY));
  }

  /** Fire at `at` unless already armed earlier. */
  setAtLeast(at: number): void {
    if (this.handle !== null && this.at <= at) return;
    this.setAt(at);
  }

  cancel(): void {
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = null;
    this.at = Infinity;
  }
}

/** A fake clock and timer queue for tests: `advance(ms)` runs what falls due, in order. */
export class ManualTimers implements Timers {
  time: number;
  private seq = 0;
  private queue: { at: number; seq: number; fn: () => void }[] = [];

  constructor(start = 1_000_000) {
    this.time = start;
  }

  readonly now = (): number => this.time;

  set(fn: () => void, delayMs: number): unknown {
    const item = { at: this.time + Math.max(0, delayMs), seq: ++this.seq, fn };
    this.queue.push(item);
    return item;
  }

  clear(handle: unknown): void {
    this.queue = this.queue.filter((i) => i !== handle);
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  /** Time of the next pending timer, or undefined. */
  nextAt(): number | undefined {
    let next: number | undefined;
    for (const i of this.queue) if (next === undefined || i.at < next) next = i.at;
    return next;
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let best: { at: number; seq: number; fn: () => void } | undefined;
      for (const i of this.queue) if (i.at <= end && (!best || i.at < best.at || (i.at === best.at && i.seq < best.seq))) best = i;
      if (!best) break;
      this.queue = this.queue.filter((i) => i !== best);
      this.time = Math.max(this.time, best.at);
      best.fn();
    }
    this.time = end;
  }
}
