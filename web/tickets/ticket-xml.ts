/**
 * The XML of draft-ito-dav-ticket-00: the `ticketinfo` a MKTICKET sends and
 * the `ticketdiscovery` it answers (also a PROPFIND property). Pure.
 *
 * Request:  <X:ticketinfo xmlns:D="DAV:" xmlns:X="http://www.xythos.com/namespaces/StorageServer">
 *             <D:privilege><D:read/></D:privilege>   (or <D:read/><D:write/>; write alone implies read)
 *             <X:timeout>Second-3600</X:timeout>     (or infinity; absent = infinity)
 *             <X:visits>5</X:visits>                 (or infinity; absent = infinity)
 *           </X:ticketinfo>
 * Answer:   <D:prop><X:ticketdiscovery><X:ticketinfo><X:id/><D:owner><D:href/></D:owner>
 *             <X:timeout/><X:visits/><D:privilege/></X:ticketinfo></X:ticketdiscovery></D:prop>
 *
 * As DAViCal and Cosmo do, the elements are accepted in either namespace
 * (some clients put everything in DAV:). The timeout and visits answered are
 * what is left (seconds and visits), as DAV:lockdiscovery reports a lock's
 * timeout.
 */
import { badRequest } from '../http-error.js';
import { DAV_NS, elementChildren, escapeXml, textOf, XML_DECLARATION, type XmlElement } from '../dav/xml.js';
import type { Ticket } from './ticket-store.js';

export const TICKET_NS = 'http://www.xythos.com/namespaces/StorageServer';

export interface TicketRequest {
  readonly privilege: 'read' | 'write';
  /** null: infinity. */
  readonly timeoutSeconds: number | null;
  /** null: infinity. */
  readonly visits: number | null;
}

/** RFC 4918's largest timeout (2^32 - 1 seconds). */
const MAX_TIMEOUT_SECONDS = 4_294_967_295;
const MAX_VISITS = 1_000_000_000;

const ours = (element: XmlElement, local: string): boolean => element.local === local && (element.ns === TICKET_NS || element.ns === DAV_NS);

/** Interpret a MKTICKET body; 400 with a sentence for anything else. */
export function parseTicketInfo(body: XmlElement | null): TicketRequest {
  if (body === null) throw badRequest('MKTICKET needs a ticketinfo body saying the privilege (read, or read and write).', 'bad-xml');
  if (!ours(body, 'ticketinfo')) throw badRequest(`A MKTICKET body must be a ticketinfo element in the namespace ${TICKET_NS}.`, 'bad-xml');
  let privilege: 'read' | 'write' | undefined;
  let timeoutSeconds: number | null = null;
  let visits: number | null = null;
  const seen = new Set<string>();
  for (const child of elementChildren(body)) {
    const name = child.local;
    if (!ours(child, name)) continue;
    if (['privilege', 'timeout', 'visits'].includes(name)) {
      if (seen.has(name)) throw badRequest(`The ticketinfo has two ${name} elements.`, 'bad-xml');
      seen.add(name);
    }
    if (name === 'privilege') privilege = parsePrivilege(child);
    else if (name === 'timeout') timeoutSeconds = parseTicketTimeout(textOf(child));
    else if (name === 'visits') visits = parseVisits(textOf(child));
    // id and owner are the server's to choose; anything else is ignored, as unknown XML is in WebDAV.
  }
  if (privilege === undefined) throw badRequest('The ticketinfo needs a privilege: <D:privilege><D:read/></D:privilege>, or with <D:write/> too.', 'bad-xml');
  return { privilege, timeoutSeconds, visits };
}

function parsePrivilege(element: XmlElement): 'read' | 'write' {
  let read = false;
  let write = false;
  for (const child of elementChildren(element)) {
    if (child.ns !== DAV_NS && child.ns !== TICKET_NS) throw badRequest(`The privilege ${child.local} is not known here; use read, or read and write.`, 'bad-xml');
    if (child.local === 'read') read = true;
    else if (child.local === 'write') write = true;
    else throw badRequest(`The privilege ${child.local} is not known here; use read, or read and write.`, 'bad-xml');
  }
  if (!read && !write) throw badRequest('The privilege element is empty; use <D:read/>, or <D:read/><D:write/>.', 'bad-xml');
  // Write without read is meaningless for a file; it is read+write, as DAViCal reads it.
  return write ? 'write' : 'read';
}

/** `Second-N` (1 <= N < 2^32) or `infinity`; null means infinity. */
export function parseTicketTimeout(text: string): number | null {
  const value = text.trim();
  if (/^infinit(y|e)$/i.test(value)) return null;
  const match = /^Second-(\d{1,10})$/i.exec(value);
  const seconds = match ? Number(match[1]) : NaN;
  if (!(seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw badRequest(`The ticket timeout must be Second-N (N from 1 to ${MAX_TIMEOUT_SECONDS}) or infinity, not "${value.slice(0, 40)}".`, 'bad-xml');
  }
  return seconds;
}

/** A whole number of visits (at least 1) or `infinity`; null means infinity. */
export function parseVisits(text: string): number | null {
  const value = text.trim();
  if (/^infinit(y|e)$/i.test(value)) return null;
  const visits = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!(visits >= 1 && visits <= MAX_VISITS)) throw badRequest(`The ticket visits must be a whole number from 1 to ${MAX_VISITS} or infinity, not "${value.slice(0, 40)}".`, 'bad-xml');
  return visits;
}

/** One ticketinfo; `D:` must be bound to DAV: and `X:` to the ticket namespace where it is used. */
export function ticketInfoXml(ticket: Ticket, now: number): string {
  const timeout = ticket.expiresAt === null ? 'infinity' : `Second-${Math.max(0, Math.ceil((ticket.expiresAt - now) / 1000))}`;
  const visits = ticket.visitsLeft === null ? 'infinity' : String(Math.max(0, ticket.visitsLeft));
  const privilege = ticket.privilege === 'write' ? '<D:read/><D:write/>' : '<D:read/>';
  return (
    '<X:ticketinfo>' +
    `<X:id>${escapeXml(ticket.id)}</X:id>` +
    // We have no principal URLs: the owner's href is its principal name (user:NAME, peer:ID), itself a URI.
    `<D:owner><D:href>${escapeXml(ticket.owner)}</D:href></D:owner>` +
    `<X:timeout>${timeout}</X:timeout>` +
    `<X:visits>${visits}</X:visits>` +
    `<D:privilege>${privilege}</D:privilege>` +
    '</X:ticketinfo>'
  );
}

/** The ticketdiscovery property element (inside a multistatus, where `D:` is bound). */
export function ticketDiscoveryXml(tickets: readonly Ticket[], now: number): string {
  const inner = tickets.map((ticket) => ticketInfoXml(ticket, now)).join('');
  return inner === '' ? `<X:ticketdiscovery xmlns:X="${TICKET_NS}"/>` : `<X:ticketdiscovery xmlns:X="${TICKET_NS}">${inner}</X:ticketdiscovery>`;
}

/** MKTICKET's 200 body: a DAV:prop holding the new ticket's ticketdiscovery. */
export function mkticketBody(ticket: Ticket, now: number): string {
  return `${XML_DECLARATION}<D:prop xmlns:D="DAV:" xmlns:X="${TICKET_NS}"><X:ticketdiscovery>${ticketInfoXml(ticket, now)}</X:ticketdiscovery></D:prop>\n`;
}
