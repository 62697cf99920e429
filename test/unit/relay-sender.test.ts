/**
 * The sender's side of `send --via` (agent/relay/relay-sender.ts) against a
 * scripted holder: each file is PUT pending with If-None-Match: * and then
 * described and listed by one PROPPATCH; a send that fails part-way takes
 * back each file it placed with a DELETE; an unreachable holder is said in
 * words, with nothing to take back.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { silentLogger } from '../../agent/logger.js';
import { RelaySendError, sendVia } from '../../agent/relay/relay-sender.js';
import { DavClientError, type DavClient, type DavRequest } from '../../protocols/dav/dav-client.js';

const ME = `12D3KooW${'M'.repeat(44)}`;
const HOLDER = `12D3KooW${'H'.repeat(44)}`;
const FRIEND = `12D3KooW${'F'.repeat(44)}`;
const OK_PATCH = '<?xml version="1.0"?><D:multistatus xmlns:D="DAV:"><D:response><D:href>/x</D:href><D:propstat><D:prop/><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>';

type Script = (request: DavRequest, index: number) => { status: number; body?: string } | Error;

function holder(script: Script): { dav: Pick<DavClient, 'request'>; seen: DavRequest[] } {
  const seen: DavRequest[] = [];
  return {
    seen,
    dav: {
      request: async (peerId, request) => {
        assert.is(peerId, HOLDER);
        seen.push(request);
        if (request.body instanceof Readable) request.body.resume();
        const answer = script(request, seen.length - 1);
        if (answer instanceof Error) throw answer;
        const text = answer.body ?? '';
        return { status: answer.status, headers: {}, body: Readable.from([Buffer.from(text)]) as never, text: async () => text };
      },
    },
  };
}

async function twoFiles(): Promise<{ dir: string; paths: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'relay-sender-'));
  await writeFile(join(dir, 'a.txt'), 'first');
  await writeFile(join(dir, 'b.txt'), 'second');
  return { dir, paths: [join(dir, 'a.txt'), join(dir, 'b.txt')] };
}

const send = (dav: Pick<DavClient, 'request'>, paths: string[]) =>
  sendVia(dav, { peerId: ME, from: { nick: 'Ana' } }, { paths, recipients: [FRIEND], holder: { peerId: HOLDER, nick: 'Teacher' } }, silentLogger);

test('each file: a pending PUT that must not replace anything, then one PROPPATCH that describes it and lists the recipients', async () => {
  const { dir, paths } = await twoFiles();
  try {
    const h = holder((request) => (request.method === 'PUT' ? { status: 201 } : { status: 207, body: OK_PATCH }));
    const sent = await send(h.dav, paths);
    assert.equal(h.seen.map((r) => r.method), ['PUT', 'PROPPATCH', 'PUT', 'PROPPATCH']);
    assert.equal(sent.paths, [h.seen[0]!.path, h.seen[2]!.path]);
    assert.match(sent.paths[0]!, new RegExp(`^/\\.mesh-share-relay/${ME}/${sent.transferId}/a\\.txt$`));
    const put = h.seen[0]!;
    assert.is(put.headers?.['if-none-match'], '*');
    assert.is(put.headers?.['x-mesh-share-recipients'], 'pending');
    assert.is(put.headers?.['content-length'], '5');
    assert.match(String(h.seen[1]!.body), FRIEND);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a refusal part-way: the error says what the holder said, and what was placed is taken back with DELETE', async () => {
  const { dir, paths } = await twoFiles();
  try {
    const h = holder((request, index) => {
      if (request.method === 'DELETE') return { status: 204 };
      if (index === 2) return { status: 507, body: 'This laptop keeps at most 1.0 GiB for each laptop that leaves files here.' };
      return request.method === 'PUT' ? { status: 201 } : { status: 207, body: OK_PATCH };
    });
    const error = await send(h.dav, paths).then(() => null, (e: unknown) => e);
    assert.instance(error, RelaySendError);
    assert.is((error as RelaySendError).code, 'full');
    assert.match((error as Error).message, /Teacher has no room for it: This laptop keeps at most 1\.0 GiB/);
    assert.equal(h.seen.map((r) => r.method), ['PUT', 'PROPPATCH', 'PUT', 'DELETE']);
    assert.is(h.seen[3]!.path, h.seen[0]!.path, 'the first file (the second was refused: nothing of it landed)');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a recipient list the holder refuses: the pending file is taken back too', async () => {
  const { dir, paths } = await twoFiles();
  try {
    const refused = OK_PATCH.replace('200 OK', '409 Conflict');
    const h = holder((request) => (request.method === 'PUT' ? { status: 201 } : request.method === 'PROPPATCH' ? { status: 207, body: refused } : { status: 204 }));
    const error = await send(h.dav, paths.slice(0, 1)).then(() => null, (e: unknown) => e);
    assert.is((error as RelaySendError).code, 'refused');
    assert.equal(h.seen.map((r) => r.method), ['PUT', 'PROPPATCH', 'DELETE']);
    assert.is(h.seen[2]!.path, h.seen[0]!.path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an unreachable holder: said in words, and nothing to take back', async () => {
  const { dir, paths } = await twoFiles();
  try {
    const h = holder(() => new DavClientError('unreachable', 'no address known'));
    const error = await send(h.dav, paths).then(() => null, (e: unknown) => e);
    assert.is((error as RelaySendError).code, 'unreachable');
    assert.match((error as Error).message, /Teacher cannot be reached now; the laptop that keeps the file must be here when you send/);
    assert.equal(h.seen.map((r) => r.method), ['PUT']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
