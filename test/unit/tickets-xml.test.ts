/** The ticket XML of draft-ito-dav-ticket-00: what MKTICKET accepts and what it answers. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseXml } from '../../web/dav/xml.js';
import { mkticketBody, parseTicketInfo, parseTicketTimeout, parseVisits, ticketDiscoveryXml, TICKET_NS } from '../../web/tickets/ticket-xml.js';
import type { Ticket } from '../../web/tickets/ticket-store.js';
import { assertRefused } from '../helpers/assert-http-error.js';
import { childElements, findAll, parseXml as parseResponse, textOf } from '../helpers/raw-https.js';

const info = (inner: string, root = 'X:ticketinfo'): string => `<?xml version="1.0"?><${root} xmlns:D="DAV:" xmlns:X="${TICKET_NS}">${inner}</${root}>`;
const parse = (text: string) => parseTicketInfo(parseXml(text));

test('the draft example: read for an hour, visits absent = infinity', () => {
  assert.equal(parse(info('<D:privilege><D:read/></D:privilege><X:timeout>Second-3600</X:timeout>')), { privilege: 'read', timeoutSeconds: 3600, visits: null });
});

test('read+write, write alone, infinity and visit counts; elements in DAV: as some clients send them', () => {
  assert.equal(parse(info('<D:privilege><D:read/><D:write/></D:privilege><X:timeout>infinity</X:timeout><X:visits>5</X:visits>')), { privilege: 'write', timeoutSeconds: null, visits: 5 });
  assert.equal(parse(info('<D:privilege><D:write/></D:privilege>')).privilege, 'write');
  assert.equal(parse(info('<D:privilege><D:read/></D:privilege><D:timeout>Second-10</D:timeout><D:visits>infinity</D:visits>', 'D:ticketinfo')), { privilege: 'read', timeoutSeconds: 10, visits: null });
  assert.equal(parse(info('<X:id>ignored</X:id><D:owner><D:href>x</D:href></D:owner><D:privilege><D:read/></D:privilege><X:other/>')).privilege, 'read');
});

test('anything else is a 400 with a sentence', () => {
  const bad = [
    info('<X:timeout>Second-60</X:timeout>'),
    info('<D:privilege/>'),
    info('<D:privilege><D:all/></D:privilege>'),
    info('<D:privilege><Y:read xmlns:Y="urn:y"/></D:privilege>'),
    info('<D:privilege><D:read/></D:privilege><D:privilege><D:write/></D:privilege>'),
    info('<D:privilege><D:read/></D:privilege><X:timeout>Second-0</X:timeout>'),
    info('<D:privilege><D:read/></D:privilege><X:timeout>3600</X:timeout>'),
    info('<D:privilege><D:read/></D:privilege><X:visits>0</X:visits>'),
    info('<D:privilege><D:read/></D:privilege><X:visits>-1</X:visits>'),
    info('<D:privilege><D:read/></D:privilege>', 'D:propfind'),
  ];
  for (const text of bad) assertRefused(() => parse(text), 400);
  assertRefused(() => parseTicketInfo(null), 400);
  assert.is(parseTicketTimeout(' second-4294967295 '), 4294967295);
  assertRefused(() => parseTicketTimeout('Second-4294967296'), 400);
  assert.is(parseVisits('infinite'), null);
  assertRefused(() => parseVisits('1e3'), 400);
});

const ticket: Ticket = { id: 'Abc_-123456789012345678', root: 'Class', privilege: 'write', owner: 'user:ana & co', createdAt: 0, expiresAt: 3600_000, visitsLeft: 4 };

test('MKTICKET answer: prop/ticketdiscovery/ticketinfo with id, owner href, timeout and visits left, privilege', () => {
  const body = mkticketBody(ticket, 600_000);
  const prop = parseResponse(body);
  assert.is(prop.ns, 'DAV:');
  assert.is(prop.local, 'prop');
  const [discovery] = childElements(prop, TICKET_NS, 'ticketdiscovery');
  const [ticketInfo] = childElements(discovery!, TICKET_NS, 'ticketinfo');
  assert.is(textOf(childElements(ticketInfo!, TICKET_NS, 'id')[0]!), ticket.id);
  assert.is(textOf(findAll(ticketInfo!, 'DAV:', 'href')[0]!), 'user:ana & co');
  assert.is(textOf(childElements(ticketInfo!, TICKET_NS, 'timeout')[0]!), 'Second-3000');
  assert.is(textOf(childElements(ticketInfo!, TICKET_NS, 'visits')[0]!), '4');
  const privilege = childElements(ticketInfo!, 'DAV:', 'privilege')[0]!;
  assert.equal(childElements(privilege).map((e) => e.local), ['read', 'write']);
});

test('ticketdiscovery as a property: empty element without tickets, infinity when unlimited', () => {
  assert.is(ticketDiscoveryXml([], 0), `<X:ticketdiscovery xmlns:X="${TICKET_NS}"/>`);
  const forever = ticketDiscoveryXml([{ ...ticket, privilege: 'read', expiresAt: null, visitsLeft: null }], 0);
  const parsed = parseResponse(`<D:prop xmlns:D="DAV:">${forever}</D:prop>`);
  const infoElement = findAll(parsed, TICKET_NS, 'ticketinfo')[0]!;
  assert.is(textOf(findAll(infoElement, TICKET_NS, 'timeout')[0]!), 'infinity');
  assert.is(textOf(findAll(infoElement, TICKET_NS, 'visits')[0]!), 'infinity');
  assert.equal(childElements(findAll(infoElement, 'DAV:', 'privilege')[0]!).map((e) => e.local), ['read']);
});

test.run();
