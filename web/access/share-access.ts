import type { Logger } from '../../agent/logger.js';
import { basicChallenge } from '../auth/basic-auth-step.js';
import type { BrowserAccess } from '../browser/browser-step.js';
import { nameOfPrincipal, parseDestination, type DavExtension, type Target } from '../dav/dav-server.js';
import { keyOf, parseSharePath } from '../dav/share-path.js';
import type { ShareFs } from '../dav/share-fs.js';
import { HttpError, badRequest, preconditionFailed } from '../http-error.js';
import { headerOf } from '../http-headers.js';
import type { RequestContext, RequestStep } from '../pipeline.js';
import { ticketRefusal, ticketLinkQuery } from '../tickets/ticket-step.js';
import type { TicketStore } from '../tickets/ticket-store.js';
import type { GrantCheck } from '../tickets/ticket-methods.js';
import type { AccessStore } from './access-store.js';
import { ownerXml, parseRecipients, recipientsXml } from './access-xml.js';
import { countsAsVisit, decide, relayOwnerOf, effectiveOwner, mayAddTo, mayGrant, mayRead, READ_METHODS, type AccessFacts, type PeerAccess } from './policy.js';
import { creatorName, describePrincipal, MS_NS } from './principals.js';

/** The request header of ours that marks a PUT "recipients pending" (XEP-0129): readable by its owner only until a recipient list is set. */
export const RECIPIENTS_HEADER = 'x-mesh-share-recipients';

export interface ShareAccessOptions {
  store: AccessStore;
  tickets: TicketStore;
  share: ShareFs;
  /** What laptops proven by libp2p may do by default (`--peer-access`). */
  peerAccess: PeerAccess;
  /** The Basic realm, for the challenge of a 401. */
  realm: string;
  log: Logger;
  /** Files peers leave here for others (`send --via`): bounds and folders made on demand. */
  relay?: RelayHooks;
}

/** What the holder of left files does around the access rules (agent/relay/ implements it). */
export interface RelayHooks {
  /** A peer creates `target` in its own relay folder (allowed by the rules): check its quota (throw an HttpError 507) and make the folders above. */
  beforeCreate(ctx: RequestContext, target: readonly string[]): Promise<void>;
  /** The owner set (or changed) the recipient list of `key`. */
  recipientsSet(key: string): void;
}

/**
 * The access layer of the share: the pipeline step that applies the rules
 * of policy.ts to every request (after authentication, before the browser
 * view and WebDAV, so both obey the same rules), the WebDAV extension that
 * keeps owners and recipient lists in step with the share and shows them as
 * properties, and what the browser view needs to show only what the caller
 * may open and offer forms only where they may add.
 */
export class ShareAccess {
  private readonly options: ShareAccessOptions;
  readonly facts: AccessFacts;
  private relay: RelayHooks | undefined;

  constructor(options: ShareAccessOptions) {
    this.options = options;
    this.facts = options.store.facts(options.peerAccess);
    this.relay = options.relay;
  }

  /** The holder of left files plugs in here once it runs (it is made after the share's steps). */
  setRelay(hooks: RelayHooks | undefined): void {
    this.relay = hooks;
  }

  /** For MKTICKET: a ticket never grants more than its maker has. */
  readonly mayGrant: GrantCheck = (ctx, target, privilege) => mayGrant(ctx.principal, target.resource.segments, privilege, this.facts);

  private async exists(segments: readonly string[]): Promise<boolean> {
    return (await this.options.share.resolve(segments)).stats !== null;
  }

  step(): RequestStep {
    const { store, tickets, log } = this.options;
    const challenge = basicChallenge(this.options.realm);
    return {
      name: 'access',
      handle: async (ctx, next) => {
        const { method } = ctx;
        const target = parseSharePath(ctx.rawPath).segments;
        const destination = method === 'COPY' || method === 'MOVE' ? parseDestination(headerOf(ctx.req, 'destination'), ctx.origin).segments : undefined;
        const changes = !READ_METHODS.has(method) && method !== 'MKTICKET' && method !== 'DELTICKET';
        // Records under a name nothing is at are stale (removed behind our back): existence is looked up only when
        // it can matter, a record at that very name or a whole-tree change (DELETE, MOVE) with records about.
        const lookUp = changes && (store.get(keyOf(target)) !== undefined || ((method === 'DELETE' || method === 'MOVE') && store.size > 0));
        const targetExists = lookUp ? await this.exists(target) : true;
        const destinationExists = destination !== undefined ? await this.exists(destination) : false;
        const createOnly = method === 'PUT' && headerOf(ctx.req, 'if-none-match')?.trim() === '*';
        const recipientsPending = method === 'PUT' && headerOf(ctx.req, RECIPIENTS_HEADER)?.trim().toLowerCase() === 'pending';
        // A peer leaving a file for others: whether something is there decides which rule applies.
        const relayTarget = ctx.principal.kind === 'peer' && relayOwnerOf(target) !== null && (method === 'PUT' || method === 'MKCOL');
        const exists = relayTarget ? await this.exists(target) : targetExists;
        const decision = decide(
          { principal: ctx.principal, method, target, ...(destination && { destination }), targetExists: exists, destinationExists, createOnly, recipientsPending },
          this.facts,
        );
        if (!decision.allowed) {
          // XEP-0129's client PUTs with If-None-Match: * and picks another name on 412: tell it the name is taken, not that it lacks rights.
          if (method === 'PUT' && decision.status === 403 && headerOf(ctx.req, 'if-none-match')?.trim() === '*' && (await this.exists(target))) {
            throw preconditionFailed('Something is already at this address (If-None-Match failed).');
          }
          log.debug('request refused by the access rules', { method, path: ctx.rawPath, principal: nameOfPrincipal(ctx.principal).slice(0, 24), status: decision.status });
          throw new HttpError(decision.status, decision.status === 401 ? 'unauthorized' : 'forbidden', decision.message, decision.status === 401 ? { headers: challenge } : {});
        }
        if (method === 'PUT') {
          const mark = headerOf(ctx.req, RECIPIENTS_HEADER);
          if (mark !== undefined && mark.trim().toLowerCase() !== 'pending') throw badRequest('X-Mesh-Share-Recipients takes one value: pending.', 'bad-header');
        }
        const relay = this.relay;
        if (relayTarget && !exists && relay !== undefined) await relay.beforeCreate(ctx, target);
        if (ctx.principal.kind === 'ticket' && countsAsVisit(method)) {
          const used = await tickets.use(ctx.principal.ticket.id);
          if (!used.ok) throw ticketRefusal(used.reason, this.options.realm);
        }
        return next();
      },
    };
  }

  /** Owners and recipient lists for the WebDAV core. */
  davExtension(): DavExtension {
    const { store } = this.options;
    const pending = (ctx: RequestContext): boolean => ctx.method === 'PUT' && headerOf(ctx.req, RECIPIENTS_HEADER)?.trim().toLowerCase() === 'pending';
    return {
      name: 'access',
      properties: [
        {
          ns: MS_NS,
          local: 'owner',
          // Asked for by name (XEP-0129 clients do); left out of allprop so file managers' listings stay as they were.
          inAllprop: false,
          render: (_ctx, subject) => ownerXml(effectiveOwner(subject.key === '' ? [] : subject.key.split('/'), this.facts)),
        },
        {
          ns: MS_NS,
          local: 'recipients',
          inAllprop: true,
          render: (_ctx, subject) => {
            const recipients = store.get(subject.key)?.recipients;
            return recipients === undefined ? null : recipientsXml(recipients);
          },
          patch: {
            check: (_ctx, target: Target, change) => {
              if (target.resource.segments.length === 0) return { status: 409, message: 'The shared folder itself cannot be kept for particular people; set ms:recipients on a file or folder inside it.' };
              if (change.kind === 'remove') return null;
              const parsed = parseRecipients(change.element);
              return Array.isArray(parsed) ? null : { status: 409, message: parsed.problem };
            },
            apply: async (_ctx, target, change) => {
              if (change.kind === 'remove') {
                await store.setRecipients(target.key, undefined);
                return;
              }
              const parsed = parseRecipients(change.element);
              if (Array.isArray(parsed)) {
                await store.setRecipients(target.key, parsed);
                this.relay?.recipientsSet(target.key);
              }
            },
          },
        },
      ],
      beforePut: async (ctx, target) => {
        // Marked before the bytes land, so there is no moment when a pending file is readable by others.
        if (!pending(ctx)) return;
        if (target.resource.stats === null) await store.create(target.key, creatorName(ctx.principal), []);
        else await store.setRecipients(target.key, []);
      },
      written: async (ctx, key, created) => {
        if (created) await store.create(key, creatorName(ctx.principal), pending(ctx) ? [] : undefined);
      },
      deleted: (key) => store.forgetTree(key),
      moved: (from, to) => store.moveTree(from, to),
      copied: (ctx, from, to, deep) => store.copyTree(from, to, creatorName(ctx.principal), deep),
      visible: (ctx, segments) => !store.hasRestrictions || mayRead(ctx.principal, segments, this.facts),
    };
  }

  /** What the browser view asks. */
  browser(): BrowserAccess {
    const { store } = this.options;
    return {
      visible: (ctx, segments) => !store.hasRestrictions || mayRead(ctx.principal, segments, this.facts),
      mayAddTo: (ctx, folder) => mayAddTo(ctx.principal, folder, this.facts),
      linkQuery: (ctx) => ticketLinkQuery(ctx),
      who: (ctx) => {
        const principal = ctx.principal;
        // A user gets the page's own "Signed in as", which isolates right-to-left names.
        if (principal.kind === 'user') return undefined;
        if (principal.kind === 'peer') return `Opened by ${describePrincipal(nameOfPrincipal(principal))}`;
        if (principal.kind === 'ticket') return principal.ticket.privilege === 'write' ? 'Opened with a shared link (you can add and change files)' : 'Opened with a shared link (you can look and download)';
        return undefined;
      },
      topFor: (ctx) => (ctx.principal.kind === 'ticket' ? ctx.principal.ticket.root.length : 0),
    };
  }
}
