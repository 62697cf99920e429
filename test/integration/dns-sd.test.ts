/**
 * DnsSd over real multicast: laptops in network namespaces (test/harness/mesh.ts),
 * each running dns-sd-node.js, talking mDNS on the mesh bridge only.
 * Needs root (network namespaces); fails loudly otherwise.
 */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseBrowse, startAvahi } from '../harness/avahi.js';
import { Mesh, type MeshHost } from '../harness/mesh.js';
import { requireRoot } from '../harness/root.js';

const SCRIPT = fileURLToPath(new URL('./dns-sd-node.js', import.meta.url));
const isRoot = requireRoot('test/integration/dns-sd.test.ts');

interface HexTxt {
  key: string;
  hex: string | null;
}

interface Ev {
  ev: string;
  at: number;
  reason?: string;
  name?: string;
  old?: string;
  id?: string;
  service?: { type: string; name: string; fullName: string; host: string; port: number; addresses: string[]; txt: HexTxt[]; txtMap: Record<string, string | true> };
  answers?: { name: string; type: string; data: unknown }[];
  packetsSent?: number;
  hostName?: string;
  [k: string]: unknown;
}

const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

class Laptop {
  readonly events: Ev[] = [];
  private readonly waiters = new Set<() => void>();
  stderr = '';
  exited = false;

  private constructor(
    readonly host: MeshHost,
    readonly child: ChildProcess,
  ) {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        this.events.push({ ...(JSON.parse(line) as Ev), at: Date.now() });
      } catch {
        this.stderr += `stdout: ${line}\n`;
      }
      for (const w of [...this.waiters]) w();
    });
    child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    child.once('exit', () => {
      this.exited = true;
      for (const w of [...this.waiters]) w();
    });
  }

  static async start(host: MeshHost, config: { hostLabel: string; hostRecords?: 'publish' | 'system'; ttls?: { host?: number; other?: number } }): Promise<Laptop> {
    const child = host.spawn(process.execPath, [SCRIPT, JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const laptop = new Laptop(host, child);
    await laptop.waitFor((e) => e.ev === 'ready', 10_000, 'ready');
    return laptop;
  }

  send(cmd: Record<string, unknown>): void {
    this.child.stdin!.write(`${JSON.stringify(cmd)}\n`);
  }

  publish(id: string, type: string, name: string, port: number, txt: HexTxt[]): void {
    this.send({ op: 'publish', id, type, name, port, txt });
  }

  errors(): Ev[] {
    return this.events.filter((e) => e.ev === 'error');
  }

  /** First event (from index `from`) matching; waits up to timeoutMs. */
  waitFor(match: (e: Ev) => boolean, timeoutMs: number, what: string, from = 0): Promise<Ev> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.events.slice(from).find(match);
        if (found) {
          done();
          resolve(found);
          return true;
        }
        if (this.exited) {
          done();
          reject(new Error(`${this.host.name} exited while waiting for ${what}\n${this.stderr}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.host.name}: no ${what} within ${timeoutMs} ms; events: ${JSON.stringify(this.events.map((e) => [e.ev, e.service?.name ?? e.name, e.reason]))}\n${this.stderr}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter = (): void => void check();
      this.waiters.add(waiter);
      check();
    });
  }

  async request(cmd: Record<string, unknown>, reply: string, timeoutMs = 10_000): Promise<Ev> {
    const from = this.events.length;
    this.send(cmd);
    return this.waitFor((e) => e.ev === reply || e.ev === 'error', timeoutMs, reply, from);
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    this.send({ op: 'stop' });
    await this.waitFor(() => false, 5_000, 'exit').catch(() => undefined);
    if (!this.exited) this.child.kill('SIGKILL');
  }
}

let mesh: Mesh;
const running: Laptop[] = [];

async function laptop(index: number, hostLabel: string, extra: { hostRecords?: 'publish' | 'system'; ttls?: { host?: number; other?: number } } = {}): Promise<Laptop> {
  const l = await Laptop.start(mesh.hosts[index]!, { hostLabel, ...extra });
  running.push(l);
  return l;
}

async function stopAll(): Promise<void> {
  await Promise.all(running.splice(0).map((l) => l.stop()));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test.before(async () => {
  if (!isRoot) return;
  mesh = await Mesh.create({ hosts: 3 });
});

test.after(async () => {
  await stopAll();
  await mesh?.destroy();
});

test.after.each(async () => {
  const errors = running.flatMap((l) => l.errors().map((e) => `${l.host.name}: ${String(e.message)}`));
  await stopAll();
  assert.equal(errors, [], 'the laptops reported no errors');
});

test('runs as root (network namespaces)', () => {
  assert.ok(isRoot, 'this test needs root: see the banner above');
});

const SHARE_TXT: HexTxt[] = [
  { key: 'path', hex: hex('/') },
  { key: 'u', hex: hex('ana') },
  { key: 'ro', hex: null },
  { key: 'empty', hex: '' },
  { key: 'bin', hex: '00ff3d800a' },
];
const KEY = Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 53 + 7) & 0xff));
const SALUT_TXT: HexTxt[] = [
  { key: 'txtvers', hex: hex('1') },
  { key: 'port.p2pj', hex: hex('5298') },
  { key: 'nick', hex: hex('Ana 👩') },
  { key: '1st', hex: hex('Ana') },
  { key: 'last', hex: '' },
  { key: 'status', hex: hex('avail') },
  { key: 'msg', hex: hex('hi = there') },
  { key: 'olpc-color', hex: hex('#FF0000,#00FF00') },
  { key: 'olpc-key-part0', hex: KEY.subarray(0, 200).toString('hex') },
  { key: 'olpc-key-part1', hex: KEY.subarray(200, 400).toString('hex') },
  { key: 'olpc-key-part2', hex: KEY.subarray(400).toString('hex') },
];

test('B sees A\'s share and Salut buddy with exact TXT, then the TXT update, then a goodbye within 2 s of stop', async () => {
  if (!isRoot) return;
  const a = await laptop(0, 'xo-a');
  const b = await laptop(1, 'xo-b');
  b.send({ op: 'browse', type: '_webdavs._tcp' });
  b.send({ op: 'browse', type: '_presence._tcp' });
  a.publish('share', '_webdavs._tcp', 'Ana. share', 8443, SHARE_TXT);
  a.publish('buddy', '_presence._tcp', 'ana@xo-a', 5298, SALUT_TXT);
  const up = await b.waitFor((e) => e.ev === 'up' && e.service?.type === '_webdavs._tcp', 10_000, 'share up');
  assert.is(up.service!.name, 'Ana. share');
  assert.is(up.service!.fullName, 'Ana\\. share._webdavs._tcp.local');
  assert.is(up.service!.host, 'xo-a.local');
  assert.is(up.service!.port, 8443);
  assert.equal(up.service!.txt, SHARE_TXT);
  assert.equal(up.service!.txtMap, { path: '/', u: 'ana', ro: true, empty: '', bin: '\u0000\ufffd=\ufffd\n' });
  const withAddress = up.service!.addresses.length > 0 ? up : await b.waitFor((e) => e.ev === 'changed' && (e.service?.addresses.length ?? 0) > 0, 5_000, 'address');
  assert.equal(withAddress.service!.addresses, [mesh.hosts[0]!.address]);
  const buddy = await b.waitFor((e) => e.ev === 'up' && e.service?.type === '_presence._tcp', 10_000, 'buddy up');
  assert.is(buddy.service!.name, 'ana@xo-a');
  assert.equal(buddy.service!.txt, SALUT_TXT);

  const from = b.events.length;
  a.send({ op: 'updateTxt', id: 'share', txt: [{ key: 'path', hex: hex('/new') }, { key: 'flag', hex: null }] });
  const changed = await b.waitFor((e) => e.ev === 'changed' && e.service?.type === '_webdavs._tcp', 3_000, 'changed', from);
  assert.equal(changed.service!.txt, [{ key: 'path', hex: hex('/new') }, { key: 'flag', hex: null }]);

  await sleep(1500); // let the second TXT announcement go out
  const stopAt = Date.now();
  await a.stop();
  const down = await b.waitFor((e) => e.ev === 'down' && e.service?.type === '_webdavs._tcp', 3_000, 'down');
  assert.is(down.reason, 'goodbye');
  assert.ok(down.at - stopAt < 2_500, `down after ${down.at - stopAt} ms`);
  const buddyDown = await b.waitFor((e) => e.ev === 'down' && e.service?.type === '_presence._tcp', 3_000, 'buddy down');
  assert.is(buddyDown.reason, 'goodbye');
});

test('a laptop killed with SIGKILL goes "down" "expired" when its records run out (short TTLs)', async () => {
  if (!isRoot) return;
  const a = await laptop(0, 'xo-a', { ttls: { host: 3, other: 6 } });
  const b = await laptop(1, 'xo-b');
  b.send({ op: 'browse', type: '_webdavs._tcp' });
  a.publish('share', '_webdavs._tcp', 'Doomed', 8443, SHARE_TXT);
  await b.waitFor((e) => e.ev === 'up', 10_000, 'up');
  await sleep(4000); // at least one refresh cycle survives while A lives
  assert.not.ok(b.events.some((e) => e.ev === 'down'), 'still up while A runs');
  const killedAt = Date.now();
  a.child.kill('SIGKILL');
  const down = await b.waitFor((e) => e.ev === 'down', 10_000, 'down');
  assert.is(down.reason, 'expired');
  const after = down.at - killedAt;
  assert.ok(after > 200 && after < 5_000, `down ${after} ms after the kill`);
});

test('two laptops publishing the same name at once: one becomes "Shared (2)", the host name "xo-same-2"', async () => {
  if (!isRoot) return;
  const [a, b, c] = await Promise.all([laptop(0, 'xo-same'), laptop(1, 'xo-same'), laptop(2, 'xo-c')]);
  c.send({ op: 'browse', type: '_webdavs._tcp' });
  a.publish('s', '_webdavs._tcp', 'Shared', 1001, []);
  b.publish('s', '_webdavs._tcp', 'Shared', 1002, []);
  await c.waitFor((e) => e.ev === 'up' && e.service?.name === 'Shared', 10_000, 'Shared');
  await c.waitFor((e) => e.ev === 'up' && e.service?.name === 'Shared (2)', 10_000, 'Shared (2)');
  await sleep(1500);
  const views = new Map<string, NonNullable<Ev['service']>>();
  for (const e of c.events) if (e.service && (e.ev === 'up' || e.ev === 'changed')) views.set(e.service.name, e.service);
  assert.equal([...views.keys()].sort(), ['Shared', 'Shared (2)']);
  const hosts = [...views.values()].map((s) => s.host).sort();
  assert.equal(hosts, ['xo-same-2.local', 'xo-same.local']);
  // Each host name resolves to its own laptop.
  const byPort = new Map([...views.values()].map((s) => [s.port, s]));
  assert.equal(byPort.get(1001)!.addresses, [mesh.hosts[0]!.address]);
  assert.equal(byPort.get(1002)!.addresses, [mesh.hosts[1]!.address]);
  const renamed = [...a.events, ...b.events].filter((e) => e.ev === 'renamed');
  assert.equal(renamed.map((e) => [e.name, e.old]), [['Shared (2)', 'Shared']]);
});

test('a laptop arriving with a name already in use renames itself; the first keeps its name', async () => {
  if (!isRoot) return;
  const a = await laptop(0, 'xo-a');
  a.publish('s', '_webdavs._tcp', 'Late', 1001, []);
  await sleep(2500);
  const b = await laptop(1, 'xo-b');
  b.publish('s', '_webdavs._tcp', 'Late', 1002, []);
  const renamed = await b.waitFor((e) => e.ev === 'renamed', 5_000, 'renamed');
  assert.is(renamed.name, 'Late (2)');
  await sleep(1000);
  assert.not.ok(a.events.some((e) => e.ev === 'renamed'));
});

test('service enumeration (_services._dns-sd._udp.local) and a plain multicast-dns query are answered', async () => {
  if (!isRoot) return;
  const a = await laptop(0, 'xo-a');
  const c = await laptop(2, 'xo-c');
  a.publish('s', '_webdavs._tcp', 'Enum', 8443, SHARE_TXT);
  a.publish('p', '_presence._tcp', 'enum@xo-a', 5298, []);
  await sleep(2500);
  const result = await c.request({ op: 'query', name: '_services._dns-sd._udp.local', qtype: 'PTR' }, 'query-result');
  const types = (result.answers ?? []).filter((x) => x.type === 'PTR' && x.name === '_services._dns-sd._udp.local').map((x) => x.data);
  assert.equal([...new Set(types)].sort(), ['_presence._tcp.local', '_webdavs._tcp.local']);
  const ptr = await c.request({ op: 'query', name: '_webdavs._tcp.local', qtype: 'PTR' }, 'query-result');
  const kinds = (ptr.answers ?? []).map((x) => `${x.type} ${x.name}`);
  assert.ok(kinds.includes('PTR _webdavs._tcp.local'), kinds.join());
  assert.ok(kinds.includes('SRV Enum._webdavs._tcp.local') && kinds.includes('TXT Enum._webdavs._tcp.local') && kinds.includes('A xo-a.local'), `additionals: ${kinds.join()}`);
});

test('avahi-browse resolves our share with exact TXT; we see a service avahi publishes', async () => {
  if (!isRoot) return;
  const avahi = await startAvahi(mesh.hosts[2]!);
  try {
    const a = await laptop(0, 'xo-a');
    a.publish('share', '_webdavs._tcp', 'Ana. share', 8443, SHARE_TXT.slice(0, 4));
    a.send({ op: 'browse', type: '_presence._tcp' });
    const out = await avahi.waitFor((o) => parseBrowse(o).some((e) => e.event === '=' && e.name === 'Ana. share'), { type: '_webdavs._tcp', timeoutMs: 15_000 });
    const entry = parseBrowse(out).find((e) => e.event === '=' && e.name === 'Ana. share')!;
    assert.is(entry.hostName, 'xo-a.local');
    assert.is(entry.address, mesh.hosts[0]!.address);
    assert.is(entry.port, 8443);
    assert.equal([...entry.txt!].sort(), ['path=/', 'u=ana', 'ro', 'empty='].sort());
    const pub = await avahi.publish('bo@xo-h2', '_presence._tcp', 5298, ['txtvers=1', 'nick=Bo', 'status=avail']);
    const up = await a.waitFor((e) => e.ev === 'up' && e.service?.name === 'bo@xo-h2', 10_000, 'avahi service');
    assert.is(up.service!.port, 5298);
    assert.equal(up.service!.txtMap, { txtvers: '1', nick: 'Bo', status: 'avail' });
    const resolved = up.service!.addresses.length > 0 ? up : await a.waitFor((e) => e.ev === 'changed' && e.service?.name === 'bo@xo-h2', 5_000, 'avahi address');
    assert.equal(resolved.service!.addresses, [mesh.hosts[2]!.address]);
    const from = a.events.length;
    await pub.withdraw();
    const down = await a.waitFor((e) => e.ev === 'down' && e.service?.name === 'bo@xo-h2', 5_000, 'avahi goodbye', from);
    assert.is(down.reason, 'goodbye');
  } finally {
    await avahi.stop();
  }
});

test('three laptops publishing and browsing: idle traffic is small and does not grow', async () => {
  if (!isRoot) return;
  const start = await mesh.mdnsPackets();
  const laptops = await Promise.all([0, 1, 2].map((i) => laptop(i, `xo-t${i}`)));
  for (const [i, l] of laptops.entries()) {
    l.send({ op: 'browse', type: '_webdavs._tcp' });
    l.send({ op: 'browse', type: '_presence._tcp' });
    l.publish('s', '_webdavs._tcp', `Share ${i}`, 8443, SHARE_TXT);
    l.publish('p', '_presence._tcp', `kid${i}@xo-t${i}`, 5298, SALUT_TXT);
  }
  const resolved = (l: Laptop): number => new Set(l.events.filter((e) => (e.ev === 'up' || e.ev === 'changed') && (e.service?.addresses.length ?? 0) > 0).map((e) => e.service!.fullName)).size;
  const deadline = Date.now() + 15_000;
  while (laptops.some((l) => resolved(l) < 4) && Date.now() < deadline) await sleep(200);
  assert.equal(laptops.map(resolved), [4, 4, 4], 'each laptop sees the 4 services of the others, with addresses');
  await sleep(8_000);
  const c0 = await mesh.mdnsPackets();
  await sleep(20_000);
  const c1 = await mesh.mdnsPackets();
  await sleep(20_000);
  const c2 = await mesh.mdnsPackets();
  const w1 = c1.packets - c0.packets;
  const w2 = c2.packets - c1.packets;
  const startup = c0.packets - start.packets;
  console.log(`mDNS packets on the link, 3 laptops x 2 services: startup (first ~10 s) ${startup}, then 20 s windows: ${w1}, ${w2}`);
  assert.ok(w1 <= 15 && w2 <= 15, `idle packets per 20 s: ${w1}, ${w2}`);
  assert.ok(w2 <= w1 + 3, `traffic grows: ${w1} then ${w2}`);
  assert.ok(startup < 3 * 40, `startup took ${startup} packets`);
  for (const l of laptops) assert.not.ok(l.events.some((e) => e.ev === 'down'), 'nobody went down');
});

test.run();
