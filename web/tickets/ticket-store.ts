import { randomBytes } from 'node:crypto';
import type { Logger } from '../../agent/logger.js';
import { StateFile } from '../access/state-file.js';
import { isWithin } from '../dav/share-path.js';

/**
 * A ticket (draft-ito-dav-ticket-00): an unguessable id that grants read or
 * read+write on one resource and everything below it, for a time and a
 * number of visits, on behalf of whoever made it.
 */
export interface Ticket {
  readonly id: string;
  /** Share key (web/dav/share-path.ts keyOf) of the resource it was made on. */
  readonly root: string;
  /** 'write' includes read. */
  readonly privilege: 'read' | 'write';
  /** Principal name of the maker (`user:NAME` or `peer:ID`): the ticket acts on its behalf. */
  readonly owner: string;
  readonly createdAt: number;
  /** null: never expires. */
  readonly expiresAt: number | null;
  /** Requests it may still be used for; null: no limit. */
  readonly visitsLeft: number | null;
  /** When the last visit was used. */
  readonly usedUpAt?: number;
}

export type TicketState = 'live' | 'expired' | 'used-up';

export type TicketCheck = { readonly ok: true; readonly ticket: Ticket } | { readonly ok: false; readonly reason: 'unknown' | 'expired' | 'used-up' };

export interface NewTicket {
  readonly root: string;
  readonly privilege: 'read' | 'write';
  readonly owner: string;
  /** null: infinity. */
  readonly timeoutSeconds: number | null;
  /** null: infinity. */
  readonly visits: number | null;
}

/** 18 random bytes: 144 bits from the system's CSPRNG, 24 URL-safe characters. */
const ID_BYTES = 18;
/** What a presented id may look like before it is even looked up (ours are 24 characters). */
export const TICKET_ID = /^[A-Za-z0-9_-]{16,64}$/;
/** Ended tickets are remembered this long, so a late visitor hears "expired" rather than "not valid". */
const ENDED_KEPT_MS = 24 * 60 * 60 * 1000;
/** More than any class needs; a flood of MKTICKETs must not grow the file without bound. */
export const MAX_TICKETS = 10_000;

interface FileShape {
  version: 1;
  tickets: Ticket[];
}

export class TooManyTicketsError extends Error {
  constructor() {
    super(`There are already ${MAX_TICKETS} shared links; end some before making more.`);
    this.name = 'TooManyTicketsError';
  }
}

/**
 * Tickets, kept in one JSON file in the data dir (never in the share) and in
 * memory. Every change (a new ticket, a deleted one, a visit counted) is on
 * disk before the request that made it is answered, so tickets and their
 * remaining visits survive restarts.
 */
export class TicketStore {
  private readonly byId = new Map<string, Ticket>();
  private readonly file: StateFile;
  private readonly now: () => number;

  private constructor(path: string, now: () => number) {
    this.now = now;
    this.file = new StateFile(path, () => ({ version: 1, tickets: [...this.byId.values()] }) satisfies FileShape);
  }

  static async open(path: string, log: Logger, now: () => number = Date.now): Promise<TicketStore> {
    const store = new TicketStore(path, now);
    const data = (await StateFile.read(path, log, 'the shared links (tickets)')) as Partial<FileShape> | null;
    let dropped = 0;
    for (const entry of Array.isArray(data?.tickets) ? data.tickets : []) {
      const ticket = validTicket(entry);
      if (ticket === null) {
        dropped += 1;
        continue;
      }
      if (store.endedLongAgo(ticket)) continue;
      store.byId.set(ticket.id, ticket);
    }
    if (dropped > 0) log.warn('some saved shared links were damaged and are dropped', { dropped });
    return store;
  }

  /** How a ticket stands now. */
  stateOf(ticket: Ticket, now = this.now()): TicketState {
    if (ticket.expiresAt !== null && now >= ticket.expiresAt) return 'expired';
    if (ticket.visitsLeft !== null && ticket.visitsLeft <= 0) return 'used-up';
    return 'live';
  }

  private endedLongAgo(ticket: Ticket, now = this.now()): boolean {
    const endedAt = ticket.expiresAt !== null && now >= ticket.expiresAt ? ticket.expiresAt : ticket.visitsLeft !== null && ticket.visitsLeft <= 0 ? (ticket.usedUpAt ?? ticket.createdAt) : null;
    return endedAt !== null && now - endedAt > ENDED_KEPT_MS;
  }

  get(id: string): Ticket | undefined {
    return this.byId.get(id);
  }

  /** Whether a presented id grants anything right now (no visit is counted). */
  check(id: string): TicketCheck {
    const ticket = TICKET_ID.test(id) ? this.byId.get(id) : undefined;
    if (ticket === undefined || this.endedLongAgo(ticket)) return { ok: false, reason: 'unknown' };
    const state = this.stateOf(ticket);
    return state === 'live' ? { ok: true, ticket } : { ok: false, reason: state };
  }

  /**
   * Count one visit. The check and the count happen before the first await,
   * so two requests racing for a ticket's last visit cannot both get it.
   */
  async use(id: string): Promise<TicketCheck> {
    const check = this.check(id);
    if (!check.ok || check.ticket.visitsLeft === null) return check;
    const visitsLeft = check.ticket.visitsLeft - 1;
    const used: Ticket = visitsLeft === 0 ? { ...check.ticket, visitsLeft, usedUpAt: this.now() } : { ...check.ticket, visitsLeft };
    this.byId.set(id, used);
    await this.file.save();
    return { ok: true, ticket: used };
  }

  async create(input: NewTicket): Promise<Ticket> {
    this.sweep();
    if (this.byId.size >= MAX_TICKETS) throw new TooManyTicketsError();
    let id = randomBytes(ID_BYTES).toString('base64url');
    while (this.byId.has(id)) id = randomBytes(ID_BYTES).toString('base64url');
    const createdAt = this.now();
    const ticket: Ticket = {
      id,
      root: input.root,
      privilege: input.privilege,
      owner: input.owner,
      createdAt,
      expiresAt: input.timeoutSeconds === null ? null : createdAt + input.timeoutSeconds * 1000,
      visitsLeft: input.visits,
    };
    this.byId.set(id, ticket);
    await this.file.save();
    return ticket;
  }

  /** False when there was no such ticket. */
  async delete(id: string): Promise<boolean> {
    if (!this.byId.delete(id)) return false;
    await this.file.save();
    return true;
  }

  /** Every ticket (live or recently ended), optionally only those made on one resource or by one principal. */
  list(filter: { root?: string; owner?: string } = {}): Ticket[] {
    return [...this.byId.values()].filter((t) => (filter.root === undefined || t.root === filter.root) && (filter.owner === undefined || t.owner === filter.owner));
  }

  /** The resource (and everything below it) is gone: its tickets go too, so a new file of that name is not opened by old links. */
  async forgetTree(key: string): Promise<void> {
    let changed = false;
    for (const [id, ticket] of this.byId) {
      if (isWithin(ticket.root, key)) {
        this.byId.delete(id);
        changed = true;
      }
    }
    if (changed) await this.file.save();
  }

  /** MOVE: tickets follow their resource, as its properties do. */
  async moveTree(from: string, to: string): Promise<void> {
    let changed = false;
    for (const [id, ticket] of this.byId) {
      if (isWithin(ticket.root, to)) {
        this.byId.delete(id);
        changed = true;
      }
    }
    for (const [id, ticket] of this.byId) {
      if (isWithin(ticket.root, from)) {
        this.byId.set(id, { ...ticket, root: to + ticket.root.slice(from.length) });
        changed = true;
      }
    }
    if (changed) await this.file.save();
  }

  flush(): Promise<void> {
    return this.file.flush();
  }

  private sweep(): void {
    for (const [id, ticket] of this.byId) if (this.endedLongAgo(ticket)) this.byId.delete(id);
  }
}

/** The share key of a ticket's root as segments. */
export function rootSegments(root: string): string[] {
  return root === '' ? [] : root.split('/');
}

function validTicket(value: unknown): Ticket | null {
  if (typeof value !== 'object' || value === null) return null;
  const t = value as Record<string, unknown>;
  const nullableCount = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
  if (typeof t.id !== 'string' || !TICKET_ID.test(t.id)) return null;
  if (typeof t.root !== 'string' || t.root.startsWith('/') || t.root.endsWith('/') || t.root.includes('//')) return null;
  if (t.privilege !== 'read' && t.privilege !== 'write') return null;
  if (typeof t.owner !== 'string' || !/^(user|peer):./.test(t.owner)) return null;
  if (typeof t.createdAt !== 'number' || !Number.isFinite(t.createdAt)) return null;
  if (!nullableCount(t.expiresAt) || !nullableCount(t.visitsLeft)) return null;
  const ticket: Ticket = { id: t.id, root: t.root, privilege: t.privilege, owner: t.owner, createdAt: t.createdAt, expiresAt: t.expiresAt, visitsLeft: t.visitsLeft };
  return typeof t.usedUpAt === 'number' && Number.isFinite(t.usedUpAt) ? { ...ticket, usedUpAt: t.usedUpAt } : ticket;
}
