/**
 * Shared links (agent/share-links.ts): a file system path becomes a share
 * key only inside the share (symbolic links and `..` resolved first), URLs
 * are built like every other href and read back under any address, the
 * options are checked, and MakeShareUrls / Revoke / ListTickets work on a
 * real ticket store and share folder.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../agent/logger.js';
import { linkUrl, parseLinkOptions, shareSegmentsOf, sharePathText, ShareLinks, ticketIdOf } from '../../agent/share-links.js';
import { MeshShareError, type MeshShareErrorCode } from '../../dbus/errors.js';
import { ShareFs } from '../../web/dav/share-fs.js';
import { TicketStore } from '../../web/tickets/ticket-store.js';

const ID = 'k3Jd9QxLm2PzR7vWt5YbN8cA';

test('shareSegmentsOf: inside, the root itself, outside, a look-alike prefix, dot parts', () => {
  assert.equal(shareSegmentsOf('/home/ana/Public', '/home/ana/Public'), []);
  assert.equal(shareSegmentsOf('/home/ana/Public/Class', '/home/ana/Public'), ['Class']);
  assert.equal(shareSegmentsOf('/home/ana/Public/Class/notes.txt', '/home/ana/Public'), ['Class', 'notes.txt']);
  assert.equal(shareSegmentsOf('/home/ana/Public/Class', '/home/ana/Public/'), ['Class'], 'a root given with a trailing slash');
  assert.is(shareSegmentsOf('/home/ana/Public2/x', '/home/ana/Public'), null, 'a sibling whose name starts like the share');
  assert.is(shareSegmentsOf('/home/ana', '/home/ana/Public'), null);
  assert.is(shareSegmentsOf('/etc/passwd', '/home/ana/Public'), null);
  assert.is(shareSegmentsOf('/home/ana/Public/../secret', '/home/ana/Public'), null, '.. is never taken lexically');
  assert.is(shareSegmentsOf('/home/ana/Public/./x', '/home/ana/Public'), null);
  assert.equal(shareSegmentsOf('/x/y', '/'), ['x', 'y'], 'a share at / holds everything');
});

test('sharePathText and linkUrl: folders end in /, names are percent-encoded as in every href', () => {
  assert.is(sharePathText([], true), '/');
  assert.is(sharePathText(['Class'], true), '/Class/');
  assert.is(sharePathText(['Class', 'a b.txt'], false), '/Class/a b.txt');
  assert.is(linkUrl('https://ana-xo.local:8443/', ['Class'], true, ID), `https://ana-xo.local:8443/Class/?ticket=${ID}`);
  assert.is(linkUrl('https://ana-xo.local:8443', [], true, ID), `https://ana-xo.local:8443/?ticket=${ID}`);
  assert.is(linkUrl('https://10.0.0.2:8443/', ['Maths & art', 'n°1 #2?.txt'], false, ID), `https://10.0.0.2:8443/Maths%20%26%20art/n%C2%B01%20%232%3F.txt?ticket=${ID}`);
  assert.is(linkUrl('https://[fe80::1]:8443/', ["it's (ok)"], true, ID), `https://[fe80::1]:8443/it%27s%20%28ok%29/?ticket=${ID}`);
});

test('ticketIdOf: a URL under any address, a path with its query, a bare id; nothing else', () => {
  assert.is(ticketIdOf(`https://ana-xo.local:8443/Class/?ticket=${ID}`), ID);
  assert.is(ticketIdOf(`https://169.254.3.4:8443/Class/notes.txt?ticket=${ID}`), ID);
  assert.is(ticketIdOf(`https://[fe80::1]:8443/?ticket=${ID}`), ID);
  assert.is(ticketIdOf(`davs://ana-xo.local:8443/Class/?x=1&ticket=${ID}#top`), ID);
  assert.is(ticketIdOf(`  https://ana-xo.local:8443/Class/?ticket=${ID}\n`), ID, 'spaces around a pasted link');
  assert.is(ticketIdOf(`/Class/?ticket=${ID}`), ID);
  assert.is(ticketIdOf(`169.254.3.4:8443/Class/?ticket=${ID}`), ID, 'no scheme');
  assert.is(ticketIdOf(ID), ID);
  assert.is(ticketIdOf('https://ana-xo.local:8443/?ticket=nope'), 'nope', 'an id that cannot exist is looked up (and not found), not called "no ticket"');
  assert.is(ticketIdOf('https://ana-xo.local:8443/Class/'), null);
  assert.is(ticketIdOf('https://ana-xo.local:8443/Class/?ticket='), null);
  assert.is(ticketIdOf('short'), null);
  assert.is(ticketIdOf(''), null);
  assert.is(ticketIdOf('   '), null);
});

test('parseLinkOptions: defaults, limits, types, and unknown keys refused', () => {
  assert.equal(parseLinkOptions({}), { timeoutSeconds: null, visits: null, write: true });
  assert.equal(parseLinkOptions({ timeout_seconds: 0 }), { timeoutSeconds: null, visits: null, write: true });
  assert.equal(parseLinkOptions({ timeout_seconds: 7200, visits: 3, write: false }), { timeoutSeconds: 7200, visits: 3, write: false });
  assert.equal(parseLinkOptions({ timeout_seconds: 60n, visits: -1 }), { timeoutSeconds: 60, visits: null, write: true });
  assert.equal(parseLinkOptions({ timeout_seconds: '600' }), { timeoutSeconds: 600, visits: null, write: true }, 'numbers as text, as some callers send them');
  const refuses = (input: Record<string, unknown>, pattern: RegExp): void => {
    try {
      parseLinkOptions(input);
    } catch (error) {
      assert.instance(error, MeshShareError);
      assert.is((error as MeshShareError).code, 'InvalidArgs');
      assert.match((error as Error).message, pattern);
      return;
    }
    assert.unreachable(`accepted ${JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`);
  };
  refuses({ timeout_seconds: -5 }, /timeout_seconds must be a whole number of seconds/);
  refuses({ timeout_seconds: 1.5 }, /timeout_seconds/);
  refuses({ timeout_seconds: 2 ** 40 }, /timeout_seconds/);
  refuses({ timeout_seconds: 'soon' }, /not "soon"/);
  refuses({ visits: 0 }, /visits must be how many times/);
  refuses({ visits: -2 }, /visits/);
  refuses({ write: 'yes' }, /write must be true or false/);
  refuses({ timeout: 60 }, /"timeout" is not an option of MakeShareUrls; it takes timeout_seconds, visits, write/);
});

interface Fixture {
  dir: string;
  share: string;
  outside: string;
  store: TicketStore;
  links: ShareLinks;
  now: { ms: number };
  active: { yes: boolean };
}

async function withShare(run: (f: Fixture) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'share-links-'));
  try {
    const share = join(dir, 'Public');
    const outside = join(dir, 'Private');
    await mkdir(join(share, 'Class', 'sub'), { recursive: true });
    await mkdir(join(share, 'Other'));
    await mkdir(outside);
    await writeFile(join(share, 'Class', 'notes.txt'), 'notes');
    await writeFile(join(share, 'Maths & art.txt'), 'art');
    await writeFile(join(outside, 'diary.txt'), 'secret');
    await symlink(outside, join(share, 'escape'));
    await symlink(join(outside, 'diary.txt'), join(share, 'diary-link.txt'));
    await symlink(join(share, 'Class'), join(share, 'class-link'));
    await symlink(join(share, 'gone'), join(share, 'dangling'));
    const now = { ms: Date.UTC(2026, 10, 22, 14, 0, 0) };
    const active = { yes: true };
    const store = await TicketStore.open(join(dir, 'data', 'tickets.json'), silentLogger, () => now.ms);
    const fs = await ShareFs.open(share, join(dir, 'data', 'staging'));
    const links = new ShareLinks({
      tickets: store,
      share: fs,
      shareUrl: 'https://ana-xo.local:8443/',
      shareUrls: ['https://ana-xo.local:8443/', 'https://169.254.3.4:8443/', 'https://127.0.0.1:8443/'],
      user: 'ana',
      userActive: async () => active.yes,
      now: () => now.ms,
    });
    await run({ dir, share, outside, store, links, now, active });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function refusal(promise: Promise<unknown>, code: MeshShareErrorCode, pattern: RegExp): Promise<void> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, MeshShareError, String(error));
    assert.is((error as MeshShareError).code, code, (error as Error).message);
    assert.match((error as Error).message, pattern);
    return;
  }
  assert.unreachable('was not refused');
}

test('make: both links for a folder, every address form, tickets for the agent user', async () => {
  await withShare(async ({ share, store, links }) => {
    const made = await links.make(join(share, 'Class'), {});
    const read = String(made.read_only_ticket);
    const write = String(made.read_write_ticket);
    assert.is(made.path, '/Class/');
    assert.is(made.read_only, `https://ana-xo.local:8443/Class/?ticket=${read}`);
    assert.is(made.read_write, `https://ana-xo.local:8443/Class/?ticket=${write}`);
    assert.equal(made.read_only_urls, [
      `https://ana-xo.local:8443/Class/?ticket=${read}`,
      `https://169.254.3.4:8443/Class/?ticket=${read}`,
      `https://127.0.0.1:8443/Class/?ticket=${read}`,
    ]);
    assert.is((made.read_write_urls as string[]).length, 3);
    assert.is(made.expires_at, 0);
    assert.is(made.visits_left, -1);
    assert.is(store.get(read)?.privilege, 'read');
    assert.is(store.get(read)?.root, 'Class');
    assert.is(store.get(read)?.owner, 'user:ana');
    assert.is(store.get(write)?.privilege, 'write');
    assert.is(store.get(write)?.expiresAt, null);
  });
});

test('make: read-only only, with a timeout and visits; a file; the share root; names encoded', async () => {
  await withShare(async ({ share, store, links, now }) => {
    const made = await links.make(join(share, 'Class', 'notes.txt'), { write: false, timeout_seconds: 7200, visits: 5 });
    assert.is(made.read_write, undefined);
    assert.is(made.read_write_ticket, undefined);
    assert.is(made.read_write_urls, undefined);
    assert.is(made.path, '/Class/notes.txt');
    assert.is(made.read_only, `https://ana-xo.local:8443/Class/notes.txt?ticket=${String(made.read_only_ticket)}`);
    assert.is(made.expires_at, Math.floor(now.ms / 1000) + 7200);
    assert.is(made.visits_left, 5);
    assert.is(store.list().length, 1);
    const root = await links.make(share, { write: false });
    assert.is(root.path, '/');
    assert.match(String(root.read_only), /^https:\/\/ana-xo\.local:8443\/\?ticket=/);
    const art = await links.make(join(share, 'Maths & art.txt'), { write: false });
    assert.match(String(art.read_only), /^https:\/\/ana-xo\.local:8443\/Maths%20%26%20art\.txt\?ticket=/);
    const viaDots = await links.make(join(share, 'Other', '..', 'Class', 'sub'), { write: false });
    assert.is(viaDots.path, '/Class/sub/', '.. inside the share is fine once resolved');
  });
});

test('make: a link inside the share that points inside it opens what it points to', async () => {
  await withShare(async ({ share, store, links }) => {
    const made = await links.make(join(share, 'class-link'), { write: false });
    assert.is(made.path, '/Class/');
    assert.is(store.get(String(made.read_only_ticket))?.root, 'Class');
  });
});

test('make: outside the share, through a symbolic link or .., missing, relative, reserved: refused with a sentence', async () => {
  await withShare(async ({ dir, share, outside, store, links }) => {
    await refusal(links.make(join(outside, 'diary.txt'), {}), 'InvalidArgs', /is not in the shared folder\. A link can only open what is in the shared folder \(.*\): put a copy there first \(mesh-share share FILE, or copy it into that folder\)/);
    await refusal(links.make(join(share, 'escape'), {}), 'InvalidArgs', /leads through a symbolic link to .*Private, which is outside the shared folder/);
    await refusal(links.make(join(share, 'escape', 'diary.txt'), {}), 'InvalidArgs', /outside the shared folder/);
    await refusal(links.make(join(share, 'diary-link.txt'), {}), 'InvalidArgs', /outside the shared folder/);
    await refusal(links.make(join(share, 'Class', '..', '..', 'Private', 'diary.txt'), {}), 'InvalidArgs', /is not in the shared folder/);
    await refusal(links.make(`${share}/../Private`, {}), 'InvalidArgs', /is not in the shared folder/);
    await refusal(links.make(dir, {}), 'InvalidArgs', /is not in the shared folder/);
    await refusal(links.make(join(share, 'Class', 'nothing.txt'), {}), 'NotFound', /^There is no file or folder at .*nothing\.txt\.$/);
    await refusal(links.make(join(share, 'dangling'), {}), 'NotFound', /There is no file or folder/);
    await refusal(links.make('Class', {}), 'InvalidArgs', /"Class" is not a full path; it must start with \//);
    await refusal(links.make('', {}), 'InvalidArgs', /Give the full path of a file or folder in the shared folder/);
    await refusal(links.make(join(share, 'a\0b'), {}), 'InvalidArgs', /NUL/);
    await refusal(links.make(join(share, 'Class'), { visits: 0 }), 'InvalidArgs', /visits/);
    assert.is(store.list().length, 0, 'nothing was made by a refused call');
  });
});

test('make: a name the share cannot serve, and the staging folder, are refused', async () => {
  await withShare(async ({ share, store, links }) => {
    await writeFile(join(share, 'back\\slash.txt'), 'x');
    await refusal(links.make(join(share, 'back\\slash.txt'), {}), 'InvalidArgs', /cannot be opened over the network .*rename it first/);
    await mkdir(join(share, '.mesh-share-staging'), { recursive: true });
    await refusal(links.make(join(share, '.mesh-share-staging'), {}), 'InvalidArgs', /never shared/);
    assert.is(store.list().length, 0);
  });
});

test('make: refused when the agent user has no password (the share would refuse the links)', async () => {
  await withShare(async ({ share, store, links, active }) => {
    active.yes = false;
    await refusal(links.make(join(share, 'Class'), {}), 'Denied', /on behalf of "ana", who has no password on this laptop.*mesh-share passwd ana/);
    assert.is(store.list().length, 0);
  });
});

test('revoke: by URL under another address, by id; unknown and ticket-less texts refused', async () => {
  await withShare(async ({ share, store, links }) => {
    const made = await links.make(join(share, 'Class'), {});
    const read = String(made.read_only_ticket);
    const write = String(made.read_write_ticket);
    await links.revoke((made.read_write_urls as string[])[1]!);
    assert.is(store.get(write), undefined);
    assert.ok(store.get(read));
    await refusal(links.revoke(String(made.read_write)), 'NotFound', /There is no shared link .* on this laptop \(it may have been ended already\); 'mesh-share links' lists them\./);
    await links.revoke(read);
    assert.is(store.list().length, 0);
    await refusal(links.revoke('https://ana-xo.local:8443/Class/'), 'InvalidArgs', /is not a shared link: give the address 'mesh-share share-url' printed \(it ends in \?ticket=\.\.\.\)/);
    await refusal(links.revoke(''), 'InvalidArgs', /not a shared link/);
    await refusal(links.revoke(ID), 'NotFound', /no shared link/);
  });
});

test('list: every ticket with its path, privilege, URL, times, visits and state', async () => {
  await withShare(async ({ share, store, links, now }) => {
    const start = now.ms;
    await links.make(join(share, 'Class'), { timeout_seconds: 60 });
    now.ms += 1000;
    const file = await links.make(join(share, 'Class', 'notes.txt'), { write: false, visits: 1 });
    now.ms += 1000;
    // One made with MKTICKET by a laptop, on a folder that is gone since.
    await store.create({ root: 'Old', privilege: 'read', owner: 'peer:12D3KooWabc', timeoutSeconds: null, visits: null });
    await store.use(String(file.read_only_ticket));
    now.ms += 120_000;
    const list = await links.list();
    assert.equal(
      list.map((t) => [t.path, t.privilege, t.owner, t.created_at, t.expires_at, t.visits_left, t.state]),
      [
        ['/Class/', 'read', 'user:ana', start / 1000, start / 1000 + 60, -1, 'expired'],
        ['/Class/', 'write', 'user:ana', start / 1000, start / 1000 + 60, -1, 'expired'],
        ['/Class/notes.txt', 'read', 'user:ana', start / 1000 + 1, 0, 0, 'used-up'],
        ['/Old', 'read', 'peer:12D3KooWabc', start / 1000 + 2, 0, -1, 'live'],
      ],
    );
    const first = list[0]!;
    assert.is(first.url, `https://ana-xo.local:8443/Class/?ticket=${String(first.id)}`);
    assert.equal(first.urls, [
      `https://ana-xo.local:8443/Class/?ticket=${String(first.id)}`,
      `https://169.254.3.4:8443/Class/?ticket=${String(first.id)}`,
      `https://127.0.0.1:8443/Class/?ticket=${String(first.id)}`,
    ]);
  });
});

test.run();
