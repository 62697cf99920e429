/**
 * A mesh of XO laptops in network namespaces, for multi-peer tests and
 * benchmarks.
 *
 * Topology: namespace `PREFIX-br` holds bridge `br0` (the "air"); each host
 * namespace `PREFIX-hN` has one veth end `v0` with a 169.254/16 link-local
 * address (as avahi-autoipd gives an XO without DHCP), `lo` up, multicast on
 * and the route `224.0.0.0/4 dev v0` that mDNS needs; the other end `bN` is
 * a port of br0. No other addresses (no IPv6 link-local either), no default
 * route: nothing leaves the mesh.
 *
 * Everything is undone by destroy(), and also when the process exits, is
 * interrupted or dies of an uncaught exception. The owning pid is encoded in
 * the prefix (`ms<pid base 36>-<n>`), so sweepStaleNamespaces() (run by every
 * Mesh.create) removes what a SIGKILLed run left behind.
 */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readdirSync, readlinkSync, statSync } from 'node:fs';
import { PROJECT_ROOT, runProcess } from '../helpers/agent-process.js';
import { PYTHON, featuresArgs, normalizeShape, relayArgs, waitForRelay, type LinkShape } from './link-shaper.js';

export type { LinkShape } from './link-shaper.js';

export interface MeshOptions {
  hosts: number;
  /**
   * Namespace name prefix. Default `ms<pid base 36>-<n>`, unique per process and mesh. A custom prefix
   * should keep that form (`ms<pid base 36>-<tag>`) so sweepStaleNamespaces() can tell when its owner died.
   */
  prefix?: string;
}

export interface ExecResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface MeshHost {
  readonly index: number;
  /** The network namespace's name. */
  readonly name: string;
  /** The interface inside the namespace: always `v0`. */
  readonly iface: string;
  /** `169.254.X.Y`, unique per host (prefix length 16). */
  readonly address: string;
  /** `ip netns exec NAME command args...` to completion; never rejects on a non-zero exit. */
  exec(command: string, args: string[], options?: { input?: string; env?: Record<string, string>; timeoutMs?: number }): Promise<ExecResult>;
  /** `ip netns exec NAME command args...` in the background (the pid is the command's own); killed on destroy(). */
  spawn(command: string, args: string[], options?: { env?: Record<string, string>; stdio?: StdioOptions; cwd?: string }): ChildProcess;
}

export interface PacketCount {
  packets: number;
  bytes: number;
}

const IFACE = 'v0';
const NFT_TABLE = 'mesh_harness';
/** Sweepable names: `ms<pid36>[-tag...]-br` or `...-h<N>`. */
const NAME_PATTERN = /^ms([0-9a-z]+)(?:-[0-9a-z]+)*-(?:br|h\d+)$/;
const NETNS_DIR = '/run/netns';

let meshCount = 0;
const liveMeshes = new Set<Mesh>();

/** `169.254.(N/250+1).(N%250+1)`: never .0 or .255 in either byte. */
export function hostAddress(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= 250 * 253) throw new RangeError(`no address for host ${index}`);
  return `169.254.${Math.floor(index / 250) + 1}.${(index % 250) + 1}`;
}

class Host implements MeshHost {
  readonly iface = IFACE;
  readonly address: string;
  constructor(
    readonly mesh: Mesh,
    readonly index: number,
    readonly name: string,
  ) {
    this.address = hostAddress(index);
  }
  /** The veth end on the bridge side, in the bridge namespace. */
  get bridgePort(): string {
    return `b${this.index}`;
  }
  exec(command: string, args: string[], options: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<ExecResult> {
    return runProcess('ip', ['netns', 'exec', this.name, command, ...args], options);
  }
  spawn(command: string, args: string[], options: { env?: Record<string, string>; stdio?: StdioOptions; cwd?: string } = {}): ChildProcess {
    return this.mesh.spawnIn(this.name, command, args, options);
  }
}

export class Mesh {
  readonly prefix: string;
  /** The namespace holding `br0`. */
  readonly bridgeNamespace: string;
  readonly hosts: MeshHost[] = [];
  readonly #children = new Map<ChildProcess, Promise<void>>();
  readonly #relays = new Map<number, ChildProcess>();
  #nft = false;
  #destroying: Promise<void> | null = null;

  private constructor(prefix: string) {
    this.prefix = prefix;
    this.bridgeNamespace = `${prefix}-br`;
  }

  static async create(options: MeshOptions): Promise<Mesh> {
    if (!Number.isInteger(options.hosts) || options.hosts < 0) throw new RangeError(`hosts must be a whole number >= 0, not ${options.hosts}`);
    const prefix = options.prefix ?? `ms${process.pid.toString(36)}-${(meshCount++).toString(36)}`;
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(prefix) || prefix.length > 40) throw new Error(`bad mesh prefix ${JSON.stringify(prefix)}`);
    for (const mesh of liveMeshes) {
      if (mesh.prefix === prefix) throw new Error(`a mesh with prefix ${prefix} already exists in this process`);
    }
    await sweepStaleNamespaces();
    const mesh = new Mesh(prefix);
    const taken = listNetns().filter((name) => name === mesh.bridgeNamespace || name.startsWith(`${prefix}-h`));
    if (taken.length > 0) throw new Error(`namespaces ${taken.join(', ')} already exist (another run with the same prefix?)`);
    installExitHooks();
    liveMeshes.add(mesh);
    try {
      const hosts = Array.from({ length: options.hosts }, (_, index) => new Host(mesh, index, mesh.hostName(index)));
      mesh.hosts.push(...hosts); // before anything can fail: destroy() deletes what is listed
      // br0 before the veths: then no bN has ifindex 2 like its peer v0, and the kernel treats every
      // carrier change as urgent (same ifindex on both ends of a veth defers it by up to a second).
      await ipBatch(null, [
        `netns add ${mesh.bridgeNamespace}`,
        `link add br0 netns ${mesh.bridgeNamespace} type bridge mcast_snooping 0 stp_state 0`,
        ...hosts.flatMap((host) => mesh.rootLines(host)),
      ]);
      await Promise.all([
        ipBatch(mesh.bridgeNamespace, ['link set lo up', 'link set br0 addrgenmode none', 'link set br0 up', ...hosts.flatMap((host) => mesh.bridgeLines(host))]),
        ...hosts.map((host) => ipBatch(host.name, mesh.hostLines(host))),
        mesh.setUpCounters(),
      ]);
      await waitOperUp(mesh.namespaces());
      return mesh;
    } catch (error) {
      await mesh.destroy().catch(() => undefined);
      throw error;
    }
  }

  /** One more host on the same bridge. */
  async addHost(): Promise<MeshHost> {
    this.assertAlive();
    const host = new Host(this, this.hosts.length, this.hostName(this.hosts.length));
    this.hosts.push(host);
    try {
      await ipBatch(null, this.rootLines(host));
      await Promise.all([ipBatch(this.bridgeNamespace, this.bridgeLines(host)), ipBatch(host.name, this.hostLines(host))]);
      await waitOperUp([this.bridgeNamespace, host.name]);
    } catch (error) {
      await ipBatch(null, [`netns del ${host.name}`], true).catch(() => undefined);
      this.hosts.splice(this.hosts.indexOf(host), 1);
      throw error;
    }
    return host;
  }

  /**
   * The host's link vanishes (its bridge-side veth end goes down): `v0` shows NO-CARRIER, like walking out of
   * range. Its address and routes stay.
   */
  async cutLink(host: MeshHost): Promise<void> {
    this.assertAlive();
    await ipBatch(this.bridgeNamespace, [`link set ${this.own(host).bridgePort} down`]);
  }

  /**
   * The link comes back; resolves once the kernel passes packets again. The host's neighbour (ARP) table is
   * flushed so its first packet resolves at once; other hosts that tried to reach it during the cut may wait
   * for their next ARP probe (up to a second), as on a real link.
   */
  async restoreLink(host: MeshHost): Promise<void> {
    this.assertAlive();
    const own = this.own(host);
    await ipBatch(this.bridgeNamespace, [`link set ${own.bridgePort} up`]);
    // ARP tried during the cut leaves INCOMPLETE entries whose next probe may be a second away: start afresh.
    await ipBatch(own.name, [`neigh flush dev ${IFACE}`]);
    await waitOperUp([this.bridgeNamespace, own.name]);
  }

  /**
   * Delay, jitter, loss and rate on the host's link, both directions (see link-shaper.ts: a user-space
   * relay, because this kernel has no netem). Calling it again changes the shape in place.
   */
  async shapeLink(host: MeshHost, shape: LinkShape): Promise<void> {
    this.assertAlive();
    const own = this.own(host);
    const normalized = normalizeShape(shape);
    const running = this.#relays.get(own.index);
    if (running) {
      await updateRelay(running, normalized);
      return;
    }
    const i = own.index;
    await ipBatch(this.bridgeNamespace, [
      `link add s${i} type veth peer name t${i}`,
      `link set s${i} addrgenmode none`,
      `link set t${i} addrgenmode none`,
      `link set s${i} up`,
      `link set t${i} up`,
    ]);
    let relay: ChildProcess | null = null;
    try {
      await Promise.all([this.python(own.name, featuresArgs(false, [IFACE])), this.python(this.bridgeNamespace, featuresArgs(false, [`t${i}`]))]);
      relay = this.spawnIn(this.bridgeNamespace, PYTHON, relayArgs(own.bridgePort, `s${i}`, normalized), { stdio: ['pipe', 'pipe', 'pipe'] });
      await waitForRelay(relay);
      this.#relays.set(i, relay);
      // Both lines in one netlink burst: the host is off the bridge for microseconds only.
      await ipBatch(this.bridgeNamespace, [`link set ${own.bridgePort} nomaster`, `link set t${i} master br0`]);
    } catch (error) {
      this.#relays.delete(i);
      if (relay) await this.killChild(relay, 'SIGKILL');
      await ipBatch(this.bridgeNamespace, [`link set ${own.bridgePort} master br0`, `link del s${i}`], true).catch(() => undefined);
      throw error;
    }
  }

  /** Back to a plain link. */
  async clearShaping(host: MeshHost): Promise<void> {
    this.assertAlive();
    const own = this.own(host);
    const i = own.index;
    const relay = this.#relays.get(i);
    if (!relay) return;
    await ipBatch(this.bridgeNamespace, [`link set t${i} nomaster`, `link set ${own.bridgePort} master br0`]);
    this.#relays.delete(i);
    await this.killChild(relay, 'SIGTERM');
    await ipBatch(this.bridgeNamespace, [`link del s${i}`]);
    await this.python(own.name, featuresArgs(true, [IFACE]));
  }

  /** mDNS packets (UDP to port 5353) that entered the bridge from any host since the mesh was made. */
  async mdnsPackets(): Promise<PacketCount> {
    return (await this.bridgeCounters()).mdns;
  }

  /** mDNS and all frames that entered the bridge since the mesh was made (nftables counters, bridge prerouting). */
  async bridgeCounters(): Promise<{ mdns: PacketCount; total: PacketCount }> {
    this.assertAlive();
    if (!this.#nft) throw new Error('packet counters need nft (Debian package nftables), which was not found when the mesh was made');
    const result = await runProcess('ip', ['netns', 'exec', this.bridgeNamespace, 'nft', '-j', 'list', 'counters', 'table', 'bridge', NFT_TABLE]);
    if (result.code !== 0) throw new Error(`nft list counters failed: ${result.stderr.trim()}`);
    const counts: Record<string, PacketCount> = {};
    for (const item of (JSON.parse(result.stdout) as { nftables: Array<{ counter?: { name: string; packets: number; bytes: number } }> }).nftables) {
      if (item.counter) counts[item.counter.name] = { packets: item.counter.packets, bytes: item.counter.bytes };
    }
    if (!counts.mdns || !counts.total) throw new Error(`nft printed no counters: ${result.stdout}`);
    return { mdns: counts.mdns, total: counts.total };
  }

  /**
   * Kills every process in the mesh's namespaces (spawned through the hosts or not), deletes every
   * namespace (and with them every veth and the bridge). Idempotent.
   */
  destroy(): Promise<void> {
    this.#destroying ??= (async () => {
      const children = [...this.#children.keys()];
      for (const child of children) signalChild(child, 'SIGKILL');
      killPidsIn(this.namespaces());
      await Promise.all(children.map((child) => this.#children.get(child)));
      await ipBatch(null, this.namespaces().map((name) => `netns del ${name}`), true);
      // Only now: should the process exit meanwhile, the exit hook still does it all synchronously.
      liveMeshes.delete(this);
    })();
    return this.#destroying;
  }

  /** Synchronous destroy for process exit and signals. */
  destroySync(): void {
    if (!liveMeshes.has(this)) return;
    this.#destroying ??= Promise.resolve();
    liveMeshes.delete(this);
    for (const child of this.#children.keys()) signalChild(child, 'SIGKILL');
    killPidsIn(this.namespaces());
    spawnSync('ip', ['-force', '-batch', '-'], { input: this.namespaces().map((name) => `netns del ${name}\n`).join(''), stdio: ['pipe', 'ignore', 'ignore'] });
  }

  /** Namespace names this mesh made (bridge first). */
  namespaces(): string[] {
    return [this.bridgeNamespace, ...this.hosts.map((host) => host.name)];
  }

  /** @internal: used by MeshHost.spawn. */
  spawnIn(namespace: string, command: string, args: string[], options: { env?: Record<string, string>; stdio?: StdioOptions; cwd?: string } = {}): ChildProcess {
    this.assertAlive();
    const child = spawn('ip', ['netns', 'exec', namespace, command, ...args], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, ...options.env },
      stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    });
    const gone = new Promise<void>((resolve) => {
      const done = (): void => {
        this.#children.delete(child);
        resolve();
      };
      child.once('exit', done);
      child.once('error', done);
    });
    this.#children.set(child, gone);
    return child;
  }

  private async killChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
    const gone = this.#children.get(child);
    if (!gone) return;
    signalChild(child, signal);
    const timer = setTimeout(() => signalChild(child, 'SIGKILL'), 3_000);
    await gone;
    clearTimeout(timer);
  }

  private async python(namespace: string, args: string[]): Promise<void> {
    const result = await runProcess('ip', ['netns', 'exec', namespace, PYTHON, ...args], { timeoutMs: 15_000 });
    if (result.code !== 0) throw new Error(`${PYTHON} in ${namespace} failed (${result.code ?? result.signal}): ${result.stderr.trim()}`);
  }

  private async setUpCounters(): Promise<void> {
    if (!onPath('nft')) return;
    const rules = `table bridge ${NFT_TABLE} {
  counter mdns { }
  counter total { }
  chain pre {
    type filter hook prerouting priority 0; policy accept;
    counter name "total"
    udp dport 5353 counter name "mdns"
  }
}
`;
    const result = await runProcess('ip', ['netns', 'exec', this.bridgeNamespace, 'nft', '-f', '-'], { input: rules });
    if (result.code !== 0) throw new Error(`nft could not add the bridge counters: ${result.stderr.trim()}`);
    this.#nft = true;
  }

  private hostName(index: number): string {
    return `${this.prefix}-h${index}`;
  }

  private rootLines(host: Host): string[] {
    return [`netns add ${host.name}`, `link add name ${IFACE} netns ${host.name} type veth peer name ${host.bridgePort} netns ${this.bridgeNamespace}`];
  }

  private bridgeLines(host: Host): string[] {
    return [`link set ${host.bridgePort} addrgenmode none`, `link set ${host.bridgePort} master br0`, `link set ${host.bridgePort} up`];
  }

  private hostLines(host: Host): string[] {
    return [
      'link set lo up',
      `link set ${IFACE} addrgenmode none`,
      // As avahi-autoipd configures an XO: /16, link scope, the link-local broadcast.
      `addr add ${host.address}/16 brd 169.254.255.255 scope link dev ${IFACE}`,
      `link set ${IFACE} multicast on up`,
      `route add 224.0.0.0/4 dev ${IFACE}`,
    ];
  }

  private own(host: MeshHost): Host {
    if (!(host instanceof Host) || host.mesh !== this) throw new Error(`host ${host.name} is not part of mesh ${this.prefix}`);
    return host;
  }

  private assertAlive(): void {
    if (this.#destroying) throw new Error(`mesh ${this.prefix} has been destroyed`);
  }
}

async function updateRelay(relay: ChildProcess, shape: Required<LinkShape>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => finish(new Error('the link relay did not take the new shape within 5 s')), 5_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      if (out.includes('updated\n')) finish(null);
    };
    const onExit = (): void => finish(new Error('the link relay exited'));
    function finish(error: Error | null): void {
      clearTimeout(timer);
      relay.stdout?.off('data', onData);
      relay.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    relay.stdout?.on('data', onData);
    relay.once('exit', onExit);
    relay.stdin?.write(`${JSON.stringify(shape)}\n`);
  });
}

/** Removes namespaces left by earlier runs (our name pattern) whose owning pid is dead, with any process still in them. */
export async function sweepStaleNamespaces(): Promise<string[]> {
  const stale = listNetns().filter((name) => {
    const match = NAME_PATTERN.exec(name);
    return match !== null && !pidAlive(parseInt(match[1]!, 36));
  });
  if (stale.length === 0) return [];
  killPidsIn(stale);
  await ipBatch(null, stale.map((name) => `netns del ${name}`), true);
  return stale;
}

/** Names of the namespaces in /run/netns (what `ip netns list` shows). */
export function listNetns(): string[] {
  try {
    return readdirSync(NETNS_DIR);
  } catch {
    return [];
  }
}

/** Pids of the processes whose network namespace is one of these (like `ip netns pids`, for many at once). */
export function pidsInNamespaces(names: string[]): number[] {
  const inodes = new Set<number>();
  for (const name of names) {
    try {
      inodes.add(statSync(`${NETNS_DIR}/${name}`).ino);
    } catch {
      // already gone
    }
  }
  if (inodes.size === 0) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const match = /^net:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/ns/net`));
      if (match && inodes.has(Number(match[1]))) pids.push(Number(entry));
    } catch {
      // exited meanwhile, or a kernel thread
    }
  }
  return pids;
}

function killPidsIn(names: string[]): void {
  for (const pid of pidsInNamespaces(names)) {
    if (pid === process.pid) continue;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

function pidAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalChild(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    child.kill(signal);
  } catch {
    // gone
  }
}

/**
 * Waits until every interface but lo and br0 in these namespaces has operstate UP (or is administratively down).
 * Carrier-on is handled by the kernel's linkwatch a few ms later; until then the device's queue is the noop
 * qdisc and drops everything, so a test's first packet right after create() or restoreLink() would be lost.
 */
async function waitOperUp(namespaces: string[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let pending = namespaces;
  for (;;) {
    const states = await Promise.all(
      pending.map(async (namespace) => {
        const result = await runProcess('ip', ['-n', namespace, '-j', 'link', 'show']);
        if (result.code !== 0) throw new Error(`ip -n ${namespace} link show failed: ${result.stderr.trim()}`);
        const links = JSON.parse(result.stdout) as Array<{ ifname: string; operstate: string; flags: string[] }>;
        const waiting = links.filter((link) => link.ifname !== 'lo' && link.ifname !== 'br0' && link.flags.includes('UP') && link.flags.includes('LOWER_UP') && link.operstate !== 'UP');
        return { namespace, waiting: waiting.map((link) => link.ifname) };
      }),
    );
    const notYet = states.filter((state) => state.waiting.length > 0);
    if (notYet.length === 0) return;
    if (Date.now() > deadline) throw new Error(`links not up after ${timeoutMs / 1000} s: ${notYet.map((state) => `${state.namespace}: ${state.waiting.join(',')}`).join('; ')}`);
    pending = notYet.map((state) => state.namespace);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Runs `ip [-n NS] [-force] -batch -` with these lines; throws with ip's message when a line fails (unless force). */
async function ipBatch(namespace: string | null, lines: string[], force = false): Promise<void> {
  if (lines.length === 0) return;
  const args = [...(namespace ? ['-n', namespace] : []), ...(force ? ['-force'] : []), '-batch', '-'];
  const result = await runProcess('ip', args, { input: `${lines.join('\n')}\n`, timeoutMs: 60_000 });
  if (result.code !== 0 && !force) throw new Error(`ip ${args.join(' ')} failed (${result.code ?? result.signal}): ${result.stderr.trim()}\n  lines: ${lines.join(' | ')}`);
}

function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir === '') continue;
    try {
      statSync(`${dir}/${command}`);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

let hooksInstalled = false;

/** On exit, Ctrl-C, SIGTERM, SIGHUP and uncaught exceptions (which end in 'exit'): nothing may be left behind. */
function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  const destroyAll = (): void => {
    for (const mesh of [...liveMeshes]) mesh.destroySync();
  };
  process.on('exit', destroyAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      destroyAll();
      // Nobody else handles it: die of the signal as we would have without this hook.
      if (process.listenerCount(signal) === 1) {
        process.off(signal, onSignal);
        process.kill(process.pid, signal);
      }
    };
    process.on(signal, onSignal);
  }
}

export interface PingResult {
  sent: number;
  received: number;
  /** Round trip of each reply, in ms. */
  rttMs: number[];
  output: string;
}

/** `ping -n` from a host (numeric: reverse lookups would stall for a second). Never throws on loss. */
export async function ping(from: MeshHost, address: string, options: { count?: number; intervalS?: number; timeoutS?: number } = {}): Promise<PingResult> {
  const count = options.count ?? 3;
  const args = ['-n', '-c', String(count), '-i', String(options.intervalS ?? 0.2), '-W', String(options.timeoutS ?? 1), address];
  const result = await from.exec('ping', args, { timeoutMs: (count * (options.intervalS ?? 0.2) + (options.timeoutS ?? 1)) * 1000 + 10_000 });
  if (result.code !== 0 && result.code !== 1) throw new Error(`ping in ${from.name} failed (${result.code ?? result.signal}): ${result.stderr.trim() || result.stdout.trim()}`);
  const rttMs = [...result.stdout.matchAll(/time=([\d.]+) ms/g)].map((match) => Number(match[1]));
  const summary = /(\d+) packets transmitted, (\d+) received/.exec(result.stdout);
  return { sent: summary ? Number(summary[1]) : count, received: summary ? Number(summary[2]) : rttMs.length, rttMs, output: result.stdout };
}
