/**
 * Shared links (MakeShareUrls, Revoke, ListTickets): tickets
 * (draft-ito-dav-ticket-00, web/tickets/) made from this laptop for a file
 * or folder in the share, handed out as `https://HOST.local:PORT/PATH?ticket=ID`.
 * A read-only link lets anyone who has it browse and download there; a
 * read-write link also lets them upload and change. Links act for the
 * agent's own user (`config.user`, who has every right on the share), so
 * they never grant more than the share's owner has, and they end when that
 * user loses their password.
 *
 * The class turns a file system path into a share key, makes and ends
 * tickets in the TicketStore and builds the URLs the way ShareEntry does
 * (the share URL plus the percent-encoded path, web/dav/share-path.ts).
 * The path and URL rules are pure functions below, tested on their own.
 */
import { realpath } from 'node:fs/promises';
import { resolve as resolvePath, sep } from 'node:path';
import { MeshShareError } from '../dbus/errors.js';
import { checkFullPath } from './full-path.js';
import type { VariantRecord } from '../dbus/variants.js';
import { HttpError } from '../web/http-error.js';
import { RESERVED_NAMES, type ShareFs } from '../web/dav/share-fs.js';
import { checkSegment, hrefFor, keyOf } from '../web/dav/share-path.js';
import { rootSegments, TICKET_ID, TooManyTicketsError, type Ticket, type TicketStore } from '../web/tickets/ticket-store.js';
import type { Logger } from './logger.js';

/** What MKTICKET allows too (web/tickets/ticket-xml.ts): about 136 years, a billion visits. */
export const MAX_TIMEOUT_SECONDS = 4_294_967_295;
export const MAX_VISITS = 1_000_000_000;

/** The keys MakeShareUrls' options may hold. */
export const MAKE_OPTIONS = ['timeout_seconds', 'visits', 'write'] as const;

export interface ShareLinksOptions {
  tickets: TicketStore;
  share: ShareFs;
  /** `https://HOST.local:PORT/`: the address put first, ready to paste. */
  shareUrl: string;
  /** Every address of the share (the .local name first, then IP addresses). */
  shareUrls: readonly string[];
  /** The user the links act for (`config.user`). */
  user: string;
  /** Whether that user can still sign in here (a link of a user without a password is refused by the share). Default yes. */
  userActive?: () => Promise<boolean>;
  log?: Logger;
  now?: () => number;
}

/** What MakeShareUrls was asked for, once checked. */
export interface LinkRequest {
  /** null: never expires. */
  readonly timeoutSeconds: number | null;
  /** null: no limit. */
  readonly visits: number | null;
  /** Make the read-write link too. */
  readonly write: boolean;
}

export class ShareLinks {
  private readonly options: ShareLinksOptions;
  private readonly now: () => number;
  private readonly bases: string[];

  constructor(options: ShareLinksOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.bases = [...new Set([options.shareUrl, ...options.shareUrls])];
  }

  /** The principal name links are made for: `user:NAME`. */
  get owner(): string {
    return `user:${this.options.user}`;
  }

  /** MakeShareUrls: a read-only link (and unless `write` is false a read-write one) for a file or folder in the share. */
  async make(path: string, rawOptions: Readonly<Record<string, unknown>>): Promise<VariantRecord> {
    const request = parseLinkOptions(rawOptions);
    const target = await this.locate(path);
    if (this.options.userActive && !(await this.options.userActive())) {
      const name = this.options.user;
      throw new MeshShareError(
        'Denied',
        `Shared links work on behalf of "${name}", who has no password on this laptop, so nobody could open them. Set one first: mesh-share passwd ${name}`,
      );
    }
    const key = keyOf(target.segments);
    const made: Ticket[] = [];
    try {
      for (const privilege of request.write ? (['read', 'write'] as const) : (['read'] as const)) {
        made.push(await this.options.tickets.create({ root: key, privilege, owner: this.owner, timeoutSeconds: request.timeoutSeconds, visits: request.visits }));
      }
    } catch (error) {
      // Both links or neither: a half-made pair would leave a link nobody was shown.
      for (const ticket of made) await this.options.tickets.delete(ticket.id).catch(() => undefined);
      if (error instanceof TooManyTicketsError) throw new MeshShareError('Denied', error.message);
      throw error;
    }
    const [read, write] = made;
    this.options.log?.info('shared links made', { root: key, write: write !== undefined, expires: read!.expiresAt, visits: read!.visitsLeft });
    const result: Record<string, string | number | string[]> = {
      path: sharePathText(target.segments, target.isCollection),
      read_only: linkUrl(this.options.shareUrl, target.segments, target.isCollection, read!.id),
      read_only_urls: this.bases.map((base) => linkUrl(base, target.segments, target.isCollection, read!.id)),
      read_only_ticket: read!.id,
      expires_at: secondsOrZero(read!.expiresAt),
      visits_left: read!.visitsLeft ?? -1,
    };
    if (write !== undefined) {
      result.read_write = linkUrl(this.options.shareUrl, target.segments, target.isCollection, write.id);
      result.read_write_urls = this.bases.map((base) => linkUrl(base, target.segments, target.isCollection, write.id));
      result.read_write_ticket = write.id;
    }
    return result;
  }

  /** Revoke: ends one link, given as its URL (any address form) or its ticket id. */
  async revoke(text: string): Promise<void> {
    const id = ticketIdOf(typeof text === 'string' ? text : '');
    if (id === null) {
      throw new MeshShareError(
        'InvalidArgs',
        `"${shorten(String(text))}" is not a shared link: give the address 'mesh-share share-url' printed (it ends in ?ticket=...) or the link's ticket id ('mesh-share links' lists them).`,
      );
    }
    if (!(await this.options.tickets.delete(id))) {
      throw new MeshShareError('NotFound', `There is no shared link ${shorten(id)} on this laptop (it may have been ended already); 'mesh-share links' lists them.`);
    }
    this.options.log?.info('shared link ended over D-Bus');
  }

  /** ListTickets: every link on the share (made here or with MKTICKET), live or recently ended, oldest first. */
  async list(): Promise<VariantRecord[]> {
    const at = this.now();
    const tickets = [...this.options.tickets.list()].sort((a, b) => a.createdAt - b.createdAt);
    const records: VariantRecord[] = [];
    for (const ticket of tickets) {
      const segments = rootSegments(ticket.root);
      const isCollection = await this.isCollection(segments);
      records.push({
        id: ticket.id,
        path: sharePathText(segments, isCollection),
        privilege: ticket.privilege,
        url: linkUrl(this.options.shareUrl, segments, isCollection, ticket.id),
        urls: this.bases.map((base) => linkUrl(base, segments, isCollection, ticket.id)),
        owner: ticket.owner,
        created_at: Math.floor(ticket.createdAt / 1000),
        expires_at: secondsOrZero(ticket.expiresAt),
        visits_left: ticket.visitsLeft ?? -1,
        state: this.options.tickets.stateOf(ticket, at),
      });
    }
    return records;
  }

  private async isCollection(segments: readonly string[]): Promise<boolean> {
    try {
      return (await this.options.share.resolve(segments)).isCollection;
    } catch {
      return false;
    }
  }

  /** The share path of a file system path, refused in a teacher's words unless it names a file or folder in the share. */
  private async locate(path: string): Promise<{ segments: string[]; isCollection: boolean }> {
    const { share } = this.options;
    const invalid = (message: string): MeshShareError => new MeshShareError('InvalidArgs', message);
    checkFullPath(path, `Give the full path of a file or folder in the shared folder, for example ${share.root}${sep}Class`);
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new MeshShareError('NotFound', `There is no file or folder at ${path}.`);
      if (code === 'EACCES' || code === 'EPERM') throw new MeshShareError('Denied', `mesh-share is not allowed to open ${path}.`);
      if (code === 'ELOOP') throw invalid(`${path} is a link that leads round in a circle.`);
      throw error;
    }
    const segments = shareSegmentsOf(real, share.root);
    if (segments === null) {
      const lexical = shareSegmentsOf(resolvePath(path), share.root);
      const how = `A link can only open what is in the shared folder (${share.root}): put a copy there first (mesh-share share FILE, or copy it into that folder) and make the link for the copy.`;
      throw invalid(lexical !== null ? `${path} leads through a symbolic link to ${real}, which is outside the shared folder. ${how}` : `${path} is not in the shared folder. ${how}`);
    }
    if (segments.length > 0 && RESERVED_NAMES.has(segments[0]!)) throw invalid(`${path} is the agent's own working folder, which is never shared.`);
    for (const name of segments) {
      try {
        checkSegment(name);
      } catch (error) {
        if (error instanceof HttpError) throw invalid(`"${shorten(name)}" cannot be opened over the network (${error.message.replace(/\.$/, '').toLowerCase()}); rename it first.`);
        throw error;
      }
    }
    let resource;
    try {
      resource = await share.resolve(segments);
    } catch (error) {
      if (error instanceof HttpError) throw invalid(`${path} cannot be shared: ${error.message}`);
      throw error;
    }
    if (resource.stats === null) throw new MeshShareError('NotFound', `There is no file or folder at ${path}.`);
    if (!resource.stats.isFile() && !resource.stats.isDirectory()) throw invalid(`${path} is neither a file nor a folder, so it cannot be shared.`);
    return { segments, isCollection: resource.isCollection };
  }
}

/**
 * The share segments of a real (symlink-free, absolute) path: `[]` for the
 * share root itself, null when it is outside. `realRoot` is the share's real
 * path too. Pure; a path still holding `.` or `..` parts counts as outside
 * (a real path never does).
 */
export function shareSegmentsOf(real: string, realRoot: string): string[] | null {
  const root = realRoot.length > 1 && realRoot.endsWith(sep) ? realRoot.slice(0, -1) : realRoot;
  if (real === root) return [];
  const prefix = root.endsWith(sep) ? root : root + sep;
  if (!real.startsWith(prefix)) return null;
  const segments = real.slice(prefix.length).split(sep).filter((part) => part !== '');
  if (segments.some((part) => part === '.' || part === '..')) return null;
  return segments;
}

/** The share path for people and D-Bus: `/` for the root, `/Class/` for a folder, `/Class/notes.txt` for a file (not percent-encoded). */
export function sharePathText(segments: readonly string[], isCollection: boolean): string {
  if (segments.length === 0) return '/';
  return `/${segments.join('/')}${isCollection ? '/' : ''}`;
}

/** `https://ana-xo.local:8443/Class/?ticket=ID`: the share URL, the path percent-encoded as in every href, and the ticket. */
export function linkUrl(base: string, segments: readonly string[], isCollection: boolean, id: string): string {
  return `${base.replace(/\/+$/, '')}${hrefFor(segments, isCollection)}?ticket=${encodeURIComponent(id)}`;
}

/**
 * The ticket id a text names: a shared link's URL under any address
 * (`...?ticket=ID`, also without the scheme and host), or a bare id. Null
 * when it holds none. Pure.
 */
export function ticketIdOf(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  if (TICKET_ID.test(value)) return value;
  // A whole URL under any address, or a path with its query (`/Class/?ticket=ID`), read against a placeholder base.
  let url: URL | null;
  try {
    url = new URL(value, 'https://localhost/');
  } catch {
    url = null;
  }
  const id = url?.searchParams.get('ticket')?.trim();
  return id ? id : null;
}

/** MakeShareUrls' options: `timeout_seconds` (0 or absent: never), `visits` (absent or -1: no limit), `write` (default true). */
export function parseLinkOptions(input: Readonly<Record<string, unknown>>): LinkRequest {
  const invalid = (message: string): MeshShareError => new MeshShareError('InvalidArgs', message);
  for (const key of Object.keys(input)) {
    if (!(MAKE_OPTIONS as readonly string[]).includes(key)) throw invalid(`"${shorten(key)}" is not an option of MakeShareUrls; it takes ${MAKE_OPTIONS.join(', ')}.`);
  }
  const has = (key: string): boolean => Object.hasOwn(input, key) && input[key] !== undefined;
  let timeoutSeconds: number | null = null;
  if (has('timeout_seconds')) {
    const value = wholeNumber(input.timeout_seconds);
    if (value === null || value < 0 || value > MAX_TIMEOUT_SECONDS) {
      throw invalid(`timeout_seconds must be a whole number of seconds from 0 (never expires) to ${MAX_TIMEOUT_SECONDS}, not ${describe(input.timeout_seconds)}.`);
    }
    timeoutSeconds = value === 0 ? null : value;
  }
  let visits: number | null = null;
  if (has('visits')) {
    const value = wholeNumber(input.visits);
    if (value === null || value === 0 || value < -1 || value > MAX_VISITS) {
      throw invalid(`visits must be how many times the link may be used, from 1 to ${MAX_VISITS} (-1: no limit), not ${describe(input.visits)}.`);
    }
    visits = value === -1 ? null : value;
  }
  let write = true;
  if (has('write')) {
    if (typeof input.write !== 'boolean') throw invalid(`write must be true or false, not ${describe(input.write)}.`);
    write = input.write;
  }
  return { timeoutSeconds, visits, write };
}

/** Any D-Bus integer (or its text, as some callers send numbers) as a safe integer; null otherwise. */
function wholeNumber(value: unknown): number | null {
  const number = typeof value === 'bigint' ? Number(value) : typeof value === 'string' && /^\s*-?\d{1,16}\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : null;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${shorten(value)}"`;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'a list';
  return 'a dictionary';
}

function secondsOrZero(ms: number | null): number {
  return ms === null ? 0 : Math.floor(ms / 1000);
}

function shorten(text: string): string {
  // eslint-disable-next-line no-control-regex
  const chars = [...text.replace(/[\u0000-\u001f\u007f]/g, '?')];
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : chars.join('');
}
