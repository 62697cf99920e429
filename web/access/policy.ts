/**
 * Who may do what on the share: one pure function over the principal, the
 * method, the paths it touches and the owner and recipient records. No I/O,
 * so every rule is tested on its own (test/unit/access-policy.test.ts).
 *
 * The rules:
 *
 * - Nobody signed in: 401.
 * - A ticket (shared link) covers the resource it was made on and
 *   everything below it, destinations of COPY and MOVE included. A read
 *   ticket allows OPTIONS, GET, HEAD, PROPFIND and REPORT; a write ticket
 *   also PUT, DELETE, PROPPATCH, MKCOL, COPY, MOVE, LOCK, UNLOCK and the
 *   browser's upload form (POST). It acts on behalf of whoever made it, so it
 *   never allows more than they could do, and what it creates belongs to
 *   them. It can neither make nor end tickets.
 * - Owners (XEP-0129): what is created over the share records its creator
 *   as owner. A resource with no recorded owner inherits its folder's owner;
 *   one that nobody owns, up to the share's root, belongs to the share's
 *   users (every htpasswd user), which covers everything that was in the
 *   share before owners were recorded. Only the owner of a resource, or the
 *   recorded owner of a folder above it, may change it (PUT over it, DELETE,
 *   MOVE, PROPPATCH, LOCK, UNLOCK) or add to it (a folder). Deleting, moving
 *   or replacing a folder also needs that right over everything with an
 *   owner inside it. Others get 403 and may still read.
 * - Recipients: a resource whose recipient list is set (empty = "pending")
 *   can be read only by its owner and by the principals on the list
 *   (`user:NAME`, `peer:PEERID`); a list on a folder covers what is below it,
 *   and every list on the way must let the caller in.
 * - Peers (laptops proven by libp2p) read what users read when
 *   `peerAccess` is 'read' (the default); with 'none' they read only what a
 *   recipient list names them on (or what they own). Peers never own what
 *   nobody owns, so by default they cannot change anything.
 * - Holding files for others (issue 6, `send --via`): a peer may create
 *   files only inside `/.mesh-share-relay/<its own PeerId>/` (folders there
 *   too, which the holder makes on demand), and only with a PUT that has
 *   `If-None-Match: *` and `X-Mesh-Share-Recipients: pending`; it then owns
 *   them (PROPPATCH its recipient list, DELETE) by the owner rule. Another
 *   peer's relay folder is theirs alone. How much one peer may leave is
 *   bounded by the access step (507), not here.
 * - MKTICKET needs the right the ticket would grant (read, or change for a
 *   write ticket); DELTICKET is for whoever made the ticket (checked by the
 *   method, which knows the ticket).
 */
import type { Principal } from '../pipeline.js';
import { isWithin, keyOf } from '../dav/share-path.js';
import { describePrincipal, identityOf, type Identity } from './principals.js';

export type PeerAccess = 'read' | 'none';

/** What is recorded about one resource. */
export interface AccessRecord {
  /** Principal name of whoever created it. */
  readonly owner?: string;
  /** Who may read it besides its owner; empty means "pending" (nobody yet). Absent: no restriction. */
  readonly recipients?: readonly string[];
}

/** Lookups the rules need; pure data access, no I/O. */
export interface AccessFacts {
  record(key: string): AccessRecord | undefined;
  /** Records strictly below `key` (a folder being deleted, moved or replaced whole). */
  recordsBelow(key: string): Iterable<readonly [string, AccessRecord]>;
  readonly peerAccess: PeerAccess;
}

export interface AccessQuestion {
  readonly principal: Principal;
  /** Upper case. */
  readonly method: string;
  /** Share path segments of the request target. */
  readonly target: readonly string[];
  /** COPY and MOVE: where they write. */
  readonly destination?: readonly string[];
  /** False when nothing is at the target now: records left under that name are stale and ignored. Default true. */
  readonly targetExists?: boolean;
  /** Whether COPY/MOVE would replace something. Default false. */
  readonly destinationExists?: boolean;
  /** PUT: the request has `If-None-Match: *` (create only, never replace). Default false. */
  readonly createOnly?: boolean;
  /** PUT: the request has `X-Mesh-Share-Recipients: pending`. Default false. */
  readonly recipientsPending?: boolean;
}

/** The top folder where peers leave files for others (`send --via`): `/.mesh-share-relay/<PeerId>/<transfer>/<name>`. */
export const RELAY_FOLDER = '.mesh-share-relay';

/** The PeerId whose relay folder `segments` lies in (the folder itself included), or null outside `/.mesh-share-relay/<id>/`. */
export function relayOwnerOf(segments: readonly string[]): string | null {
  return segments.length >= 2 && segments[0] === RELAY_FOLDER ? segments[1]! : null;
}

const RELAY_PUT_NEEDS = 'Files left here for other laptops must be sent with If-None-Match: * and X-Mesh-Share-Recipients: pending, so they are new and nobody can open them before their recipients are set.';

/**
 * The relay rule for a peer creating something (PUT or MKCOL of a name not
 * there yet): null when the rule does not apply (elsewhere, or the name
 * exists: the owner rule decides), else the decision.
 */
function relayCreate(principal: Principal, question: AccessQuestion, exists: boolean): Decision | null {
  if (principal.kind !== 'peer') return null;
  const { method, target } = question;
  if (method !== 'PUT' && method !== 'MKCOL') return null;
  if (target[0] !== RELAY_FOLDER) return null;
  const owner = relayOwnerOf(target);
  if (owner === null) return refuse(403, 'Only this laptop makes the folder where files are left for others.');
  if (owner !== principal.peerId) return refuse(403, 'This folder holds files another laptop left here; only that laptop can add to it.');
  if (exists) return null;
  if (method === 'MKCOL') return target.length > 2 ? ALLOWED : refuse(403, 'This laptop makes your folder for left files itself; just PUT the file.');
  if (target.length < 3) return refuse(403, 'Leave files inside your folder, not as it.');
  if (question.createOnly !== true || question.recipientsPending !== true) return refuse(403, RELAY_PUT_NEEDS);
  return ALLOWED;
}

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly status: 401 | 403; readonly message: string };

export const READ_METHODS: ReadonlySet<string> = new Set(['OPTIONS', 'GET', 'HEAD', 'PROPFIND', 'REPORT']);
export const WRITE_METHODS: ReadonlySet<string> = new Set(['PUT', 'DELETE', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'POST']);
export const TICKET_METHODS: ReadonlySet<string> = new Set(['MKTICKET', 'DELTICKET']);

/**
 * Whether a request using a ticket uses up one of its visits: every request
 * the ticket lets through, except OPTIONS and HEAD, which clients send on
 * their own to probe (davfs2, gvfs, browsers' link checks) and which carry
 * no content. A one-visit ticket is then one download or one listing.
 */
export function countsAsVisit(method: string): boolean {
  return method !== 'OPTIONS' && method !== 'HEAD';
}

export const ALLOWED: Decision = { allowed: true };
const refuse = (status: 401 | 403, message: string): Decision => ({ allowed: false, status, message });

export const NO_PEER_SHARING = 'This laptop does not share its files with other laptops.';
const PEERS_READ_ONLY = 'Other laptops can look at and download from this share, but cannot change it.';

/** “notes.txt”, or "the shared folder" for the root. */
function named(segments: readonly string[]): string {
  return segments.length === 0 ? 'the shared folder' : `\u201C${segments[segments.length - 1]}\u201D`;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** No owner recorded anywhere up to the root: the share's users own it. */
const SHARE = Symbol('share users');
type Owner = string | typeof SHARE;

/** The recorded owner at each level from the root (index 0) down to `segments` itself. */
function ownersOnTheWay(segments: readonly string[], facts: AccessFacts, fresh: boolean): (string | undefined)[] {
  const owners: (string | undefined)[] = [];
  for (let i = 0; i <= segments.length; i += 1) {
    owners.push(fresh && i === segments.length ? undefined : facts.record(keyOf(segments.slice(0, i)))?.owner);
  }
  return owners;
}

/** Who owns a resource: its recorded owner, else its folder's, up to the root; null when the share's users do. */
export function effectiveOwner(segments: readonly string[], facts: AccessFacts): string | null {
  const owners = ownersOnTheWay(segments, facts, false);
  for (let i = owners.length - 1; i >= 0; i -= 1) if (owners[i] !== undefined) return owners[i]!;
  return null;
}

/** The owner rule for one resource; null when allowed, else whose it is. */
function changeBlocker(identity: Identity, segments: readonly string[], facts: AccessFacts, fresh: boolean): Owner | null {
  const owners = ownersOnTheWay(segments, facts, fresh);
  let nearest: Owner = SHARE;
  for (const owner of owners) {
    if (owner === undefined) continue;
    if (identity.names.includes(owner)) return null;
    nearest = owner;
  }
  if (nearest === SHARE && identity.shareOwner) return null;
  return nearest;
}

interface ChangeOptions {
  /** Nothing is there yet: the creator asks to add to its folder. */
  readonly fresh?: boolean;
  /** A folder goes whole (DELETE, MOVE, replaced by COPY/MOVE): everything owned inside must be changeable too. */
  readonly whole?: boolean;
}

function changeCheck(principal: Principal, identity: Identity, segments: readonly string[], facts: AccessFacts, options: ChangeOptions = {}): Decision {
  const fresh = options.fresh ?? false;
  const blocker = changeBlocker(identity, segments, facts, fresh);
  if (blocker !== null) return changeRefusal(principal, blocker, segments, fresh ? 'add' : 'change', facts);
  if (options.whole && !fresh) {
    for (const [key, record] of facts.recordsBelow(keyOf(segments))) {
      if (record.owner === undefined) continue;
      const inner = key.split('/');
      const innerBlocker = changeBlocker(identity, inner, facts, false);
      if (innerBlocker === null) continue;
      if (innerBlocker === SHARE) return changeRefusal(principal, innerBlocker, inner, 'change', facts);
      const who = describePrincipal(innerBlocker);
      return refuse(
        403,
        `${capital(named(segments))} holds ${named(inner)}, which belongs to ${who}; only ${who} can delete or move that, so ${named(segments)} cannot be deleted, moved or replaced as a whole.`,
      );
    }
  }
  return ALLOWED;
}

function changeRefusal(principal: Principal, blocker: Owner, segments: readonly string[], what: 'add' | 'change', facts: AccessFacts): Decision {
  if (blocker === SHARE) {
    if (principal.kind === 'peer') return refuse(403, facts.peerAccess === 'none' ? NO_PEER_SHARING : PEERS_READ_ONLY);
    return refuse(403, 'This shared link cannot change things here.');
  }
  const who = describePrincipal(blocker);
  const place = what === 'add' ? named(segments.slice(0, -1)) : named(segments);
  const sentence =
    what === 'add'
      ? `${capital(place)} belongs to ${who}: only ${who} can add things to it.`
      : `${capital(place)} belongs to ${who}: only ${who} can change, move or delete it. You can still open it.`;
  if (principal.kind === 'ticket') return refuse(403, `This shared link was made by ${describePrincipal(principal.ticket.owner)}, who cannot do this here. ${sentence}`);
  return refuse(403, sentence);
}

/** Every recipient list on the way to the resource must let the caller in; the owner of a listed resource is always let in. */
function readCheck(principal: Principal, identity: Identity, segments: readonly string[], facts: AccessFacts): Decision {
  let owner: Owner = SHARE;
  let namedForPeer = false;
  for (let i = 0; i <= segments.length; i += 1) {
    const record = facts.record(keyOf(segments.slice(0, i)));
    if (record?.owner !== undefined) {
      owner = record.owner;
      if (identity.names.includes(owner)) namedForPeer = true;
    }
    const recipients = record?.recipients;
    if (recipients === undefined) continue;
    const isOwner = owner === SHARE ? identity.shareOwner : identity.names.includes(owner);
    const listed = recipients.some((name) => identity.names.includes(name));
    if (listed) namedForPeer = true;
    if (isOwner || listed) continue;
    if (principal.kind === 'peer' && facts.peerAccess === 'none') return refuse(403, NO_PEER_SHARING);
    const here = segments.slice(0, i);
    if (recipients.length === 0) {
      const whose = owner === SHARE ? 'its owner' : `its owner (${describePrincipal(owner)})`;
      return refuse(403, `${capital(named(here))} is waiting for ${whose} to choose who may open it.`);
    }
    return refuse(403, `${capital(named(here))} was left for particular people, and you are not one of them.`);
  }
  if (principal.kind === 'peer' && facts.peerAccess === 'none' && !namedForPeer) return refuse(403, NO_PEER_SHARING);
  return ALLOWED;
}

/** Whether the caller may read a resource (recipient lists, peer access); scope and method aside. For listings. */
export function mayRead(principal: Principal, segments: readonly string[], facts: AccessFacts): boolean {
  if (principal.kind === 'anonymous') return false;
  return readCheck(principal, identityOf(principal), segments, facts).allowed;
}

/** Whether the caller may add to a folder (the upload form, for instance). */
export function mayAddTo(principal: Principal, folder: readonly string[], facts: AccessFacts): boolean {
  return decide({ principal, method: 'POST', target: folder }, facts).allowed;
}

function scopeRefusal(root: string, what: 'target' | 'destination'): Decision {
  const where = root === '' ? 'the shared folder' : `\u201C${root.split('/').at(-1)}\u201D`;
  return refuse(
    403,
    what === 'target'
      ? `This shared link opens only ${where} and what is inside it.`
      : `This shared link opens only ${where} and what is inside it, so it cannot copy or move things elsewhere.`,
  );
}

/** The decision for one request. */
export function decide(question: AccessQuestion, facts: AccessFacts): Decision {
  const { principal, method, target } = question;
  if (principal.kind === 'anonymous') return refuse(401, 'This share needs a user name and password.');
  const identity = identityOf(principal);
  if (principal.kind === 'ticket') {
    const ticket = principal.ticket;
    if (TICKET_METHODS.has(method)) return refuse(403, 'A shared link cannot make or end shared links; sign in to do that.');
    const root = keyOf(ticket.root);
    if (!isWithin(keyOf(target), root)) return scopeRefusal(root, 'target');
    if (question.destination !== undefined && !isWithin(keyOf(question.destination), root)) return scopeRefusal(root, 'destination');
    if (!READ_METHODS.has(method) && ticket.privilege !== 'write') {
      return refuse(403, 'This shared link only lets you look and download; it cannot change anything. Ask for the link that allows changes.');
    }
  }
  const exists = question.targetExists ?? true;
  const relay = relayCreate(principal, question, exists);
  if (relay !== null) return relay;
  switch (method) {
    case 'OPTIONS':
    case 'DELTICKET':
      return ALLOWED;
    case 'GET':
    case 'HEAD':
    case 'PROPFIND':
    case 'REPORT':
    case 'MKTICKET':
      return readCheck(principal, identity, target, facts);
    case 'COPY': {
      const read = readCheck(principal, identity, target, facts);
      if (!read.allowed || question.destination === undefined) return read;
      return changeCheck(principal, identity, question.destination, facts, { fresh: !(question.destinationExists ?? false), whole: true });
    }
    case 'MOVE': {
      const source = changeCheck(principal, identity, target, facts, { whole: true });
      if (!source.allowed || question.destination === undefined) return source;
      return changeCheck(principal, identity, question.destination, facts, { fresh: !(question.destinationExists ?? false), whole: true });
    }
    case 'DELETE':
      return changeCheck(principal, identity, target, facts, { fresh: !exists, whole: true });
    case 'PUT':
    case 'MKCOL':
    case 'LOCK':
      return changeCheck(principal, identity, target, facts, { fresh: !exists });
    case 'POST':
      // The upload form adds to the folder it is posted to; the names it picks are new.
      return changeCheck(principal, identity, [...target, ''], facts, { fresh: true });
    default:
      // PROPPATCH, UNLOCK, and methods not known here: changes until shown otherwise.
      return changeCheck(principal, identity, target, facts);
  }
}

/** May this principal make a ticket of this privilege on this resource? A ticket never grants more than its maker has. */
export function mayGrant(principal: Principal, target: readonly string[], privilege: 'read' | 'write', facts: AccessFacts): Decision {
  const asked = decide({ principal, method: 'MKTICKET', target }, facts);
  if (!asked.allowed || privilege === 'read') return asked;
  const decision = changeCheck(principal, identityOf(principal), target, facts);
  if (decision.allowed) return decision;
  return refuse(403, `You cannot make a link that changes ${named(target)}, because you cannot change it yourself. ${decision.message}`);
}
