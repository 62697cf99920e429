/**
 * Discovery benchmark (not run in CI; needs root): N real agents on the
 * simulated XO mesh of test/harness (one network namespace per laptop, one
 * bridge, 169.254/16 addresses only), each with its own private D-Bus.
 *
 *   npx tsc -p . && sudo node dist/test/bench/discovery.js
 *   node dist/test/bench/discovery.js --sizes 3 --idle-seconds 10
 *   node dist/test/bench/discovery.js --sizes 30 --modes tuned --idle-seconds 300
 *
 * For each N, two runs, each on a fresh mesh: `tuned` (the agent's defaults:
 * @libp2p/mdns asks every 300 s, our DNS-SD keeps the list live) and
 * `libp2p-default` (`--mdns-query-interval 10`, libp2p's own default).
 *
 * Per run: all N agents are started in parallel (when they cannot all get
 * ready within the harness's 30 s, which happens at N=30 on two cores, once
 * more on a fresh mesh in two batches, and the table says so). "All see all"
 * is the first moment at which every agent's ListPeers() holds, online, with
 * a PeerId and with `webdavs` among its sources, exactly the PeerIds of the
 * N-1 others. Each agent gets its own D-Bus connection from this process the
 * moment it is ready; its list is followed through the PeerAppeared/
 * PeerChanged/PeerVanished signals, re-read with ListPeers() every 500 ms
 * while incomplete, and confirmed with ListPeers() on every agent once the
 * signals say done. An agent that already lists everyone when first asked
 * makes the figure an upper bound (shown as "≤"). Then, after a settle time,
 * an idle window with no D-Bus calls: CPU of each agent process from
 * /proc/PID/stat, mDNS packets and bytes that entered the bridge (nftables
 * counters), UDP drops per namespace, and at its end each agent's VmRSS.
 *
 * The exit code is 0 whether or not the targets are met; 1 when a run broke
 * for another reason than N agents not starting, or nothing was measured.
 */
import { readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectToAgent, type AgentClient, type PlainDict } from '../../agent/dbus-client.js';
import { Mesh, type MeshHost } from '../harness/mesh.js';
import { startMeshAgent, type MeshAgent, type MeshAgentOptions } from '../harness/mesh-agent.js';
import { requireRoot } from '../harness/root.js';
import { CLI_PATH } from '../helpers/agent-process.js';
import { median, procStatusKiB, readConfig, run, sleep, UsageError, wholeNumberOption } from './proc.js';
import { guardBenchProcess } from './bench-process.js';

const MODES = ['tuned', 'libp2p-default'] as const;
type Mode = (typeof MODES)[number];

/** Extra `mesh-share agent` arguments per mode. */
const MODE_ARGS: Record<Mode, string[]> = {
  tuned: [],
  'libp2p-default': ['--mdns-query-interval', '10'],
};

const TARGET_ALL_SEE_ALL_S = 5;
const TARGET_CPU_PCT = 0.5;
const TARGET_RSS_MIB = 100;
const TARGET_N = 30;
/** TTL of the SRV and A records our DNS-SD publishes (protocols/dns-sd/records.ts HOST_TTL). */
const HOST_TTL_S = 120;
/** ListPeers() of the agents the signals do not yet call complete, this often. */
const RESYNC_MS = 500;
/** CPU and packet samples inside the idle window, this often (to see whether traffic or CPU grows). */
const SEGMENT_MS = 10_000;

const USAGE = `usage: node dist/test/bench/discovery.js [options]

Starts N mesh-share agents on a simulated mesh (network namespaces and a
bridge; needs root, nft and dbus-daemon) and measures how long until every
agent lists every other, then idle CPU, mDNS traffic and RSS per agent.
Each N runs in each mode on a fresh mesh:
  tuned           the agent's defaults (@libp2p/mdns every 300 s + our DNS-SD)
  libp2p-default  --mdns-query-interval 10 (libp2p's own default)

  --sizes N,N,...        numbers of agents (default 5,15,30)
  --modes M,M            tuned, libp2p-default or both (default both)
  --idle-seconds N       length of the idle window (default 60)
  --settle-seconds N     wait between "all see all" and the idle window (default 10)
  --timeout-seconds N    give up waiting for "all see all" after this long
                         from the last agent being ready (default 60)
  --node-options STR     NODE_OPTIONS for the agents (for experiments, e.g.
                         --max-semi-space-size=1); default none
  --start-batch K        start the agents K at a time, each batch once the
                         previous is ready (default 0: all at once, and if
                         they cannot all get ready within the harness's 30 s,
                         once more on a fresh mesh in two batches)
  --json                 print the figures as JSON instead of the tables
  -h, --help             this text
`;

interface Config {
  sizes: number[];
  modes: Mode[];
  idleSeconds: number;
  settleSeconds: number;
  timeoutSeconds: number;
  startBatch: number;
  nodeOptions: string;
  json: boolean;
}

function parseConfig(argv: string[]): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      modes: { type: 'string' },
      'idle-seconds': { type: 'string' },
      'settle-seconds': { type: 'string' },
      'timeout-seconds': { type: 'string' },
      'start-batch': { type: 'string' },
      'node-options': { type: 'string' },
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
  const list = (name: string, raw: string | undefined, fallback: string): string[] => {
    const items = (raw ?? fallback).split(',').map((item) => item.trim());
    if (items.length === 0 || items.some((item) => item === '')) throw new UsageError(`--${name} needs a comma-separated list, not ${JSON.stringify(raw)}`);
    return items;
  };
  const sizes = [...new Set(list('sizes', values.sizes, '5,15,30').map((item) => wholeNumberOption('sizes', item, 0, 2)))].sort((a, b) => a - b);
  const modes = [...new Set(list('modes', values.modes, MODES.join(',')))].map((item) => {
    if (!(MODES as readonly string[]).includes(item)) throw new UsageError(`--modes takes ${MODES.join(' and ')}, not ${JSON.stringify(item)}`);
    return item as Mode;
  });
  // Always in the same order: tuned first, as the issue compares tuned / libp2p-default.
  modes.sort((a, b) => MODES.indexOf(a) - MODES.indexOf(b));
  return {
    sizes,
    modes,
    idleSeconds: wholeNumberOption('idle-seconds', values['idle-seconds'], 60, 1),
    settleSeconds: wholeNumberOption('settle-seconds', values['settle-seconds'], 10, 0),
    timeoutSeconds: wholeNumberOption('timeout-seconds', values['timeout-seconds'], 60, 1),
    startBatch: wholeNumberOption('start-batch', values['start-batch'], 0, 0),
    nodeOptions: values['node-options'] ?? '',
    json: values.json ?? false,
  };
}

function say(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------- /proc

let clockTicks = 100;

/** utime+stime (clock ticks) and start time (ticks since boot) of a process; undefined when it is gone. */
function procStat(pid: number): { ticks: number; startTicks: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // pid (comm) state ppid ...: field k (1-based) is rest[k - 3]; comm may hold spaces or parentheses.
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ticks: Number(rest[11]) + Number(rest[12]), startTicks: Number(rest[19]) };
}

/** Busy and total ticks of the whole machine (all CPUs), from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith('cpu '))!;
  // user nice system idle iowait irq softirq steal (guest time is already inside user).
  const f = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3]! - f[4]!, total };
}

/** Wall-clock ms of the boot, to turn /proc start times into Date.now() times (to 10 ms). */
function bootTimeMs(): number {
  const uptimeS = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  return Date.now() - uptimeS * 1000;
}

/**
 * UDP datagrams dropped on receive in the network namespace of each pid (one agent per namespace), summed:
 * RcvbufErrors (socket buffer full: the process did not read fast enough) plus InErrors from /proc/PID/net/snmp.
 */
function udpDrops(pids: number[]): number {
  let sum = 0;
  for (const pid of pids) {
    try {
      const lines = readFileSync(`/proc/${pid}/net/snmp`, 'utf8').split('\n').filter((line) => line.startsWith('Udp:'));
      const names = lines[0]!.split(/\s+/);
      const values = lines[1]!.split(/\s+/).map(Number);
      sum += values[names.indexOf('InErrors')]! + values[names.indexOf('RcvbufErrors')]!;
    } catch {
      return Number.NaN;
    }
  }
  return sum;
}

/** Proportional set size (shared pages divided among their users) in KiB, from /proc/PID/smaps_rollup. */
function pssKiB(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? Number.NaN);
  } catch {
    return Number.NaN;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------- who sees whom

type Via = 'signal' | 'poll' | 'first-look';
type EventKind = 'appeared' | 'changed' | 'vanished';

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * One agent's peer list as its signals and ListPeers() answers tell it, with
 * the history of what it showed: the PeerIds of the others are only known
 * once all agents are ready, and by then some lists may long be complete.
 */
class PeerView {
  readonly peers = new Map<string, PlainDict>();
  /** Each change of seen(), with when and how it was learnt. */
  private readonly changes: Array<{ at: number; seen: Set<string>; via: Via }> = [];
  /** The other agents' PeerIds; null until every agent is ready. */
  expected: ReadonlySet<string> | null = null;

  /** PeerIds listed online with `webdavs` among their sources. */
  seen(): Set<string> {
    const out = new Set<string>();
    for (const peer of this.peers.values()) {
      if (peer.online === true && typeof peer.peer_id === 'string' && Array.isArray(peer.sources) && peer.sources.includes('webdavs')) out.add(peer.peer_id);
    }
    return out;
  }

  /** How many of the expected PeerIds are listed. */
  seenExpected(): number {
    const seen = this.seen();
    return [...(this.expected ?? [])].filter((id) => seen.has(id)).length;
  }

  isComplete(): boolean {
    return this.expected !== null && sameSet(this.seen(), this.expected);
  }

  /** Since when the list has been exactly the expected PeerIds; null when it is not now. */
  completeSince(): { at: number; via: Via } | null {
    if (this.expected === null) return null;
    let since: { at: number; via: Via } | null = null;
    for (const change of this.changes) since = sameSet(change.seen, this.expected) ? (since ?? change) : null;
    return since;
  }

  replace(list: PlainDict[], at: number, via: 'poll' | 'first-look'): void {
    this.peers.clear();
    for (const peer of list) if (typeof peer.id === 'string') this.peers.set(peer.id, peer);
    this.note(at, via);
  }

  event(kind: 'appeared' | 'changed' | 'vanished', value: PlainDict | string, at: number): void {
    if (kind === 'vanished') this.peers.delete(String(value));
    else if (typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value) && typeof value.id === 'string') this.peers.set(value.id, value);
    this.note(at, 'signal');
  }

  private note(at: number, via: Via): void {
    const seen = this.seen();
    const last = this.changes.at(-1);
    if (last !== undefined && sameSet(last.seen, seen)) return;
    this.changes.push({ at, seen, via });
  }
}

// ---------------------------------------------------------------- one run

interface IdleFigures {
  seconds: number;
  cpuPctMean: number;
  cpuPctMax: number;
  rssMiBMean: number;
  rssMiBMax: number;
  /** Anonymous part of RSS (the heaps), mean; PSS (shared pages such as node's own code split among the agents), mean; the highest VmHWM (peak RSS since start). */
  rssAnonMiBMean: number;
  pssMiBMean: number;
  hwmMiBMax: number;
  packetsPerMin: number;
  kibPerMin: number;
  /** Whole machine during the window, in % of one core; `others` = machine minus the agents. */
  machinePct: number;
  othersPct: number;
  /** mDNS packets in each SEGMENT_MS slice of the window, and the agents' summed CPU in % of one core. */
  segmentPackets: number[];
  segmentCpuPct: number[];
  /** PeerAppeared/Changed/Vanished signals during the window, over all agents (0 on a quiet mesh). */
  peerEvents: Record<EventKind, number>;
  /** UDP datagrams dropped by the kernel (receive buffer full, or other errors) during the window, all hosts. */
  udpDrops: number;
  /** Bytes the agents wrote to stderr (logs) during the window, all agents. */
  logBytes: number;
  /** ListPeers() on every agent after the window: does everyone still see everyone? */
  stillAllSeeAll: boolean;
}

interface RunResult {
  n: number;
  mode: Mode;
  /** Agents started at once (n = all at once; less: in batches, each after the previous was ready). */
  batchSize: number;
  /** Why starting all n at once failed, when the run was then made in batches. */
  allAtOnceError?: string;
  /** Set when the agents could not all be started (or the run broke); the figures below are then partial. */
  error?: string;
  /** The error was that the N agents could not be started (a limit of this machine, or of the agent). */
  startFailed?: boolean;
  /** From before the harness was asked for the (last batch of) agents to the last agent ready. */
  spawnToReadyS?: number;
  /** Start-up of each agent process: process start -> agent.json written. */
  startupMedianS?: number;
  startupMaxS?: number;
  /** null: timed out. */
  readyToAllS?: number | null;
  spawnToAllS?: number | null;
  /** At the end of the wait: agents complete, and the fewest peers any agent saw. */
  completeAgents?: number;
  fewestSeen?: number;
  /** UDP datagrams the kernel dropped (RcvbufErrors + InErrors), all hosts, from the mesh's creation to the idle window. */
  udpDropsBeforeIdle?: number;
  /** How the last agent's completion was learnt; how often the confirming ListPeers() disagreed with the signals. */
  lastCompletedBy?: Via;
  confirmMismatches?: number;
  idle?: IdleFigures;
  notes: string[];
}

/**
 * Starts one agent per host, `batchSize` at a time (each batch once the previous is ready), and calls
 * `onReady` for each as soon as it is ready. As startMeshAgents: if any fails, the others are cleaned up and
 * the first error is thrown. Resolves with the agents in host order and when the last batch was asked for.
 */
async function startAgents(
  hosts: MeshHost[],
  options: MeshAgentOptions,
  batchSize: number,
  onReady: (agent: MeshAgent) => Promise<void>,
): Promise<{ agents: MeshAgent[]; lastBatchAt: number }> {
  const started: MeshAgent[] = [];
  let lastBatchAt = Date.now();
  try {
    for (let from = 0; from < hosts.length; from += batchSize) {
      lastBatchAt = Date.now();
      const results = await Promise.allSettled(
        hosts.slice(from, from + batchSize).map(async (host) => {
          const agent = await startMeshAgent(host, options);
          started.push(agent);
          await onReady(agent);
        }),
      );
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
  } catch (error) {
    await Promise.all(started.map((agent) => agent.cleanup().catch(() => undefined)));
    throw error;
  }
  return { agents: hosts.map((host) => started.find((agent) => agent.host === host)!), lastBatchAt };
}

/** All n at once; when that cannot start (the harness gives each agent 30 s to be ready), once more in two batches. */
async function measure(config: Config, n: number, mode: Mode): Promise<RunResult> {
  if (config.startBatch > 0) return attempt(config, n, mode, Math.min(n, config.startBatch));
  const first = await attempt(config, n, mode, n);
  if (first.startFailed !== true || n < 4) return first;
  const batch = Math.ceil(n / 2);
  say(`N=${n} ${mode}: ${n} agents at once could not start; again on a fresh mesh, ${Math.ceil(n / batch)} batches of ${batch}`);
  await sleep(2000);
  const second = await attempt(config, n, mode, batch);
  second.allAtOnceError = first.error!.split('\n')[0];
  return second;
}

async function attempt(config: Config, n: number, mode: Mode, batchSize: number): Promise<RunResult> {
  const result: RunResult = { n, mode, batchSize, notes: [] };
  const label = `N=${n} ${mode}${batchSize < n ? ` (batches of ${batchSize})` : ''}`;
  say(`${label}: making the mesh`);
  const mesh = await Mesh.create({ hosts: n });
  let agents: MeshAgent[] = [];
  const clients: AgentClient[] = [];
  const views = mesh.hosts.map(() => new PeerView());
  const events: Record<EventKind, number> = { appeared: 0, changed: 0, vanished: 0 };
  let callFailures = 0;
  let lastCallError = '';
  /** ListPeers() on these agents; false when one did not answer (its view is then left as it was). */
  const resync = async (which: number[], via: 'poll' | 'first-look'): Promise<boolean> => {
    const answered = await Promise.all(
      which.map(async (i) => {
        try {
          const list = await clients[i]!.listPeers();
          views[i]!.replace(list, Date.now(), via);
          return true;
        } catch (error) {
          callFailures++;
          lastCallError = `agent ${i}: ${firstLines(error, 1)}`;
          return false;
        }
      }),
    );
    return answered.every(Boolean);
  };
  // As soon as an agent is ready: its own D-Bus connection, the peer signals, then a ListPeers() for what came before.
  const onReady = async (agent: MeshAgent): Promise<void> => {
    const i = agent.host.index;
    const client = await connectToAgent(agent.busEnv);
    clients[i] = client;
    await client.onPeerEvent((kind, value) => {
      events[kind]++;
      views[i]!.event(kind, value, Date.now());
    });
    await resync([i], 'first-look');
  };
  try {
    say(`${label}: starting ${n} agents${MODE_ARGS[mode].length ? ` (${MODE_ARGS[mode].join(' ')})` : ''}`);
    let tSpawn: number;
    try {
      ({ agents, lastBatchAt: tSpawn } = await startAgents(mesh.hosts, { args: MODE_ARGS[mode], ...(config.nodeOptions ? { env: { NODE_OPTIONS: config.nodeOptions } } : {}) }, batchSize, onReady));
    } catch (error) {
      for (const client of clients) client?.close();
      result.error = `could not start ${n} agents${batchSize < n ? ` in batches of ${batchSize}` : ''}: ${firstLines(error, 12)}`;
      result.startFailed = true;
      say(`${label}: ${result.error}`);
      return result;
    }
    const infos = await Promise.all(agents.map((agent) => agent.info()));
    const peerIds = infos.map((info, i) => {
      if (typeof info.peerId !== 'string' || info.peerId === '') throw new Error(`agent ${i} has no peerId in agent.json`);
      return info.peerId;
    });
    if (new Set(peerIds).size !== n) throw new Error('two agents have the same PeerId');
    views.forEach((view, i) => (view.expected = new Set(peerIds.filter((_, j) => j !== i))));

    // The agents' own pids, not ip/unshare/sh: the harness execs all the way down to node.
    const boot = bootTimeMs();
    const pids = agents.map((agent, i) => {
      const pid = agent.pid;
      if (pid === null) throw new Error(`agent ${i} is not running`);
      const line = cmdline(pid);
      if (!line.includes('cli.js')) throw new Error(`pid ${pid} of agent ${i} is not the agent (cmdline: ${line || 'gone'})`);
      return pid;
    });
    // agent.json is written (atomically) once, when the agent is ready: its mtime is the exact ready time.
    const readyAt = agents.map((agent) => statSync(join(agent.dataDir, 'agent.json')).mtimeMs);
    const tReady = Math.max(...readyAt);
    const startedAt = pids.map((pid) => boot + (procStat(pid)?.startTicks ?? Number.NaN) * (1000 / clockTicks));
    const startups = readyAt.map((ready, i) => (ready - startedAt[i]!) / 1000).filter(Number.isFinite);
    result.spawnToReadyS = (tReady - tSpawn) / 1000;
    result.startupMedianS = median(startups);
    result.startupMaxS = Math.max(...startups);
    say(`${label}: all ready ${result.spawnToReadyS.toFixed(2)} s after the start; each agent's start-up median ${result.startupMedianS.toFixed(2)} s, max ${result.startupMaxS.toFixed(2)} s`);

    // Wait for all see all: signals, ListPeers() of the incomplete every RESYNC_MS, ListPeers() of all to confirm.
    const deadline = tReady + config.timeoutSeconds * 1000;
    const all = views.map((_, i) => i);
    let confirmed: { at: number; via: Via } | null = null;
    let mismatches = 0;
    let lastResync = Date.now();
    while (Date.now() <= deadline) {
      if (views.every((view) => view.completeSince() !== null)) {
        const answered = await resync(all, 'poll');
        lastResync = Date.now();
        const since = views.map((view) => view.completeSince());
        if (answered && since.every((s) => s !== null)) {
          confirmed = since.reduce((a, b) => (b!.at > a!.at ? b : a))!;
          break;
        }
        mismatches++;
      }
      await sleep(50);
      if (Date.now() - lastResync >= RESYNC_MS) {
        lastResync = Date.now();
        await resync(all.filter((i) => views[i]!.completeSince() === null), 'poll');
      }
    }
    result.confirmMismatches = mismatches;
    result.completeAgents = views.filter((view) => view.isComplete()).length;
    result.fewestSeen = Math.min(...views.map((view) => view.seenExpected()));
    if (confirmed !== null) {
      result.readyToAllS = (confirmed.at - tReady) / 1000;
      result.spawnToAllS = (confirmed.at - tSpawn) / 1000;
      result.lastCompletedBy = confirmed.via;
      say(`${label}: all see all ${result.readyToAllS.toFixed(2)} s after the last ready (${result.spawnToAllS.toFixed(2)} s after the start; learnt by ${confirmed.via})`);
    } else {
      result.readyToAllS = null;
      result.spawnToAllS = null;
      say(`${label}: NOT all see all after ${config.timeoutSeconds} s: ${result.completeAgents}/${n} agents complete, fewest seen ${result.fewestSeen}/${n - 1}`);
    }
    if (mismatches > 0) result.notes.push(`the signals said "all see all" ${mismatches} time(s) before ListPeers() agreed`);
    if (result.lastCompletedBy === 'poll') result.notes.push('the last agent was found complete by a ListPeers() check, not by a signal (figure up to 0.5 s late)');
    if (result.lastCompletedBy === 'first-look') result.notes.push("the last agent already listed every other when first asked, right after it was ready: the figure is an upper bound");

    // Idle.
    say(`${label}: settling ${config.settleSeconds} s, then ${config.idleSeconds} s idle`);
    await sleep(config.settleSeconds * 1000);
    result.udpDropsBeforeIdle = udpDrops(pids);
    const idle = await idleWindow(config, mesh, agents, pids, () => ({ ...events }));
    result.idle = idle;
    if (!pids.every((pid, i) => agents[i]!.pid === pid)) result.notes.push('an agent exited during the run');
    // After the window (the calls would have cost CPU inside it).
    const answered = await resync(all, 'poll');
    idle.stillAllSeeAll = answered && views.every((view) => view.isComplete());
    if (callFailures > 0) result.notes.push(`${callFailures} ListPeers() call(s) failed during the run (last: ${lastCallError})`);
    say(
      `${label}: idle CPU ${idle.cpuPctMean.toFixed(2)}% mean / ${idle.cpuPctMax.toFixed(2)}% max of a core per agent; ` +
        `${idle.packetsPerMin.toFixed(0)} mDNS packets/min, ${idle.kibPerMin.toFixed(1)} KiB/min; RSS ${idle.rssMiBMean.toFixed(1)} / ${idle.rssMiBMax.toFixed(1)} MiB; ` +
        `machine ${idle.machinePct.toFixed(1)}% (others ${idle.othersPct.toFixed(1)}%)`,
    );
    return result;
  } catch (error) {
    result.error = firstLines(error, 12);
    say(`${label}: ${result.error}`);
    return result;
  } finally {
    say(`${label}: stopping the agents and removing the mesh`);
    for (const client of clients) client?.close();
    await Promise.all(agents.map((agent) => agent.cleanup().catch(() => undefined)));
    await mesh.destroy();
  }
}

async function idleWindow(
  config: Config,
  mesh: Mesh,
  agents: MeshAgent[],
  pids: number[],
  events: () => Record<EventKind, number>,
): Promise<IdleFigures> {
  const ticksOf = (): number[] =>
    pids.map((pid) => {
      const stat = procStat(pid);
      if (stat === undefined) throw new Error(`agent pid ${pid} is gone`);
      return stat.ticks;
    });
  const logBytes = (): number => agents.reduce((sum, agent) => sum + agent.stderr().length, 0);

  const eventsBefore = events();
  const dropsBefore = udpDrops(pids);
  const logBefore = logBytes();
  const packets0 = await mesh.mdnsPackets();
  const machine0 = machineTicks();
  const ticks0 = ticksOf();
  const t0 = Date.now();

  const segmentPackets: number[] = [];
  const segmentCpuPct: number[] = [];
  let lastPackets = packets0.packets;
  let lastTicks = ticks0.reduce((a, b) => a + b, 0);
  let lastT = t0;
  const end = t0 + config.idleSeconds * 1000;
  for (;;) {
    const next = Math.min(end, lastT + SEGMENT_MS);
    await sleep(Math.max(0, next - Date.now()));
    if (Date.now() >= end) break;
    const now = Date.now();
    const sum = ticksOf().reduce((a, b) => a + b, 0);
    const packets = (await mesh.mdnsPackets()).packets;
    segmentPackets.push(packets - lastPackets);
    segmentCpuPct.push(((sum - lastTicks) / clockTicks / ((now - lastT) / 1000)) * 100);
    [lastPackets, lastTicks, lastT] = [packets, sum, now];
  }
  const ticks1 = ticksOf();
  const machine1 = machineTicks();
  const t1 = Date.now();
  const packets1 = await mesh.mdnsPackets();
  const logAfter = logBytes();
  const eventsAfter = events();
  const dropsAfter = udpDrops(pids);
  const status = pids.map((pid) => {
    const fields = procStatusKiB(pid);
    if (fields?.VmRSS === undefined) throw new Error(`agent pid ${pid} is gone`);
    return fields;
  });
  const rss = status.map((fields) => fields.VmRSS! / 1024);
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const seconds = (t1 - t0) / 1000;
  // The last (partial) slice, so the slices add up to the window.
  const sum1 = ticks1.reduce((a, b) => a + b, 0);
  if (t1 - lastT >= 1000) {
    segmentPackets.push(packets1.packets - lastPackets);
    segmentCpuPct.push(((sum1 - lastTicks) / clockTicks / ((t1 - lastT) / 1000)) * 100);
  }

  const cpuPct = ticks1.map((t, i) => ((t - ticks0[i]!) / clockTicks / seconds) * 100);
  const agentsPct = cpuPct.reduce((a, b) => a + b, 0);
  const machinePct = ((machine1.busy - machine0.busy) / clockTicks / seconds) * 100;
  return {
    seconds,
    cpuPctMean: agentsPct / pids.length,
    cpuPctMax: Math.max(...cpuPct),
    rssMiBMean: mean(rss),
    rssMiBMax: Math.max(...rss),
    rssAnonMiBMean: mean(status.map((fields) => (fields.RssAnon ?? Number.NaN) / 1024)),
    pssMiBMean: mean(pids.map((pid) => pssKiB(pid) / 1024)),
    hwmMiBMax: Math.max(...status.map((fields) => (fields.VmHWM ?? Number.NaN) / 1024)),
    packetsPerMin: ((packets1.packets - packets0.packets) / seconds) * 60,
    kibPerMin: ((packets1.bytes - packets0.bytes) / 1024 / seconds) * 60,
    machinePct,
    othersPct: machinePct - agentsPct,
    segmentPackets,
    segmentCpuPct,
    peerEvents: { appeared: eventsAfter.appeared - eventsBefore.appeared, changed: eventsAfter.changed - eventsBefore.changed, vanished: eventsAfter.vanished - eventsBefore.vanished },
    udpDrops: dropsAfter - dropsBefore,
    logBytes: logAfter - logBefore,
    stillAllSeeAll: false,
  };
}

function firstLines(error: unknown, lines: number): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').slice(0, lines).join('\n');
}

// ---------------------------------------------------------------- report

const f1 = (x: number | undefined | null, digits = 2): string => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** `tuned` or, for a run started in batches, `tuned, 2×15`. */
function modeCell(r: RunResult): string {
  return r.batchSize < r.n ? `${r.mode}, ${Math.ceil(r.n / r.batchSize)}×${r.batchSize}` : r.mode;
}

function allCell(r: RunResult, which: 'readyToAllS' | 'spawnToAllS', timeoutS: number): string {
  if (r.error !== undefined && r.readyToAllS === undefined) return 'failed';
  const v = r[which];
  if (v === null) return `timeout (> ${timeoutS})`;
  // Already complete when first asked: the true figure is at most this (see Details).
  return r.lastCompletedBy === 'first-look' ? `≤ ${f1(v)}` : f1(v);
}

function mainTable(results: RunResult[], config: Config): string {
  const header = ['N', 'mode', 'ready→all see all (s)', 'spawn→all see all (s)', 'idle CPU % core per agent (mean/max)', 'idle CPU s per agent per min (mean/max)', 'mDNS packets/min', 'mDNS KiB/min', 'RSS MiB (mean/max)'];
  const rows = results.map((r) => {
    const i = r.idle;
    return [
      String(r.n),
      modeCell(r),
      allCell(r, 'readyToAllS', config.timeoutSeconds),
      allCell(r, 'spawnToAllS', config.timeoutSeconds),
      i ? `${f1(i.cpuPctMean)} / ${f1(i.cpuPctMax)}` : 'n/a',
      i ? `${f1((i.cpuPctMean / 100) * 60, 3)} / ${f1((i.cpuPctMax / 100) * 60, 3)}` : 'n/a',
      i ? f1(i.packetsPerMin, 0) : 'n/a',
      i ? f1(i.kibPerMin, 1) : 'n/a',
      i ? `${f1(i.rssMiBMean, 1)} / ${f1(i.rssMiBMax, 1)}` : 'n/a',
    ];
  });
  return markdown(header, rows);
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return 'n/a';
  return `${(a / b).toFixed(3)}x`;
}

function comparisonTable(results: RunResult[], sizes: number[]): string | null {
  const header = ['N', 'mDNS packets/min', 'mDNS KiB/min', 'idle CPU per agent (mean)', 'idle CPU per agent (max)', 'ready→all see all'];
  const rows: string[][] = [];
  for (const n of sizes) {
    const t = results.find((r) => r.n === n && r.mode === 'tuned');
    const d = results.find((r) => r.n === n && r.mode === 'libp2p-default');
    if (!t || !d) continue;
    rows.push([
      t.batchSize < n || d.batchSize < n ? `${n} (batched)` : String(n),
      ratio(t.idle?.packetsPerMin, d.idle?.packetsPerMin),
      ratio(t.idle?.kibPerMin, d.idle?.kibPerMin),
      ratio(t.idle?.cpuPctMean, d.idle?.cpuPctMean),
      ratio(t.idle?.cpuPctMax, d.idle?.cpuPctMax),
      ratio(t.readyToAllS ?? undefined, d.readyToAllS ?? undefined),
    ]);
  }
  return rows.length > 0 ? markdown(header, rows) : null;
}

function markdown(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cols: string[]): string => `| ${cols.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < 2 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

interface Verdict {
  pass: boolean | null;
  text: string;
}

/** The targets, judged on the tuned mode (the agent's defaults) at the largest N that ran. */
function targets(results: RunResult[], config: Config): { n: number | null; lines: Verdict[]; header: string } {
  const tuned = results.filter((r) => r.mode === 'tuned' && r.error === undefined && r.idle !== undefined);
  const ranAny = results.filter((r) => r.mode === 'tuned');
  if (tuned.length === 0) {
    const why = ranAny.length === 0 ? 'the tuned mode was not run' : 'no tuned run completed';
    return { n: null, header: `Targets: not judged (${why})`, lines: [] };
  }
  const best = tuned.reduce((a, b) => (b.n > a.n ? b : a));
  const failedBigger = ranAny.filter((r) => r.n > best.n && r.error !== undefined);
  // A smaller N passing says nothing about N=30 when N=30 was tried and could not run.
  const targetTried = failedBigger.some((r) => r.n >= TARGET_N);
  const idle = best.idle!;
  const atN = (best.n === TARGET_N ? '' : ` [measured at N=${best.n}, not ${TARGET_N}]`) + (best.batchSize < best.n ? ` [started ${Math.ceil(best.n / best.batchSize)}×${best.batchSize}]` : '');
  const lines: Verdict[] = [];
  if (best.readyToAllS === null || best.readyToAllS === undefined) {
    lines.push({ pass: false, text: `${TARGET_N} agents all see all within ${TARGET_ALL_SEE_ALL_S} s (from ready): not within ${config.timeoutSeconds} s${atN}` });
  } else {
    const bound = best.lastCompletedBy === 'first-look' ? '≤ ' : '';
    lines.push({ pass: best.readyToAllS < TARGET_ALL_SEE_ALL_S && !targetTried, text: `${TARGET_N} agents all see all within ${TARGET_ALL_SEE_ALL_S} s (from ready): ${bound}${best.readyToAllS.toFixed(2)} s${atN}` });
  }
  const cpuPass = idle.cpuPctMax < TARGET_CPU_PCT;
  lines.push({ pass: cpuPass, text: `idle CPU < ${TARGET_CPU_PCT}% core per agent: worst agent ${idle.cpuPctMax.toFixed(2)}%, mean ${idle.cpuPctMean.toFixed(2)}% over ${idle.seconds.toFixed(0)} s${atN}` });
  lines.push({ pass: idle.rssMiBMax < TARGET_RSS_MIB, text: `idle RSS < ${TARGET_RSS_MIB} MiB per agent: worst agent ${idle.rssMiBMax.toFixed(1)} MiB, mean ${idle.rssMiBMean.toFixed(1)} MiB${atN}` });
  const why = failedBigger.length > 0 ? `; larger N failed: ${failedBigger.map((r) => `N=${r.n} (${r.error!.split('\n')[0]})`).join(', ')}` : '';
  return { n: best.n, header: `Targets (agent defaults = tuned; largest N that ran: ${best.n}${why}; judged on the worst agent):`, lines };
}

function details(results: RunResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    const head = `N=${r.n} ${modeCell(r)}:`;
    if (r.allAtOnceError !== undefined) out.push(`${head} started in batches of ${r.batchSize} because all ${r.n} at once failed: ${r.allAtOnceError}`);
    if (r.error !== undefined) out.push(`${head} ERROR ${r.error.split('\n').join('\n    ')}`);
    if (r.spawnToReadyS !== undefined) {
      out.push(`${head} start${r.batchSize < r.n ? ' of the last batch' : ''} → last agent ready ${f1(r.spawnToReadyS)} s; one agent's start-up (process start → agent.json) median ${f1(r.startupMedianS)} s, max ${f1(r.startupMaxS)} s`);
    }
    if (r.readyToAllS === null) out.push(`${head} at the timeout ${r.completeAgents}/${r.n} agents saw every other; the fewest any agent saw was ${r.fewestSeen}/${r.n - 1}`);
    const i = r.idle;
    if (i) {
      out.push(`${head} idle window ${i.seconds.toFixed(1)} s: mDNS packets per ${SEGMENT_MS / 1000} s: ${i.segmentPackets.join(', ')}; agents' CPU (sum, % core) per ${SEGMENT_MS / 1000} s: ${i.segmentCpuPct.map((x) => x.toFixed(1)).join(', ')}`);
      out.push(
        `${head} machine busy ${i.machinePct.toFixed(1)}% of one core (of ${cpus().length * 100}%), of which not the agents ${i.othersPct.toFixed(1)}%; ` +
          `RSS anonymous mean ${f1(i.rssAnonMiBMean, 1)} MiB, PSS mean ${f1(i.pssMiBMean, 1)} MiB, peak RSS (VmHWM) max ${f1(i.hwmMiBMax, 1)} MiB; ` +
          `peer signals during idle: ${i.peerEvents.appeared} appeared, ${i.peerEvents.changed} changed, ${i.peerEvents.vanished} vanished; ` +
          `UDP datagrams dropped by the kernel (all hosts): ${r.udpDropsBeforeIdle ?? 'n/a'} from start to the idle window, ${i.udpDrops} during it; agent log ${((i.logBytes / i.seconds) * 60).toFixed(0)} bytes/min (all agents); all still see all after the window: ${i.stillAllSeeAll ? 'yes' : 'NO'}`,
      );
    }
    for (const note of r.notes) out.push(`${head} note: ${note}`);
  }
  return out;
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const config = readConfig(parseConfig, USAGE);
  if (config === null) return 2;
  if (!requireRoot('test/bench/discovery.ts')) return 1;
  guardBenchProcess(Math.max(...config.sizes), say);
  try {
    statSync(CLI_PATH);
  } catch {
    throw new Error(`${CLI_PATH} does not exist; build first (npx tsc -p .)`);
  }
  const tck = await run('getconf', ['CLK_TCK']);
  clockTicks = Number(tck.stdout.trim()) || 100;

  const results: RunResult[] = [];
  const started = Date.now();
  for (const n of config.sizes) {
    for (const mode of config.modes) {
      results.push(await measure(config, n, mode));
      await sleep(2000); // let the machine calm down between runs
    }
  }
  const minutes = (Date.now() - started) / 60_000;
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} CPUs, Node ${process.versions.node}`;
  const target = targets(results, config);

  if (config.json) {
    const tidy = (_k: string, v: unknown): unknown => (typeof v === 'number' ? (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null) : v);
    process.stdout.write(`${JSON.stringify({ config, machine, results, targets: target }, tidy, 2)}\n`);
  } else {
    const lines: string[] = [];
    lines.push(`Discovery on a simulated mesh (one namespace per agent, one bridge, 169.254/16 only); ${machine}`);
    lines.push(`modes: tuned = agent defaults (@libp2p/mdns every 300 s + our DNS-SD); libp2p-default = --mdns-query-interval 10. Fresh mesh per run; settle ${config.settleSeconds} s, idle window ${config.idleSeconds} s.${config.nodeOptions ? ` Agents ran with NODE_OPTIONS=${config.nodeOptions}.` : ''}`);
    lines.push('');
    lines.push(mainTable(results, config));
    lines.push('');
    lines.push('ready = the last agent wrote agent.json; spawn = before the harness was asked for the agents (includes its passwd run and dbus-daemon per agent).');
    if (results.some((r) => r.batchSize < r.n)) {
      lines.push('"mode, B×K": started in B batches of K, each batch once the previous was ready (see Details for why); spawn = start of the last batch, so ready→all is that batch joining a settled mesh.');
    }
    lines.push('all see all = every agent lists exactly the other PeerIds online with source webdavs. CPU: utime+stime of each agent process over the idle window.');
    lines.push('mDNS: UDP to 5353 entering the bridge from any host (each multicast packet counted once; bytes as nftables counts them). RSS: VmRSS at the end of the window.');
    if (config.settleSeconds + config.idleSeconds < 2 * HOST_TTL_S) {
      lines.push(
        `note: settle + idle (${config.settleSeconds + config.idleSeconds} s) is shorter than two ${HOST_TTL_S} s TTLs of the SRV and A records: their cache refreshes (at 80-95 % of the TTL) may fall outside the window, and RSS may still hold start-up garbage; --idle-seconds 240 shows the steady state.`,
      );
    }
    const cmp = comparisonTable(results, config.sizes);
    if (cmp) {
      lines.push('');
      lines.push('tuned / libp2p-default (below 1 = tuned is cheaper):');
      lines.push('');
      lines.push(cmp);
    }
    lines.push('');
    lines.push(target.header);
    for (const v of target.lines) lines.push(`  ${v.pass === null ? 'n/a ' : v.pass ? 'PASS' : 'FAIL'}  ${v.text}`);
    const extra = details(results);
    if (extra.length > 0) {
      lines.push('');
      lines.push('Details:');
      for (const line of extra) lines.push(`  ${line}`);
    }
    const broken = results.filter((r) => r.error !== undefined).length;
    const converged = results.filter((r) => typeof r.readyToAllS === 'number').length;
    const passes = target.lines.filter((v) => v.pass === true).length;
    const fails = target.lines.filter((v) => v.pass === false).length;
    lines.push('');
    lines.push(
      `discovery bench: ${results.length} runs (${converged} all see all, ${broken} failed), largest N ${target.n ?? 'none'}; targets ${passes} PASS, ${fails} FAIL; ${minutes.toFixed(1)} min`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  // A size this machine cannot hold is a result; a run that broke otherwise, or no figures at all, is not.
  return results.some((r) => r.error !== undefined && r.startFailed !== true) || results.every((r) => r.idle === undefined) ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
