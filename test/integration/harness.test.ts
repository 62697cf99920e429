/**
 * Self-test of the multi-host harness (test/harness/): namespaces, link-local
 * addressing, link cuts, link shaping, the bridge's mDNS counter, avahi in a
 * namespace, and that nothing is left behind, even by a run that crashed.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startAvahi, parseBrowse, type Avahi } from '../harness/avahi.js';
import { Mesh, listNetns, ping, pidsInNamespaces, sweepStaleNamespaces, type MeshHost, type PingResult } from '../harness/mesh.js';
import { requireRoot } from '../harness/root.js';
import { runProcess } from '../helpers/agent-process.js';

const MESH_MODULE = new URL('../harness/mesh.js', import.meta.url).href;

let mesh: Mesh | null = null;
let prefix = '';
const avahis: Avahi[] = [];

function hosts(): MeshHost[] {
  return mesh!.hosts;
}

/** Alive and not a zombie (a container's pid 1 may never reap orphans). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** The last round trip: the first may include an ARP exchange (a cut link flushes the neighbour table). */
function steady(result: PingResult): number {
  return result.rttMs[result.rttMs.length - 1] ?? Number.NaN;
}

function ours(name: string): boolean {
  return name.startsWith(`${prefix}-`);
}

async function ipJson(host: MeshHost | string, args: string[]): Promise<unknown> {
  const ns = typeof host === 'string' ? host : host.name;
  const result = await runProcess('ip', ['-n', ns, '-j', ...args]);
  assert.is(result.code, 0, result.stderr);
  return JSON.parse(result.stdout);
}

/** Runs a node snippet that imports the compiled mesh module as `Mesh`, `listNetns`; returns its exit and stdout. */
function runNodeChild(body: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', `import { Mesh } from ${JSON.stringify(MESH_MODULE)};\n${body}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('SEND-SIGTERM\n')) child.kill('SIGTERM');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

test.before(async () => {
  if (!requireRoot('test/integration/harness.test.ts')) throw new Error('needs root (see the banner above)');
  const started = Date.now();
  mesh = await Mesh.create({ hosts: 3 });
  prefix = mesh.prefix;
  console.log(`  3 hosts made in ${Date.now() - started} ms (prefix ${prefix})`);
});

test.after(async () => {
  for (const avahi of avahis) await avahi.stop().catch(() => undefined);
  await mesh?.destroy();
});

test('names: one bridge namespace and one per host, with the pid in the prefix', () => {
  assert.match(prefix, new RegExp(`^ms${process.pid.toString(36)}-`));
  const names = listNetns().filter(ours).sort();
  assert.equal(names, [`${prefix}-br`, `${prefix}-h0`, `${prefix}-h1`, `${prefix}-h2`]);
  assert.equal(
    hosts().map((host) => [host.index, host.name, host.iface, host.address]),
    [0, 1, 2].map((i) => [i, `${prefix}-h${i}`, 'v0', `169.254.1.${i + 1}`]),
  );
});

test('each host has only its 169.254/16 address (no IPv6 either) and the multicast route, no default route', async () => {
  for (const host of hosts()) {
    const links = (await ipJson(host, ['addr', 'show'])) as Array<{ ifname: string; flags: string[]; addr_info: Array<{ family: string; local: string; prefixlen: number }> }>;
    assert.equal(links.map((link) => link.ifname).sort(), ['lo', 'v0']);
    const v0 = links.find((link) => link.ifname === 'v0')!;
    assert.equal(v0.addr_info.map((a) => `${a.family} ${a.local}/${a.prefixlen}`), [`inet ${host.address}/16`]);
    assert.ok(v0.flags.includes('MULTICAST') && v0.flags.includes('UP') && v0.flags.includes('LOWER_UP'), v0.flags.join(','));
    const lo = links.find((link) => link.ifname === 'lo')!;
    assert.ok(lo.flags.includes('UP'));
    const routes = (await ipJson(host, ['route', 'show'])) as Array<{ dst: string; dev: string }>;
    assert.equal(routes.map((route) => `${route.dst} ${route.dev}`).sort(), ['169.254.0.0/16 v0', '224.0.0.0/4 v0']);
  }
  const bridgeLinks = (await ipJson(mesh!.bridgeNamespace, ['addr', 'show'])) as Array<{ ifname: string; addr_info: Array<{ local: string }> }>;
  assert.equal(bridgeLinks.map((link) => link.ifname).sort(), ['b0', 'b1', 'b2', 'br0', 'lo']);
  for (const link of bridgeLinks) {
    if (link.ifname !== 'lo') assert.equal(link.addr_info, [], `${link.ifname} has no address`);
  }
});

test('every host reaches every other', async () => {
  for (const [from, to] of [
    [0, 1],
    [1, 2],
    [2, 0],
  ] as const) {
    const result = await ping(hosts()[from]!, hosts()[to]!.address, { count: 2 });
    assert.is(result.received, 2, result.output);
  }
});

test('cutLink: the host loses carrier and is unreachable; restoreLink brings it back', async () => {
  const [h0, h1] = hosts() as [MeshHost, MeshHost];
  await mesh!.cutLink(h1);
  const link = (await ipJson(h1, ['link', 'show', 'v0'])) as Array<{ flags: string[] }>;
  assert.ok(link[0]!.flags.includes('NO-CARRIER'), `v0 flags: ${link[0]!.flags.join(',')}`);
  assert.is((await ping(h0, h1.address, { count: 1, timeoutS: 1 })).received, 0);
  await mesh!.restoreLink(h1);
  assert.is((await ping(h0, h1.address, { count: 2 })).received, 2);
});

test('shapeLink: 50 ms delay each way gives a ~100 ms round trip; reshaping and clearing take effect', async () => {
  const [h0, h1, h2] = hosts() as [MeshHost, MeshHost, MeshHost];
  await mesh!.shapeLink(h0, { delayMs: 50 });
  let result = await ping(h0, h1.address, { count: 3 });
  assert.is(result.received, 3, result.output);
  assert.ok(steady(result) >= 99 && steady(result) < 140, `rtt ${result.rttMs.join(', ')} ms`);
  // Other links are untouched.
  result = await ping(h1, h2.address, { count: 2 });
  assert.ok(Math.max(...result.rttMs) < 20, `unshaped rtt ${result.rttMs.join(',')}`);

  await mesh!.shapeLink(h0, { delayMs: 10, jitterMs: 5 });
  result = await ping(h0, h1.address, { count: 3 });
  assert.ok(steady(result) >= 10 && steady(result) < 45, `rtt ${result.rttMs.join(', ')} ms with 10±5 ms each way`);

  await mesh!.shapeLink(h0, { lossPercent: 100 });
  assert.is((await ping(h0, h1.address, { count: 2, timeoutS: 1 })).received, 0);

  // A cut link stays cut while shaped, and comes back shaped.
  await mesh!.shapeLink(h0, { delayMs: 20 });
  await mesh!.cutLink(h0);
  assert.is((await ping(h0, h1.address, { count: 1, timeoutS: 1 })).received, 0);
  await mesh!.restoreLink(h0);
  result = await ping(h0, h1.address, { count: 2 });
  assert.is(result.received, 2, result.output);
  assert.ok(steady(result) >= 39 && steady(result) < 80, `rtt ${result.rttMs.join(', ')} ms after restore`);

  await mesh!.clearShaping(h0);
  result = await ping(h0, h1.address, { count: 2 });
  assert.is(result.received, 2, result.output);
  assert.ok(Math.max(...result.rttMs) < 20, `cleared rtt ${result.rttMs.join(',')}`);
  const bridgeLinks = (await ipJson(mesh!.bridgeNamespace, ['link', 'show'])) as Array<{ ifname: string; master?: string }>;
  assert.equal(bridgeLinks.map((link) => link.ifname).sort(), ['b0', 'b1', 'b2', 'br0', 'lo'], 'the splice is gone');
  assert.is(bridgeLinks.find((link) => link.ifname === 'b0')!.master, 'br0');
});

test('shapeLink: rateMbit limits throughput (both directions)', async () => {
  const [h0, h1] = hosts() as [MeshHost, MeshHost];
  await mesh!.shapeLink(h1, { rateMbit: 4 });
  try {
    const bytes = 500_000; // 1 s at 4 Mbit/s
    const server = h1.spawn('/usr/bin/python3', [
      '-c',
      `import socket,sys
s=socket.socket();s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1);s.bind(('0.0.0.0',7001));s.listen();print('listening',flush=True)
c,_=s.accept();n=0
while n<${bytes}:
  d=c.recv(65536)
  if not d: break
  n+=len(d)
c.sendall(b'k');print(n,flush=True)`,
    ]);
    let out = '';
    server.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const deadline = Date.now() + 10_000;
    while (!out.includes('listening') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const client = await h0.exec('/usr/bin/python3', [
      '-c',
      `import socket,time
s=socket.create_connection(('${h1.address}',7001));t=time.monotonic();s.sendall(b'x'*${bytes});s.recv(1);print(time.monotonic()-t)`,
    ]);
    assert.is(client.code, 0, client.stderr);
    const seconds = Number(client.stdout.trim());
    assert.ok(seconds > 0.85 && seconds < 2.5, `500 kB at 4 Mbit/s took ${seconds} s`);
  } finally {
    await mesh!.clearShaping(h1);
  }
});

test('mdnsPackets counts a multicast packet to 224.0.0.251:5353 crossing the bridge', async () => {
  const before = await mesh!.mdnsPackets();
  const sent = await hosts()[2]!.exec('/usr/bin/python3', ['-c', "import socket;s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM);s.sendto(b'\\0'*12,('224.0.0.251',5353))"]);
  assert.is(sent.code, 0, sent.stderr);
  const after = await mesh!.mdnsPackets();
  assert.is(after.packets - before.packets, 1);
  assert.ok(after.bytes - before.bytes >= 12 + 8 + 20, `bytes grew by ${after.bytes - before.bytes}`);
  const counters = await mesh!.bridgeCounters();
  assert.ok(counters.total.packets >= counters.mdns.packets);
});

test('addHost: a fourth laptop joins the same link', async () => {
  const host = await mesh!.addHost();
  assert.is(host.index, 3);
  assert.is(host.address, '169.254.1.4');
  assert.is(hosts().length, 4);
  assert.ok(listNetns().includes(`${prefix}-h3`));
  assert.is((await ping(host, hosts()[0]!.address, { count: 2 })).received, 2);
});

test('avahi: a publication is seen by the same avahi and, across the bridge, by another', async () => {
  const [h0, h1] = hosts() as [MeshHost, MeshHost];
  const mdnsBefore = await mesh!.mdnsPackets();
  const [a, b] = await Promise.all([startAvahi(h0), startAvahi(h1)]);
  avahis.push(a, b);
  const publication = await a.publish('Ana Sofía@xo-ana', '_presence._tcp', 5298, ['txtvers=1', 'nick=Ana Sofía', 'status=avail']);
  assert.is(publication.name, 'Ana Sofía@xo-ana');

  const isAna = (entry: ReturnType<typeof parseBrowse>[number]): boolean => entry.event === '=' && entry.name === 'Ana Sofía@xo-ana' && entry.type === '_presence._tcp';
  const local = parseBrowse(await a.browse('_presence._tcp')).find(isAna);
  assert.ok(local, 'the publishing avahi lists it');
  assert.is(local.address, h0.address);
  assert.is(local.port, 5298);

  const remoteOutput = await b.waitFor((output) => parseBrowse(output).some(isAna), { type: '_presence._tcp' });
  const remote = parseBrowse(remoteOutput).find(isAna)!;
  assert.is(remote.iface, 'v0');
  assert.is(remote.hostName, 'xo-h0.local');
  assert.is(remote.address, h0.address);
  assert.equal(remote.txt!.slice().sort(), ['nick=Ana Sofía', 'status=avail', 'txtvers=1']);
  assert.ok((await b.browse()).includes('_presence._tcp'), 'browse() with no type lists everything');
  assert.ok((await mesh!.mdnsPackets()).packets > mdnsBefore.packets, 'the mDNS crossed the bridge');

  // Withdrawn: avahi says goodbye and the other side forgets it.
  await publication.withdraw();
  await b.waitFor((output) => !parseBrowse(output).some(isAna), { type: '_presence._tcp' });
  await Promise.all([a.stop(), b.stop()]);
});

test('destroy kills every process in the mesh (spawned or escaped) and deletes every namespace', async () => {
  const [h0, , h2] = hosts() as [MeshHost, MeshHost, MeshHost];
  await mesh!.shapeLink(h2, { delayMs: 1 }); // a relay in the bridge namespace
  const sleeper = h0.spawn('sleep', ['300']);
  const escaped = await h2.exec('sh', ['-c', 'setsid sleep 300 >/dev/null 2>&1 & echo $!']);
  const escapedPid = Number(escaped.stdout.trim());
  assert.ok(escapedPid > 0);
  const inside = pidsInNamespaces(mesh!.namespaces());
  assert.ok(inside.includes(sleeper.pid!) && inside.includes(escapedPid), `pids inside: ${inside.join(' ')}`);
  assert.ok(inside.length >= 3, 'sleeper, escaped sleeper and the relay');

  const started = Date.now();
  await mesh!.destroy();
  await mesh!.destroy(); // idempotent
  console.log(`  destroyed in ${Date.now() - started} ms`);
  assert.equal(listNetns().filter(ours), []);
  assert.ok(sleeper.exitCode !== null || sleeper.signalCode !== null, 'the spawned process has exited');
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const pid of inside) assert.not.ok(alive(pid), `process ${pid} is gone`);
  assert.throws(() => hosts()[0]!.spawn('true', []), /destroyed/);
});

test('30 hosts: made and destroyed quickly', async () => {
  let started = Date.now();
  const big = await Mesh.create({ hosts: 30 });
  const made = Date.now() - started;
  try {
    assert.is(big.hosts[29]!.address, '169.254.1.30');
    assert.is((await ping(big.hosts[29]!, big.hosts[0]!.address, { count: 1 })).received, 1);
  } finally {
    started = Date.now();
    await big.destroy();
  }
  const destroyed = Date.now() - started;
  console.log(`  30 hosts: made in ${made} ms, destroyed in ${destroyed} ms`);
  assert.ok(made < 5_000 && destroyed < 5_000);
  assert.equal(listNetns().filter((name) => name.startsWith(`${big.prefix}-`)), []);
});

test('a crashed run (SIGKILL) is swept: its namespaces and the processes in them', async () => {
  const child = await runNodeChild(`
const mesh = await Mesh.create({ hosts: 2 });
const sleeper = mesh.hosts[1].spawn('sh', ['-c', 'echo inside; exec sleep 300'], { stdio: ['ignore', 'pipe', 'ignore'] });
await new Promise((resolve) => sleeper.stdout.once('data', resolve));
console.log(JSON.stringify({ prefix: mesh.prefix, sleeper: sleeper.pid }));
process.kill(process.pid, 'SIGKILL');
`);
  assert.is(child.signal, 'SIGKILL', child.stderr);
  const { prefix: dead, sleeper } = JSON.parse(child.stdout) as { prefix: string; sleeper: number };
  const left = listNetns().filter((name) => name.startsWith(`${dead}-`)).sort();
  assert.equal(left, [`${dead}-br`, `${dead}-h0`, `${dead}-h1`], 'the crash left its namespaces');
  assert.ok(alive(sleeper));
  const swept = await sweepStaleNamespaces();
  assert.equal(swept.filter((name) => name.startsWith(`${dead}-`)).sort(), left);
  assert.equal(listNetns().filter((name) => name.startsWith(`${dead}-`)), []);
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.not.ok(alive(sleeper), 'the orphan inside was killed');
  assert.equal(await sweepStaleNamespaces(), [], 'nothing more to sweep; live runs are left alone');
});

test('SIGTERM and an uncaught exception still remove the mesh', async () => {
  const terminated = await runNodeChild(`
const mesh = await Mesh.create({ hosts: 2 });
console.log(mesh.prefix);
console.log('SEND-SIGTERM');
setInterval(() => {}, 1000);
`);
  assert.is(terminated.signal, 'SIGTERM', terminated.stderr);
  const first = terminated.stdout.split('\n')[0]!;
  assert.equal(listNetns().filter((name) => name.startsWith(`${first}-`)), []);

  const thrown = await runNodeChild(`
const mesh = await Mesh.create({ hosts: 2 });
console.log(mesh.prefix);
setTimeout(() => { throw new Error('test crash'); }, 10);
`);
  assert.is(thrown.code, 1);
  assert.match(thrown.stderr, 'test crash');
  const second = thrown.stdout.split('\n')[0]!;
  assert.ok(second.startsWith('ms'));
  assert.equal(listNetns().filter((name) => name.startsWith(`${second}-`)), []);
});

test.run();
