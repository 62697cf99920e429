/**
 * D-Bus latency benchmark (not run in CI): round trips from dbus-python, as
 * a Sugar activity makes them, to the real agent on a private session bus.
 *
 *   npx tsc -p . && node dist/test/bench/dbus-latency.js
 *   node dist/test/bench/dbus-latency.js --calls 5000 --json
 *
 * 1,000 synchronous Status() calls against, as the reference, 1,000
 * org.freedesktop.DBus.Peer.Ping calls to the agent's name: Ping takes the
 * same route (client -> dbus-daemon -> agent -> dbus-daemon -> client) and
 * is answered by the agent's D-Bus library (dbus-next) without any of our
 * code, so the ratio is what our handler and its a{sv} answer cost. Should
 * the agent not answer Ping, the bus daemon's own Ping is the reference
 * instead, and the output says so. Ping to dbus-daemon is always shown for
 * scale (half the hops). The timing loop is test/bench/dbus_latency.py under
 * Debian's /usr/bin/python3 (python3-dbus); it interleaves the kinds call by
 * call after a warm-up of 50 each.
 *
 * Target: median Status() <= 2.0x median Ping. The exit code is 0 whether or
 * not the target is met (1 only when nothing could be measured).
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, startAgentProcess, type AgentHandle } from '../helpers/agent-process.js';
import { startPrivateBus, type PrivateBus } from '../helpers/private-bus.js';
import { killActive, median, percentile, readConfig, run, UsageError, wholeNumberOption } from './proc.js';

const PYTHON = '/usr/bin/python3';
const DRIVER = join(PROJECT_ROOT, 'test', 'bench', 'dbus_latency.py');
const TARGET_RATIO = 2.0;

const USAGE = `usage: node dist/test/bench/dbus-latency.js [options]

Times D-Bus round trips from dbus-python to the mesh-share agent on a private
session bus: Status() against org.freedesktop.DBus.Peer.Ping. Needs
dbus-daemon and Debian's python3-dbus (under ${PYTHON}).

  --calls N       timed calls of each kind (default 1000)
  --warmup N      untimed calls of each kind first (default 50)
  --json          print the figures as JSON instead of the table
  -h, --help      this text
`;

interface Config {
  calls: number;
  warmup: number;
  json: boolean;
}


function parseConfig(argv: string[]): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      calls: { type: 'string' },
      warmup: { type: 'string' },
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
  const int = wholeNumberOption;
  return { calls: int('calls', values.calls, 1000, 1), warmup: int('warmup', values.warmup, 50, 0), json: values.json ?? false };
}

function say(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------- figures

type Kind = 'status' | 'ping_agent' | 'ping_bus';

interface DriverOutput {
  reference: 'ping_agent' | 'ping_bus';
  ping_agent_error: string | null;
  python: string;
  dbus_python: string;
  status_keys: string[];
  calls: number;
  warmup: number;
  samples_ns: Partial<Record<Kind, number[]>>;
}

interface Row {
  call: string;
  kind: Kind;
  medianUs: number;
  p95Us: number;
  minUs: number;
  p99Us: number;
  maxUs: number;
  /** Median over the reference Ping's median. */
  ratio: number;
  target: string;
  verdict: string;
}

const LABELS: Record<Kind, string> = {
  status: 'Status()',
  ping_agent: 'Peer.Ping (agent)',
  ping_bus: 'Peer.Ping (dbus-daemon)',
};

function buildRows(out: DriverOutput): Row[] {
  const us = (ns: number[]): number[] => ns.map((n) => n / 1000);
  const ref = median(us(out.samples_ns[out.reference] ?? []));
  const rows: Row[] = [];
  for (const kind of ['status', 'ping_agent', 'ping_bus'] as const) {
    const samples = out.samples_ns[kind];
    if (!samples || samples.length === 0) continue;
    const values = us(samples);
    const m = median(values);
    const ratio = m / ref;
    let target = '';
    let verdict = '';
    if (kind === 'status') {
      target = `<= ${TARGET_RATIO.toFixed(1)}x Ping`;
      verdict = Number.isFinite(ratio) ? (ratio <= TARGET_RATIO ? 'ok' : 'MISS') : 'n/a';
    } else if (kind === out.reference) {
      target = 'reference';
    }
    rows.push({
      call: LABELS[kind],
      kind,
      medianUs: m,
      p95Us: percentile(values, 95),
      minUs: Math.min(...values),
      p99Us: percentile(values, 99),
      maxUs: Math.max(...values),
      ratio,
      target,
      verdict,
    });
  }
  return rows;
}

function formatTable(rows: Row[]): string {
  const num = (n: number): string => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
  const lines = [['call', 'median µs', 'p95 µs', 'ratio vs Ping', 'target', 'verdict']];
  for (const r of rows) lines.push([r.call, num(r.medianUs), num(r.p95Us), Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}x` : 'n/a', r.target, r.verdict]);
  const widths = [24, 10, 8, 14, 14, 7];
  const right = new Set([1, 2, 3]);
  return lines
    .map((cols) => cols.map((c, i) => (i === cols.length - 1 ? c : right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}

// ---------------------------------------------------------------- main

let bus: PrivateBus | null = null;
let agent: AgentHandle | null = null;
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    killActive('SIGKILL');
    if (agent) {
      await agent.stop().catch((err: unknown) => say(`stopping the agent: ${String(err)}`));
      await agent.cleanup().catch((err: unknown) => say(`removing the agent's folders: ${String(err)}`));
    }
    await bus?.stop().catch((err: unknown) => say(`stopping the bus: ${String(err)}`));
  })();
  return cleaning;
}

function onSignal(signal: NodeJS.Signals, code: number): void {
  process.on(signal, () => {
    say(`${signal}: stopping the agent and the bus`);
    void cleanup().finally(() => process.exit(code));
  });
}

async function main(): Promise<number> {
  const config = readConfig(parseConfig, USAGE);
  if (config === null) return 2;
  onSignal('SIGINT', 130);
  onSignal('SIGTERM', 143);
  onSignal('SIGHUP', 129);
  for (const ev of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(ev, (err: unknown) => {
      process.stderr.write(`bench: ${ev}: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      void cleanup().finally(() => process.exit(1));
    });
  }

  const check = await run(PYTHON, ['-c', 'import dbus'], { timeoutMs: 30_000 }).catch((err: unknown) => ({ code: -1, stderr: String(err) }));
  if (check.code !== 0) throw new Error(`${PYTHON} cannot import dbus; install it with: sudo apt-get install python3-dbus (${check.stderr.trim()})`);
  if (!existsSync(DRIVER)) throw new Error(`${DRIVER} is missing`);

  bus = await startPrivateBus();
  say(`private bus ${bus.address}`);
  // As the tests start it: --dav-port 0 --dav-host 127.0.0.1, throw-away data and share folders.
  agent = await startAgentProcess({ env: { ...bus.env } });
  say(`agent pid ${agent.process.pid}, ${agent.url}`);

  say(`${config.warmup} warm-up + ${config.calls} timed calls of each kind from ${PYTHON}`);
  const r = await run(PYTHON, [DRIVER, '--calls', String(config.calls), '--warmup', String(config.warmup)], {
    env: { ...process.env, ...bus.env },
    timeoutMs: 30 * 60_000,
  });
  if (r.code !== 0) throw new Error(`the Python driver exited ${r.code ?? r.signal}: ${(r.stderr || r.stdout).trim().slice(-3000)}`);
  let out: DriverOutput;
  try {
    out = JSON.parse(r.stdout) as DriverOutput;
  } catch {
    throw new Error(`the Python driver printed no JSON:\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(-2000)}`);
  }
  const rows = buildRows(out);
  const referenceText =
    out.reference === 'ping_agent'
      ? "Peer.Ping to the agent's name, answered by its D-Bus library (dbus-next): the same route as Status()"
      : `Peer.Ping to the bus daemon (org.freedesktop.DBus), because the agent does not answer Peer.Ping (${out.ping_agent_error ?? 'no reason given'}); it takes half the hops of Status()`;
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} CPUs, Node ${process.versions.node}`;

  if (config.json) {
    const json = {
      config,
      machine,
      python: out.python,
      dbusPython: out.dbus_python,
      reference: out.reference === 'ping_agent' ? 'agent' : 'dbus-daemon',
      pingAgentError: out.ping_agent_error,
      statusKeys: out.status_keys,
      targetRatio: TARGET_RATIO,
      rows,
    };
    const tidy = (_k: string, v: unknown): unknown => (typeof v === 'number' ? (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : null) : v);
    process.stdout.write(`${JSON.stringify(json, tidy, 2)}\n`);
  } else {
    const lines: string[] = [];
    lines.push(`D-Bus round trips from dbus-python ${out.dbus_python} (Python ${out.python}, synchronous calls) to the agent on a private session bus`);
    lines.push(`${config.calls} timed calls of each kind after ${config.warmup} warm-up, interleaved call by call; ${machine}`);
    lines.push(`reference: ${referenceText}`);
    lines.push('');
    lines.push(formatTable(rows));
    lines.push('');
    lines.push(`Status() answers ${out.status_keys.length} keys (${out.status_keys.join(', ')}).`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return rows.some((row) => row.kind === 'status') ? 0 : 1;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    // After Ctrl-C the driver dies on purpose: that is no error worth a stack trace.
    if (!cleaning) process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    await cleanup();
    process.exit(1);
  });
