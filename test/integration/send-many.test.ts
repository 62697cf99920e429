/**
 * Send to many (issue 5) with real agents on a simulated XO mesh: one
 * teacher, ten children's laptops and one hostile laptop, each in its own
 * network namespace (test/harness/). One mesh serves every test, in order.
 *
 * - Ten recipients at once: two are killed mid-transfer and restarted and
 *   finish by resuming (the sender reports how much they already had, and
 *   sent only the rest); one is away during the send and gets the file when
 *   it comes back; the child who declines is reported as such, and `send`
 *   exits 1.
 * - A child's laptop that does not trust the sender holds the offer until
 *   `mesh-share accept`, then receives it at once.
 * - A folder of several files (one empty, odd names) in one send; a clash
 *   with a file already in the inbox gets a new name; a second send of the
 *   same folder transfers nothing.
 * - A hostile laptop (test/helpers/hostile-push-peer.ts) sending garbage,
 *   an oversized frame, a malformed offer, bytes that do not match the
 *   SHA-256, extra bytes, wrong offsets, an early end, a huge file and names
 *   that try to leave the inbox is cut off or refused; the agent carries on
 *   and takes an honest transfer afterwards.
 * - The teacher's laptop killed mid-send finishes after its restart, by
 *   resuming.
 *
 * Throughout, every inbox is watched: a file only ever appears there whole
 * (same size from the moment it is seen), never hidden or half-written, and
 * every received file has the SHA-256 of the file sent.
 */
import '../../agent/node20.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKeyPair, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { Mesh, type MeshHost } from '../harness/mesh.js';
import { startMeshAgents, type MeshAgent } from '../harness/mesh-agent.js';
import { requireRoot } from '../harness/root.js';
import { CLI_PATH } from '../helpers/agent-process.js';
import type { HostileResult } from '../helpers/hostile-push-peer.js';
import { until } from '../helpers/until.js';

const MiB = 1024 * 1024;
// Each of the eleven agents' private buses (test/helpers/private-bus.ts) rightly hooks 'exit'.
process.setMaxListeners(Math.max(process.getMaxListeners(), 32));
const HOSTILE_PEER_SCRIPT = fileURLToPath(new URL('../helpers/hostile-push-peer.js', import.meta.url));

// Host 0 is the teacher, 1..10 the children, 11 the hostile laptop (no agent).
const TEACHER = 0;
const CHILDREN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const KILLED = [1, 2];
const AWAY = 3;
const FOLDER_TO = [4, 5];
const SENDER_RESTART_TO = [6, 7];
const VICTIM = 9;
/** The one child's laptop that does not trust the teacher. */
const UNTRUSTING = 10;
const MALLORY = 11;
const NICKS = ['Teacher', ...CHILDREN.map((i) => `Kid${i}`)];

/** A transfer as `mesh-share outbox --json` shows it (D-Bus ListTransfers keys). */
interface TransferDict {
  id: string;
  files: string[];
  recipients: RecipientDict[];
  delivered: number;
  waiting: number;
  held: number;
  failed: number;
  settled: boolean;
  finished: boolean;
}

interface RecipientDict {
  peer_id: string;
  nick: string;
  state: string;
  done: number;
  total: number;
  attempts: number;
  reason?: string;
  resumed_from?: number;
  delivered_at?: number;
}

interface ReportDict {
  delivered: number;
  waiting: number;
  held: number;
  failed: number;
  recipients: Array<{ peer_id: string; nick: string; state: string; reason?: string }>;
}

interface OfferDict {
  id: string;
  transfer_id: string;
  from_peer_id: string;
  from_nick: string;
  files: Array<{ name: string; size: number }>;
  size: number;
  state: string;
}

let mesh: Mesh | null = null;
let agents: MeshAgent[] = [];
let workDir = '';
const inboxes: string[] = [];
const peerIds: string[] = [];
let watch: InboxWatch | null = null;

// ---- helpers ---------------------------------------------------------------------------------------------

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function host(index: number): MeshHost {
  return mesh!.hosts[index]!;
}

async function json<T>(agent: MeshAgent, args: string[]): Promise<T> {
  const result = await agent.cli([...args, '--json']);
  assert.is(result.code, 0, `mesh-share ${args.join(' ')} on ${agent.host.name} exited ${result.code}: ${result.stderr}${result.stdout}`);
  return JSON.parse(result.stdout) as T;
}

async function transferOf(agent: MeshAgent, id: string): Promise<TransferDict> {
  const { transfers } = await json<{ transfers: TransferDict[] }>(agent, ['outbox']);
  const transfer = transfers.find((t) => t.id === id);
  assert.ok(transfer, `transfer ${id} is in the outbox`);
  return transfer;
}

function recipient(transfer: TransferDict | ReportDict, child: number): RecipientDict {
  const found = (transfer.recipients as RecipientDict[]).find((r) => r.peer_id === peerIds[child]);
  assert.ok(found, `Kid${child} is a recipient`);
  return found;
}

async function offersOf(agent: MeshAgent): Promise<OfferDict[]> {
  return (await json<{ offers: OfferDict[] }>(agent, ['offers'])).offers;
}

async function writeSource(name: string, content: Uint8Array): Promise<string> {
  const path = join(workDir, 'outgoing', name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}

/** The part files in an agent's data dir (received bytes kept for a resume). */
async function parts(agent: MeshAgent): Promise<Array<{ path: string; size: number }>> {
  const dir = join(agent.dataDir, 'incoming');
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: Array<{ path: string; size: number }> = [];
  for (const name of names.filter((n) => n.endsWith('.part'))) {
    const info = await lstat(join(dir, name)).catch(() => null);
    if (info) out.push({ path: join(dir, name), size: info.size });
  }
  return out;
}

/** Every file in an inbox, by '/'-separated path. */
async function inboxFiles(child: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(inboxes[child]!, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(inboxes[child]!, path).split(sep).join('/'), sha256(await readFile(path)));
  }
  return out;
}

/** The JSON log lines an agent's current run wrote (from `from` characters on). */
function logsOf(agent: MeshAgent, from = 0): Array<Record<string, unknown> & { level: string; message: string }> {
  return agent
    .stderr()
    .slice(from)
    .split('\n')
    .flatMap((line) => {
      try {
        const value = JSON.parse(line) as unknown;
        return value !== null && typeof value === 'object' && 'message' in value ? [value as Record<string, unknown> & { level: string; message: string }] : [];
      } catch {
        return [];
      }
    });
}

function logLines(agent: MeshAgent, message: string): Array<Record<string, unknown>> {
  return logsOf(agent).filter((line) => line.message === message);
}

interface SendRun {
  lines: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
  output(): string;
}

/** `mesh-share send ARGS --json` on the teacher's laptop, in the background. */
function startSend(agent: MeshAgent, args: string[]): SendRun {
  const child = agent.host.spawn(process.execPath, [CLI_PATH, 'send', ...args, '--json'], { env: agent.busEnv });
  let out = '';
  let err = '';
  const lines: Array<Record<string, unknown>> = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    const complete = out.split('\n');
    out = complete.pop()!;
    for (const line of complete) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { lines, exited, output: () => `${lines.map((l) => JSON.stringify(l)).join('\n')}\n${out}\n${err}` };
}

async function exitWithin(run: SendRun, ms: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  const code = await Promise.race([run.exited, timeout]);
  clearTimeout(timer);
  if (code === 'timeout') throw new Error(`mesh-share send did not finish within ${ms} ms; its output:\n${run.output()}`);
  return code;
}

function reportOf(lines: Array<Record<string, unknown>>): ReportDict {
  const line = lines.find((l) => l.event === 'report');
  assert.ok(line, `send printed a report: ${JSON.stringify(lines)}`);
  return line.report as ReportDict;
}

/**
 * Polls every inbox all along and remembers each file's size every time it
 * is seen. A file that shows up short, changes, vanishes, or is hidden was
 * visible before it was whole.
 */
class InboxWatch {
  private readonly sizes = new Map<string, Set<number>>();
  private readonly hidden = new Set<string>();
  private stopped = false;
  private readonly loop: Promise<void>;
  polls = 0;

  constructor(private readonly dirs: string[]) {
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      await Promise.all(this.dirs.map((dir) => this.poll(dir)));
      this.polls += 1;
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  private async poll(dir: string): Promise<void> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(entry.parentPath, entry.name);
      if (relative(dir, path).split(sep).some((segment) => segment.startsWith('.'))) this.hidden.add(path);
      if (!entry.isFile()) continue;
      const info = await lstat(path).catch(() => null);
      if (info === null) continue;
      let seen = this.sizes.get(path);
      if (!seen) this.sizes.set(path, (seen = new Set()));
      seen.add(info.size);
    }
  }

  /** Every file seen so far had its final size each time it was seen, and still exists. */
  async assertClean(): Promise<void> {
    const before = this.polls;
    await until('the inbox watcher to poll again', () => this.polls > before, 5_000, 10);
    assert.equal([...this.hidden], [], 'nothing hidden (a staging or part file) ever showed in an inbox');
    const problems: string[] = [];
    for (const [path, seen] of this.sizes) {
      const info = await stat(path).catch(() => null);
      if (info === null) problems.push(`${path} vanished`);
      else if (seen.size !== 1 || !seen.has(info.size)) problems.push(`${path} was seen at sizes ${[...seen].join(', ')}, is ${info.size}`);
    }
    assert.equal(problems, [], 'only whole files ever appear in an inbox');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}

// ---- the mesh ------------------------------------------------------------------------------------------

test.before(async () => {
  if (!requireRoot('test/integration/send-many.test.ts')) throw new Error('needs root (see the banner above)');
  workDir = await mkdtemp(join(tmpdir(), 'send-many-'));
  mesh = await Mesh.create({ hosts: 12 });
  for (let i = 0; i <= 10; i++) {
    inboxes[i] = join(workDir, `inbox-${i}`);
    await mkdir(inboxes[i]!);
  }
  agents = await startMeshAgents(mesh.hosts.slice(0, 11), (h) => ({
    nick: NICKS[h.index]!,
    // The victim logs at debug: a hostile stream must be logged there, not as a warning.
    args: ['--inbox', inboxes[h.index]!, ...(h.index === VICTIM ? ['--log-level', 'debug'] : [])],
  }));
  for (const agent of agents) peerIds.push(String((await agent.info()).peerId));
  // The teacher must see every child's laptop before it can send to 'all'.
  await until(
    'the teacher to see the ten laptops',
    async () => {
      const { peers } = await json<{ peers: Array<{ peer_id?: string; online: boolean; sources: string[] }> }>(agents[TEACHER]!, ['peers']);
      const seen = new Set(peers.filter((p) => p.online && p.sources.includes('webdavs')).map((p) => p.peer_id));
      return CHILDREN.every((i) => seen.has(peerIds[i]));
    },
    20_000,
    200,
  );
  // Every child's laptop but one trusts the teacher's.
  const trusting = CHILDREN.filter((i) => i !== UNTRUSTING);
  const results = await Promise.all(trusting.map((i) => agents[i]!.cli(['trust', peerIds[TEACHER]!])));
  for (const [n, result] of results.entries()) assert.is(result.code, 0, `Kid${trusting[n]} trusts the teacher: ${result.stderr}`);
  watch = new InboxWatch(CHILDREN.map((i) => inboxes[i]!));
});

test.after(async () => {
  await watch?.stop();
  await Promise.all(agents.map((agent) => agent.cleanup().catch(() => undefined)));
  await mesh?.destroy();
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

// ---- the tests -----------------------------------------------------------------------------------------

test('ten recipients: two killed mid-transfer resume, one away gets it on return, a decline is reported (exit 1)', async () => {
  const size = 6 * MiB;
  const content = randomBytes(size);
  const source = await writeSource('worksheet.pdf', content);
  const teacher = agents[TEACHER]!;

  // Kid3's laptop is off when the teacher sends.
  await agents[AWAY]!.stop();
  await until(
    'the teacher to list Kid3 as gone',
    async () => (await json<{ peers: Array<{ peer_id?: string; online: boolean }> }>(teacher, ['peers'])).peers.some((p) => p.peer_id === peerIds[AWAY] && !p.online),
    10_000,
  );
  // Slow links, so the two can be killed in the middle.
  await Promise.all(KILLED.map((i) => mesh!.shapeLink(host(i), { rateMbit: 8 })));

  const started = Date.now();
  const run = startSend(teacher, [source, '--to', 'all']);
  const kept = new Map<number, number>();
  try {
    const declining = (async () => {
      const offer = await until(
        "the offer to wait on Kid10's laptop",
        async () => (await offersOf(agents[UNTRUSTING]!)).find((o) => o.from_peer_id === peerIds[TEACHER] && o.state === 'waiting' && o.files[0]?.name === 'worksheet.pdf'),
        15_000,
      );
      const declined = await agents[UNTRUSTING]!.cli(['decline', offer.id]);
      assert.is(declined.code, 0, declined.stderr);
      return offer;
    })();
    const killing = KILLED.map(async (i) => {
      const agent = agents[i]!;
      await until(`Kid${i} to have received 1 MiB`, async () => (await parts(agent)).some((p) => p.size >= MiB), 20_000, 20);
      await agent.kill();
      const [part] = await parts(agent);
      assert.ok(part, `Kid${i}'s part file is kept`);
      assert.ok(part.size >= MiB && part.size < size, `Kid${i} had ${part.size} of ${size} bytes when killed`);
      kept.set(i, part.size);
      // Unlimited from now on (the relay keeps running: frames queued in it are not lost).
      await mesh!.shapeLink(host(i), {});
      await agent.restart();
    });
    const [offer] = await Promise.all([declining, Promise.all(killing)]);

    const code = await exitWithin(run, 60_000);
    const report = reportOf(run.lines);
    assert.is(code, 1, `exit 1: the child declined\n${run.output()}`);
    const declined = recipient(report, UNTRUSTING);
    assert.is(declined.state, 'failed');
    assert.match(declined.reason ?? '', /^declined: /);
    assert.is(recipient(report, AWAY).state, 'waiting', 'the laptop that is away waits');
    assert.equal({ delivered: report.delivered, waiting: report.waiting, held: report.held, failed: report.failed }, { delivered: 8, waiting: 1, held: 0, failed: 1 }, JSON.stringify(report));
    const transferId = String(run.lines.find((l) => l.event === 'started')!.transfer_id);
    assert.is(offer.transfer_id, transferId);
    // Progress came for every laptop that got the file.
    const progressed = new Set(run.lines.filter((l) => l.event === 'progress').map((l) => l.peer_id));
    for (const i of CHILDREN.filter((c) => c !== AWAY && c !== UNTRUSTING)) assert.ok(progressed.has(peerIds[i]), `progress events for Kid${i}`);
    assert.is((await offersOf(agents[UNTRUSTING]!)).find((o) => o.id === offer.id)?.state, 'declined');

    // Kid3 comes back and gets it without anyone doing anything.
    await agents[AWAY]!.restart();
    const transfer = await until(
      'Kid3 to get the file once back',
      async () => {
        const t = await transferOf(teacher, transferId);
        return recipient(t, AWAY).state === 'delivered' ? t : null;
      },
      30_000,
    );
    assert.ok(transfer.finished, 'every recipient is final');
    assert.equal([transfer.delivered, transfer.failed, transfer.waiting], [9, 1, 0]);
    assert.is(recipient(transfer, AWAY).attempts, 1, 'no delivery was tried while Kid3 was away');
    assert.is(recipient(transfer, AWAY).resumed_from, 0);

    // The killed two resumed from exactly what they had kept, and the rest was all that crossed the wire.
    const delivered = logLines(teacher, 'delivered');
    for (const i of KILLED) {
      const r = recipient(transfer, i);
      assert.is(r.state, 'delivered');
      assert.ok(r.attempts >= 2, `Kid${i} took ${r.attempts} attempts`);
      assert.is(r.resumed_from, kept.get(i), `Kid${i} resumed from the ${kept.get(i)} bytes it kept, not from 0`);
      const line = delivered.find((l) => l.peer === peerIds[i]);
      assert.ok(line, `the teacher logged the delivery to Kid${i}`);
      assert.is(line.bytesSent, size - kept.get(i)!, `only the missing bytes were sent to Kid${i}`);
      assert.equal(await parts(agents[i]!), [], `no part file is left on Kid${i}`);
    }
    // The others got it in one go, and the slow pair held nobody up.
    const slowest = Math.min(...KILLED.map((i) => recipient(transfer, i).delivered_at!));
    for (const i of CHILDREN.filter((c) => !KILLED.includes(c) && c !== AWAY && c !== UNTRUSTING)) {
      const r = recipient(transfer, i);
      assert.is(r.state, 'delivered', `Kid${i}`);
      assert.is(r.attempts, 1, `Kid${i} needed one attempt`);
      assert.is(r.resumed_from, 0);
      assert.ok(r.delivered_at! <= slowest, `Kid${i} was not held up by the killed laptops`);
    }

    // Every laptop but the one that declined has the very bytes sent.
    for (const i of CHILDREN) {
      const files = await inboxFiles(i);
      if (i === UNTRUSTING) assert.equal([...files.keys()], [], 'nothing reached the laptop that declined');
      else assert.equal([...files], [['worksheet.pdf', sha256(content)]], `Kid${i}'s inbox`);
    }
    await watch!.assertClean();
    assert.ok(Date.now() - started < 60_000, `all done in ${Date.now() - started} ms`);
  } finally {
    for (const i of KILLED) await mesh!.clearShaping(host(i)).catch(() => undefined);
  }
});

test("a child's laptop holds an offer from a laptop it does not trust until the child accepts", async () => {
  const content = randomBytes(300_000);
  const source = await writeSource('story.odt', content);
  const child = agents[UNTRUSTING]!;
  const sent = await agents[TEACHER]!.cli(['send', source, '--to', 'Kid10', '--json'], { timeoutMs: 30_000 });
  const lines = sent.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.is(sent.code, 4, `exit 4: not accepted yet\n${sent.stdout}${sent.stderr}`);
  const report = reportOf(lines);
  assert.equal([report.held, report.delivered, report.failed], [1, 0, 0]);
  assert.is(recipient(report, UNTRUSTING).state, 'held');
  const transferId = String(lines.find((l) => l.event === 'started')!.transfer_id);

  const offer = (await offersOf(child)).find((o) => o.transfer_id === transferId);
  assert.ok(offer, 'the offer is listed on the child laptop');
  assert.is(offer.state, 'waiting');
  assert.is(offer.from_peer_id, peerIds[TEACHER]);
  assert.is(offer.from_nick, 'Teacher');
  assert.equal(offer.files.map((f) => [f.name, f.size]), [['story.odt', 300_000]]);
  assert.is((await inboxFiles(UNTRUSTING)).size, 0, 'nothing is received before the child accepts');
  assert.equal(await parts(child), [], 'not even a part');

  const accepted = await child.cli(['accept', offer.id]);
  assert.is(accepted.code, 0, accepted.stderr);
  const acceptedAt = Date.now();
  // The child's agent tells the teacher's at once: no waiting for the minute-long retry.
  await until('the file to arrive after the accept', async () => (await inboxFiles(UNTRUSTING)).has('story.odt'), 10_000);
  assert.ok(Date.now() - acceptedAt < 8_000, `arrived ${Date.now() - acceptedAt} ms after the accept`);
  assert.equal([...(await inboxFiles(UNTRUSTING))], [['story.odt', sha256(content)]]);
  const transfer = await until('the teacher to report it delivered', async () => {
    const t = await transferOf(agents[TEACHER]!, transferId);
    return t.finished ? t : null;
  }, 5_000);
  assert.is(recipient(transfer, UNTRUSTING).state, 'delivered');
  assert.is((await offersOf(child)).find((o) => o.id === offer.id)?.state, 'accepted');
  await watch!.assertClean();
});

test('a folder of several files in one send; odd names are cleaned, a clash gets a new name, a second send moves nothing', async () => {
  const folder = join(workDir, 'outgoing', 'Project');
  const files: Record<string, Buffer> = {
    'notes.txt': Buffer.from('Read chapter 3.\n'),
    'img/photo.png': randomBytes(MiB),
    'img/empty.txt': Buffer.alloc(0),
    '.settings': Buffer.from('hidden on the sender\n'),
    'what?<now>.txt': randomBytes(10_000),
    'bell\u0007ring.txt': randomBytes(20_000),
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), content);
  }
  // How each arrives: no hidden names, nothing a memory stick refuses, no control characters.
  const arrives: Record<string, string> = {
    'notes.txt': 'Project/notes.txt',
    'img/photo.png': 'Project/img/photo.png',
    'img/empty.txt': 'Project/img/empty.txt',
    '.settings': 'Project/settings',
    'what?<now>.txt': 'Project/what__now_.txt',
    'bell\u0007ring.txt': 'Project/bell ring.txt',
  };
  const expected = Object.entries(files).map(([name, content]) => [arrives[name]!, sha256(content)] as [string, string]);
  const teacher = agents[TEACHER]!;
  const to = FOLDER_TO.map((i) => NICKS[i]).join(',');

  const first = await teacher.cli(['send', folder, '--to', to, '--json'], { timeoutMs: 30_000 });
  assert.is(first.code, 0, `${first.stdout}${first.stderr}`);
  for (const i of FOLDER_TO) {
    const inbox = await inboxFiles(i);
    for (const [path, hash] of expected) assert.is(inbox.get(path), hash, `Kid${i} has ${path}`);
    assert.is(inbox.size, expected.length + 1, `Kid${i}: the folder's files and the earlier worksheet, nothing else`);
  }

  // Another worksheet.pdf: Kid4 has one already, which stays as it is.
  const other = randomBytes(50_000);
  const clash = await teacher.cli(['send', await writeSource('v2/worksheet.pdf', other), '--to', NICKS[FOLDER_TO[0]!]!], { timeoutMs: 30_000 });
  assert.is(clash.code, 0, `${clash.stdout}${clash.stderr}`);
  const afterClash = await inboxFiles(FOLDER_TO[0]!);
  assert.is(afterClash.get('worksheet (2).pdf'), sha256(other), 'the new file got a new name');
  assert.is(afterClash.get('worksheet.pdf'), (await inboxFiles(FOLDER_TO[1]!)).get('worksheet.pdf'), 'the old one was not overwritten');

  // The same folder again: everything is there already, by hash.
  const listing = async (): Promise<string[][]> => (await Promise.all(FOLDER_TO.map(inboxFiles))).map((files) => [...files.keys()].sort());
  const before = await listing();
  const again = await teacher.cli(['send', folder, '--to', to, '--json'], { timeoutMs: 30_000 });
  assert.is(again.code, 0, `${again.stdout}${again.stderr}`);
  const delivered = logLines(teacher, 'delivered').slice(-FOLDER_TO.length);
  assert.equal(delivered.map((l) => l.bytesSent), FOLDER_TO.map(() => 0), 'no byte was sent again');
  assert.equal(await listing(), before, 'no copy was added (not even of the empty file)');
  await watch!.assertClean();
});

test('a hostile laptop is cut off or refused at every lie, nothing it sends lands wrongly, and the agent carries on', async () => {
  const victim = agents[VICTIM]!;
  const key = await generateKeyPair('Ed25519');
  const malloryId = peerIdFromPrivateKey(key).toString();
  // Trusted, or its offers would only be held and no data would flow.
  const trusted = await victim.cli(['trust', malloryId]);
  assert.is(trusted.code, 0, trusted.stderr);
  const addrs = (await victim.info()).p2pAddrs as string[];
  const target = addrs.find((a) => a.startsWith(`/ip4/${host(VICTIM).address}/`));
  assert.ok(target, `the victim listens on its mesh address: ${addrs.join(' ')}`);
  const logsBefore = victim.stderr().length;
  const inboxBefore = new Set((await inboxFiles(VICTIM)).keys());

  const child = host(MALLORY).spawn(process.execPath, [HOSTILE_PEER_SCRIPT, '--key', Buffer.from(privateKeyToProtobuf(key)).toString('base64'), '--target', target]);
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  assert.is(code, 0, `the hostile peer ran: ${err}\n${out}`);
  const results = new Map<string, HostileResult>();
  for (const line of out.split('\n').filter((l) => l.trim() !== '')) {
    const value = JSON.parse(line) as HostileResult | { done: true };
    if ('case' in value) results.set(value.case, value);
  }
  const outcome = (name: string): HostileResult => {
    const result = results.get(name);
    assert.ok(result, `case ${name} ran`);
    return result;
  };

  // At once: not by a timeout (10 s for a first message, 30 s between data frames), and an oversized
  // frame at its length, not after waiting for its 64 MiB.
  for (const name of ['garbage', 'oversized-frame', 'malformed-offer', 'data-before-offer', 'extra-bytes', 'wrong-offset', 'short-end']) {
    const result = outcome(name);
    assert.is(result.outcome, 'cut-off', `${name}: ${JSON.stringify(result)}`);
    assert.ok(result.ms < 3_000, `${name}: cut off after ${result.ms} ms`);
  }
  const lying = outcome('wrong-hash');
  assert.is(lying.outcome, 'refused', JSON.stringify(lying));
  assert.match(lying.reason ?? '', /SHA-256/);
  const huge = outcome('too-big');
  assert.is(huge.outcome, 'declined', JSON.stringify(huge));
  assert.is(huge.reason, 'too-big');
  const escaping = outcome('escaping-names');
  assert.is(escaping.outcome, 'delivered', JSON.stringify(escaping));

  // The agent lives on; nothing a lie carried reached the inbox, and the lying hash's bytes were thrown away.
  assert.ok(victim.pid !== null, 'the victim agent still runs');
  const inbox = await inboxFiles(VICTIM);
  const tag = escaping.detail!;
  for (const name of ['lying-hash.bin', 'extra-bytes.bin', 'wrong-offset.bin', 'short-end.bin', 'malformed.bin', 'huge.iso']) {
    assert.not.ok([...inbox.keys()].some((path) => path.endsWith(name)), `${name} is not in the inbox`);
  }
  assert.equal(
    [...inbox.keys()].filter((path) => !inboxBefore.has(path)).sort(),
    [`etc/cron.d/evil-${tag}`, `profile-${tag}`, `tmp/escaped-${tag}.txt`].sort(),
    'only the honest files came in; the names that tried to leave the inbox (or hide in it) landed inside it, cleaned',
  );
  assert.not.ok(existsSync(`/tmp/escaped-${tag}.txt`) || existsSync(join(workDir, `escaped-${tag}.txt`)), 'nothing landed outside the inbox');
  const sidecars = await readdir(join(victim.dataDir, 'incoming'));
  for (const name of sidecars.filter((n) => n.endsWith('.json'))) {
    const sidecar = JSON.parse(await readFile(join(victim.dataDir, 'incoming', name), 'utf8')) as { name: string };
    assert.is.not(sidecar.name, 'lying-hash.bin', 'the bytes under a wrong hash are not kept');
  }

  // Logged as what it is, the other laptop's doing: at debug, never as a warning or error.
  const logs = logsOf(victim, logsBefore);
  const noisy = logs.filter((l) => (l.level === 'warn' || l.level === 'error') && (JSON.stringify(l).includes(malloryId) || /protocol|stream|offer|receiv|part|inbox/i.test(l.message)));
  assert.equal(noisy, [], 'no warning or error about the hostile streams');
  assert.ok(logs.filter((l) => l.message === 'a protocol stream ended with an error').length >= 7, 'every cut-off is logged at debug');

  // And an honest transfer from the teacher is taken right after.
  const content = randomBytes(MiB);
  const sent = await agents[TEACHER]!.cli(['send', await writeSource('after-the-attack.bin', content), '--to', NICKS[VICTIM]!], { timeoutMs: 30_000 });
  assert.is(sent.code, 0, `${sent.stdout}${sent.stderr}`);
  assert.is((await inboxFiles(VICTIM)).get('after-the-attack.bin'), sha256(content));
  await watch!.assertClean();
});

test("the teacher's laptop killed mid-send finishes after its restart, by resuming", async () => {
  const size = 8 * MiB;
  const content = randomBytes(size);
  const source = await writeSource('film.ogv', content);
  const teacher = agents[TEACHER]!;
  await mesh!.shapeLink(host(TEACHER), { rateMbit: 16 });
  try {
    // The teacher's `send` waits for the report; when the agent dies it must say so and stop waiting.
    const sender = teacher.host.spawn(process.execPath, [CLI_PATH, 'send', source, '--to', SENDER_RESTART_TO.map((i) => NICKS[i]).join(','), '--json'], { env: teacher.busEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    sender.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const senderExit = new Promise<number | null>((resolve) => sender.on('exit', resolve));
    const started = await until('the send to start', () => /\{"event":"started","transfer_id":"([0-9a-f]{32})"/.exec(out), 20_000, 20);
    const transferId = started[1]!;
    for (const i of SENDER_RESTART_TO) await until(`Kid${i} to have received 1 MiB`, async () => (await parts(agents[i]!)).some((p) => p.size >= MiB), 20_000, 20);
    await teacher.kill();
    const exitCode = await Promise.race([senderExit, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 5_000))]);
    if (exitCode === 'waiting') sender.kill('SIGKILL');
    assert.is(exitCode, 4, `mesh-share send exits 4 (later) when its agent dies:\n${out}`);
    assert.match(out, new RegExp(`"event":"agent-stopped","transfer_id":"${transferId}"`));
    const had = new Map<number, number>();
    for (const i of SENDER_RESTART_TO) had.set(i, (await parts(agents[i]!))[0]!.size);
    // Unlimited from now on: what is queued in the relay (the reset the kernel sent for the dead agent) still arrives.
    await mesh!.shapeLink(host(TEACHER), {});
    await teacher.restart();

    const transfer = await until(
      'the restarted teacher to finish the transfer',
      async () => {
        const t = await transferOf(teacher, transferId);
        return t.finished ? t : null;
      },
      45_000,
      250,
    );
    const delivered = logLines(teacher, 'delivered');
    for (const i of SENDER_RESTART_TO) {
      const r = recipient(transfer, i);
      assert.is(r.state, 'delivered', `Kid${i}: ${JSON.stringify(r)}`);
      assert.ok(r.resumed_from! >= had.get(i)! && r.resumed_from! < size, `Kid${i} resumed from ${r.resumed_from} (had ${had.get(i)} when the teacher died)`);
      const line = delivered.find((l) => l.peer === peerIds[i]);
      assert.ok(line, `the restarted teacher logged the delivery to Kid${i}`);
      assert.is(line.bytesSent, size - r.resumed_from!, 'only the missing bytes were sent');
      assert.is((await inboxFiles(i)).get('film.ogv'), sha256(content), `Kid${i} has the very bytes`);
      assert.equal(await parts(agents[i]!), [], `no part file is left on Kid${i}`);
    }
    await watch!.assertClean();
  } finally {
    await mesh!.clearShaping(host(TEACHER)).catch(() => undefined);
  }
});

test.run();
