import { createHmac, randomBytes } from 'node:crypto';

export interface CredentialCacheOptions {
  /** How long a checked password is trusted without checking again. Default 5 minutes. */
  ttlMs?: number;
  /** Most sign-ins remembered at once; the least recently used is forgotten first. Default 256. */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface Entry {
  readonly expires: number;
  readonly version: number;
}

/**
 * Remembers user/password pairs that were checked recently, so that bcrypt
 * (about 0.1 s here, up to a second on an XO) runs once per sign-in rather
 * than once per request. Only a keyed hash of the pair is kept: the key is
 * random per process, so a memory dump or log of this map does not help
 * guess passwords offline.
 */
export class CredentialCache {
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private readonly secret = randomBytes(32);
  // A Map iterates in insertion order; re-inserting on use makes the first key the least recently used.
  private readonly entries = new Map<string, Entry>();

  constructor(options: CredentialCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5 * 60 * 1000;
    this.maxEntries = Math.max(1, options.maxEntries ?? 256);
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * True when this exact pair was verified against the same version of the
   * password file and has not expired.
   */
  has(user: string, password: string, version: number): boolean {
    const key = this.key(user, password);
    const entry = this.entries.get(key);
    if (entry === undefined) return false;
    if (entry.version !== version || entry.expires <= this.now()) {
      this.entries.delete(key);
      return false;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return true;
  }

  /** Remember a pair that was just verified against password-file `version`. */
  add(user: string, password: string, version: number): void {
    const key = this.key(user, password);
    this.entries.delete(key);
    this.entries.set(key, { expires: this.now() + this.ttlMs, version });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  private key(user: string, password: string): string {
    // User names cannot contain NUL, so the separator keeps ("ab","c") and ("a","bc") apart.
    return createHmac('sha256', this.secret).update(user, 'utf8').update('\u0000').update(password, 'utf8').digest('base64');
  }
}
