/**
 * The access rules (web/access/policy.ts) as a pure function: every rule,
 * allowed and refused, for users, ticket holders, peers and nobody.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Principal } from '../../web/pipeline.js';
import { countsAsVisit, decide, effectiveOwner, mayAddTo, mayGrant, mayRead, NO_PEER_SHARING, relayOwnerOf, type AccessFacts, type AccessQuestion, type AccessRecord, type Decision, type PeerAccess } from '../../web/access/policy.js';
import { creatorName, describePrincipal, identityOf, parsePrincipalName } from '../../web/access/principals.js';

const P = `12D3KooW${'A'.repeat(44)}`;
const Q = `12D3KooW${'B'.repeat(44)}`;
const ana: Principal = { kind: 'user', name: 'ana' };
const bruno: Principal = { kind: 'user', name: 'bruno' };
const carla: Principal = { kind: 'user', name: 'carla' };
const peerP: Principal = { kind: 'peer', peerId: P };
const peerQ: Principal = { kind: 'peer', peerId: Q };
const nobody: Principal = { kind: 'anonymous' };
const ticket = (privilege: 'read' | 'write', root: string, owner = 'user:ana'): Principal => ({
  kind: 'ticket',
  ticket: { id: 'T'.repeat(24), privilege, root: root === '' ? [] : root.split('/'), owner },
});

function facts(records: Record<string, AccessRecord>, peerAccess: PeerAccess = 'read'): AccessFacts {
  return {
    record: (key) => records[key],
    recordsBelow: (key) => Object.entries(records).filter(([k]) => k !== key && (key === '' || k.startsWith(`${key}/`))),
    peerAccess,
  };
}

const path = (p: string): string[] => (p === '' ? [] : p.split('/'));
function ask(f: AccessFacts, principal: Principal, method: string, target: string, more: Partial<AccessQuestion> = {}): Decision {
  return decide({ principal, method, target: path(target), ...more }, f);
}
function allowed(decision: Decision, why = ''): void {
  assert.ok(decision.allowed, `expected allowed ${why}: ${decision.allowed ? '' : decision.message}`);
}
function refused(decision: Decision, status: 401 | 403, mentions?: RegExp): void {
  assert.not.ok(decision.allowed, 'expected a refusal');
  if (decision.allowed) return;
  assert.is(decision.status, status);
  if (mentions) assert.match(decision.message, mentions);
}

const CHANGES = ['PUT', 'DELETE', 'PROPPATCH', 'MKCOL', 'LOCK', 'UNLOCK', 'MOVE', 'COPY', 'POST'];
const READS = ['OPTIONS', 'GET', 'HEAD', 'PROPFIND', 'REPORT'];

test('nobody signed in: 401 for every method', () => {
  const f = facts({});
  for (const method of [...READS, ...CHANGES, 'MKTICKET']) refused(ask(f, nobody, method, 'a.txt', { destination: ['b.txt'] }), 401, /user name and password/);
});

test('what nobody owns (files from before owners were recorded) belongs to every user', () => {
  const f = facts({});
  for (const user of [ana, bruno]) {
    for (const method of READS) allowed(ask(f, user, method, 'old.txt'));
    for (const method of ['PUT', 'DELETE', 'PROPPATCH', 'LOCK', 'UNLOCK', 'MOVE', 'COPY']) allowed(ask(f, user, method, 'old.txt', { destination: ['moved.txt'] }), method);
    allowed(ask(f, user, 'MKCOL', 'new', { targetExists: false }));
    allowed(ask(f, user, 'POST', ''));
    allowed(ask(f, user, 'PROPPATCH', ''), 'the share root itself');
  }
  assert.is(effectiveOwner(['old.txt'], f), null);
});

test('two users: only the owner changes a file; the other may still read and copy it elsewhere', () => {
  const f = facts({ 'ana.txt': { owner: 'user:ana' } });
  for (const method of ['PUT', 'DELETE', 'PROPPATCH', 'LOCK', 'UNLOCK', 'MOVE']) {
    refused(ask(f, bruno, method, 'ana.txt', { destination: ['elsewhere.txt'] }), 403, /“ana\.txt” belongs to ana: only ana can change, move or delete it/);
    allowed(ask(f, ana, method, 'ana.txt', { destination: ['elsewhere.txt'] }), method);
  }
  for (const method of READS) allowed(ask(f, bruno, method, 'ana.txt'));
  allowed(ask(f, bruno, 'COPY', 'ana.txt', { destination: ['mine.txt'] }));
  refused(ask(f, bruno, 'COPY', 'old.txt', { destination: ['ana.txt'], destinationExists: true }), 403, /belongs to ana/);
  refused(ask(f, bruno, 'MOVE', 'old.txt', { destination: ['ana.txt'], destinationExists: true }), 403, /belongs to ana/);
});

test('the owner rule is recursive: a folder owner owns what is below, however it got there', () => {
  const f = facts({ A: { owner: 'user:ana' }, 'A/sub/bruno.txt': { owner: 'user:bruno' } });
  // Bruno cannot add to, or change anything in, Ana's folder.
  refused(ask(f, bruno, 'PUT', 'A/new.txt', { targetExists: false }), 403, /“A” belongs to ana: only ana can add things to it/);
  refused(ask(f, bruno, 'MKCOL', 'A/new', { targetExists: false }), 403, /only ana can add/);
  refused(ask(f, bruno, 'POST', 'A'), 403, /only ana can add/);
  refused(ask(f, bruno, 'POST', 'A/sub'), 403);
  refused(ask(f, bruno, 'DELETE', 'A/disk-file.txt'), 403, /belongs to ana/);
  refused(ask(f, bruno, 'PROPPATCH', 'A/sub'), 403);
  refused(ask(f, bruno, 'DELETE', 'A'), 403);
  refused(ask(f, bruno, 'MOVE', 'A/disk-file.txt', { destination: ['mine.txt'] }), 403);
  refused(ask(f, bruno, 'COPY', 'old.txt', { destination: ['A', 'old.txt'] }), 403, /only ana can add/);
  for (const method of READS) allowed(ask(f, bruno, method, 'A/disk-file.txt'));
  // His own file inside her folder stays his too; she may change it as the owner of a folder above.
  allowed(ask(f, bruno, 'PUT', 'A/sub/bruno.txt'));
  allowed(ask(f, ana, 'DELETE', 'A/sub/bruno.txt'));
  allowed(ask(f, ana, 'DELETE', 'A'));
  allowed(ask(f, ana, 'PUT', 'A/new.txt', { targetExists: false }));
  assert.is(effectiveOwner(['A', 'disk-file.txt'], f), 'user:ana');
  assert.is(effectiveOwner(['A', 'sub', 'bruno.txt'], f), 'user:bruno');
});

test('in a folder nobody owns, users add freely but cannot touch what another user put there, nor delete the folder whole', () => {
  const f = facts({ 'Old/bruno.txt': { owner: 'user:bruno' } });
  allowed(ask(f, ana, 'PUT', 'Old/ana.txt', { targetExists: false }));
  allowed(ask(f, ana, 'PUT', 'Old/disk.txt'));
  refused(ask(f, ana, 'PUT', 'Old/bruno.txt'), 403, /belongs to bruno/);
  refused(ask(f, ana, 'DELETE', 'Old'), 403, /“Old” holds “bruno\.txt”, which belongs to bruno/);
  refused(ask(f, ana, 'MOVE', 'Old', { destination: ['New'] }), 403, /cannot be deleted, moved or replaced as a whole/);
  refused(ask(f, ana, 'COPY', 'x', { destination: ['Old'], destinationExists: true }), 403, /as a whole/);
  allowed(ask(f, bruno, 'DELETE', 'Old'), 'everything owned inside is his');
  allowed(ask(f, ana, 'COPY', 'Old', { destination: ['Copy'] }), 'copying reads the source only');
});

test('records left under a name nothing is at are ignored for writes', () => {
  const f = facts({ 'gone.txt': { owner: 'user:bruno' } });
  refused(ask(f, ana, 'PUT', 'gone.txt', { targetExists: true }), 403);
  allowed(ask(f, ana, 'PUT', 'gone.txt', { targetExists: false }));
  allowed(ask(f, ana, 'MKCOL', 'gone.txt', { targetExists: false }));
  allowed(ask(f, ana, 'COPY', 'x', { destination: ['gone.txt'], destinationExists: false }));
});

test('a read-only ticket: reads in its folder, every write method refused', () => {
  const f = facts({});
  const holder = ticket('read', 'Class');
  for (const method of READS) allowed(ask(f, holder, method, 'Class/notes.txt'), method);
  allowed(ask(f, holder, 'PROPFIND', 'Class'));
  for (const method of CHANGES) {
    refused(ask(f, holder, method, 'Class/notes.txt', { destination: ['Class', 'other.txt'] }), 403, /only lets you look and download/);
  }
});

test('a ticket covers its resource and what is below it, never a sibling, a parent or a destination outside', () => {
  const f = facts({});
  const holder = ticket('write', 'Class/4A');
  allowed(ask(f, holder, 'GET', 'Class/4A'));
  allowed(ask(f, holder, 'PUT', 'Class/4A/deep/x.txt', { targetExists: false }));
  for (const outside of ['Class/4B/x.txt', 'Class/4AB', 'Class', '', 'Class/4', 'other']) {
    refused(ask(f, holder, 'GET', outside), 403, /opens only “4A” and what is inside it/);
  }
  refused(ask(f, holder, 'COPY', 'Class/4A/x.txt', { destination: ['Class', '4B', 'x.txt'] }), 403, /cannot copy or move things elsewhere/);
  refused(ask(f, holder, 'MOVE', 'Class/4A/x.txt', { destination: ['x.txt'] }), 403, /elsewhere/);
  allowed(ask(f, holder, 'MOVE', 'Class/4A/x.txt', { destination: ['Class', '4A', 'y.txt'] }));
  const rootTicket = ticket('read', '');
  allowed(ask(f, rootTicket, 'GET', 'any/where.txt'));
});

test('a write ticket acts as its maker: it cannot do what the maker could not, and cannot make or end tickets', () => {
  const f = facts({ 'ana.txt': { owner: 'user:ana' }, B: { owner: 'user:bruno' } });
  const byBruno = ticket('write', '', 'user:bruno');
  refused(ask(f, byBruno, 'PUT', 'ana.txt'), 403, /made by bruno, who cannot do this here/);
  allowed(ask(f, byBruno, 'PUT', 'B/x.txt', { targetExists: false }));
  allowed(ask(f, byBruno, 'DELETE', 'old.txt'), 'the maker is a user, who owns what nobody owns');
  const byAna = ticket('write', '');
  refused(ask(f, byAna, 'PUT', 'B/x.txt', { targetExists: false }), 403);
  for (const method of ['MKTICKET', 'DELTICKET']) refused(ask(f, byAna, method, ''), 403, /cannot make or end shared links/);
  assert.is(creatorName(byBruno), 'user:bruno', 'what a ticket creates belongs to its maker');
  const byPeer = ticket('write', '', `peer:${P}`);
  refused(ask(f, byPeer, 'PUT', 'old.txt'), 403, /cannot change things here/);
});

test('recipients pending: nobody but the owner can read the file', () => {
  const f = facts({ 'Drop/for-maria.pdf': { owner: 'user:ana', recipients: [] } });
  for (const method of ['GET', 'HEAD', 'PROPFIND', 'MKTICKET']) {
    allowed(ask(f, ana, method, 'Drop/for-maria.pdf'));
    refused(ask(f, bruno, method, 'Drop/for-maria.pdf'), 403, /“for-maria\.pdf” is waiting for its owner \(ana\) to choose who may open it/);
    refused(ask(f, peerP, method, 'Drop/for-maria.pdf'), 403, /waiting/);
  }
  allowed(ask(f, bruno, 'OPTIONS', 'Drop/for-maria.pdf'));
  refused(ask(f, ticket('read', 'Drop', 'user:bruno'), 'GET', 'Drop/for-maria.pdf'), 403, /waiting/);
  allowed(ask(f, ticket('read', 'Drop'), 'GET', 'Drop/for-maria.pdf'), "a link the owner made lets her visitors in");
  refused(ask(f, bruno, 'COPY', 'Drop/for-maria.pdf', { destination: ['mine.pdf'] }), 403, /waiting/);
  assert.not.ok(mayRead(bruno, path('Drop/for-maria.pdf'), f));
  assert.ok(mayRead(bruno, path('Drop'), f), 'the folder itself is not restricted');
});

test('recipient list set: the owner and the listed principals read; everyone else gets 403', () => {
  const f = facts({ 'for-them.pdf': { owner: 'user:ana', recipients: ['user:bruno', `peer:${P}`] } });
  for (const who of [ana, bruno, peerP]) allowed(ask(f, who, 'GET', 'for-them.pdf'), describePrincipal(identityOf(who).names[0]!));
  for (const who of [carla, peerQ]) refused(ask(f, who, 'GET', 'for-them.pdf'), 403, /was left for particular people, and you are not one of them/);
  refused(ask(f, bruno, 'PUT', 'for-them.pdf'), 403, /belongs to ana/);
  refused(ask(f, bruno, 'PROPPATCH', 'for-them.pdf'), 403, /only ana can change/);
});

test('a recipient list on a folder covers what is below it, and every list on the way must let the caller in', () => {
  const f = facts({
    Kept: { owner: 'user:ana', recipients: ['user:bruno', 'user:carla'] },
    'Kept/only-carla.txt': { owner: 'user:ana', recipients: ['user:carla'] },
  });
  allowed(ask(f, bruno, 'GET', 'Kept/any.txt'));
  refused(ask(f, bruno, 'GET', 'Kept/only-carla.txt'), 403);
  allowed(ask(f, carla, 'GET', 'Kept/only-carla.txt'));
  refused(ask(f, { kind: 'user', name: 'dora' }, 'GET', 'Kept/any.txt'), 403, /“Kept” was left for particular people/);
});

test('a file nobody owns can still be restricted by a user; it then opens for every user and the listed peers', () => {
  const f = facts({ 'old.pdf': { recipients: [`peer:${P}`] } });
  allowed(ask(f, bruno, 'GET', 'old.pdf'));
  allowed(ask(f, peerP, 'GET', 'old.pdf'));
  refused(ask(f, peerQ, 'GET', 'old.pdf'), 403, /particular people/);
  refused(ask(facts({ 'old.pdf': { recipients: [] } }), peerQ, 'GET', 'old.pdf'), 403, /waiting for its owner to choose/);
});

test('peers read by default and change nothing; with peerAccess none they read only what is left for them', () => {
  const records = { 'for-p.txt': { owner: 'user:ana', recipients: [`peer:${P}`] }, 'Mine': { owner: `peer:${P}` } };
  const open = facts(records, 'read');
  for (const method of READS) allowed(ask(open, peerP, method, 'public.txt'));
  for (const method of ['PUT', 'DELETE', 'PROPPATCH', 'MKCOL', 'LOCK', 'POST']) {
    refused(ask(open, peerP, method, 'public.txt', { targetExists: method !== 'MKCOL' }), 403, /Other laptops can look at and download from this share, but cannot change it/);
  }
  allowed(ask(open, peerP, 'PUT', 'Mine/x', { targetExists: false }), 'a peer changes what it owns');
  const closed = facts(records, 'none');
  for (const method of ['GET', 'HEAD', 'PROPFIND', 'MKTICKET']) refused(ask(closed, peerP, method, 'public.txt'), 403, new RegExp(NO_PEER_SHARING.replace('.', '\\.')));
  refused(ask(closed, peerP, 'PUT', 'public.txt'), 403, /does not share its files with other laptops/);
  allowed(ask(closed, peerP, 'OPTIONS', 'public.txt'));
  allowed(ask(closed, peerP, 'GET', 'for-p.txt'), 'a file left for the peer is its, whatever the default');
  refused(ask(closed, peerQ, 'GET', 'for-p.txt'), 403, /does not share its files/);
  allowed(ask(closed, peerP, 'GET', 'Mine/x'), 'and what it owns');
  assert.not.ok(mayRead(peerQ, ['public.txt'], closed));
  assert.ok(mayRead(peerQ, ['public.txt'], open));
  refused(ask(closed, peerP, 'GET', 'public.txt'), 403);
  assert.not.ok(mayRead(nobody, ['public.txt'], open));
});

test('MKTICKET grants at most what the maker has; DELTICKET is left to the method (it knows the ticket)', () => {
  const f = facts({ 'ana.txt': { owner: 'user:ana' }, 'kept.txt': { owner: 'user:ana', recipients: [] } });
  allowed(mayGrant(bruno, ['ana.txt'], 'read', f));
  refused(mayGrant(bruno, ['ana.txt'], 'write', f), 403, /cannot make a link that changes “ana\.txt”, because you cannot change it yourself/);
  allowed(mayGrant(ana, ['ana.txt'], 'write', f));
  refused(mayGrant(bruno, ['kept.txt'], 'read', f), 403, /waiting/);
  allowed(mayGrant(ana, ['kept.txt'], 'read', f));
  allowed(mayGrant(ana, [], 'write', f), 'users may share the whole share');
  refused(mayGrant(peerP, [], 'write', f), 403);
  allowed(mayGrant(peerP, [], 'read', f));
  refused(mayGrant(ticket('write', ''), [], 'read', f), 403, /cannot make or end/);
  refused(mayGrant(nobody, [], 'read', f), 401);
  allowed(ask(f, bruno, 'DELTICKET', 'ana.txt'));
});

test('the upload form is offered where the caller may add', () => {
  const f = facts({ A: { owner: 'user:ana' } });
  assert.ok(mayAddTo(ana, ['A'], f));
  assert.not.ok(mayAddTo(bruno, ['A'], f));
  assert.ok(mayAddTo(bruno, [], f));
  assert.not.ok(mayAddTo(ticket('read', ''), [], f));
  assert.ok(mayAddTo(ticket('write', 'A'), ['A'], f));
  assert.not.ok(mayAddTo(peerP, [], f));
});

test('a visit is every request a ticket lets through but OPTIONS and HEAD', () => {
  for (const method of ['GET', 'PROPFIND', 'PUT', 'DELETE', 'REPORT', 'POST']) assert.ok(countsAsVisit(method), method);
  for (const method of ['OPTIONS', 'HEAD']) assert.not.ok(countsAsVisit(method), method);
});

test('principal names in recipient lists: user:NAME or peer:PEERID, nothing else', () => {
  assert.is(parsePrincipalName(' user:ana '), 'user:ana');
  assert.is(parsePrincipalName(`peer:${P}`), `peer:${P}`);
  for (const bad of ['ana', 'user:', 'user:a:b', 'user:a\nb', `user:${'x'.repeat(65)}`, 'peer:12D3KooWshort', 'ticket:abc', 'peer:', '']) {
    assert.is(parsePrincipalName(bad), null, bad);
  }
  assert.is(describePrincipal('user:ana'), 'ana');
  assert.match(describePrincipal(`peer:${P}`), /^the laptop 12D3KooW…AAAA$/);
});

test('relay folder: a peer leaves a new file in its own folder only with If-None-Match: * and pending', () => {
  const f = facts({});
  const mine = `.mesh-share-relay/${P}/t1/notes.txt`;
  const ok = { targetExists: false, createOnly: true, recipientsPending: true };
  allowed(ask(f, peerP, 'PUT', mine, ok), 'own relay folder');
  allowed(ask(facts({}, 'none'), peerP, 'PUT', mine, ok), 'even with peer access none');
  allowed(ask(f, peerP, 'MKCOL', `.mesh-share-relay/${P}/t1`, { targetExists: false }), 'a folder inside its own');
  refused(ask(f, peerP, 'PUT', mine, { targetExists: false, recipientsPending: true }), 403, /If-None-Match/);
  refused(ask(f, peerP, 'PUT', mine, { targetExists: false, createOnly: true }), 403, /pending/);
  refused(ask(f, peerP, 'PUT', mine, { targetExists: false }), 403, /If-None-Match/);
  // Another peer's folder, the relay folder itself, and anywhere else.
  refused(ask(f, peerQ, 'PUT', mine, ok), 403, /another laptop/);
  refused(ask(f, peerQ, 'MKCOL', `.mesh-share-relay/${P}/t2`, { targetExists: false }), 403, /another laptop/);
  refused(ask(f, peerP, 'PUT', '.mesh-share-relay/x.txt', ok), 403);
  refused(ask(f, peerP, 'MKCOL', '.mesh-share-relay', { targetExists: false }), 403);
  refused(ask(f, peerP, 'MKCOL', `.mesh-share-relay/${P}`, { targetExists: false }), 403);
  refused(ask(f, peerP, 'PUT', `.mesh-share-relay/${P}`, ok), 403);
  refused(ask(f, peerP, 'PUT', 'notes.txt', ok), 403);
  refused(ask(f, peerP, 'PUT', `elsewhere/${P}/t1/notes.txt`, ok), 403);
});

test('relay folder: the peer then owns its file; recipients read it, others (users too) do not', () => {
  const key = `.mesh-share-relay/${P}/t1/notes.txt`;
  const pending = facts({ [key]: { owner: `peer:${P}`, recipients: [] } });
  allowed(ask(pending, peerP, 'PROPPATCH', key), 'owner sets the list');
  allowed(ask(pending, peerP, 'DELETE', key), 'owner deletes');
  allowed(ask(pending, peerP, 'GET', key), 'owner reads');
  refused(ask(pending, peerQ, 'GET', key), 403, /waiting/);
  refused(ask(pending, ana, 'GET', key), 403, /waiting/);
  const listed = facts({ [key]: { owner: `peer:${P}`, recipients: [`peer:${Q}`] } });
  allowed(ask(listed, peerQ, 'GET', key), 'listed peer');
  allowed(ask(facts({ [key]: { owner: `peer:${P}`, recipients: [`peer:${Q}`] } }, 'none'), peerQ, 'GET', key), 'listed peer, peer access none');
  refused(ask(listed, ana, 'GET', key), 403, /particular people/);
  refused(ask(listed, peerQ, 'DELETE', key), 403);
  refused(ask(listed, peerQ, 'PROPPATCH', key), 403);
  refused(ask(listed, peerQ, 'PUT', key, { createOnly: true, recipientsPending: true }), 403);
  // Overwriting its own file is the owner rule's business (If-None-Match then answers 412 in the access step).
  allowed(ask(listed, peerP, 'PUT', key, { createOnly: true, recipientsPending: true }));
});

test('relayOwnerOf names the PeerId of a relay folder', () => {
  assert.is(relayOwnerOf(['.mesh-share-relay', P, 't', 'a']), P);
  assert.is(relayOwnerOf(['.mesh-share-relay', P]), P);
  assert.is(relayOwnerOf(['.mesh-share-relay']), null);
  assert.is(relayOwnerOf(['other', P]), null);
});

test.run();
