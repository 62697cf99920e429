/**
 * Sending and receiving over D-Bus as a Sugar activity does it, with
 * dbus-python (Debian's /usr/bin/python3) against real agents on a
 * simulated mesh: SendTo with Journal metadata, TransferProgress (`t`
 * values), TransferFinished sent once while the child has not accepted and
 * again once delivered, OfferReceived -> AcceptOffer, FileReceived with the
 * path, hash and metadata, ListTransfers; and SendTo's named errors.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mesh } from '../harness/mesh.js';
import { startMeshAgents, type MeshAgent } from '../harness/mesh-agent.js';
import { requireRoot } from '../harness/root.js';
import { PROJECT_ROOT } from '../helpers/agent-process.js';
import { until } from '../helpers/until.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(PROJECT_ROOT, 'test', 'integration', 'dbus_push_check.py');

let mesh: Mesh | null = null;
let agents: MeshAgent[] = [];
let work = '';
const inboxes: string[] = [];

test.before(async () => {
  if (!requireRoot('test/integration/send-dbus.test.ts')) throw new Error('needs root (see the banner above)');
  work = await mkdtemp(join(tmpdir(), 'mesh-share-send-dbus-'));
  mesh = await Mesh.create({ hosts: 2 });
  for (const host of mesh.hosts) inboxes.push(await mkdtemp(join(work, `inbox-${host.index}-`)));
  agents = await startMeshAgents(mesh.hosts, (host) => ({ nick: host.index === 0 ? 'Teacher' : 'Ana', args: ['--inbox', inboxes[host.index]!] }));
  // Each sees the other before anything is sent.
  for (const agent of agents) {
    await until('the other laptop in the peer list', async () => {
      const result = await agent.cli(['peers', '--json']);
      return (JSON.parse(result.stdout) as { peers: { online: boolean; peer_id?: string }[] }).peers.some((p) => p.online && p.peer_id !== undefined);
    }, 15_000);
  }
});

test.after(async () => {
  await Promise.all(agents.map((agent) => agent.cleanup().catch(() => undefined)));
  await mesh?.destroy();
  if (work !== '') await rm(work, { recursive: true, force: true });
});

test('SendTo from one activity, OfferReceived -> AcceptOffer and FileReceived in the other, with the Journal metadata', async () => {
  const [teacher, child] = agents as [MeshAgent, MeshAgent];
  const childId = String((await child.info()).peerId);
  const teacherId = String((await teacher.info()).peerId);
  const content = randomBytes(3 * 1024 * 1024 + 17);
  const source = join(work, 'sheep.pdf');
  await writeFile(source, content);
  const sha256 = createHash('sha256').update(content).digest('hex');

  const receiver = child.host.spawn(PYTHON, [SCRIPT, 'receive', '60'], { env: child.busEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let received = '';
  let receiverErr = '';
  receiver.stdout!.on('data', (chunk: Buffer) => (received += chunk.toString()));
  receiver.stderr!.on('data', (chunk: Buffer) => (receiverErr += chunk.toString()));
  const receiverDone = new Promise<number | null>((resolve) => receiver.on('exit', resolve));
  await until('the receiving script to listen', () => receiverErr.includes('listening'), 15_000);

  const sent = await teacher.host.exec(PYTHON, [SCRIPT, 'send', source, childId, '60'], { env: teacher.busEnv, timeoutMs: 90_000 });
  assert.is(sent.code, 0, sent.stderr);
  const result = JSON.parse(sent.stdout) as {
    id: string;
    timeout?: boolean;
    error?: [string, string];
    progress: { transfer_id: string; peer_id: string; done: number; total: number; types: string[] }[];
    reports: { held: number; delivered: number; waiting: number; failed: number; recipients: { peer_id: string; nick: string; state: string }[] }[];
    listed: Record<string, unknown> | null;
  };
  assert.is(result.error, undefined, `SendTo failed: ${JSON.stringify(result.error)}`);
  assert.not.ok(result.timeout, `no final TransferFinished: ${sent.stdout}`);
  assert.match(result.id, /^[0-9a-f]{32}$/);

  // First report: the child has been asked; the last: delivered.
  assert.ok(result.reports.length >= 2, JSON.stringify(result.reports));
  assert.is(result.reports[0]!.held, 1);
  const last = result.reports.at(-1)!;
  assert.equal([last.delivered, last.held, last.waiting, last.failed], [1, 0, 0, 0]);
  assert.equal(last.recipients, [{ peer_id: childId, nick: 'Ana', state: 'delivered' }]);

  const mine = result.progress.filter((p) => p.transfer_id === result.id);
  assert.ok(mine.length >= 1, 'no TransferProgress for the transfer');
  assert.equal(mine.at(-1), { transfer_id: result.id, peer_id: childId, done: content.length, total: content.length, types: ['UInt64', 'UInt64'] });

  assert.ok(result.listed, 'ListTransfers does not list the transfer');
  assert.equal(result.listed!.files, ['Counting sheep.pdf']);
  assert.is(result.listed!.size, content.length);
  assert.is(result.listed!.delivered, 1);
  assert.is(result.listed!.finished, true);

  assert.is(await receiverDone, 0, receiverErr);
  const got = JSON.parse(received) as { offer: Record<string, unknown>; file: Record<string, unknown> };
  assert.is(got.offer.from_peer_id, teacherId);
  assert.is(got.offer.from_nick, 'Teacher');
  assert.is(got.offer.size, content.length);
  assert.is((got.offer.files as Record<string, unknown>[])[0]!.title, 'Counting sheep');
  assert.is(got.file.from_peer_id, teacherId);
  assert.is(got.file.sha256, sha256);
  assert.is(got.file.size, content.length);
  assert.is(got.file.name, 'Counting sheep.pdf');
  assert.is(got.file.path, join(inboxes[1]!, 'Counting sheep.pdf'));
  assert.is(got.file.mime_type, 'application/pdf');
  assert.equal(got.file.metadata, { title: 'Counting sheep', mime_type: 'application/pdf', activity: 'org.laptop.Read', tags: 'maths, sheep', timestamp: 1700000000 });
  assert.equal(await readdir(inboxes[1]!), ['Counting sheep.pdf']);
  assert.is(createHash('sha256').update(await readFile(join(inboxes[1]!, 'Counting sheep.pdf'))).digest('hex'), sha256);
});

test('SendTo and the offer calls answer mistakes with named errors and a sentence', async () => {
  const result = await agents[0]!.host.exec(PYTHON, [SCRIPT, 'errors'], { env: agents[0]!.busEnv, timeoutMs: 30_000 });
  assert.is(result.code, 0, result.stderr);
  const errors = JSON.parse(result.stdout) as Record<string, [string, string] | null>;
  const name = (key: string): string => errors[key]?.[0] ?? 'no error';
  assert.is(name('relative'), 'org.sugarlabs.MeshShare1.Error.InvalidArgs');
  assert.is(name('missing'), 'org.sugarlabs.MeshShare1.Error.NotFound');
  assert.is(name('unknown'), 'org.sugarlabs.MeshShare1.Error.NotFound');
  assert.match(errors.unknown![1], /Nobody-Here/);
  assert.is(name('nobody'), 'org.sugarlabs.MeshShare1.Error.InvalidArgs');
  assert.is(name('accept'), 'org.sugarlabs.MeshShare1.Error.NotFound');
  assert.is(name('cancel'), 'org.sugarlabs.MeshShare1.Error.NotFound');
  assert.is(name('trust'), 'org.sugarlabs.MeshShare1.Error.NotFound');
  for (const [key, value] of Object.entries(errors)) assert.ok(value !== null && value[1].length > 10, `${key}: ${JSON.stringify(value)}`);
});

test.run();
