/**
 * Runs the real `mesh-share agent` (the compiled CLI) as a child process for
 * integration tests, on 127.0.0.1 and a free port, with throw-away folders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import * as https from 'node:https';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (this file runs from dist/test/helpers/). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI_PATH = fileURLToPath(new URL('../../agent/cli.js', import.meta.url));
/** Node flags the agent runs with in `npm start` and the systemd and D-Bus service files (a small young generation). */
export const AGENT_NODE_FLAGS = ['--max-semi-space-size=2'];
/** The environment the agent runs with in those places too (glibc keeps two malloc arenas, not eight per core). */
export const AGENT_NODE_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface AgentProcessOptions {
  /** Extra arguments after the ones the helper passes (a later `--dav-port` wins over `0`). */
  args?: string[];
  env?: Record<string, string>;
  /** Reused as is and never removed; a temporary folder otherwise. */
  dataDir?: string;
  shareDir?: string;
  /** Default `tester`. */
  user?: string;
  /**
   * Set with `mesh-share passwd` before the start (default `secret-pass`).
   * `null` sets none, so a first start generates one; it is then read from the agent's output.
   */
  password?: string | null;
}

export interface AgentHandle {
  readonly process: ChildProcess;
  readonly dataDir: string;
  readonly shareDir: string;
  /** `https://127.0.0.1:PORT/` */
  readonly url: string;
  readonly port: number;
  readonly user: string;
  /** The agent's libp2p PeerId (from agent.json). */
  readonly peerId: string;
  /** The password set or generated; null when the agent reused one it did not print. */
  readonly password: string | null;
  /** Everything written to stdout / stderr so far. */
  stdout(): string;
  stderr(): string;
  /** Sends the signal (default SIGTERM) and waits for the exit; the exit code, or null when a signal ended it. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** SIGKILL, without waiting. */
  kill(): void;
  /** Stops the agent if it still runs and removes the folders the helper made. */
  cleanup(): Promise<void>;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion with a time limit, feeding `input` on stdin; never rejects on a non-zero exit. */
export function runProcess(command: string, args: string[], options: { input?: string; env?: Record<string, string>; timeoutMs?: number; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => undefined); // the command may exit without reading
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the CLI to completion (`node dist/agent/cli.js ARGS`), feeding `input` on stdin. */
export function runCli(args: string[], options: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunResult> {
  return runProcess(process.execPath, [CLI_PATH, ...args], options);
}

export async function startAgentProcess(options: AgentProcessOptions = {}): Promise<AgentHandle> {
  const made: string[] = [];
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'mesh-share-data-')));
  if (options.dataDir === undefined) made.push(dataDir);
  const shareDir = options.shareDir ?? (await mkdtemp(join(tmpdir(), 'mesh-share-share-')));
  if (options.shareDir === undefined) made.push(shareDir);
  const removeMade = async (): Promise<void> => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  };
  const user = options.user ?? 'tester';
  const wanted = options.password === undefined ? 'secret-pass' : options.password;
  const env = { ...options.env };

  try {
    if (wanted !== null) {
      const result = await runCli(['passwd', user, '--data-dir', dataDir], { input: `${wanted}\n`, env });
      if (result.code !== 0) throw new Error(`mesh-share passwd exited ${result.code ?? result.signal}: ${(result.stderr || result.stdout).trim()}`);
    }
  } catch (error) {
    await removeMade();
    throw error;
  }

  // A test agent joins D-Bus only on a bus the test made: on a developer's desktop it must not take the real session's name.
  const dbusArgs = env.DBUS_SESSION_BUS_ADDRESS === undefined ? ['--no-dbus'] : [];
  // Outside a network namespace of its own a test agent must not send mDNS on the machine's network.
  const args = ['agent', '--data-dir', dataDir, '--share', shareDir, '--dav-port', '0', '--dav-host', '127.0.0.1', '--p2p-port', '0', '--no-discovery', '--user', user, ...dbusArgs, ...(options.args ?? [])];
  const child = spawn(process.execPath, [...AGENT_NODE_FLAGS, CLI_PATH, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...AGENT_NODE_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  void exited.then((value) => (exit = value));
  const spawnFailed = new Promise<Error>((resolve) => child.on('error', resolve));

  let info: AgentJson;
  try {
    info = await waitForReady();
  } catch (error) {
    if (exit === null) {
      child.kill('SIGKILL');
      await exited;
    }
    await removeMade();
    throw error;
  }

  async function waitForReady(): Promise<AgentJson> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    let spawnError: Error | null = null;
    void spawnFailed.then((error) => (spawnError = error));
    const explain = (what: string): Error =>
      new Error(`${what}\n--- agent stderr ---\n${err.trim() || '(empty)'}\n--- agent stdout ---\n${out.trim() || '(empty)'}`);
    for (;;) {
      if (spawnError !== null) throw explain(`could not start node: ${(spawnError as Error).message}`);
      const ended = exit as { code: number | null; signal: NodeJS.Signals | null } | null;
      if (ended !== null) throw explain(`the agent exited (${ended.code ?? ended.signal}) before it was ready`);
      const found = await readAgentJson(join(dataDir, 'agent.json'));
      // An agent.json from an earlier run names another pid; wait for ours. The banner follows the file.
      if (found !== null && found.pid === child.pid && /certificate/i.test(out)) return found;
      if (Date.now() > deadline) throw explain(`the agent did not write ${join(dataDir, 'agent.json')} and its banner within ${START_TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const password = wanted ?? readGeneratedPassword(out);
  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
    let forced = false;
    if (exit === null) {
      child.kill(signal);
      const timer = setTimeout(() => {
        forced = true;
        child.kill('SIGKILL');
      }, STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    if (forced) throw new Error(`the agent did not stop within ${STOP_TIMEOUT_MS / 1000} s after ${signal}; stderr:\n${err}`);
    return (await exited).code;
  };

  return {
    process: child,
    dataDir,
    shareDir,
    url: `https://127.0.0.1:${info.davPort}/`,
    port: info.davPort,
    peerId: info.peerId,
    user,
    password,
    stdout: () => out,
    stderr: () => err,
    stop,
    kill: () => {
      if (exit === null) child.kill('SIGKILL');
    },
    cleanup: async () => {
      if (exit === null) {
        child.kill('SIGKILL');
        await exited;
      }
      await removeMade();
    },
  };
}

interface AgentJson {
  pid: number;
  davPort: number;
  peerId: string;
}

async function readAgentJson(path: string): Promise<AgentJson | null> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown; davPort?: unknown; peerId?: unknown };
    if (typeof value.pid === 'number' && typeof value.davPort === 'number' && typeof value.peerId === 'string') {
      return { pid: value.pid, davPort: value.davPort, peerId: value.peerId };
    }
  } catch {
    // missing, or (never with the atomic write, but cheap to allow) half written
  }
  return null;
}

/** The password a first start prints, from the text banner or the `--json` line. */
export function readGeneratedPassword(stdout: string): string | null {
  const text = /^\s*password\s+(\S+)\s+\(shown only this once/m.exec(stdout);
  if (text) return text[1]!;
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const value = JSON.parse(line) as { password?: unknown };
      if (typeof value.password === 'string') return value.password;
    } catch {
      // not the JSON banner
    }
  }
  return null;
}

export interface RequestOptions {
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
  /** Default: the handle's user and password; `false` sends no credentials. */
  auth?: false | { user: string; password: string };
  timeoutMs?: number;
}

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request on a fresh connection (no keep-alive), accepting the self-signed certificate. */
export function request(handle: Pick<AgentHandle, 'port' | 'user' | 'password'>, method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: OutgoingHttpHeaders = { ...options.headers };
  const auth = options.auth === undefined ? (handle.password === null ? false : { user: handle.user, password: handle.password }) : options.auth;
  if (auth !== false) headers.authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
  if (options.body !== undefined && headers['content-length'] === undefined) headers['content-length'] = Buffer.byteLength(options.body);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: handle.port,
        method,
        path,
        headers,
        rejectUnauthorized: false,
        agent: new https.Agent({ keepAlive: false, rejectUnauthorized: false }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error(`${method} ${path} got no answer within ${(options.timeoutMs ?? 30_000) / 1000} s`)));
    req.on('error', reject);
    req.end(options.body);
  });
}
