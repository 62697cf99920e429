import { randomUUID } from 'node:crypto';
import { isWithin } from './share-path.js';

export type LockScope = 'exclusive' | 'shared';

export interface Lock {
  readonly token: string;
  /** Key of the locked resource (the lock root). */
  readonly root: string;
  /** The href of the lock root as the client used it, for lockdiscovery. */
  readonly rootHref: string;
  readonly scope: LockScope;
  readonly depth: 0 | 'infinity';
  /** The DAV:owner element, serialised, as the client sent it. */
  readonly owner: string;
  /** Who took the lock: only they may use its token. */
  readonly principal: string;
  /** Seconds the client asked for, after our cap. */
  timeoutSeconds: number;
  expiresAt: number;
}

export const MAX_LOCK_SECONDS = 24 * 3600;
export const DEFAULT_LOCK_SECONDS = 3600;

/**
 * Parse a `Timeout` header (RFC 4918 10.7): the first value we understand,
 * capped, so a client cannot pin a file for ever.
 */
export function parseTimeout(header: string | undefined): number {
  if (!header) return DEFAULT_LOCK_SECONDS;
  for (const part of header.split(',').map((p) => p.trim())) {
    if (/^infinite$/i.test(part)) return MAX_LOCK_SECONDS;
    const match = /^Second-(\d{1,10})$/i.exec(part);
    if (match) return Math.max(1, Math.min(MAX_LOCK_SECONDS, Number(match[1])));
  }
  return DEFAULT_LOCK_SECONDS;
}

/**
 * Write locks (RFC 4918 sections 6 and 7), held in memory: a restart ends
 * every lock, which clients see as an expired lock. Expiry is checked when
 * locks are read, so no timer runs while the agent is idle.
 */
export class LockManager {
  private readonly locks = new Map<string, Lock>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  private sweep(): void {
    const t = this.now();
    for (const [token, lock] of this.locks) if (lock.expiresAt <= t) this.locks.delete(token);
  }

  /** Locks whose scope includes the resource: on it, or on an ancestor with depth infinity. */
  covering(key: string): Lock[] {
    this.sweep();
    return [...this.locks.values()].filter((lock) => lock.root === key || (lock.depth === 'infinity' && isWithin(key, lock.root)));
  }

  /** Locks on the resource or anywhere below it (a DELETE or MOVE of a collection touches them all). */
  coveringTree(key: string): Lock[] {
    this.sweep();
    return [...this.locks.values()].filter((lock) => isWithin(lock.root, key) || lock.root === key || (lock.depth === 'infinity' && isWithin(key, lock.root)));
  }

  get(token: string): Lock | undefined {
    this.sweep();
    return this.locks.get(token);
  }

  /**
   * Locks that would conflict with a new lock of this scope and depth
   * (exclusive conflicts with anything; shared only with exclusive).
   */
  conflicts(key: string, scope: LockScope, depth: 0 | 'infinity'): Lock[] {
    this.sweep();
    return [...this.locks.values()].filter((lock) => {
      const overlaps =
        lock.root === key ||
        (lock.depth === 'infinity' && isWithin(key, lock.root)) ||
        (depth === 'infinity' && isWithin(lock.root, key));
      return overlaps && (scope === 'exclusive' || lock.scope === 'exclusive');
    });
  }

  create(input: { root: string; rootHref: string; scope: LockScope; depth: 0 | 'infinity'; owner: string; principal: string; timeoutSeconds: number }): Lock {
    const lock: Lock = { ...input, token: `urn:uuid:${randomUUID()}`, expiresAt: this.now() + input.timeoutSeconds * 1000 };
    this.locks.set(lock.token, lock);
    return lock;
  }

  refresh(lock: Lock, timeoutSeconds: number): void {
    lock.timeoutSeconds = timeoutSeconds;
    lock.expiresAt = this.now() + timeoutSeconds * 1000;
  }

  remove(token: string): boolean {
    return this.locks.delete(token);
  }

  /** The resource and its members are gone (DELETE, or the source of a MOVE). */
  removeTree(key: string): void {
    for (const [token, lock] of this.locks) if (isWithin(lock.root, key)) this.locks.delete(token);
  }

  secondsLeft(lock: Lock): number {
    return Math.max(0, Math.ceil((lock.expiresAt - this.now()) / 1000));
  }
}
