/**
 * Small process and measurement helpers shared by the benchmark modules
 * (test/bench/*). Nothing here talks to anything but 127.0.0.1.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';

/** Commands started by run() that have not exited yet (killed on Ctrl-C). */
const active = new Set<ChildProcess>();

export function killActive(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of active) child.kill(signal);
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion, collecting its output. Never rejects on a non-zero exit. */
export function run(cmd: string, args: string[], options: SpawnOptions & { input?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const { input, timeoutMs, ...spawnOptions } = options;
    const child = spawn(cmd, args, { ...spawnOptions, stdio: ['pipe', 'pipe', 'pipe'] });
    active.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : undefined;
    child.on('error', (err) => { active.delete(child); if (timer) clearTimeout(timer); reject(err); });
    child.on('close', (code, signal) => {
      active.delete(child);
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin!.on('error', () => { /* the command may not read its input */ });
    child.stdin!.end(input ?? '');
  });
}

/** Like run() but throws with the command's stderr when it does not exit 0. */
export async function runOk(cmd: string, args: string[], options: SpawnOptions & { input?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  const r = await run(cmd, args, options);
  if (r.code !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.code ?? r.signal}: ${(r.stderr || r.stdout).trim().slice(0, 2000)}`);
  }
  return r;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i]!;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Fields of /proc/PID/status in KiB (VmRSS, VmHWM, ...); undefined when the process is gone. */
export function procStatusKiB(pid: number): Record<string, number> | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const m = /^(\w+):\s+(\d+) kB$/.exec(line);
    if (m) out[m[1]!] = Number(m[2]);
  }
  return out;
}

/** Resets VmHWM to the current RSS (`echo 5 > /proc/PID/clear_refs`); false when the kernel does not allow it. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Direct children of a process, read from /proc/N/stat. */
export function childPids(parent: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid ...; comm may contain spaces or parentheses.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(rest[1]) === parent) out.push(Number(name));
    } catch {
      /* raced with an exit */
    }
  }
  return out;
}

/** Waits for a child to exit, sending SIGTERM, then SIGKILL after graceMs. Kills the whole group when detached. */
export async function stopChild(child: ChildProcess, options: { group?: boolean; graceMs?: number; signal?: NodeJS.Signals } = {}): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const send = (sig: NodeJS.Signals, group: boolean): void => {
    try {
      process.kill(group ? -pid : pid, sig);
    } catch {
      /* already gone */
    }
  };
  send(options.signal ?? 'SIGTERM', false);
  const timedOut = await Promise.race([exited.then(() => false), sleep(options.graceMs ?? 10_000).then(() => true)]);
  if (timedOut) {
    send('SIGKILL', options.group ?? false);
    await Promise.race([exited, sleep(2000)]);
  } else if (options.group) {
    // Children of a detached leader share its process group; make sure none is left.
    send('SIGKILL', true);
  }
}

/** Whether an executable is on PATH (or an absolute path that exists). */
export async function which(cmd: string): Promise<string | undefined> {
  const r = await run('sh', ['-c', `command -v ${cmd}`]).catch(() => undefined);
  const path = r?.stdout.trim();
  return r && r.code === 0 && path ? path : undefined;
}

/** A command-line mistake in a benchmark's options: printed with its usage, exit 2. */
export class UsageError extends Error {}

/** A whole-number option, at least `min`; `fallback` when absent. */
export function wholeNumberOption(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} needs a whole number >= ${min}, not ${JSON.stringify(raw)}`);
  return n;
}

/** A benchmark's options from the command line; on a mistake, says it with the usage on stderr and returns null (exit 2). */
export function readConfig<C>(parse: (argv: string[]) => C, usage: string): C | null {
  try {
    return parse(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
    return null;
  }
}
