import type { Logger } from '../../agent/logger.js';
import { basicChallenge } from '../auth/basic-auth-step.js';
import { HttpError } from '../http-error.js';
import { headerOf } from '../http-headers.js';
import type { RequestContext, RequestStep } from '../pipeline.js';
import { rootSegments, type TicketCheck, type TicketStore } from './ticket-store.js';

/** Where a request carried its ticket. */
export interface PresentedTicket {
  readonly id: string;
  readonly via: 'query' | 'header';
}

/**
 * The ticket a request presents: `?ticket=ID` or a `Ticket: ID` header
 * (draft-ito-dav-ticket-00); the URL wins when both are there and differ,
 * since it is what the person was given. Pure.
 */
export function presentedTicket(query: URLSearchParams, header: string | undefined): PresentedTicket | null {
  const fromQuery = query.get('ticket')?.trim();
  if (fromQuery) return { id: fromQuery, via: 'query' };
  // Cosmo lets a client list several ("a, b"); the first is the one used.
  const fromHeader = header?.split(',')[0]?.trim();
  if (fromHeader) return { id: fromHeader, via: 'header' };
  return null;
}

const presented = new WeakMap<RequestContext, PresentedTicket>();

/** The ticket this request is acting on, with where it came from; undefined when it does not act on one. */
export function ticketPresentation(ctx: RequestContext): PresentedTicket | undefined {
  return ctx.principal.kind === 'ticket' ? presented.get(ctx) : undefined;
}

/**
 * `?ticket=ID` for links in answers to a request whose ticket came in the
 * URL (a browser, or a client given a shared link), so following them keeps
 * the access; '' otherwise (a client sending the header keeps sending it).
 */
export function ticketLinkQuery(ctx: RequestContext): string {
  const presentation = ticketPresentation(ctx);
  return presentation?.via === 'query' ? `?ticket=${encodeURIComponent(presentation.id)}` : '';
}

export interface TicketStepOptions {
  tickets: TicketStore;
  /** The Basic realm, for the challenge a refused ticket is answered with. */
  realm: string;
  log: Logger;
  /** Whether the ticket's maker may still act here (an htpasswd user who was removed may not); default yes. */
  makerActive?: (owner: string) => Promise<boolean>;
}

const REFUSALS: Record<Exclude<TicketCheck, { ok: true }>['reason'] | 'maker-gone', string> = {
  unknown: 'This shared link is not valid (it may have been ended by whoever made it). Ask for a new link, or sign in.',
  expired: 'This shared link has expired. Ask whoever shared it for a new one, or sign in.',
  'used-up': 'This shared link has been used as many times as it allowed. Ask whoever shared it for a new one, or sign in.',
  'maker-gone': 'The person who made this shared link can no longer sign in here, so the link no longer works. Ask for a new one, or sign in.',
};

/** The 401 for a ticket that no longer works, with the sentence saying why. */
export function ticketRefusal(reason: keyof typeof REFUSALS, realm: string): HttpError {
  return new HttpError(401, 'unauthorized', REFUSALS[reason], { headers: basicChallenge(realm) });
}

/**
 * Turns a presented ticket into the request's principal, before Basic
 * authentication. Credentials win: a request with an Authorization header is
 * left to Basic auth and its ticket ignored (so the owner can DELTICKET with
 * a Ticket header, and a signed-in browser opening a link stays who it is).
 * A principal set earlier (a libp2p peer) is kept too.
 *
 * A ticket that is unknown, expired or used up, presented without
 * credentials, is a wrong credential: 401 with the Basic challenge and a
 * sentence saying which, so a browser offers to sign in instead. Visits are
 * counted by the access step, once the request is allowed.
 */
export function createTicketStep(options: TicketStepOptions): RequestStep {
  const { tickets, log } = options;
  return {
    name: 'tickets',
    async handle(ctx, next) {
      if (ctx.principal.kind !== 'anonymous') return next();
      const presentation = presentedTicket(ctx.query, headerOf(ctx.req, 'ticket'));
      if (presentation === null) return next();
      if ((ctx.req.headers.authorization ?? '').trim() !== '') return next();
      const check = tickets.check(presentation.id);
      if (!check.ok) {
        log.info('shared link refused', { reason: check.reason, via: presentation.via, address: ctx.remoteAddress });
        throw ticketRefusal(check.reason, options.realm);
      }
      const { ticket } = check;
      if (options.makerActive && !(await options.makerActive(ticket.owner))) {
        log.info('shared link refused: its maker is gone', { maker: ticket.owner });
        throw ticketRefusal('maker-gone', options.realm);
      }
      ctx.principal = { kind: 'ticket', ticket: { id: ticket.id, privilege: ticket.privilege, root: rootSegments(ticket.root), owner: ticket.owner } };
      presented.set(ctx, presentation);
      return next();
    },
  };
}
