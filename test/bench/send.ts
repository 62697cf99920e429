/**
 * Send-to-many benchmark (issue 5; not run in CI; needs root): one sender
 * and N recipients, real agents on the simulated XO mesh of test/harness
 * (one network namespace per laptop, one bridge, 169.254/16 only), the
 * sender's link shaped to a line rate (default 100 Mbit/s each way).
 *
 *   npx tsc -p . && sudo node dist/test/bench/send.js
 *   node dist/test/bench/send.js --sizes 1,3 --mib 5
 *   node dist/test/bench/send.js --rate-mbit 0          (no shaping)
 *
 * The link is a user-space relay (this kernel has no netem, see
 * test/harness/link-shaper.ts); before any agent starts, plain TCP (python,
 * no TLS) crosses it with a file of the same size, so the table shows what
 * the shaped link really carries and the bench says so when it holds less
 * than the asked rate.
 *
 * One mesh of 1 + max(N) agents, every agent with its own --inbox; the
 * recipients trust the sender (`mesh-share trust`, over D-Bus) so offers
 * are taken without a child clicking. Then, in one run:
 * - `--repeats` times, interleaved: an HTTPS WebDAV upload of the file
 *   (`curl -k -T`, in the sender's namespace, so over the same shaped link)
 *   to recipient 1's share, and a push of a fresh file to recipient 1 alone
 *   (`mesh-share send FILE --to PEERID --json`): the single-recipient time
 *   is the median of these pushes;
 * - for each other N, one push of a fresh file to recipients 1..N.
 * Every push sends a file of new random bytes, so no recipient can answer
 * "already have"; the bytes the sender's interface sent and the files in
 * the inboxes are checked after each run.
 *
 * Times: "delivery" runs from the first recipient turning `sending` to the
 * last one `delivered` (the sender's RecipientChanged D-Bus signals, seen by
 * this process); "command" is the whole `mesh-share send` process (node
 * start, hashing the file, the delivery, the report). The sender's RSS is
 * sampled every 100 ms during each push (VmRSS), and its VmHWM is reset
 * (/proc/PID/clear_refs) before each push and read after it.
 *
 * Two cores are easily shared: every second the bench also reads the CPU
 * time of every process that is not its own (not in its mesh's namespaces,
 * not its children) and lists other meshes' namespaces; a run during which
 * they used more than 5 % of a core is marked DISTURBED (column "others",
 * Details, targets). Attempts that broke are counted as retries, with the
 * reasons the sender reported and the warnings the agents logged (at
 * --agent-log-level debug also why each stream broke).
 *
 * The exit code is 0 whether or not the targets are met; 1 when the run
 * broke (a mesh or agent that could not start, a timed-out push, ...).
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { connectToAgent, type AgentClient, type PlainDict, type TransferEvent } from '../../agent/dbus-client.js';
import { listNetns, Mesh, pidsInNamespaces, type MeshHost } from '../harness/mesh.js';
import { startMeshAgent, type MeshAgent } from '../harness/mesh-agent.js';
import { PYTHON } from '../harness/link-shaper.js';
import { requireRoot } from '../harness/root.js';
import { CLI_PATH } from '../helpers/agent-process.js';
import { median, procStatusKiB, readConfig, resetPeakRss, run, sleep, UsageError, wholeNumberOption } from './proc.js';
import { guardBenchProcess } from './bench-process.js';

const TARGET_HTTPS_RATIO = 0.8;
const TARGET_RSS_MIB = 150;
const TARGET_N = 30;
const RSS_SAMPLE_MS = 100;
const MIB = 1024 * 1024;

const USAGE = `usage: node dist/test/bench/send.js [options]

Starts one sender and max(N) recipients (mesh-share agents) on a simulated
mesh (network namespaces and a bridge; needs root, python3 and curl), shapes
the sender's link, and measures 'mesh-share send' of one file to N
recipients, against N x the single-recipient time (a sequential loop) and
against an HTTPS WebDAV upload of the same file over the same link.

  --sizes N,N,...      numbers of recipients (default 1,10,30); the
                       single-recipient reference always runs
  --mib M              file size in MiB (default 50)
  --rate-mbit R        line rate of the sender's link, each way, in Mbit/s
                       (default 100; 0 = not shaped)
  --repeats K          HTTPS uploads and single-recipient pushes, each K
                       times, interleaved (default 3; medians are used)
  --start-batch K      start the agents K at a time, each batch once the
                       previous is ready (default 8)
  --settle-seconds S   wait after discovery and trust, before measuring
                       (default 5)
  --agent-log-level L  run the agents with --log-level L (debug shows why
                       a delivery broke; default: the agent's own)
  --keep-logs DIR      write each agent's log to DIR/agent-K.log (K = 0 is
                       the sender) before the mesh is removed
  --json               print the figures as JSON instead of the tables
  -h, --help           this text
`;

interface Config {
  sizes: number[];
  mib: number;
  rateMbit: number;
  repeats: number;
  startBatch: number;
  settleSeconds: number;
  agentLogLevel?: string;
  keepLogs?: string;
  json: boolean;
}

function parseConfig(argv: string[]): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      mib: { type: 'string' },
      'rate-mbit': { type: 'string' },
      repeats: { type: 'string' },
      'start-batch': { type: 'string' },
      'settle-seconds': { type: 'string' },
      'agent-log-level': { type: 'string' },
      'keep-logs': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const raw = values.sizes ?? '1,10,30';
  const items = raw.split(',').map((item) => item.trim());
  if (items.length === 0 || items.some((item) => item === '')) throw new UsageError(`--sizes needs a comma-separated list, not ${JSON.stringify(raw)}`);
  const sizes = [...new Set(items.map((item) => wholeNumberOption('sizes', item, 0, 1)))].sort((a, b) => a - b);
  const rateRaw = values['rate-mbit'];
  const rateMbit = rateRaw === undefined ? 100 : Number(rateRaw);
  if (!Number.isFinite(rateMbit) || rateMbit < 0) throw new UsageError(`--rate-mbit needs a number >= 0, not ${JSON.stringify(rateRaw)}`);
  const level = values['agent-log-level'];
  if (level !== undefined && !['debug', 'info', 'warn', 'error'].includes(level)) throw new UsageError(`--agent-log-level takes debug, info, warn or error, not ${JSON.stringify(level)}`);
  if (values['keep-logs'] === '') throw new UsageError('--keep-logs needs a folder');
  return {
    ...(level !== undefined ? { agentLogLevel: level } : {}),
    ...(values['keep-logs'] !== undefined ? { keepLogs: resolve(values['keep-logs']) } : {}),
    sizes,
    mib: wholeNumberOption('mib', values.mib, 50, 1),
    rateMbit,
    repeats: wholeNumberOption('repeats', values.repeats, 3, 1),
    startBatch: wholeNumberOption('start-batch', values['start-batch'], 8, 1),
    settleSeconds: wholeNumberOption('settle-seconds', values['settle-seconds'], 5, 0),
    json: values.json ?? false,
  };
}

function say(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function firstLines(error: unknown, lines: number): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').slice(0, lines).join('\n');
}

// ---------------------------------------------------------------- /proc

let clockTicks = 100;

/** utime+stime of a process in clock ticks; NaN when it is gone. */
function cpuTicks(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // pid (comm) state ppid ...: field k (1-based) is rest[k - 3]; comm may hold spaces or parentheses.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return Number(rest[11]) + Number(rest[12]);
  } catch {
    return Number.NaN;
  }
}

/** Busy and total ticks of the whole machine (all CPUs), from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith('cpu '))!;
  // user nice system idle iowait irq softirq steal (guest time is already inside user).
  const f = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3]! - f[4]!, total };
}

/** Bytes sent by interface `iface` of the network namespace `pid` is in (/proc/PID/net/dev); NaN when unknown. */
function txBytes(pid: number, iface: string): number {
  try {
    const line = readFileSync(`/proc/${pid}/net/dev`, 'utf8')
      .split('\n')
      .find((l) => l.trim().startsWith(`${iface}:`));
    if (line === undefined) return Number.NaN;
    // face: rx bytes packets errs drop fifo frame compressed multicast | tx bytes ...
    return Number(line.split(':')[1]!.trim().split(/\s+/)[8]);
  } catch {
    return Number.NaN;
  }
}

function rssMiB(pid: number): { rss: number; hwm: number } {
  const status = procStatusKiB(pid);
  return { rss: (status?.VmRSS ?? Number.NaN) / 1024, hwm: (status?.VmHWM ?? Number.NaN) / 1024 };
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** The network namespace (inode) a process is in; NaN when unknown. */
function netnsOf(pid: number | string): number {
  try {
    return Number(/^net:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/ns/net`))?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}

/** Parent pid, CPU ticks and whether it is a user-space process (kernel threads have no command line). */
function procInfo(pid: string): { ppid: number; ticks: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) };
  } catch {
    return undefined;
  }
}

/** What ran on the machine besides this benchmark, over a window. */
interface ForeignLoad {
  /** CPU seconds of user-space processes that are not ours (not this process, its children, or in our mesh). */
  cpuS: number;
  /** The busiest of them: "command (CPU s)". */
  top: string[];
  /** Network namespaces other than our mesh's that existed during the window (another test's mesh, say). */
  namespaces: number;
}

/**
 * Samples a pid's VmRSS every RSS_SAMPLE_MS until stopped; over the same window, machine CPU, the CPU of
 * the given pids, and (every second) the CPU of every user-space process that is not ours: with two
 * cores, another test running meanwhile changes the figures, and the table says so.
 */
class Sampler {
  private readonly timer: NodeJS.Timeout;
  private readonly scanTimer: NodeJS.Timeout;
  private readonly t0 = Date.now();
  private readonly machine0 = machineTicks();
  private readonly ticks0: Map<number, number>;
  readonly rss: number[] = [];
  /** Foreign pids: ticks when first seen (0 for those born inside the window), last ticks seen, command. */
  private readonly foreign = new Map<number, { first: number; last: number; command: string }>();
  private readonly foreignNamespaces = new Set<string>();
  private initialScan = true;

  constructor(
    private readonly pid: number,
    private readonly watched: number[],
    private readonly mesh: Mesh,
  ) {
    this.ticks0 = new Map(watched.map((p) => [p, cpuTicks(p)]));
    this.sample();
    this.scan();
    this.timer = setInterval(() => this.sample(), RSS_SAMPLE_MS);
    this.scanTimer = setInterval(() => this.scan(), 1000);
  }

  private sample(): void {
    const { rss } = rssMiB(this.pid);
    if (Number.isFinite(rss)) this.rss.push(rss);
  }

  private scan(): void {
    const ours = new Set<number>();
    for (const name of this.mesh.namespaces()) {
      try {
        ours.add(statSync(`/run/netns/${name}`).ino);
      } catch {
        // gone
      }
    }
    for (const name of listNetns()) if (!this.mesh.namespaces().includes(name)) this.foreignNamespaces.add(name);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      if (pid === process.pid) continue;
      const known = this.foreign.get(pid);
      const info = procInfo(entry);
      if (info === undefined) continue;
      if (known) {
        known.last = info.ticks;
        continue;
      }
      if (info.ppid === process.pid || info.ppid === 2 || pid === 2 || ours.has(netnsOf(entry))) continue;
      const command = cmdline(pid);
      if (command === '') continue; // a kernel thread (or a zombie): the kernel's work, often for us
      this.foreign.set(pid, { first: this.initialScan ? info.ticks : 0, last: info.ticks, command });
    }
    this.initialScan = false;
  }

  /** CPU seconds per watched pid over the window, the window's length and the machine's busy share (% of one core). */
  stop(): { seconds: number; cpuS: Map<number, number>; machinePct: number; peakRssMiB: number; foreign: ForeignLoad } {
    clearInterval(this.timer);
    clearInterval(this.scanTimer);
    this.sample();
    this.scan();
    const seconds = (Date.now() - this.t0) / 1000;
    const machine1 = machineTicks();
    const cpuS = new Map(this.watched.map((p) => [p, (cpuTicks(p) - this.ticks0.get(p)!) / clockTicks]));
    const used = [...this.foreign.values()].map((p) => ({ command: p.command, cpuS: (p.last - p.first) / clockTicks })).filter((p) => p.cpuS > 0);
    used.sort((a, b) => b.cpuS - a.cpuS);
    const foreign: ForeignLoad = {
      cpuS: used.reduce((sum, p) => sum + p.cpuS, 0),
      top: used.slice(0, 3).map((p) => `${p.command.slice(0, 80)} (${p.cpuS.toFixed(1)} s)`),
      namespaces: this.foreignNamespaces.size,
    };
    return { seconds, cpuS, machinePct: ((machine1.busy - this.machine0.busy) / clockTicks / seconds) * 100, peakRssMiB: Math.max(...this.rss), foreign };
  }
}

// ---------------------------------------------------------------- results

interface LinkCheck {
  /** Plain TCP (python, no TLS) from the sender to recipient 1 through the shaped link, before any agent ran. */
  bytes: number;
  seconds: number;
  mbit: number;
  error?: string;
}

interface HttpsRun {
  rep: number;
  bytes: number;
  /** curl's time_total (TCP connect + TLS + 100-continue + body + answer). */
  seconds: number;
  connectS: number;
  tlsS: number;
  httpCode: number;
  mbit: number;
  /** The uploaded file was in the recipient's share with the right size afterwards. */
  verified: boolean;
  foreign: ForeignLoad;
  error?: string;
}

interface PushRun {
  n: number;
  /** For the single-recipient reference: which repetition (1-based). */
  rep?: number;
  bytes: number;
  transferId?: string;
  exitCode: number | null;
  /** The whole `mesh-share send` process. */
  commandS: number;
  /** First recipient `sending` to last `delivered` (null: not all delivered). */
  deliveryS: number | null;
  /** Process start to the first `sending`: node start, D-Bus, hashing, persisting the transfer. */
  startupS: number | null;
  delivered: number;
  /** Recipients not delivered, with their state and reason. */
  notDelivered: string[];
  /** `sending` -> `delivered` of each delivered recipient (its last attempt). */
  perRecipientS: number[];
  /** Attempts beyond the first, all recipients. */
  retries: number;
  /** Bytes the sender's interface sent during the run (all traffic: push, TLS/noise framing, TCP/IP headers, mDNS). */
  linkTxBytes: number;
  /** Recipients whose inbox holds the file with the right size afterwards. */
  inboxVerified: number;
  rssBeforeMiB: number;
  rssPeakSampledMiB: number;
  /** VmHWM after the run (reset before it when the kernel allows). */
  hwmMiB: number;
  hwmReset: boolean;
  rssAfterMiB: number;
  senderCpuS: number;
  recipientsCpuS: number;
  relayCpuS: number;
  machinePct: number;
  windowS: number;
  /** Why attempts did not deliver (the recipients' reasons while pending, waiting or failed), with how often. */
  retryReasons: string[];
  /** Warnings and errors the sender and these recipients logged during the run (and, at debug level, broken streams). */
  agentLog: string[];
  foreign: ForeignLoad;
  error?: string;
}

interface Results {
  machine: string;
  config: Config;
  linkCheck?: LinkCheck;
  https: HttpsRun[];
  single: PushRun[];
  pushes: PushRun[];
  startS?: number;
  discoveryS?: number;
  notes: string[];
  error?: string;
}

// ---------------------------------------------------------------- the run

/** A file of `bytes` random bytes. */
async function randomFile(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  for (let left = bytes; left > 0; ) {
    const chunk = randomBytes(Math.min(left, MIB));
    left -= chunk.byteLength;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Plain TCP through the link: a python sink on `to`, a python source on `from`. */
async function checkLink(from: MeshHost, to: MeshHost, bytes: number, timeoutMs: number): Promise<LinkCheck> {
  const sink = to.spawn(PYTHON, [
    '-c',
    `import socket,sys,time
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1); s.bind(('0.0.0.0',9009)); s.listen(1)
print('listening',flush=True)
c,_=s.accept(); n=0; t0=time.monotonic(); t1=t0
while True:
  b=c.recv(1<<20)
  if not b: break
  n+=len(b); t1=time.monotonic()
print(n, t1-t0, flush=True)`,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  sink.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  sink.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = once(sink, 'exit');
  try {
    const deadline = Date.now() + 10_000;
    while (!out.includes('listening')) {
      if (Date.now() > deadline || sink.exitCode !== null) throw new Error(`the TCP sink did not start: ${err.trim() || 'no output'}`);
      await sleep(20);
    }
    const t0 = Date.now();
    const source = await from.exec(
      PYTHON,
      ['-c', `import socket\ns=socket.create_connection(('${to.address}',9009))\nb=b'\\x5a'*(1<<20)\nleft=${bytes}\nwhile left>0:\n  n=min(left,len(b)); s.sendall(b[:n]); left-=n\ns.shutdown(socket.SHUT_WR); s.recv(1); s.close()`],
      { timeoutMs },
    );
    if (source.code !== 0) throw new Error(`the TCP source failed (${source.code ?? source.signal}): ${source.stderr.trim()}`);
    await Promise.race([exited, sleep(10_000)]);
    const [n, s] = out.trim().split('\n').at(-1)!.split(' ').map(Number);
    if (n !== bytes) throw new Error(`the sink got ${n} of ${bytes} bytes`);
    // The sink's clock runs from the first byte; the source's from before its connect: take the longer.
    const seconds = Math.max(s!, (Date.now() - t0) / 1000 - 0.05);
    return { bytes, seconds, mbit: (bytes * 8) / seconds / 1e6 };
  } catch (error) {
    return { bytes, seconds: Number.NaN, mbit: Number.NaN, error: firstLines(error, 3) };
  } finally {
    if (sink.exitCode === null) sink.kill('SIGKILL');
  }
}

/**
 * Starts one agent per host, `batchSize` at a time, each batch once the previous is ready. An agent that
 * does not get ready within the harness's 30 s (two cores, many agents starting) is tried once more.
 */
async function startAgents(hosts: MeshHost[], inboxOf: (host: MeshHost) => string, batchSize: number, extraArgs: string[], notes: string[]): Promise<MeshAgent[]> {
  const started: MeshAgent[] = [];
  try {
    for (let from = 0; from < hosts.length; from += batchSize) {
      const results = await Promise.allSettled(
        hosts.slice(from, from + batchSize).map(async (host) => {
          const options = { args: ['--inbox', inboxOf(host), ...extraArgs] };
          let agent: MeshAgent;
          try {
            agent = await startMeshAgent(host, options);
          } catch (error) {
            const why = firstLines(error, 1);
            say(`agent ${host.index} did not start (${why}); once more`);
            notes.push(`agent ${host.index} needed a second start: ${why}`);
            agent = await startMeshAgent(host, options);
          }
          started.push(agent);
        }),
      );
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      say(`${started.length}/${hosts.length} agents ready`);
    }
  } catch (error) {
    await Promise.all(started.map((agent) => agent.cleanup().catch(() => undefined)));
    throw error;
  }
  return hosts.map((host) => started.find((agent) => agent.host === host)!);
}

/** Until the sender lists every recipient online (the outbox marks the others `waiting` and sends them nothing). */
async function waitForPeers(client: AgentClient, peerIds: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let missing: string[] = peerIds;
  while (Date.now() < deadline) {
    const online = new Set((await client.listPeers()).filter((p) => p.online === true && typeof p.peer_id === 'string').map((p) => p.peer_id as string));
    missing = peerIds.filter((id) => !online.has(id));
    if (missing.length === 0) return;
    await sleep(500);
  }
  throw new Error(`after ${timeoutMs / 1000} s the sender still does not list ${missing.length} of the ${peerIds.length} recipients online`);
}

/** Recipient state changes of the sender's transfers, with when this process saw them. */
class TransferLog {
  readonly events: Array<{ at: number; transferId: string; peerId: string; state: string; attempts: number; reason?: string }> = [];
  record(event: TransferEvent): void {
    if (event.kind !== 'recipient') return;
    const r = event.recipient;
    this.events.push({
      at: Date.now(),
      transferId: event.transferId,
      peerId: String(r.peer_id),
      state: String(r.state),
      attempts: Number(r.attempts ?? 0),
      ...(typeof r.reason === 'string' ? { reason: r.reason } : {}),
    });
  }
}

interface Bench {
  config: Config;
  mesh: Mesh;
  sender: MeshAgent;
  senderPid: number;
  recipients: MeshAgent[];
  recipientIds: string[];
  recipientPids: number[];
  relayPid: number | null;
  inboxOf: (agent: MeshAgent) => string;
  client: AgentClient;
  log: TransferLog;
  filesDir: string;
  bytes: number;
}

async function push(bench: Bench, n: number, label: string, rep?: number): Promise<PushRun> {
  const { config, sender, senderPid, bytes } = bench;
  const file = join(bench.filesDir, `push-${label}.bin`);
  await randomFile(file, bytes);
  const targets = bench.recipients.slice(0, n);
  const ids = bench.recipientIds.slice(0, n);
  const pids = bench.recipientPids.slice(0, n);
  const expectedS = config.rateMbit > 0 ? (n * bytes * 8) / (config.rateMbit * 1e6) : n * 2;
  const timeoutMs = Math.round(Math.max(120, 4 * expectedS + 60) * 1000);

  const logFromAgent = [sender, ...targets].map((agent) => agent.stderr().length);
  const hwmReset = resetPeakRss(senderPid);
  const rssBefore = rssMiB(senderPid).rss;
  const tx0 = txBytes(senderPid, 'v0');
  const watched = [senderPid, ...pids, ...(bench.relayPid !== null ? [bench.relayPid] : [])];
  const sampler = new Sampler(senderPid, watched, bench.mesh);
  const logFrom = bench.log.events.length;
  const t0 = Date.now();
  const result = await sender.cli(['send', file, '--to', ids.join(','), '--json'], { timeoutMs });
  const t1 = Date.now();
  const window = sampler.stop();
  const tx1 = txBytes(senderPid, 'v0');
  const after = rssMiB(senderPid);

  const run: PushRun = {
    n,
    ...(rep !== undefined ? { rep } : {}),
    bytes,
    exitCode: result.code,
    commandS: (t1 - t0) / 1000,
    deliveryS: null,
    startupS: null,
    delivered: 0,
    notDelivered: [],
    perRecipientS: [],
    retries: 0,
    linkTxBytes: tx1 - tx0,
    inboxVerified: 0,
    rssBeforeMiB: rssBefore,
    rssPeakSampledMiB: window.peakRssMiB,
    hwmMiB: after.hwm,
    hwmReset,
    rssAfterMiB: after.rss,
    senderCpuS: window.cpuS.get(senderPid) ?? Number.NaN,
    recipientsCpuS: pids.reduce((sum, pid) => sum + (window.cpuS.get(pid) ?? Number.NaN), 0),
    relayCpuS: bench.relayPid !== null ? (window.cpuS.get(bench.relayPid) ?? Number.NaN) : Number.NaN,
    machinePct: window.machinePct,
    windowS: window.seconds,
    retryReasons: [],
    agentLog: [],
    foreign: window.foreign,
  };

  const lines = result.stdout
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return {};
      }
    });
  const started = lines.find((line) => line.event === 'started');
  const transferId = typeof started?.transfer_id === 'string' ? started.transfer_id : undefined;
  if (transferId !== undefined) run.transferId = transferId;
  const report = lines.find((line) => line.event === 'report')?.report as PlainDict | undefined;
  const reported = Array.isArray(report?.recipients) ? (report.recipients as PlainDict[]) : [];
  const states = new Map(reported.map((r) => [String(r.peer_id), r]));
  for (const id of ids) {
    const r = states.get(id);
    if (r?.state === 'delivered') run.delivered++;
    else run.notDelivered.push(`${id.slice(-8)}: ${r === undefined ? 'not in the report' : `${String(r.state)}${typeof r.reason === 'string' ? ` (${r.reason})` : ''}`}`);
  }
  if (result.code !== 0) {
    run.error = `mesh-share send exited ${result.code ?? result.signal}${result.signal === 'SIGKILL' ? ` (killed after ${timeoutMs / 1000} s)` : ''}: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ').slice(0, 600)}`;
    // Whatever is left of it must not disturb the next run.
    if (transferId !== undefined) await bench.client.cancelTransfer(transferId).catch(() => undefined);
  }

  // Timing from the sender's signals.
  if (transferId !== undefined) {
    await sleep(200); // the last signals may trail the CLI's exit
    const events = bench.log.events.slice(logFrom).filter((e) => e.transferId === transferId);
    const sending = events.filter((e) => e.state === 'sending');
    const deliveredEvents = events.filter((e) => e.state === 'delivered');
    if (sending.length > 0) run.startupS = (Math.min(...sending.map((e) => e.at)) - t0) / 1000;
    if (sending.length > 0 && deliveredEvents.length === n && run.delivered === n) {
      run.deliveryS = (Math.max(...deliveredEvents.map((e) => e.at)) - Math.min(...sending.map((e) => e.at))) / 1000;
    }
    for (const d of deliveredEvents) {
      const lastSending = sending.filter((e) => e.peerId === d.peerId && e.at <= d.at).at(-1);
      if (lastSending) run.perRecipientS.push((d.at - lastSending.at) / 1000);
    }
    const attempts = new Map<string, number>();
    for (const e of events) attempts.set(e.peerId, Math.max(attempts.get(e.peerId) ?? 0, e.attempts));
    run.retries = [...attempts.values()].reduce((sum, a) => sum + Math.max(0, a - 1), 0);
    const reasons = new Map<string, number>();
    for (const e of events) {
      if (e.reason === undefined || e.state === 'delivered' || e.state === 'sending') continue;
      reasons.set(`${e.state}: ${e.reason}`, (reasons.get(`${e.state}: ${e.reason}`) ?? 0) + 1);
    }
    run.retryReasons = [...reasons].map(([reason, count]) => `${count}x ${reason}`);
  } else if (run.error === undefined) {
    run.error = `mesh-share send printed no transfer id: ${result.stdout.slice(0, 300)}`;
  }

  run.agentLog = logSummary([sender, ...targets].map((agent, i) => ({ role: i === 0 ? 'sender' : 'recipient', text: agent.stderr().slice(logFromAgent[i]) })));

  // The bytes really arrived: the file in each inbox, with the right size (then removed, to spare the disk).
  const name = basename(file);
  await Promise.all(
    targets.map(async (agent) => {
      const path = join(bench.inboxOf(agent), name);
      try {
        if ((await stat(path)).size === bytes) run.inboxVerified++;
      } catch {
        // not there
      }
      await rm(path, { force: true });
    }),
  );
  await rm(file, { force: true });
  if (run.error === undefined && (run.delivered !== n || run.inboxVerified !== n)) {
    run.error = `${run.delivered}/${n} delivered, ${run.inboxVerified}/${n} inboxes hold the file`;
  }
  const rate = run.deliveryS !== null ? `${mbitOf(bytes * n, run.deliveryS).toFixed(1)} Mbit/s` : 'n/a';
  say(
    `push ${label}: ${run.delivered}/${n} delivered; delivery ${f(run.deliveryS)} s (${rate} aggregate), command ${f(run.commandS)} s; ` +
      `sender RSS peak ${f(run.rssPeakSampledMiB, 1)} MiB (VmHWM ${f(run.hwmMiB, 1)}), CPU ${f(run.senderCpuS)} s; relay CPU ${f(run.relayCpuS)} s; machine ${f(run.machinePct, 0)}%; others ${foreignCell(run, run.windowS)}` +
      (run.retries > 0 ? `; ${run.retries} retries (${run.retryReasons.slice(0, 3).join('; ')})` : '') +
      (run.error !== undefined ? `; ERROR ${run.error}` : ''),
  );
  return run;
}

/** Debug messages that say why a delivery broke (the agent logs them at debug level only). */
const TELLING_DEBUG = new Set(['a push delivery broke', 'a protocol stream ended with an error', 'delivery failed; retrying later']);

/** Warnings, errors and telling debug lines of these logs (JSON lines), counted by role, message and error. */
function logSummary(logs: Array<{ role: string; text: string }>): string[] {
  const counts = new Map<string, number>();
  for (const { role, text } of logs) {
    for (const line of text.split('\n')) {
      if (!line.startsWith('{')) continue;
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        continue;
      }
      const message = String(entry.message);
      if (entry.level !== 'warn' && entry.level !== 'error' && !(entry.level === 'debug' && TELLING_DEBUG.has(message))) continue;
      const key = `${role} ${String(entry.level)}: ${message}${entry.error !== undefined ? ` (${String(entry.error).slice(0, 160)})` : ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${count}x ${key}`);
}

async function httpsUpload(bench: Bench, rep: number, davPort: number): Promise<HttpsRun> {
  const { sender, bytes } = bench;
  const to = bench.recipients[0]!;
  const file = join(bench.filesDir, `https-${rep}.bin`);
  await randomFile(file, bytes);
  const name = `bench-https-${rep}.bin`;
  const url = `https://${to.host.address}:${davPort}/${name}`;
  const timeoutMs = Math.round(Math.max(120, bench.config.rateMbit > 0 ? (4 * bytes * 8) / (bench.config.rateMbit * 1e6) + 60 : 120) * 1000);
  const sampler = new Sampler(bench.senderPid, [], bench.mesh);
  const result = await sender.host.exec(
    'curl',
    ['-k', '-sS', '-T', file, '-u', `${to.user}:${to.password}`, '-o', '/dev/null', '-w', '%{http_code} %{time_connect} %{time_appconnect} %{time_total} %{size_upload}', url],
    { timeoutMs },
  );
  const { foreign } = sampler.stop();
  const [code, connect, tls, total, uploaded] = result.stdout.trim().split(' ').map(Number);
  const out: HttpsRun = { rep, bytes, seconds: total ?? Number.NaN, connectS: connect ?? Number.NaN, tlsS: tls ?? Number.NaN, httpCode: code ?? 0, mbit: mbitOf(bytes, total ?? Number.NaN), verified: false, foreign };
  try {
    out.verified = (await stat(join(to.shareDir, name))).size === bytes;
  } catch {
    // not there
  }
  if (result.code !== 0 || (code !== 201 && code !== 204) || uploaded !== bytes || !out.verified) {
    out.error = `curl exited ${result.code ?? result.signal}, HTTP ${code}, uploaded ${uploaded} of ${bytes}, in the share: ${out.verified ? 'yes' : 'no'}: ${result.stderr.trim().slice(0, 300)}`;
  }
  await rm(join(to.shareDir, name), { force: true });
  await rm(file, { force: true });
  say(`HTTPS upload ${rep}: ${f(out.seconds)} s, ${f(out.mbit, 1)} Mbit/s (HTTP ${code}); others ${foreignCell(out, out.seconds)}${out.error !== undefined ? `; ERROR ${out.error}` : ''}`);
  return out;
}

async function measure(config: Config, results: Results): Promise<void> {
  const maxN = Math.max(1, ...config.sizes);
  const bytes = config.mib * MIB;
  const benchDir = await mkdtemp(join(tmpdir(), 'mesh-share-bench-send-'));
  // Ctrl-C exits without reaching the finally below; the harness's own hooks remove the mesh and agents.
  const removeDir = (): void => rmSync(benchDir, { recursive: true, force: true });
  process.on('exit', removeDir);
  const filesDir = join(benchDir, 'files');
  await mkdir(filesDir);
  let mesh: Mesh | null = null;
  let agents: MeshAgent[] = [];
  let client: AgentClient | null = null;
  try {
    say(`making a mesh of ${maxN + 1} hosts`);
    mesh = await Mesh.create({ hosts: maxN + 1 });
    const hosts = mesh.hosts;
    if (config.rateMbit > 0) {
      say(`shaping the sender's link to ${config.rateMbit} Mbit/s each way`);
      await mesh.shapeLink(hosts[0]!, { rateMbit: config.rateMbit });
    }
    const relayPid = pidsInNamespaces([mesh.bridgeNamespace]).find((pid) => cmdline(pid).includes('relay')) ?? null;

    say(`plain TCP through the link: ${config.mib} MiB from host 0 to host 1`);
    const linkTimeout = Math.round(Math.max(60, config.rateMbit > 0 ? (3 * bytes * 8) / (config.rateMbit * 1e6) + 30 : 60) * 1000);
    results.linkCheck = await checkLink(hosts[0]!, hosts[1]!, bytes, linkTimeout);
    say(`plain TCP: ${f(results.linkCheck.mbit, 1)} Mbit/s${results.linkCheck.error !== undefined ? ` (ERROR ${results.linkCheck.error})` : ''}`);
    if (config.rateMbit > 0 && results.linkCheck.mbit < 0.9 * config.rateMbit) {
      results.notes.push(
        `the shaped link carried only ${f(results.linkCheck.mbit, 1)} Mbit/s of plain TCP at ${config.rateMbit} Mbit/s asked (below 90 %): the relay does not hold this rate here; try a lower --rate-mbit`,
      );
    }

    const inboxes = new Map<MeshHost, string>();
    for (const host of hosts) {
      const dir = join(benchDir, `inbox-${host.index}`);
      await mkdir(dir);
      inboxes.set(host, dir);
    }
    say(`starting ${hosts.length} agents, ${config.startBatch} at a time`);
    const tStart = Date.now();
    const extraArgs = config.agentLogLevel !== undefined ? ['--log-level', config.agentLogLevel] : [];
    agents = await startAgents(hosts, (host) => inboxes.get(host)!, config.startBatch, extraArgs, results.notes);
    results.startS = (Date.now() - tStart) / 1000;
    const infos = await Promise.all(agents.map((agent) => agent.info()));
    const peerIds = infos.map((info, i) => {
      if (typeof info.peerId !== 'string' || info.peerId === '') throw new Error(`agent ${i} has no peerId in agent.json`);
      return info.peerId;
    });
    const pids = agents.map((agent, i) => {
      const pid = agent.pid;
      if (pid === null || !cmdline(pid).includes('cli.js')) throw new Error(`agent ${i}'s pid ${pid} is not the agent`);
      return pid;
    });
    const sender = agents[0]!;
    const recipients = agents.slice(1);
    client = await connectToAgent(sender.busEnv);
    const log = new TransferLog();
    await client.onTransferEvent((event) => log.record(event));

    say('waiting for the sender to see every recipient');
    const tDisc = Date.now();
    await waitForPeers(client, peerIds.slice(1), 180_000);
    results.discoveryS = (Date.now() - tDisc) / 1000;
    say(`the sender sees all ${recipients.length} recipients (${f(results.discoveryS, 1)} s); the recipients trust the sender`);
    for (let i = 0; i < recipients.length; i += 10) {
      await Promise.all(
        recipients.slice(i, i + 10).map(async (agent) => {
          const c = await connectToAgent(agent.busEnv);
          try {
            await c.trustPeer(peerIds[0]!);
          } finally {
            c.close();
          }
        }),
      );
    }
    await sleep(config.settleSeconds * 1000);

    const bench: Bench = {
      config,
      mesh,
      sender,
      senderPid: pids[0]!,
      recipients,
      recipientIds: peerIds.slice(1),
      recipientPids: pids.slice(1),
      relayPid,
      inboxOf: (agent) => inboxes.get(agent.host)!,
      client,
      log,
      filesDir,
      bytes,
    };
    const davPort = Number(infos[1]!.davPort);
    if (!Number.isInteger(davPort) || davPort <= 0) throw new Error(`recipient 1's agent.json has no davPort: ${JSON.stringify(infos[1])}`);

    // The single-recipient reference and HTTPS, interleaved (drift in the machine's load hits both alike).
    for (let rep = 1; rep <= config.repeats; rep++) {
      const order = rep % 2 === 1 ? ['https', 'push'] : ['push', 'https'];
      for (const what of order) {
        if (what === 'https') results.https.push(await httpsUpload(bench, rep, davPort));
        else results.single.push(await push(bench, 1, `n1-rep${rep}`, rep));
        await sleep(2000);
      }
    }
    for (const n of config.sizes) {
      if (n === 1) continue;
      results.pushes.push(await push(bench, n, `n${n}`));
      await sleep(2000);
    }
    const alive = agents.filter((agent) => agent.pid === null);
    if (alive.length > 0) results.notes.push(`${alive.length} agent(s) exited during the run: ${alive.map((a) => a.host.index).join(', ')}`);
  } catch (error) {
    results.error = firstLines(error, 12);
    say(`ERROR ${results.error}`);
  } finally {
    say('stopping the agents and removing the mesh');
    client?.close();
    if (config.keepLogs !== undefined && agents.length > 0) {
      try {
        await mkdir(config.keepLogs, { recursive: true });
        for (const agent of agents) writeFileSync(join(config.keepLogs, `agent-${agent.host.index}.log`), agent.stderr());
        say(`agent logs written to ${config.keepLogs}`);
      } catch (error) {
        say(`could not write the agent logs: ${firstLines(error, 1)}`);
      }
    }
    await Promise.all(agents.map((agent) => agent.cleanup().catch(() => undefined)));
    await mesh?.destroy();
    removeDir();
    process.off('exit', removeDir);
  }
}

// ---------------------------------------------------------------- report

function f(x: number | undefined | null, digits = 2): string {
  return typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

function mbitOf(bytes: number, seconds: number): number {
  return (bytes * 8) / seconds / 1e6;
}

/** Other processes used more than 5 % of a core, or another mesh existed, during the run. */
function disturbed(run: { foreign: ForeignLoad; windowS?: number; seconds?: number }): boolean {
  const seconds = run.windowS ?? run.seconds ?? Number.NaN;
  return run.foreign.namespaces > 0 || run.foreign.cpuS / seconds > 0.05;
}

function foreignCell(run: { foreign: ForeignLoad }, seconds: number): string {
  const pct = (run.foreign.cpuS / seconds) * 100;
  return `${f(pct, 0)} %${run.foreign.namespaces > 0 ? ` +${run.foreign.namespaces} netns` : ''}`;
}

function finite(values: Array<number | null | undefined>): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

function markdown(header: string[], rows: string[][], leftColumns = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cols: string[]): string => `| ${cols.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < leftColumns ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

interface Summary {
  /** Median delivery time of the single-recipient pushes (all delivered), and of their whole command. */
  singleS: number | null;
  singleCommandS: number | null;
  httpsS: number | null;
  /** Per N (the single reference as N=1): delivery, ratio to N x single. */
  rows: Array<{ n: number; run: PushRun | null; deliveryS: number | null; loopS: number | null; ratio: number | null }>;
}

function summarize(results: Results): Summary {
  const okSingle = results.single.filter((r) => r.deliveryS !== null && r.error === undefined);
  const singleS = okSingle.length > 0 ? median(okSingle.map((r) => r.deliveryS!)) : null;
  const singleCommandS = okSingle.length > 0 ? median(okSingle.map((r) => r.commandS)) : null;
  const okHttps = results.https.filter((r) => r.error === undefined && Number.isFinite(r.seconds));
  const httpsS = okHttps.length > 0 ? median(okHttps.map((r) => r.seconds)) : null;
  const rows: Summary['rows'] = [];
  if (results.single.length > 0) {
    // The median run stands for N=1 in the table.
    const byTime = [...okSingle].sort((a, b) => a.deliveryS! - b.deliveryS!);
    const mid = byTime[Math.floor((byTime.length - 1) / 2)] ?? results.single[0]!;
    rows.push({ n: 1, run: mid, deliveryS: singleS, loopS: singleS, ratio: singleS !== null ? 1 : null });
  }
  for (const run of results.pushes) {
    const loopS = singleS !== null ? run.n * singleS : null;
    rows.push({ n: run.n, run, deliveryS: run.deliveryS, loopS, ratio: run.deliveryS !== null && loopS !== null ? run.deliveryS / loopS : null });
  }
  return { singleS, singleCommandS, httpsS, rows };
}

/** The most disturbed of several runs. */
function maxForeign(runs: PushRun[]): string {
  const worst = runs.reduce<PushRun | null>((a, b) => (a === null || b.foreign.cpuS / b.windowS > a.foreign.cpuS / a.windowS ? b : a), null);
  return worst ? `${foreignCell(worst, worst.windowS)}${runs.length > 1 ? ' (worst)' : ''}` : 'n/a';
}

function mainTable(results: Results, s: Summary): string {
  const header = [
    'N',
    'delivery (s)',
    'N x single (s)',
    'ratio',
    'command (s)',
    'delivered',
    'aggregate Mbit/s',
    'per recipient s (min/med/max)',
    'retries',
    'sender RSS peak MiB (sampled / VmHWM)',
    'sender CPU s',
    'others % core',
  ];
  const rows = s.rows.map(({ n, run, deliveryS, loopS, ratio }) => {
    const single = n === 1 && results.single.length > 1;
    const per = run?.perRecipientS ?? [];
    return [
      single ? `1 (median of ${results.single.length})` : String(n),
      f(deliveryS),
      f(loopS),
      ratio !== null ? `${ratio.toFixed(3)}x` : 'n/a',
      f(single ? s.singleCommandS : run?.commandS),
      run ? `${run.delivered}/${n}` : 'n/a',
      deliveryS !== null ? f(mbitOf(n * results.config.mib * MIB, deliveryS), 1) : 'n/a',
      per.length > 0 ? `${f(Math.min(...per))} / ${f(median(per))} / ${f(Math.max(...per))}` : 'n/a',
      run ? String(run.retries) : 'n/a',
      run ? `${f(run.rssPeakSampledMiB, 1)} / ${f(run.hwmMiB, 1)}` : 'n/a',
      run ? f(run.senderCpuS) : 'n/a',
      single ? maxForeign(results.single) : run ? foreignCell(run, run.windowS) : 'n/a',
    ];
  });
  return markdown(header, rows);
}

function referenceTable(results: Results, s: Summary): string {
  const bytes = results.config.mib * MIB;
  const raw = results.linkCheck && results.linkCheck.error === undefined ? results.linkCheck : undefined;
  const header = ['one recipient, same link', 'seconds', 'Mbit/s', 'of plain TCP', 'runs (s)'];
  const row = (name: string, seconds: number | null, runs: number[]): string[] => [
    name,
    f(seconds),
    seconds !== null ? f(mbitOf(bytes, seconds), 1) : 'n/a',
    seconds !== null && raw ? `${((raw.seconds / seconds) * 100).toFixed(0)} %` : 'n/a',
    runs.map((x) => f(x)).join(', '),
  ];
  const rows: string[][] = [];
  if (results.linkCheck) rows.push(row('plain TCP (python, no TLS, before the agents)', raw ? raw.seconds : null, raw ? [raw.seconds] : []));
  rows.push(row(`HTTPS upload (curl -T to the WebDAV share), median`, s.httpsS, results.https.map((r) => r.seconds)));
  rows.push(row('push, delivery (first sending -> delivered), median', s.singleS, finite(results.single.map((r) => r.deliveryS))));
  rows.push(row('push, whole mesh-share send command, median', s.singleCommandS, results.single.map((r) => r.commandS)));
  return markdown(header, rows);
}

interface Verdict {
  pass: boolean | null;
  text: string;
}

function targets(results: Results, s: Summary): Verdict[] {
  const out: Verdict[] = [];
  const label = (r: PushRun): string => `N=${r.n}${r.rep !== undefined ? `#${r.rep}` : ''}`;
  /** " [disturbed: ...]" when other processes ran during any of these runs. */
  const warn = (pushes: PushRun[], https: HttpsRun[] = []): string => {
    const hit = [...pushes.filter(disturbed).map(label), ...https.filter(disturbed).map((h) => `HTTPS#${h.rep}`)];
    return hit.length > 0 ? ` [disturbed by other processes: ${hit.join(', ')}]` : '';
  };
  // 1. Single push at least 0.8x HTTPS.
  if (s.singleS !== null && s.httpsS !== null) {
    const ratio = s.httpsS / s.singleS; // throughput ratio push / HTTPS
    const cmdRatio = s.singleCommandS !== null ? s.httpsS / s.singleCommandS : Number.NaN;
    out.push({
      pass: ratio >= TARGET_HTTPS_RATIO,
      text: `single push >= ${TARGET_HTTPS_RATIO}x HTTPS throughput: push ${f(mbitOf(results.config.mib * MIB, s.singleS), 1)} Mbit/s vs HTTPS ${f(mbitOf(results.config.mib * MIB, s.httpsS), 1)} Mbit/s = ${ratio.toFixed(3)}x (medians; counting the whole send command, hashing included: ${f(cmdRatio, 3)}x)${warn(results.single, results.https)}`,
    });
  } else {
    out.push({ pass: false, text: `single push >= ${TARGET_HTTPS_RATIO}x HTTPS throughput: not measured (${s.singleS === null ? 'no single push completed' : 'no HTTPS upload completed'})` });
  }
  // 2. All N finish.
  const all = [...results.single, ...results.pushes];
  const failed = all.filter((r) => r.error !== undefined || r.delivered !== r.n);
  const wanted = new Set([1, ...results.config.sizes]);
  const ran = new Set(all.map((r) => r.n));
  const missing = [...wanted].filter((n) => !ran.has(n));
  out.push({
    pass: failed.length === 0 && missing.length === 0,
    text:
      `all N finish: ${all.map((r) => `N=${r.n}${r.rep !== undefined ? `#${r.rep}` : ''} ${r.delivered}/${r.n}`).join(', ') || 'nothing ran'}` +
      (missing.length > 0 ? `; not run: N=${missing.join(', ')}` : '') +
      (failed.length > 0 ? `; failed: ${failed.map((r) => `N=${r.n}${r.rep !== undefined ? `#${r.rep}` : ''}`).join(', ')}` : ''),
  });
  // 3. No N costs more than the sequential loop.
  const multi = s.rows.filter((row) => row.n > 1);
  if (multi.length === 0) {
    out.push({ pass: null, text: 'no N costs more than the sequential loop (N x single): no N > 1 was run' });
  } else {
    const judged = multi.filter((row) => row.ratio !== null);
    const worst = judged.reduce<(typeof judged)[number] | null>((a, b) => (a === null || b.ratio! > a.ratio! ? b : a), null);
    out.push({
      pass: judged.length === multi.length && judged.every((row) => row.ratio! <= 1),
      text: `no N costs more than the sequential loop (N x single): ${multi.map((row) => `N=${row.n} ${row.ratio !== null ? `${row.ratio.toFixed(3)}x` : 'n/a'}`).join(', ')}${worst ? `; worst N=${worst.n}` : ''}${warn([...results.single, ...results.pushes])}`,
    });
  }
  // 4. Sender RSS at N = 30.
  const biggest = all.filter((r) => r.n === Math.max(...all.map((x) => x.n))).at(-1);
  if (biggest) {
    const peak = Math.max(biggest.rssPeakSampledMiB, biggest.hwmMiB);
    const at = biggest.n === TARGET_N ? '' : ` [measured at N=${biggest.n}, not ${TARGET_N}]`;
    out.push({
      pass: biggest.n >= TARGET_N ? peak < TARGET_RSS_MIB : peak < TARGET_RSS_MIB ? null : false,
      text: `sender RSS < ${TARGET_RSS_MIB} MiB at N=${TARGET_N}: peak ${f(peak, 1)} MiB (sampled every ${RSS_SAMPLE_MS} ms ${f(biggest.rssPeakSampledMiB, 1)}, VmHWM ${f(biggest.hwmMiB, 1)}${biggest.hwmReset ? ' since just before the push' : ' since the agent started'}; before ${f(biggest.rssBeforeMiB, 1)}, after ${f(biggest.rssAfterMiB, 1)})${at}${warn([biggest])}`,
    });
  } else {
    out.push({ pass: false, text: `sender RSS < ${TARGET_RSS_MIB} MiB at N=${TARGET_N}: not measured` });
  }
  return out;
}

function details(results: Results): string[] {
  const out: string[] = [];
  const expectTx = (r: PushRun): string => `${((r.linkTxBytes / (r.n * r.bytes)) * 100).toFixed(1)} % of N x file`;
  for (const r of [...results.single, ...results.pushes]) {
    const head = `N=${r.n}${r.rep !== undefined ? ` #${r.rep}` : ''}:`;
    out.push(
      `${head} command ${f(r.commandS)} s, of which start-up (node, D-Bus, hashing) ${f(r.startupS)} s; sender's link sent ${(r.linkTxBytes / MIB).toFixed(1)} MiB (${expectTx(r)}); ` +
        `${r.inboxVerified}/${r.n} inboxes hold the file; CPU s: sender ${f(r.senderCpuS)}, recipients ${f(r.recipientsCpuS)}, link relay ${f(r.relayCpuS)}; machine busy ${f(r.machinePct, 0)} % of one core (of ${cpus().length * 100} %); ` +
        `sender RSS before ${f(r.rssBeforeMiB, 1)}, after ${f(r.rssAfterMiB, 1)} MiB`,
    );
    if (r.retryReasons.length > 0) out.push(`${head} ${r.retries} retries; reasons seen: ${r.retryReasons.slice(0, 6).join('; ')}`);
    if (r.agentLog.length > 0) out.push(`${head} agent logs: ${r.agentLog.slice(0, 8).join('; ')}${r.agentLog.length > 8 ? `; ... (${r.agentLog.length} kinds)` : ''}`);
    if (disturbed(r)) out.push(`${head} DISTURBED: other processes used ${f(r.foreign.cpuS, 1)} CPU s (${f((r.foreign.cpuS / r.windowS) * 100, 0)} % of a core) during this run${r.foreign.namespaces > 0 ? `, ${r.foreign.namespaces} other network namespace(s) existed` : ''}; busiest: ${r.foreign.top.join(', ') || 'n/a'}`);
    if (r.error !== undefined) out.push(`${head} ERROR ${r.error}`);
    if (r.notDelivered.length > 0) out.push(`${head} not delivered: ${r.notDelivered.slice(0, 10).join('; ')}${r.notDelivered.length > 10 ? `; ... (${r.notDelivered.length})` : ''}`);
  }
  for (const h of results.https) {
    out.push(`HTTPS #${h.rep}: ${f(h.seconds)} s (TCP connect ${f(h.connectS, 3)} s, TLS done at ${f(h.tlsS, 3)} s), HTTP ${h.httpCode}${h.error !== undefined ? `; ERROR ${h.error}` : ''}`);
    if (disturbed(h)) out.push(`HTTPS #${h.rep}: DISTURBED: other processes used ${f(h.foreign.cpuS, 1)} CPU s during it${h.foreign.namespaces > 0 ? `, ${h.foreign.namespaces} other network namespace(s) existed` : ''}; busiest: ${h.foreign.top.join(', ') || 'n/a'}`);
  }
  if (results.startS !== undefined) out.push(`agents started in ${f(results.startS, 1)} s; the sender saw every recipient ${f(results.discoveryS, 1)} s later`);
  for (const note of results.notes) out.push(`note: ${note}`);
  return out;
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const config = readConfig(parseConfig, USAGE);
  if (config === null) return 2;
  if (!requireRoot('test/bench/send.ts')) return 1;
  guardBenchProcess(Math.max(...config.sizes), say);
  statSync(CLI_PATH); // throws when not built
  const curl = await run('curl', ['--version']).catch(() => null);
  if (curl === null || curl.code !== 0) {
    process.stderr.write('bench: curl is needed for the HTTPS reference (Debian package curl)\n');
    return 1;
  }
  const tck = await run('getconf', ['CLK_TCK']);
  clockTicks = Number(tck.stdout.trim()) || 100;

  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} CPUs, Node ${process.versions.node}`;
  const results: Results = { machine, config, https: [], single: [], pushes: [], notes: [] };
  const started = Date.now();
  await measure(config, results);
  const minutes = (Date.now() - started) / 60_000;
  const summary = summarize(results);
  const verdicts = targets(results, summary);

  if (config.json) {
    const tidy = (_k: string, v: unknown): unknown => (typeof v === 'number' ? (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null) : v);
    process.stdout.write(`${JSON.stringify({ ...results, summary, targets: verdicts }, tidy, 2)}\n`);
  } else {
    const lines: string[] = [];
    const link = config.rateMbit > 0 ? `the sender's link shaped to ${config.rateMbit} Mbit/s each way (user-space relay)` : 'no shaping';
    lines.push(`Send to N recipients: one ${config.mib} MiB file of random bytes per push, ${link}; ${machine}`);
    lines.push(`One mesh of ${Math.max(1, ...config.sizes) + 1} agents (one namespace each, one bridge, 169.254/16); the recipients trust the sender; the agent's default concurrency.`);
    if (results.linkCheck) {
      const lc = results.linkCheck;
      lines.push(`Link check: plain TCP carried ${f(lc.mbit, 1)} Mbit/s through the shaped link${config.rateMbit > 0 ? ` (${((lc.mbit / config.rateMbit) * 100).toFixed(0)} % of ${config.rateMbit}; TCP/IP headers take about 5 %)` : ''}${lc.error !== undefined ? `; ERROR ${lc.error}` : ''}.`);
    }
    lines.push('');
    lines.push(mainTable(results, summary));
    lines.push('');
    lines.push('delivery = first recipient `sending` to last `delivered` (the sender\'s D-Bus signals); ratio = delivery / (N x the single-recipient delivery), the cost of a sequential loop;');
    lines.push('command = the whole `mesh-share send --json` process (node start, hashing, delivery, report); aggregate = N x file / delivery; per recipient = its `sending` -> `delivered`.');
    lines.push('');
    lines.push(referenceTable(results, summary));
    lines.push('');
    lines.push('Targets:');
    for (const v of verdicts) lines.push(`  ${v.pass === null ? 'n/a ' : v.pass ? 'PASS' : 'FAIL'}  ${v.text}`);
    const extra = details(results);
    if (extra.length > 0) {
      lines.push('');
      lines.push('Details:');
      for (const line of extra) lines.push(`  ${line}`);
    }
    if (results.error !== undefined) {
      lines.push('');
      lines.push(`ERROR: ${results.error}`);
    }
    const passes = verdicts.filter((v) => v.pass === true).length;
    const fails = verdicts.filter((v) => v.pass === false).length;
    lines.push('');
    lines.push(`send bench: ${results.single.length + results.pushes.length} pushes, ${results.https.length} HTTPS uploads; targets ${passes} PASS, ${fails} FAIL; ${minutes.toFixed(1)} min`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  const broke = results.error !== undefined || [...results.single, ...results.pushes].some((r) => r.error !== undefined) || results.https.some((r) => r.error !== undefined);
  return broke ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
