/**
 * WebDAV benchmark (not run in CI): our agent against Apache httpd mod_dav,
 * both over HTTPS on 127.0.0.1 on this machine, in the same run, with the
 * same clients (curl, wrk, a Node keep-alive client) and the same data.
 *
 *   npm run bench:dav                 # 1 GiB transfers, 3 repetitions
 *   npm run bench:dav -- --quick      # 128 MiB, 1 repetition, short wrk
 *   node dist/test/bench/dav.js --size-mib 256 --reps 5 --json
 *
 * Every measurement alternates the servers (which one goes first changes
 * from one repetition to the next) and reports the median. Ratios are always
 * ours / Apache; the target column says which way is good. The exit code is 0
 * whether or not targets are met (1 only when something could not be
 * measured at all).
 */
import { randomBytes, randomFillSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import * as https from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startAgent, type AgentServer } from './agent.js';
import { APACHE_BIN, startApache, type ApacheServer } from './apache.js';
import { basicAuth, request, startGetStream, tlsInfo, type TlsInfo } from './client.js';
import { killActive, median, percentile, readConfig, run, runOk, UsageError, which, wholeNumberOption } from './proc.js';

type Side = 'ours' | 'apache';
const SIDES: readonly Side[] = ['ours', 'apache'];

const USAGE = `usage: node dist/test/bench/dav.js [options]

Compares the mesh-share agent's WebDAV server with Apache httpd mod_dav over
HTTPS on 127.0.0.1. Needs: apache2, apache2-utils, wrk, curl, openssl.

  --quick              small run: 128 MiB transfers, 1 repetition, 5 PROPFINDs, 3 s wrk
  --size-mib N         size of the PUT/GET transfer (default 1024)
  --reps N             repetitions of transfers, PROPFIND-blocking and wrk (default 3)
  --propfind-reps N    timed PROPFINDs per server (default 10)
  --files N            files in the PROPFIND folder (default 1000)
  --wrk-seconds N      duration of each wrk run (default 10)
  --only ours|apache   measure one side only
  --apache-hash sha    store Apache's password as SHA-1 (htpasswd -s) instead
                       of bcrypt (htpasswd -B): Apache checks the hash on every
                       request, the agent caches a verified password, so with
                       bcrypt the 4 KiB GET figure mostly measures bcrypt
  --agent-log-level L  the agent's --log-level (default warn: Apache writes
                       no access log and logs at warn)
  --json               print the figures as JSON instead of the table
  --keep               keep the temporary folder (its path is printed)
  -h, --help           this text
`;

interface Config {
  sizeMiB: number;
  reps: number;
  propfindReps: number;
  files: number;
  wrkSeconds: number;
  wrkThreads: number;
  wrkConnections: number;
  only?: Side;
  apacheHash: 'bcrypt' | 'sha';
  agentLogLevel: string;
  json: boolean;
  keep: boolean;
  quick: boolean;
}

function parseConfig(argv: string[]): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      'size-mib': { type: 'string' },
      reps: { type: 'string' },
      'propfind-reps': { type: 'string' },
      files: { type: 'string' },
      'wrk-seconds': { type: 'string' },
      only: { type: 'string' },
      'apache-hash': { type: 'string', default: 'bcrypt' },
      'agent-log-level': { type: 'string', default: 'warn' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
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
  const quick = values.quick ?? false;
  const only = values.only;
  if (only !== undefined && only !== 'ours' && only !== 'apache') throw new UsageError(`--only takes ours or apache, not ${JSON.stringify(only)}`);
  const apacheHash = values['apache-hash'];
  if (apacheHash !== 'bcrypt' && apacheHash !== 'sha') throw new UsageError(`--apache-hash takes bcrypt or sha, not ${JSON.stringify(apacheHash)}`);
  return {
    quick,
    sizeMiB: int('size-mib', values['size-mib'], quick ? 128 : 1024, 1),
    reps: int('reps', values.reps, quick ? 1 : 3, 1),
    propfindReps: int('propfind-reps', values['propfind-reps'], quick ? 5 : 10, 1),
    files: int('files', values.files, 1000, 1),
    wrkSeconds: int('wrk-seconds', values['wrk-seconds'], quick ? 3 : 10, 1),
    wrkThreads: 2,
    wrkConnections: 8,
    only,
    apacheHash,
    agentLogLevel: values['agent-log-level'] ?? 'warn',
    json: values.json ?? false,
    keep: values.keep ?? false,
  };
}


function say(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------- tools

async function ensureTools(config: Config): Promise<void> {
  const needed: Array<[string, string]> = [['curl', 'curl'], ['wrk', 'wrk'], ['openssl', 'openssl']];
  if (config.only !== 'ours') needed.push([APACHE_BIN, 'apache2'], ['htpasswd', 'apache2-utils']);
  const missing: string[] = [];
  for (const [cmd, pkg] of needed) {
    const found = cmd.startsWith('/') ? existsSync(cmd) : (await which(cmd)) !== undefined;
    if (!found && !missing.includes(pkg)) missing.push(pkg);
  }
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing tools; install them with: sudo apt-get install ${missing.join(' ')}`);
  }
  say(`installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  if (r.code !== 0) {
    await run('apt-get', ['update'], { env });
    r = await run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  }
  if (r.code !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed: ${r.stderr.trim().slice(-1500)}`);
}

// ---------------------------------------------------------------- data

const SMALL = 'small-4k.bin';
const SMALL_BYTES = 4096;
const FOLDER = 'propfind';

async function makeRandomFile(path: string, bytes: number): Promise<void> {
  const fh = await open(path, 'w');
  try {
    const chunk = Buffer.alloc(4 * 1024 * 1024);
    let left = bytes;
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      randomFillSync(chunk, 0, n);
      await fh.write(chunk, 0, n);
      left -= n;
    }
  } finally {
    await fh.close();
  }
}

/** What both servers' folders hold before they start: the 4 KiB file and the PROPFIND folder. */
function populate(root: string, files: number, small: Buffer): void {
  mkdirSync(join(root, FOLDER), { recursive: true });
  writeFileSync(join(root, SMALL), small);
  const width = String(files - 1).length;
  for (let i = 0; i < files; i++) {
    const name = `file-${String(i).padStart(width, '0')}.txt`;
    writeFileSync(join(root, FOLDER, name), `small file ${i} for the PROPFIND benchmark\n`);
  }
}

// ---------------------------------------------------------------- servers

interface Target {
  side: Side;
  url: string;
  port: number;
  root: string;
  memory(): { rssKiB: number; hwmKiB: number; processes?: number };
  resetPeak(): boolean;
  stop(): Promise<void>;
  diagnostics(): string;
}

function fromAgent(a: AgentServer): Target {
  return { side: 'ours', url: a.url, port: a.port, root: a.root, memory: () => a.memory(), resetPeak: () => a.resetPeak(), stop: () => a.stop(), diagnostics: () => a.log().slice(-3000) };
}

function fromApache(a: ApacheServer): Target {
  return { side: 'apache', url: a.url, port: a.port, root: a.root, memory: () => a.memory(), resetPeak: () => a.resetPeak(), stop: () => a.stop(), diagnostics: () => a.errorLog().slice(-3000) };
}

// ---------------------------------------------------------------- figures

interface Figures {
  tls?: TlsInfo;
  putMBps?: number;
  putRuns: number[];
  getMBps?: number;
  getRuns: number[];
  propfindMs?: number;
  /** curl time_total minus time_appconnect, per run (ms). */
  propfindRuns: number[];
  /** curl time_total including connection and TLS handshake, per run (ms). */
  propfindTotalRuns: number[];
  propfindResponses?: number;
  propfindBytes?: number;
  worstGetDuringPropfindMs?: number;
  /** Per repetition: worst, median and count of GETs overlapping the PROPFINDs, and worst GET before they started. */
  blockingRuns: Array<{ worstMs: number; p50Ms: number; p99Ms: number; gets: number; propfinds: number; propfindMs: number; worstIdleMs: number }>;
  wrkReqPerSec?: number;
  wrkRuns: Array<{ reqPerSec: number; p99?: string; non2xx: number; socketErrors?: string }>;
  idleRssMiB?: number;
  /** VmHWM once started, before any transfer: for the agent, a first start (it makes its key and certificate). */
  startPeakRssMiB?: number;
  peakRssMiB?: number;
  rssAfterAllMiB?: number;
  hwmAfterAllMiB?: number;
  processes?: number;
}

function emptyFigures(): Figures {
  return { putRuns: [], getRuns: [], propfindRuns: [], propfindTotalRuns: [], blockingRuns: [], wrkRuns: [] };
}

const errors: string[] = [];
/** Servers still running, the temporary folder, and whether cleanup has begun (Ctrl-C or the end). */
const live: Target[] = [];
let tmpRoot: string | undefined;
let keepTmp = false;
let cleaning: Promise<void> | undefined;

async function attempt<T>(side: Side, what: string, fn: () => Promise<T>): Promise<T | undefined> {
  if (cleaning) return undefined; // interrupted: measure nothing more
  try {
    return await fn();
  } catch (err) {
    if (cleaning) return undefined;
    const msg = err instanceof Error ? err.message : String(err);
    errors.push(`${side}: ${what}: ${msg.trim().slice(0, 1500)}`);
    say(`${side}: ${what} FAILED: ${msg.split('\n')[0]}`);
    return undefined;
  }
}

/** Servers in alternating order: ours first on even repetitions, Apache first on odd ones. */
function order<T extends { side: Side }>(targets: T[], rep: number): T[] {
  return rep % 2 === 0 ? targets : [...targets].reverse();
}

// ---------------------------------------------------------------- measurements

interface Ctx {
  config: Config;
  tmp: string;
  user: string;
  password: string;
  auth: string;
  upload: string;
  bytes: number;
}

function curlBase(ctx: Ctx): string[] {
  return ['-sS', '-k', '--http1.1', '--noproxy', '*', '-u', `${ctx.user}:${ctx.password}`];
}

async function transfer(ctx: Ctx, t: Target, rep: number, f: Figures): Promise<void> {
  const name = `big-${rep}.bin`;
  const url = `${t.url}${name}`;
  const onDisk = join(t.root, name);
  rmSync(onDisk, { force: true });
  await run('sync', []);
  await attempt(t.side, `PUT ${ctx.config.sizeMiB} MiB`, async () => {
    const r = await runOk('curl', [...curlBase(ctx), '-T', ctx.upload, url, '-o', '/dev/null', '-w', '%{http_code} %{time_total} %{size_upload}']);
    const [code, time, sent] = r.stdout.trim().split(/\s+/);
    if (!['200', '201', '204'].includes(code ?? '')) throw new Error(`status ${code}`);
    const size = statSync(onDisk).size;
    if (size !== ctx.bytes || Number(sent) !== ctx.bytes) throw new Error(`sent ${sent} bytes, file on disk has ${size}, expected ${ctx.bytes}`);
    const mbps = ctx.bytes / 1e6 / Number(time);
    f.putRuns.push(mbps);
    say(`${t.side}: PUT ${ctx.config.sizeMiB} MiB ${Number(time).toFixed(2)} s = ${mbps.toFixed(0)} MB/s`);
  });
  await run('sync', []);
  await attempt(t.side, `GET ${ctx.config.sizeMiB} MiB`, async () => {
    if (!existsSync(onDisk)) {
      // The PUT failed; put the file there so GET can still be measured.
      await runOk('cp', [ctx.upload, onDisk]);
      await run('sync', []);
    }
    const r = await runOk('curl', [...curlBase(ctx), url, '-o', '/dev/null', '-w', '%{http_code} %{time_total} %{size_download}']);
    const [code, time, got] = r.stdout.trim().split(/\s+/);
    if (code !== '200') throw new Error(`status ${code}`);
    if (Number(got) !== ctx.bytes) throw new Error(`received ${got} bytes, expected ${ctx.bytes}`);
    const mbps = ctx.bytes / 1e6 / Number(time);
    f.getRuns.push(mbps);
    say(`${t.side}: GET ${ctx.config.sizeMiB} MiB ${Number(time).toFixed(2)} s = ${mbps.toFixed(0)} MB/s`);
  });
  rmSync(onDisk, { force: true });
}

const ALLPROP = '<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>\n';

function countResponses(xml: string): number {
  return (xml.match(/<(?:[A-Za-z_][\w.-]*:)?response[\s>]/g) ?? []).length;
}

async function propfindOnce(ctx: Ctx, t: Target, f: Figures, check: boolean): Promise<void> {
  const out = join(ctx.tmp, `propfind-${t.side}.xml`);
  const r = await runOk('curl', [
    ...curlBase(ctx), '-X', 'PROPFIND', '-H', 'Depth: 1', '-H', 'Content-Type: application/xml; charset=utf-8',
    '--data-binary', ALLPROP, `${t.url}${FOLDER}/`, '-o', out,
    '-w', '%{http_code} %{time_appconnect} %{time_total} %{size_download}',
  ]);
  const [code, appconnect, total, size] = r.stdout.trim().split(/\s+/);
  if (code !== '207') throw new Error(`status ${code}: ${readFileSync(out, 'utf8').slice(0, 300)}`);
  if (check) {
    const n = countResponses(readFileSync(out, 'utf8'));
    f.propfindResponses = n;
    f.propfindBytes = Number(size);
    if (n < ctx.config.files + 1) throw new Error(`the multistatus has ${n} responses, expected ${ctx.config.files + 1}`);
  }
  f.propfindRuns.push((Number(total) - Number(appconnect)) * 1000);
  f.propfindTotalRuns.push(Number(total) * 1000);
}

/** A stream of 4 KiB GETs on one connection while PROPFINDs run one after another on another. */
async function blocking(ctx: Ctx, t: Target, f: Figures): Promise<void> {
  const stream = startGetStream(`${t.url}${SMALL}`, ctx.auth, SMALL_BYTES);
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1, rejectUnauthorized: false });
  let pStart = 0;
  let pEnd = 0;
  try {
    await new Promise((r) => setTimeout(r, 500));
    pStart = performance.now();
    for (let i = 0; i < ctx.config.propfindReps; i++) {
      const r = await request(`${t.url}${FOLDER}/`, {
        method: 'PROPFIND',
        headers: { authorization: ctx.auth, depth: '1', 'content-type': 'application/xml; charset=utf-8' },
        body: ALLPROP,
        agent,
        timeoutMs: 120_000,
      });
      if (r.status !== 207) throw new Error(`PROPFIND status ${r.status}`);
    }
    pEnd = performance.now();
  } finally {
    const timed = await stream.stop();
    agent.destroy();
    if (stream.errors.length > 0) errors.push(`${t.side}: GETs during PROPFIND: ${stream.errors.slice(0, 3).join('; ')}`);
    if (pEnd > 0) {
      const during = timed.filter((x) => x.start < pEnd && x.start + x.ms > pStart).map((x) => x.ms);
      const before = timed.filter((x) => x.start + x.ms <= pStart).map((x) => x.ms);
      if (during.length === 0) throw new Error('no GET overlapped the PROPFINDs');
      const run = {
        worstMs: Math.max(...during),
        p50Ms: median(during),
        p99Ms: percentile(during, 99),
        gets: during.length,
        propfinds: ctx.config.propfindReps,
        propfindMs: (pEnd - pStart) / ctx.config.propfindReps,
        worstIdleMs: before.length ? Math.max(...before) : Number.NaN,
      };
      f.blockingRuns.push(run);
      say(`${t.side}: ${run.gets} GETs during ${run.propfinds} PROPFINDs: worst ${run.worstMs.toFixed(1)} ms, median ${run.p50Ms.toFixed(2)} ms (worst before: ${run.worstIdleMs.toFixed(1)} ms)`);
    }
  }
}

async function wrk(ctx: Ctx, t: Target, seconds: number): Promise<{ reqPerSec: number; p99?: string; non2xx: number; socketErrors?: string }> {
  const r = await runOk('wrk', [
    `-t${ctx.config.wrkThreads}`, `-c${ctx.config.wrkConnections}`, `-d${seconds}s`, '--latency',
    '-H', `Authorization: ${ctx.auth}`, `${t.url}${SMALL}`,
  ], { timeoutMs: (seconds + 60) * 1000 });
  const m = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout);
  if (!m) throw new Error(`cannot read wrk output: ${r.stdout.slice(0, 500)}`);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(r.stdout)?.[1] ?? 0);
  const socketErrors = /Socket errors:([^\n]*)/.exec(r.stdout)?.[1]?.trim();
  const p99 = /^\s+99%\s+(\S+)/m.exec(r.stdout)?.[1];
  if (non2xx > 0) throw new Error(`${non2xx} responses were not 2xx/3xx`);
  return { reqPerSec: Number(m[1]), p99, non2xx, socketErrors };
}

// ---------------------------------------------------------------- report

interface Row {
  metric: string;
  ours?: number;
  apache?: number;
  digits: number;
  /** Target on ours / apache. */
  ratio?: { op: '>=' | '<='; value: number };
  /** Target on ours alone. */
  absolute?: { op: '<'; value: number; unit: string };
}

interface RowOut {
  metric: string;
  ours: number | null;
  apache: number | null;
  ratio: number | null;
  target: string;
  verdict: string;
}

function finite(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

function evaluate(row: Row): RowOut {
  const ratio = finite(row.ours) && finite(row.apache) && row.apache !== 0 ? row.ours / row.apache : undefined;
  let target = '-';
  let verdict = '';
  if (row.ratio) {
    target = `${row.ratio.op} ${row.ratio.value.toFixed(1)}x`;
    verdict = ratio === undefined ? 'n/a' : (row.ratio.op === '>=' ? ratio >= row.ratio.value : ratio <= row.ratio.value) ? 'ok' : 'MISS';
  } else if (row.absolute) {
    target = `${row.absolute.op} ${row.absolute.value} ${row.absolute.unit}`;
    verdict = !finite(row.ours) ? 'n/a' : row.ours < row.absolute.value ? 'ok' : 'MISS';
  }
  return {
    metric: row.metric,
    ours: finite(row.ours) ? row.ours : null,
    apache: finite(row.apache) ? row.apache : null,
    ratio: ratio ?? null,
    target,
    verdict,
  };
}

function buildRows(config: Config, figs: Record<Side, Figures>): Row[] {
  const o = figs.ours;
  const a = figs.apache;
  const size = config.sizeMiB % 1024 === 0 ? `${config.sizeMiB / 1024} GiB` : `${config.sizeMiB} MiB`;
  return [
    { metric: `PUT ${size} (MB/s)`, ours: o.putMBps, apache: a.putMBps, digits: 0, ratio: { op: '>=', value: 1.0 } },
    { metric: `GET ${size} (MB/s)`, ours: o.getMBps, apache: a.getMBps, digits: 0, ratio: { op: ">=", value: 1.0 } },
    { metric: `PROPFIND depth 1, ${config.files} files (ms)`, ours: o.propfindMs, apache: a.propfindMs, digits: 1, ratio: { op: '<=', value: 2.0 } },
    { metric: 'worst GET during PROPFIND (ms)', ours: o.worstGetDuringPropfindMs, apache: a.worstGetDuringPropfindMs, digits: 1 },
    { metric: '4 KiB GET (req/s)', ours: o.wrkReqPerSec, apache: a.wrkReqPerSec, digits: 0, ratio: { op: '>=', value: 0.7 } },
    { metric: `peak RSS during ${size} (MiB)`, ours: o.peakRssMiB, apache: a.peakRssMiB, digits: 1, absolute: { op: '<', value: 100, unit: 'MiB' } },
    { metric: 'idle RSS (MiB)', ours: o.idleRssMiB, apache: a.idleRssMiB, digits: 1 },
    { metric: 'peak RSS at first start (MiB)', ours: o.startPeakRssMiB, apache: a.startPeakRssMiB, digits: 1 },
  ];
}

function formatTable(rows: Row[]): string {
  const cell = (n: number | undefined, digits: number): string => (finite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/,/g, ',') : 'n/a');
  const lines = [['metric', 'ours', 'apache', 'ratio', 'target', 'verdict']];
  for (const row of rows) {
    const e = evaluate(row);
    lines.push([row.metric, cell(row.ours, row.digits), cell(row.apache, row.digits), e.ratio === null ? '' : `${e.ratio.toFixed(2)}x`, e.target, e.verdict]);
  }
  const widths = [38, 12, 12, 9, 12, 7];
  return lines.map((cols) => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(widths[i]!))).join(' ').trimEnd()).join('\n');
}

// ---------------------------------------------------------------- main


function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    killActive();
    await Promise.all(live.splice(0).map((t) => t.stop().catch((err) => say(`stopping ${t.side}: ${String(err)}`))));
    if (tmpRoot) {
      if (keepTmp) say(`kept ${tmpRoot}`);
      else rmSync(tmpRoot, { recursive: true, force: true });
    }
  })();
  return cleaning;
}

function onSignal(signal: NodeJS.Signals, code: number): void {
  process.on(signal, () => {
    say(`${signal}: stopping the servers and removing the temporary folder`);
    void cleanup().finally(() => process.exit(code));
  });
}

async function main(): Promise<number> {
  const config = readConfig(parseConfig, USAGE);
  if (config === null) return 2;
  keepTmp = config.keep;
  onSignal('SIGINT', 130);
  onSignal('SIGTERM', 143);
  onSignal('SIGHUP', 129);
  for (const ev of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(ev, (err: unknown) => {
      process.stderr.write(`bench: ${ev}: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      void cleanup().finally(() => process.exit(1));
    });
  }

  await ensureTools(config);

  const here = dirname(fileURLToPath(import.meta.url));
  const cli = resolve(here, '../../agent/cli.js');
  const sides = SIDES.filter((s) => !config.only || config.only === s);

  tmpRoot = mkdtempSync(join(tmpdir(), 'mesh-share-bench-'));
  // Apache's workers run as an unprivileged user when we are root: they must reach their folders.
  chmodSync(tmpRoot, 0o755);
  const tmp = tmpRoot;
  const user = 'bench';
  const password = randomBytes(12).toString('base64url');
  const bytes = config.sizeMiB * 1024 * 1024;
  const ctx: Ctx = { config, tmp, user, password, auth: basicAuth(user, password), upload: join(tmp, 'upload.bin'), bytes };
  say(`temporary folder ${tmp}`);
  say(`writing ${config.sizeMiB} MiB of random data`);
  await makeRandomFile(ctx.upload, bytes);
  const small = randomBytes(SMALL_BYTES);

  const figs: Record<Side, Figures> = { ours: emptyFigures(), apache: emptyFigures() };
  const targets: Target[] = [];
  const notes: string[] = [];

  if (sides.includes('ours')) {
    const share = join(tmp, 'ours', 'share');
    populate(share, config.files, small);
    const a = await attempt('ours', 'start the agent', async () => {
      if (!existsSync(cli)) throw new Error(`${cli} does not exist; build first (npx tsc -p .)`);
      return startAgent({ cli, dataDir: join(tmp, 'ours', 'data'), share, user, password, logPath: join(tmp, 'ours', 'agent.log'), logLevel: config.agentLogLevel });
    });
    if (a) {
      const t = fromAgent(a);
      live.push(t);
      targets.push(t);
      say(`ours: ${a.url} pid ${a.pid}${a.flags.length ? ` (${a.flags.join(' ')})` : ''}`);
      if (a.flags.length) notes.push(`agent flags: ${a.flags.join(' ')}`);
    }
  }
  if (sides.includes('apache')) {
    const root = join(tmp, 'apache', 'dav');
    populate(root, config.files, small);
    const a = await attempt('apache', 'start Apache', () => startApache({ dir: join(tmp, 'apache'), root, user, password, hash: config.apacheHash }));
    if (a) {
      const t = fromApache(a);
      live.push(t);
      targets.push(t);
      say(`apache: ${a.url} pid ${a.pid}, config ${a.configPath}`);
    }
  }

  // Sanity: each server serves the 4 KiB file to the bench user and refuses strangers.
  const usable: Target[] = [];
  for (const t of targets) {
    figs[t.side].tls = await attempt(t.side, 'TLS probe', () => tlsInfo(t.port));
    const ok = await attempt(t.side, 'GET the 4 KiB file', async () => {
      const r = await request(`${t.url}${SMALL}`, { headers: { authorization: ctx.auth } });
      if (r.status !== 200 || !r.body.equals(small)) throw new Error(`status ${r.status}, ${r.body.length} bytes`);
      const anon = await request(`${t.url}${SMALL}`);
      if (anon.status !== 401) notes.push(`${t.side}: GET without credentials answered ${anon.status}, not 401`);
      return true;
    });
    if (ok) usable.push(t);
    else say(`${t.side}: not serving; its remaining figures may be missing. Log tail:\n${t.diagnostics()}`);
  }

  for (const t of targets) {
    const m = t.memory();
    figs[t.side].idleRssMiB = m.rssKiB / 1024;
    figs[t.side].startPeakRssMiB = m.hwmKiB / 1024;
    if (m.processes !== undefined) figs[t.side].processes = m.processes;
  }

  // Warm-up (not timed): a 16 MiB PUT and GET on each server, so first-request
  // costs (JIT, buffers, worker start) do not land on whoever goes first.
  for (const t of usable) {
    await attempt(t.side, 'warm-up transfer', async () => {
      const warm = join(tmp, 'warm.bin');
      if (!existsSync(warm)) await makeRandomFile(warm, 16 * 1024 * 1024);
      await runOk('curl', [...curlBase(ctx), '-f', '-T', warm, `${t.url}warm.bin`, '-o', '/dev/null']);
      await runOk('curl', [...curlBase(ctx), '-f', `${t.url}warm.bin`, '-o', '/dev/null']);
      rmSync(join(t.root, 'warm.bin'), { force: true });
    });
  }

  // 1. Large PUT and GET. The peak is the transfers' own: what the start
  // needed (the agent makes its key and certificate on a first start) was
  // read with the idle figures and has a row of its own.
  for (const t of targets) {
    if (!t.resetPeak()) notes.push(`${t.side}: the kernel did not let the benchmark reset VmHWM, so its peak during transfers includes its start`);
  }
  for (let rep = 0; rep < config.reps; rep++) {
    for (const t of order(targets, rep)) await transfer(ctx, t, rep, figs[t.side]);
  }
  for (const t of targets) {
    const f = figs[t.side];
    f.putMBps = median(f.putRuns);
    f.getMBps = median(f.getRuns);
    f.peakRssMiB = t.memory().hwmKiB / 1024;
  }

  // 2. PROPFIND Depth 1 of the folder, then GETs while PROPFINDs run.
  for (let rep = 0; rep < config.propfindReps; rep++) {
    for (const t of order(targets, rep)) await attempt(t.side, 'PROPFIND', () => propfindOnce(ctx, t, figs[t.side], rep === 0));
  }
  for (let rep = 0; rep < config.reps; rep++) {
    for (const t of order(targets, rep)) await attempt(t.side, 'GETs during PROPFIND', () => blocking(ctx, t, figs[t.side]));
  }
  for (const t of targets) {
    const f = figs[t.side];
    f.propfindMs = median(f.propfindRuns);
    f.worstGetDuringPropfindMs = median(f.blockingRuns.map((r) => r.worstMs));
    if (f.propfindRuns.length) say(`${t.side}: PROPFIND median ${f.propfindMs.toFixed(1)} ms (${f.propfindResponses} responses, ${f.propfindBytes} bytes)`);
  }

  // 3. 4 KiB GETs with wrk, keep-alive; a short warm-up first.
  for (const t of targets) await attempt(t.side, 'wrk warm-up', () => wrk(ctx, t, Math.min(2, config.wrkSeconds)));
  for (let rep = 0; rep < config.reps; rep++) {
    for (const t of order(targets, rep)) {
      const r = await attempt(t.side, 'wrk', () => wrk(ctx, t, config.wrkSeconds));
      if (r) {
        figs[t.side].wrkRuns.push(r);
        say(`${t.side}: wrk ${r.reqPerSec.toFixed(0)} req/s (p99 ${r.p99 ?? '?'}${r.socketErrors ? `, socket errors: ${r.socketErrors}` : ''})`);
      }
    }
  }
  for (const t of targets) {
    const f = figs[t.side];
    f.wrkReqPerSec = median(f.wrkRuns.map((r) => r.reqPerSec));
    const m = t.memory();
    f.rssAfterAllMiB = m.rssKiB / 1024;
    f.hwmAfterAllMiB = m.hwmKiB / 1024;
  }

  const rows = buildRows(config, figs);
  const sizeText = `${config.sizeMiB} MiB transfers x${config.reps}, PROPFIND ${config.files} files x${config.propfindReps}, wrk -t${config.wrkThreads} -c${config.wrkConnections} -d${config.wrkSeconds}s x${config.reps}`;
  if (config.json) {
    const out = {
      config,
      tls: { ours: figs.ours.tls ?? null, apache: figs.apache.tls ?? null },
      figures: figs,
      rows: rows.map(evaluate),
      notes,
      errors,
    };
    process.stdout.write(`${JSON.stringify(out, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`);
  } else {
    const lines: string[] = [];
    lines.push(`WebDAV over HTTPS on 127.0.0.1: ours vs Apache httpd mod_dav (${sizeText}); medians; ratio = ours / apache`);
    for (const s of sides) {
      const tl = figs[s].tls;
      if (tl) lines.push(`  ${s.padEnd(6)} TLS: ${tl.protocol} ${tl.cipher}, certificate ${tl.keyType}`);
    }
    lines.push('');
    lines.push(formatTable(rows));
    lines.push('');
    lines.push('worst GET during PROPFIND: a 4 KiB GET stream on its own connection while PROPFINDs run; median over repetitions of each one\'s worst.');
    if (figs.apache.processes !== undefined) lines.push(`apache RSS: sum over its ${figs.apache.processes} processes (shared pages counted in each); peak = sum of VmHWM.`);
    lines.push(`apache checks its ${config.apacheHash === 'sha' ? 'SHA-1 (--apache-hash sha)' : 'bcrypt (cost 5)'} password hash on every request; the agent caches verified passwords; agent --log-level ${config.agentLogLevel}.`);
    for (const n of notes) lines.push(`note: ${n}`);
    for (const e of errors) lines.push(`error: ${e}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    await cleanup();
    process.exit(1);
  });
