/**
 * `npm test` entry: `node dist/test/run-tests.js [FILTER]`.
 *
 * 1. Makes sure the Debian tools the tests drive are installed (litmus, curl,
 *    htpasswd from apache2-utils, chromium). As root it installs what is
 *    missing with apt-get and says so loudly; otherwise it names the packages
 *    and stops. Nothing is skipped silently.
 * 2. Runs every compiled `dist/test/** /*.test.js` (unit, then integration,
 *    then browser), each in its own `node FILE` child, one after another,
 *    streaming its output, with a per-file time limit.
 * 3. Sums uvu's `Total:` / `Passed:` / `Skipped:` lines and prints a table
 *    per file, then alone on the last line `N passed, M failed` (plus
 *    `, K skipped` when any were skipped). Exits 1 when anything failed.
 *
 * Environment: `TEST_FILE_TIMEOUT_MS` (default 300000) changes the per-file
 * limit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url)); // <root>/dist/test
const distTest = here;
const projectRoot = resolve(here, '..', '..');
const sourceTest = join(projectRoot, 'test');

const FILE_TIMEOUT_MS = positiveInt(process.env.TEST_FILE_TIMEOUT_MS) ?? 5 * 60 * 1000;
/** How long a file may keep running after uvu printed its summary (open handles, leaked agents). */
const EXIT_GRACE_MS = 15 * 1000;

interface Tool {
  /** What we look for. */
  readonly label: string;
  /** The Debian package that provides it. */
  readonly pkg: string;
  present(): boolean;
}

const TOOLS: readonly Tool[] = [
  { label: 'litmus', pkg: 'litmus', present: () => onPath('litmus') },
  { label: 'curl', pkg: 'curl', present: () => onPath('curl') },
  { label: 'htpasswd', pkg: 'apache2-utils', present: () => onPath('htpasswd') },
  { label: 'chromium', pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') || onPath('chromium') },
  { label: 'cadaver', pkg: 'cadaver', present: () => onPath('cadaver') },
  { label: 'rclone', pkg: 'rclone', present: () => onPath('rclone') },
  { label: 'mount.davfs', pkg: 'davfs2', present: () => existsSync('/usr/sbin/mount.davfs') },
  { label: 'gvfsd', pkg: 'gvfs-daemons', present: () => existsSync('/usr/libexec/gvfsd') },
  { label: 'gvfsd-dav', pkg: 'gvfs-backends', present: () => existsSync('/usr/libexec/gvfsd-dav') },
  { label: 'gio', pkg: 'libglib2.0-bin', present: () => onPath('gio') },
  { label: 'dbus-daemon', pkg: 'dbus-daemon', present: () => onPath('dbus-daemon') },
  { label: 'gdbus', pkg: 'libglib2.0-bin', present: () => onPath('gdbus') },
  { label: 'dbus-send', pkg: 'dbus-bin', present: () => onPath('dbus-send') },
  { label: 'systemd-analyze', pkg: 'systemd', present: () => onPath('systemd-analyze') },
  { label: 'busctl', pkg: 'systemd', present: () => onPath('busctl') },
  { label: 'python3-dbus', pkg: 'python3-dbus', present: () => pythonHas('dbus') },
  { label: 'python3-gi', pkg: 'python3-gi', present: () => pythonHas('gi') },
  // The multi-host harness (test/harness/) and DNS-SD interop.
  { label: 'ip', pkg: 'iproute2', present: () => onPath('ip') || existsSync('/usr/sbin/ip') },
  { label: 'tc', pkg: 'iproute2', present: () => onPath('tc') || existsSync('/usr/sbin/tc') },
  { label: 'ss', pkg: 'iproute2', present: () => onPath('ss') || existsSync('/usr/bin/ss') },
  { label: 'avahi-daemon', pkg: 'avahi-daemon', present: () => existsSync('/usr/sbin/avahi-daemon') },
  { label: 'avahi-browse', pkg: 'avahi-utils', present: () => onPath('avahi-browse') },
  { label: 'avahi-publish-service', pkg: 'avahi-utils', present: () => onPath('avahi-publish-service') },
  { label: 'python3-zeroconf', pkg: 'python3-zeroconf', present: () => pythonHas('zeroconf') },
  { label: 'nft', pkg: 'nftables', present: () => onPath('nft') || existsSync('/usr/sbin/nft') },
  { label: 'ping', pkg: 'iputils-ping', present: () => onPath('ping') },
];

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** Debian's python3 (not a pyenv one on PATH) has the module: activity code runs under /usr/bin/python3. */
function pythonHas(module: string): boolean {
  return existsSync('/usr/bin/python3') && spawnSync('/usr/bin/python3', ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && existsSync(join(dir, command))) return true;
  }
  return false;
}

function banner(lines: string[]): void {
  const bar = '='.repeat(72);
  process.stdout.write(`\n${bar}\n${lines.map((l) => `  ${l}`).join('\n')}\n${bar}\n\n`);
}

/** Returns false when a tool is missing and could not be installed. */
function ensureTools(): boolean {
  const missing = TOOLS.filter((tool) => !tool.present());
  if (missing.length === 0) return true;
  const pkgs = [...new Set(missing.map((tool) => tool.pkg))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    banner([
      `The tests need tools that are not installed: ${missing.map((t) => t.label).join(', ')}.`,
      'Install them (as root) and run the tests again:',
      '',
      `    apt-get install --no-install-recommends ${pkgs.join(' ')}`,
    ]);
    return false;
  }
  banner([`INSTALLING MISSING TEST TOOLS: ${missing.map((t) => t.label).join(', ')}`, `apt-get install -y --no-install-recommends ${pkgs.join(' ')}`]);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  if (update.status !== 0) {
    banner([`apt-get update failed (${update.error?.message ?? `exit ${update.status}`}).`, `Install by hand: apt-get install --no-install-recommends ${pkgs.join(' ')}`]);
    return false;
  }
  // avahi-daemon's package would start a daemon on the machine's own network (mDNS off the machine):
  // Debian's policy-rc.d hook (exit 101) keeps package scripts from starting any service.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\n# mesh-share tests: no service starts while test tools are installed.\nexit 101\n', { mode: 0o755 });
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
  if (ownPolicy) rmSync(policy, { force: true });
  const still = TOOLS.filter((tool) => !tool.present());
  if (install.status !== 0 || still.length > 0) {
    banner([
      `Installing ${pkgs.join(' ')} failed (${install.error?.message ?? `exit ${install.status}`}).`,
      still.length > 0 ? `Still missing: ${still.map((t) => t.label).join(', ')}.` : '',
      `Install by hand: apt-get install --no-install-recommends ${pkgs.join(' ')}`,
    ]);
    return false;
  }
  banner([`Installed: ${pkgs.join(' ')}`]);
  return true;
}

/** All compiled test files below dist/test, as absolute paths. */
function findTestFiles(dir: string): string[] {
  const found: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules') continue;
      found.push(...findTestFiles(full));
    } else if (entry.isFile() && entry.name.endsWith('.test.js')) {
      found.push(full);
    }
  }
  return found;
}

/** unit first, then anything not classified, then integration, then browser. */
function rank(rel: string): number {
  const first = rel.split(sep)[0];
  if (first === 'unit') return 0;
  if (first === 'integration') return 2;
  if (first === 'browser') return 3;
  return 1;
}

interface FileResult {
  readonly file: string;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly lingered: boolean;
  readonly total: number | null;
  readonly passed: number | null;
  readonly skipped: number | null;
  readonly ms: number;
  /** Tests counted as passed / failed / skipped in the grand total. */
  readonly countPassed: number;
  readonly countFailed: number;
  readonly countSkipped: number;
  readonly ok: boolean;
  readonly note: string;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** uvu's closing block: Total, Passed, Skipped, Duration on consecutive lines. */
const SUMMARY = /^\s*Total:\s+(\d+)\s*\n\s*Passed:\s+(\d+)\s*\n\s*Skipped:\s+(\d+)\s*\n\s*Duration:\s+[\d.]+\s*m?s\s*$/gm;

/** The last uvu summary in a file's output, or null. */
function lastSummary(text: string): { total: number; passed: number; skipped: number } | null {
  let found: { total: number; passed: number; skipped: number } | null = null;
  for (const match of text.matchAll(SUMMARY)) found = { total: Number(match[1]), passed: Number(match[2]), skipped: Number(match[3]) };
  return found;
}

let current: { pid: number } | null = null;

function killGroup(pid: number, signal: NodeJS.Signals, alsoPid = true): void {
  try {
    process.kill(-pid, signal); // the child leads its own process group (detached), so its agents go too
  } catch {
    if (!alsoPid) return;
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

function runFile(file: string, rel: string): Promise<FileResult> {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    let output = '';
    let summarySeen = false;
    let timedOut = false;
    let lingered = false;
    let graceTimer: NodeJS.Timeout | undefined;
    const child = spawn(process.execPath, [file], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: process.env,
    });
    if (child.pid !== undefined) current = { pid: child.pid };
    const onData = (target: NodeJS.WriteStream) => (chunk: Buffer) => {
      target.write(chunk);
      output += chunk.toString('utf8');
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
      if (!summarySeen && lastSummary(output.slice(-8192).replace(ANSI, '')) !== null) {
        summarySeen = true;
        graceTimer = setTimeout(() => {
          lingered = true;
          process.stdout.write(`\n[run-tests] ${rel} printed its summary but did not exit within ${EXIT_GRACE_MS / 1000} s (open handles or a leaked process); killing it.\n`);
          if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
        }, EXIT_GRACE_MS);
      }
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    const timer = setTimeout(() => {
      timedOut = true;
      process.stdout.write(`\n[run-tests] ${rel} ran longer than ${Math.round(FILE_TIMEOUT_MS / 1000)} s; killing it.\n`);
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
    }, FILE_TIMEOUT_MS);
    let settled = false;
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, spawnError?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (graceTimer) clearTimeout(graceTimer);
      current = null;
      // Whatever the file left behind in its group goes now.
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL', false);
      const text = output.replace(ANSI, '');
      const summary = lastSummary(text);
      const total = summary?.total ?? null;
      const passed = summary?.passed ?? null;
      const skipped = summary?.skipped ?? null;
      const parsed = total !== null && passed !== null;
      const countPassed = parsed ? passed : 0;
      let countFailed = parsed ? Math.max(0, total - passed) : 0;
      const countSkipped = skipped ?? 0;
      const notes: string[] = [];
      if (spawnError) notes.push(`could not start: ${spawnError.message}`);
      if (timedOut) notes.push(`timed out after ${Math.round(FILE_TIMEOUT_MS / 1000)} s`);
      if (lingered) notes.push('did not exit after its summary');
      if (!parsed && !timedOut) notes.push('no uvu summary');
      if (signal && !timedOut && !lingered) notes.push(`killed by ${signal}`);
      if (exitCode !== null && exitCode !== 0) notes.push(`exit ${exitCode}`);
      const clean = exitCode === 0 && !timedOut && !lingered && parsed && !spawnError;
      if (!clean && countFailed === 0) {
        // The file failed as a whole (crash, hang, before-hook error, no summary): count it as one failed test.
        countFailed = 1;
      }
      if (parsed && countFailed > 0 && exitCode === 0 && total - passed > 0) notes.push(`${total - passed} of ${total} did not pass (uvu exited 0)`);
      resolvePromise({
        file: rel,
        exitCode,
        signal,
        timedOut,
        lingered,
        total,
        passed,
        skipped,
        ms: Date.now() - started,
        countPassed,
        countFailed,
        countSkipped,
        ok: clean && countFailed === 0,
        note: notes.join('; '),
      });
    };
    child.on('error', (error) => finish(null, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function printTable(results: readonly FileResult[]): void {
  const rows = results.map((r) => [
    r.ok ? 'ok' : r.timedOut ? 'TIMEOUT' : 'FAIL',
    r.file,
    String(r.countPassed),
    String(r.countFailed),
    String(r.countSkipped),
    `${(r.ms / 1000).toFixed(1)}s`,
    r.note,
  ]);
  const head = ['result', 'file', 'passed', 'failed', 'skipped', 'time', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i]!, i >= 2 && i <= 5)))
      .join('  ')
      .trimEnd();
  process.stdout.write(`\n${'-'.repeat(72)}\nTest files\n\n`);
  process.stdout.write(`${line(head)}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  process.stdout.write('\n');
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  if (process.argv.length > 3) {
    process.stderr.write('usage: node dist/test/run-tests.js [FILTER]\n');
    return 2;
  }
  if (!ensureTools()) return 1;

  const all = findTestFiles(distTest)
    .map((file) => ({ file, rel: relative(distTest, file) }))
    .sort((a, b) => rank(a.rel) - rank(b.rel) || a.rel.localeCompare(b.rel));
  // A compiled test whose source was deleted or renamed is stale: say so and leave it out.
  const live = all.filter(({ rel }) => {
    const source = join(sourceTest, rel.replace(/\.js$/, '.ts'));
    if (existsSync(source)) return true;
    process.stdout.write(`[run-tests] leaving out dist/test/${rel}: its source test/${rel.replace(/\.js$/, '.ts')} no longer exists (stale build output)\n`);
    return false;
  });
  const chosen = filter === undefined ? live : live.filter(({ file }) => relative(projectRoot, file).includes(filter) || file.includes(filter));
  if (chosen.length === 0) {
    process.stdout.write(filter === undefined ? 'No test files found under dist/test (did the build run?).\n' : `No test file path contains "${filter}".\n`);
    process.stdout.write('0 passed, 1 failed\n');
    return 1;
  }

  const results: FileResult[] = [];
  for (const { file, rel } of chosen) {
    process.stdout.write(`\n${'#'.repeat(72)}\n# ${join('dist', 'test', rel)}\n${'#'.repeat(72)}\n`);
    results.push(await runFile(file, join('dist', 'test', rel)));
  }

  printTable(results);
  const passed = results.reduce((n, r) => n + r.countPassed, 0);
  const failed = results.reduce((n, r) => n + r.countFailed, 0);
  const skipped = results.reduce((n, r) => n + r.countSkipped, 0);
  const failing = results.filter((r) => !r.ok);
  if (failing.length > 0) process.stdout.write(`Failing files: ${failing.map((r) => r.file).join(', ')}\n\n`);
  process.stdout.write(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
  return failed > 0 || failing.length > 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (current) killGroup(current.pid, 'SIGKILL');
    process.stdout.write(`\n[run-tests] interrupted (${signal})\n`);
    process.exit(130);
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`run-tests crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
