/**
 * A DnsSd driven over stdin/stdout, run inside a mesh namespace by
 * dns-sd.test.ts. argv[2]: JSON { hostLabel, hostRecords?, ttls?, addresses? }.
 * stdin: one JSON command a line; stdout: one JSON event a line. Binary
 * TXT values travel as hex (null for boolean keys).
 *
 * Commands: publish {id,type,name,port,txt}, updateTxt {id,txt},
 * withdraw {id}, browse {type}, stats, query {name,qtype} (a plain
 * multicast-dns querier on a second socket, answers collected for 1.5 s),
 * stop.
 */
import { createInterface } from 'node:readline';
import makeMdns from 'multicast-dns';
import type { Logger } from '../../agent/logger.js';
import { DnsSd, type DiscoveredService, type PublishedService, type TxtEntry } from '../../protocols/dns-sd/dns-sd.js';
import { networkInterfaces } from 'node:os';

interface HexTxt {
  key: string;
  hex: string | null;
}

const config = JSON.parse(process.argv[2] ?? '{}') as { hostLabel: string; hostRecords?: 'publish' | 'system'; ttls?: { host?: number; other?: number }; debug?: boolean };

function out(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

const log: Logger = {
  debug: (m, f) => config.debug && process.stderr.write(`debug ${m} ${JSON.stringify(f ?? {})}\n`),
  info: (m, f) => process.stderr.write(`info ${m} ${JSON.stringify(f ?? {})}\n`),
  warn: (m, f) => process.stderr.write(`warn ${m} ${JSON.stringify(f ?? {})}\n`),
  error: (m, f) => process.stderr.write(`error ${m} ${JSON.stringify(f ?? {})}\n`),
};

function toTxt(entries: HexTxt[]): TxtEntry[] {
  return entries.map((e) => ({ key: e.key, value: e.hex === null ? null : Uint8Array.from(Buffer.from(e.hex, 'hex')) }));
}

function fromTxt(entries: TxtEntry[]): HexTxt[] {
  return entries.map((e) => ({ key: e.key, hex: e.value === null ? null : Buffer.from(e.value).toString('hex') }));
}

function service(s: DiscoveredService): Record<string, unknown> {
  return { type: s.type, name: s.name, fullName: s.fullName, host: s.host, port: s.port, addresses: s.addresses, txt: fromTxt(s.txt), txtMap: s.txtMap };
}

function addresses(): string[] {
  const list: string[] = [];
  for (const entries of Object.values(networkInterfaces())) for (const e of entries ?? []) if (e.family === 'IPv4' && !e.internal) list.push(e.address);
  return list;
}

const sd = new DnsSd({ log, hostLabel: config.hostLabel, hostRecords: config.hostRecords ?? 'publish', addresses, ...(config.ttls ? { ttls: config.ttls } : {}) });
const published = new Map<string, PublishedService>();

async function query(name: string, qtype: string): Promise<void> {
  const mdns = makeMdns({ reuseAddr: true });
  const answers: { name: string; type: string; data: unknown; section: string }[] = [];
  mdns.on('response', (packet) => {
    for (const [section, list] of [['answer', packet.answers], ['additional', packet.additionals]] as const) {
      for (const a of list ?? []) {
        const raw = (a as { data?: unknown }).data;
        const data = a.type === 'TXT' ? (raw as Buffer[]).map((b) => Buffer.from(b).toString('hex')) : raw;
        answers.push({ name: a.name, type: a.type, data, section });
      }
    }
  });
  await new Promise<void>((resolve) => mdns.once('ready', () => resolve()));
  mdns.query({ questions: [{ name, type: qtype as 'PTR' }] });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await new Promise<void>((resolve) => mdns.destroy(() => resolve()));
  out({ ev: 'query-result', name, answers });
}

async function handle(line: string): Promise<void> {
  const cmd = JSON.parse(line) as Record<string, unknown> & { op: string };
  switch (cmd.op) {
    case 'publish': {
      const id = String(cmd.id);
      const p = sd.publish({ type: String(cmd.type), name: String(cmd.name), port: Number(cmd.port), txt: toTxt(cmd.txt as HexTxt[]) });
      p.on('renamed', (name, old) => out({ ev: 'renamed', id, name, old, fullName: p.fullName }));
      published.set(id, p);
      out({ ev: 'published', id, name: p.name, fullName: p.fullName });
      return;
    }
    case 'updateTxt':
      published.get(String(cmd.id))!.updateTxt(toTxt(cmd.txt as HexTxt[]));
      out({ ev: 'updated', id: cmd.id });
      return;
    case 'withdraw':
      await published.get(String(cmd.id))!.withdraw();
      out({ ev: 'withdrawn', id: cmd.id });
      return;
    case 'browse': {
      const type = String(cmd.type);
      sd.browse(type)
        .on('up', (s) => out({ ev: 'up', service: service(s) }))
        .on('changed', (s) => out({ ev: 'changed', service: service(s) }))
        .on('down', (s, reason) => out({ ev: 'down', reason, service: service(s) }));
      out({ ev: 'browsing', type });
      return;
    }
    case 'stats':
      out({ ev: 'stats', ...sd.stats(), hostName: sd.hostName });
      return;
    case 'query':
      await query(String(cmd.name), String(cmd.qtype ?? 'PTR'));
      return;
    case 'stop':
      await sd.stop();
      out({ ev: 'stopped' });
      process.exit(0);
      return;
    default:
      out({ ev: 'error', message: `unknown op ${cmd.op}` });
  }
}

try {
  await sd.start();
} catch (error) {
  out({ ev: 'error', message: String(error) });
  process.exit(1);
}
out({ ev: 'ready', hostName: sd.hostName });
const rl = createInterface({ input: process.stdin });
let chain = Promise.resolve();
rl.on('line', (line) => {
  if (line.trim() === '') return;
  chain = chain.then(() => handle(line)).catch((error: unknown) => out({ ev: 'error', message: String(error) }));
});
rl.on('close', () => {
  void chain.then(async () => {
    await sd.stop();
    process.exit(0);
  });
});
