import { HttpError, forbidden, notFound, preconditionFailed } from '../http-error.js';
import { headerOf } from '../http-headers.js';
import type { RequestContext } from '../pipeline.js';
import { principalName, type DavExtension, type MethodHandler, type Target } from '../dav/dav-server.js';
import { isWithin } from '../dav/share-path.js';
import { hasBody } from '../dav/request-body.js';
import { mkticketBody, parseTicketInfo, ticketDiscoveryXml, TICKET_NS } from './ticket-xml.js';
import { presentedTicket, ticketLinkQuery } from './ticket-step.js';
import { TooManyTicketsError, type TicketStore } from './ticket-store.js';

/** What the methods ask the access rules (web/access/policy.ts mayGrant). */
export type GrantCheck = (ctx: RequestContext, target: Target, privilege: 'read' | 'write') => { allowed: true } | { allowed: false; status: 401 | 403; message: string };

export interface TicketMethodOptions {
  tickets: TicketStore;
  mayGrant: GrantCheck;
  now?: () => number;
}

const TICKET_HOLDERS_CANNOT = 'A shared link cannot make or end shared links; sign in to do that.';

/**
 * MKTICKET and DELTICKET (draft-ito-dav-ticket-00), for DavOptions.extraMethods.
 * MKTICKET answers 200 with the new ticket's ticketdiscovery and a `Ticket:`
 * header; DELTICKET answers 204, or 412 when no such ticket covers the
 * request URL. Only a signed-in user or a peer may use them, never someone
 * holding just a ticket; a ticket ends only by its maker.
 */
export function ticketMethods(options: TicketMethodOptions): Map<string, MethodHandler> {
  const { tickets } = options;
  const now = options.now ?? Date.now;

  const mkticket: MethodHandler = async (dav, ctx, target) => {
    if (ctx.principal.kind === 'ticket') throw forbidden(TICKET_HOLDERS_CANNOT);
    const request = parseTicketInfo(await dav.readXml(ctx));
    if (!target.resource.stats) throw notFound('Nothing is at this address to share.');
    const decision = options.mayGrant(ctx, target, request.privilege);
    if (!decision.allowed) throw new HttpError(decision.status, decision.status === 401 ? 'unauthorized' : 'forbidden', decision.message);
    let ticket;
    try {
      ticket = await tickets.create({ root: target.key, privilege: request.privilege, owner: principalName(ctx), timeoutSeconds: request.timeoutSeconds, visits: request.visits });
    } catch (error) {
      if (error instanceof TooManyTicketsError) throw new HttpError(507, 'insufficient-storage', error.message);
      throw error;
    }
    dav.log.info('shared link made', { root: target.key, privilege: ticket.privilege, by: ticket.owner });
    const body = mkticketBody(ticket, now());
    ctx.res.writeHead(200, { 'Content-Type': 'application/xml; charset=utf-8', 'Content-Length': Buffer.byteLength(body), Ticket: ticket.id, 'Cache-Control': 'no-store' });
    ctx.res.end(body);
  };

  const delticket: MethodHandler = async (dav, ctx, target) => {
    if (ctx.principal.kind === 'ticket') throw forbidden(TICKET_HOLDERS_CANNOT);
    if (hasBody(ctx)) ctx.req.resume();
    const named = presentedTicket(ctx.query, headerOf(ctx.req, 'ticket'));
    if (named === null) throw new HttpError(400, 'bad-header', 'DELTICKET needs a Ticket header naming the ticket to end.');
    const ticket = tickets.get(named.id);
    if (ticket === undefined || !isWithin(target.key, ticket.root)) throw preconditionFailed('There is no such ticket on this resource.');
    if (ticket.owner !== principalName(ctx)) throw forbidden('Only whoever made this shared link can end it.');
    await tickets.delete(ticket.id);
    dav.log.info('shared link ended', { root: ticket.root, by: ticket.owner });
    ctx.res.writeHead(204);
    ctx.res.end();
  };

  return new Map([
    ['MKTICKET', mkticket],
    ['DELTICKET', delticket],
  ]);
}

/**
 * What tickets add to the WebDAV core: the `ticket` class in OPTIONS, the
 * ticketdiscovery property (the caller's own tickets on that resource, only
 * when asked for by name), tickets that follow MOVE and go with DELETE, and
 * hrefs that carry a ticket that came in the URL.
 */
export function ticketDavExtension(tickets: TicketStore, now: () => number = Date.now): DavExtension {
  return {
    name: 'tickets',
    davClasses: ['ticket'],
    properties: [
      {
        ns: TICKET_NS,
        local: 'ticketdiscovery',
        inAllprop: false,
        render(ctx, subject) {
          const mine = ctx.principal.kind === 'user' || ctx.principal.kind === 'peer' ? tickets.list({ root: subject.key, owner: principalName(ctx) }) : [];
          const at = now();
          return ticketDiscoveryXml(mine.filter((ticket) => tickets.stateOf(ticket, at) === 'live'), at);
        },
      },
    ],
    async written(_ctx, key, created) {
      if (created) await tickets.forgetTree(key);
    },
    deleted: (key) => tickets.forgetTree(key),
    moved: (from, to) => tickets.moveTree(from, to),
    linkQuery: (ctx) => ticketLinkQuery(ctx),
  };
}
