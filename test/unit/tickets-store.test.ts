/** The ticket store: unguessable ids, timeouts and visits enforced, everything kept across restarts. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../agent/logger.js';
import { TicketStore, TICKET_ID } from '../../web/tickets/ticket-store.js';

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tickets-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('ids are 144 random bits, URL-safe, never repeated', async () => {
  await withDir(async (dir) => {
    const store = await TicketStore.open(join(dir, 'tickets.json'), silentLogger);
    const ids = new Set<string>();
    for (let i = 0; i < 300; i += 1) {
      const ticket = await store.create({ root: 'Class', privilege: 'read', owner: 'user:ana', timeoutSeconds: null, visits: null });
      assert.match(ticket.id, /^[A-Za-z0-9_-]{24}$/);
      assert.ok(TICKET_ID.test(ticket.id));
      ids.add(ticket.id);
    }
    assert.is(ids.size, 300);
    assert.is((await stat(join(dir, 'tickets.json'))).mode & 0o777, 0o600, 'the file is private');
  });
});

test('tickets and their remaining visits survive a restart', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'tickets.json');
    let store = await TicketStore.open(file, silentLogger);
    const ticket = await store.create({ root: 'Class/4A', privilege: 'write', owner: 'user:ana', timeoutSeconds: 3600, visits: 3 });
    assert.ok((await store.use(ticket.id)).ok);
    store = await TicketStore.open(file, silentLogger);
    const again = store.get(ticket.id)!;
    assert.equal({ ...again }, { ...ticket, visitsLeft: 2 });
    assert.ok((await store.use(ticket.id)).ok);
    assert.ok((await store.use(ticket.id)).ok);
    assert.equal(await store.use(ticket.id), { ok: false, reason: 'used-up' });
    store = await TicketStore.open(file, silentLogger);
    assert.equal(store.check(ticket.id), { ok: false, reason: 'used-up' });
  });
});

test('two requests racing for the last visit: exactly one gets it', async () => {
  await withDir(async (dir) => {
    const store = await TicketStore.open(join(dir, 'tickets.json'), silentLogger);
    const ticket = await store.create({ root: '', privilege: 'read', owner: 'user:ana', timeoutSeconds: null, visits: 1 });
    const results = await Promise.all([store.use(ticket.id), store.use(ticket.id), store.use(ticket.id)]);
    assert.is(results.filter((r) => r.ok).length, 1);
  });
});

test('timeouts: live until the second they end, then "expired" for a day, then unknown', async () => {
  await withDir(async (dir) => {
    let now = 1_000_000;
    const store = await TicketStore.open(join(dir, 'tickets.json'), silentLogger, () => now);
    const ticket = await store.create({ root: 'a', privilege: 'read', owner: 'user:ana', timeoutSeconds: 60, visits: null });
    now += 59_999;
    assert.ok(store.check(ticket.id).ok);
    now += 1;
    assert.equal(store.check(ticket.id), { ok: false, reason: 'expired' });
    assert.equal(await store.use(ticket.id), { ok: false, reason: 'expired' });
    now += 25 * 3600_000;
    assert.equal(store.check(ticket.id), { ok: false, reason: 'unknown' });
    const reopened = await TicketStore.open(join(dir, 'tickets.json'), silentLogger, () => now);
    assert.is(reopened.get(ticket.id), undefined, 'long-ended tickets are dropped on load');
  });
});

test('unknown, malformed and deleted ids are refused as unknown', async () => {
  await withDir(async (dir) => {
    const store = await TicketStore.open(join(dir, 'tickets.json'), silentLogger);
    const ticket = await store.create({ root: '', privilege: 'read', owner: 'user:ana', timeoutSeconds: null, visits: null });
    for (const id of ['', 'short', 'x'.repeat(200), '../../etc/passwd', `${ticket.id}x`, ticket.id.toLowerCase() === ticket.id ? 'A'.repeat(24) : ticket.id.toLowerCase()]) {
      assert.equal(store.check(id), { ok: false, reason: 'unknown' }, id);
    }
    assert.ok(await store.delete(ticket.id));
    assert.not.ok(await store.delete(ticket.id));
    assert.equal(store.check(ticket.id), { ok: false, reason: 'unknown' });
  });
});

test('tickets go with DELETE of their resource (or a folder above) and follow MOVE', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'tickets.json');
    const store = await TicketStore.open(file, silentLogger);
    const make = (root: string) => store.create({ root, privilege: 'read', owner: 'user:ana', timeoutSeconds: null, visits: null });
    const a = await make('A');
    const inner = await make('A/x.txt');
    const ab = await make('AB');
    const b = await make('B/y');
    await store.moveTree('A', 'C');
    assert.is(store.get(a.id)!.root, 'C');
    assert.is(store.get(inner.id)!.root, 'C/x.txt');
    assert.is(store.get(ab.id)!.root, 'AB', 'a name that only starts the same is another resource');
    await store.forgetTree('B');
    assert.is(store.get(b.id), undefined);
    const reopened = await TicketStore.open(file, silentLogger);
    assert.equal(reopened.list().map((t) => t.root).sort(), ['AB', 'C', 'C/x.txt']);
    assert.equal(reopened.list({ root: 'C', owner: 'user:ana' }).map((t) => t.id), [a.id]);
    assert.equal(reopened.list({ owner: 'user:bruno' }), []);
  });
});

test('a damaged file is kept aside and the agent starts without tickets; bad entries are dropped', async () => {
  await withDir(async (dir) => {
    const file = join(dir, 'tickets.json');
    await writeFile(file, '{"version":1,"tickets":[');
    const store = await TicketStore.open(file, silentLogger);
    assert.equal(store.list(), []);
    assert.ok((await readdir(dir)).some((name) => name.startsWith('tickets.json.damaged-')));
    const good = { id: 'A'.repeat(24), root: 'x', privilege: 'read', owner: 'user:ana', createdAt: Date.now(), expiresAt: null, visitsLeft: null };
    await writeFile(file, JSON.stringify({ version: 1, tickets: [good, { ...good, id: 'bad id' }, { ...good, id: 'B'.repeat(24), privilege: 'all' }, { ...good, id: 'C'.repeat(24), root: '/abs' }] }));
    const reread = await TicketStore.open(file, silentLogger);
    assert.equal(reread.list().map((t) => t.id), ['A'.repeat(24)]);
    assert.match(await readFile(file, 'utf8'), /AAAA/);
  });
});

test.run();
