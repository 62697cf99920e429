/**
 * The recipient of left files (agent/relay/relay-recipient.ts) with a real
 * Inbox and a fake holder: a trusted sender's file is fetched, verified and
 * announced; a repeated notice fetches nothing twice; an untrusted sender's
 * file waits for the child and is fetched once accepted; a file whose bytes
 * do not match its SHA-256 never lands; a broken fetch resumes with Range.
 * The holder is told `collected` only once a file landed whole.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { silentLogger } from '../../agent/logger.js';
import { Inbox, type FileReceivedEvent } from '../../agent/inbox/inbox.js';
import { RelayRecipient, relayTransferId } from '../../agent/relay/relay-recipient.js';
import type { DavClient, DavRequest } from '../../protocols/dav/dav-client.js';
import type { RelayNotice } from '../../protocols/relay/messages.js';
import { until } from '../helpers/until.js';

const HOLDER = `12D3KooW${'H'.repeat(44)}`;
const SENDER = `12D3KooW${'S'.repeat(44)}`;

interface Setup {
  dir: string;
  inbox: Inbox;
  requests: DavRequest[];
  received: FileReceivedEvent[];
  recipient: RelayRecipient;
  serve: { bytes: Uint8Array; cutAt?: number };
  /** What the holder was told was collected: [holder, path, sha256]. */
  collected: Array<[string, string, string]>;
  /** Makes telling the holder fail (it went away). */
  holderGone: { value: boolean };
}

async function setup(): Promise<Setup> {
  const dir = await mkdtemp(join(tmpdir(), 'relay-recipient-'));
  const inbox = await Inbox.open({ dataDir: join(dir, 'data'), inboxDir: join(dir, 'inbox'), log: silentLogger, maxFileSize: 1 << 30, expiryTimer: false });
  const requests: DavRequest[] = [];
  const serve: Setup['serve'] = { bytes: new Uint8Array() };
  const dav: Pick<DavClient, 'request'> = {
    request: async (_peer, request) => {
      requests.push(request);
      const range = /^bytes=(\d+)-$/.exec(String(request.headers?.range ?? ''));
      const start = range ? Number(range[1]) : 0;
      const cut = serve.cutAt;
      serve.cutAt = undefined;
      const body = Readable.from(
        (async function* () {
          const end = cut ?? serve.bytes.length;
          yield Buffer.from(serve.bytes.subarray(start, end));
          if (cut !== undefined) throw new Error('the stream broke');
        })(),
      );
      return { status: range ? 206 : 200, headers: {}, body: body as never, text: async () => '' };
    },
  };
  const collected: Setup['collected'] = [];
  const holderGone = { value: false };
  const recipient = new RelayRecipient({
    inbox,
    dav,
    collected: async (holder, path, sha256) => {
      if (holderGone.value) throw new Error('the holder cannot be reached');
      collected.push([holder, path, sha256]);
      return true;
    },
    log: silentLogger,
  });
  const received: FileReceivedEvent[] = [];
  inbox.on('file-received', (event) => received.push(event));
  return { dir, inbox, requests, received, recipient, serve, collected, holderGone };
}

function noticeOf(bytes: Uint8Array, name = 'story.odt'): RelayNotice {
  return {
    path: `/.mesh-share-relay/${SENDER}/${'2'.repeat(32)}/${encodeURIComponent(name)}`,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    name,
    mimeType: 'application/vnd.oasis.opendocument.text',
    metadata: { title: 'Story' },
    from: { peerId: SENDER, nick: 'Ana' },
    expiresAt: Date.now() + 60_000,
  };
}

async function done(s: Setup): Promise<void> {
  s.recipient.stop();
  s.inbox.close();
  await s.inbox.flush();
  await rm(s.dir, { recursive: true, force: true });
}

test('a trusted sender: fetched once, verified, announced as from the sender; a repeated notice fetches nothing', async () => {
  const s = await setup();
  try {
    await s.inbox.trusted.trust(SENDER, 'Ana');
    s.serve.bytes = randomBytes(200_000);
    const notice = noticeOf(s.serve.bytes);
    const [a, b] = await Promise.all([s.recipient.handle(HOLDER, notice), s.recipient.handle(HOLDER, notice)]);
    assert.equal([a.state, b.state], ['fetching', 'fetching']);
    await until('the file to be received', () => s.received.length === 1, 5_000, 10);
    assert.is(s.requests.length, 1, 'one fetch for two notices');
    assert.is(s.requests[0]!.method, 'GET');
    assert.is(s.requests[0]!.path, notice.path);
    const event = s.received[0]!;
    assert.is(event.from.peerId, SENDER);
    assert.is(event.transferId, relayTransferId(HOLDER, notice.path));
    assert.is(event.sha256, notice.sha256);
    assert.equal(await readFile(join(s.dir, 'inbox', 'story.odt')), Buffer.from(s.serve.bytes));
    await until('the holder to be told', () => s.collected.length === 1, 5_000, 10);
    assert.equal(s.collected, [[HOLDER, notice.path, notice.sha256]]);
    assert.equal((await s.recipient.handle(HOLDER, notice)).state, 'have');
    assert.is(s.requests.length, 1);
    assert.equal(await readdir(join(s.dir, 'inbox')), ['story.odt']);
  } finally {
    await done(s);
  }
});

test('an untrusted sender: held for the child, fetched once accepted', async () => {
  const s = await setup();
  try {
    s.serve.bytes = randomBytes(1000);
    const notice = noticeOf(s.serve.bytes);
    assert.is((await s.recipient.handle(HOLDER, notice)).state, 'held');
    assert.is(s.requests.length, 0);
    const [offer] = s.inbox.offers.list();
    assert.ok(offer);
    assert.is(offer.peerId, SENDER, 'the offer is from the sender, not the holder');
    await s.inbox.offers.accept(offer.id);
    await until('the accepted file to be fetched', () => s.received.length === 1, 5_000, 10);
    assert.is(s.received[0]!.offerId, offer.id);
  } finally {
    await done(s);
  }
});

test('bytes that do not match never land; a broken fetch resumes from where it stopped', async () => {
  const s = await setup();
  try {
    await s.inbox.trusted.trust(SENDER);
    s.serve.bytes = randomBytes(100_000);
    const liar = { ...noticeOf(s.serve.bytes), sha256: 'e'.repeat(64) };
    await s.recipient.handle(HOLDER, liar);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.is(s.received.length, 0);
    assert.equal(await readdir(join(s.dir, 'inbox')), []);
    assert.equal(s.collected, [], 'the holder keeps a file that did not verify');

    const notice = noticeOf(s.serve.bytes, 'second.bin');
    s.serve.cutAt = 40_000;
    await s.recipient.handle(HOLDER, notice);
    await until('the broken fetch to end', () => s.requests.length === 2, 5_000, 10);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.is(s.received.length, 0);
    assert.equal(s.collected, [], 'nor one cut short');
    // The holder is unreachable once the file lands: the file is kept all the same, and the next notice is answered have.
    s.holderGone.value = true;
    await s.recipient.handle(HOLDER, notice);
    await until('the resumed fetch to land', () => s.received.length === 1, 5_000, 10);
    assert.is(s.requests[2]!.headers?.range, 'bytes=40000-');
    assert.equal(await readFile(join(s.dir, 'inbox', 'second.bin')), Buffer.from(s.serve.bytes));
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.is((await s.recipient.handle(HOLDER, notice)).state, 'have');
  } finally {
    await done(s);
  }
});

test.run();
