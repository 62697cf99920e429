/**
 * A real mesh-share agent (the compiled CLI, dist/agent/cli.js) inside one
 * host namespace of a Mesh, with its own private D-Bus session bus so tests
 * and the `mesh-share` CLI can talk to it.
 *
 * Command line: `node dist/agent/cli.js agent --data-dir D --share S
 * --dav-port 0 --p2p-port 0 --user tester --nick NICK [args]`, after
 * `mesh-share passwd tester --data-dir D` (password on stdin). Ready once
 * DATA_DIR/agent.json names this process and the banner is out, as in
 * test/helpers/agent-process.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_NODE_ENV, AGENT_NODE_FLAGS, CLI_PATH, runProcess } from '../helpers/agent-process.js';
import { startPrivateBus, type PrivateBus } from '../helpers/private-bus.js';
import type { ExecResult, MeshHost } from './mesh.js';

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface MeshAgentOptions {
  /** Extra `mesh-share agent` arguments, appended last (a later flag wins). */
  args?: string[];
  env?: Record<string, string>;
  /** Passed as --nick (default `agent-N` for host N). */
  nick?: string;
  /** Default: temporary folders made and removed by the helper; kept across restart(). */
  dataDir?: string;
  shareDir?: string;
  /** Default `tester`. */
  user?: string;
  /** Set with `mesh-share passwd` before the first start (default `secret-pass`). */
  password?: string;
}

export interface MeshAgent {
  readonly host: MeshHost;
  readonly dataDir: string;
  readonly shareDir: string;
  readonly user: string;
  readonly password: string;
  /** The agent's private session bus, for the `mesh-share` CLI, gdbus, busctl, python... */
  readonly busEnv: { DBUS_SESSION_BUS_ADDRESS: string };
  /** DATA_DIR/agent.json as the running agent wrote it (pid, peerId, davUrl, davPort, p2pPort, ...). */
  info(): Promise<Record<string, unknown>>;
  /** The running agent's pid; null once it exited. */
  readonly pid: number | null;
  /** `mesh-share ARGS` inside the host namespace against this agent's bus. */
  cli(args: string[], options?: { input?: string; timeoutMs?: number }): Promise<ExecResult>;
  /** What the current run (since the last start or restart) wrote. */
  stdout(): string;
  stderr(): string;
  /** Sends the signal (default SIGTERM) and waits for the exit: the exit code, or null when a signal ended it. Throws if it needed SIGKILL after 10 s. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** SIGKILL, and waits for the exit. */
  kill(): Promise<void>;
  /** Stops it if running, then starts it again with the same data dir, share, bus and arguments. */
  restart(): Promise<void>;
  /** Stops it (SIGTERM, then SIGKILL), stops the bus, removes the folders the helper made. Safe to call twice. */
  cleanup(): Promise<void>;
}

/** Folders made by agents not yet cleaned up: removed if the process exits first. */
const madeDirs = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
  });
}

interface Run {
  child: ChildProcess;
  out: string;
  err: string;
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function startMeshAgent(host: MeshHost, options: MeshAgentOptions = {}): Promise<MeshAgent> {
  installExitHook();
  const made: string[] = [];
  const makeDir = async (kind: string): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), `mesh-share-${kind}-`));
    made.push(dir);
    madeDirs.add(dir);
    return dir;
  };
  const removeMade = async (): Promise<void> => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
    for (const dir of made) madeDirs.delete(dir);
  };
  const user = options.user ?? 'tester';
  const password = options.password ?? 'secret-pass';
  const nick = options.nick ?? `agent-${host.index}`;
  let bus: PrivateBus | null = null;
  let dataDir: string;
  let shareDir: string;
  try {
    dataDir = options.dataDir ?? (await makeDir('data'));
    shareDir = options.shareDir ?? (await makeDir('share'));
    bus = await startPrivateBus();
    const passwd = await runProcess(process.execPath, [CLI_PATH, 'passwd', user, '--data-dir', dataDir], { input: `${password}\n`, env: { ...options.env } });
    if (passwd.code !== 0) throw new Error(`mesh-share passwd exited ${passwd.code ?? passwd.signal}: ${(passwd.stderr || passwd.stdout).trim()}`);
  } catch (error) {
    await bus?.stop();
    await removeMade();
    throw error;
  }
  const busEnv = { DBUS_SESSION_BUS_ADDRESS: bus.address };
  const env = { ...AGENT_NODE_ENV, ...options.env, ...busEnv };
  const agentArgs = [...AGENT_NODE_FLAGS, CLI_PATH, 'agent', '--data-dir', dataDir, '--share', shareDir, '--dav-port', '0', '--p2p-port', '0', '--user', user, '--nick', nick, ...(options.args ?? [])];
  const agentJson = join(dataDir, 'agent.json');

  let run: Run | null = null;

  const launch = async (): Promise<void> => {
    // Each laptop has its own host name (an XO's is made from its serial number); namespaces share
    // the machine's, which would make every agent fight over one .local name. unshare and sh exec,
    // so the pid is the agent's own.
    const child = host.spawn('unshare', ['--uts', '--', 'sh', '-c', 'hostname "$0" && exec "$@"', `xo-h${host.index}`, process.execPath, ...agentArgs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const current: Run = {
      child,
      out: '',
      err: '',
      exit: null,
      exited: new Promise((resolve) => {
        child.once('exit', (code, signal) => resolve({ code, signal }));
        child.once('error', () => resolve({ code: null, signal: null }));
      }),
    };
    void current.exited.then((value) => (current.exit = value));
    let spawnError: Error | null = null;
    child.once('error', (error) => (spawnError = error));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (current.out += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (current.err += chunk));
    run = current;

    const explain = (what: string): Error =>
      new Error(`${what} (agent in ${host.name})\n--- agent stderr ---\n${current.err.trim() || '(empty)'}\n--- agent stdout ---\n${current.out.trim() || '(empty)'}`);
    const deadline = Date.now() + START_TIMEOUT_MS;
    try {
      for (;;) {
        if (spawnError !== null) throw explain(`could not start node: ${(spawnError as Error).message}`);
        const ended = current.exit as Run['exit'];
        if (ended !== null) throw explain(`the agent exited (${ended.code ?? ended.signal}) before it was ready`);
        const found = await readJson(agentJson);
        // An agent.json from an earlier run names another pid; wait for ours. The banner follows the file.
        if (found !== null && found.pid === child.pid && /certificate/i.test(current.out)) return;
        if (Date.now() > deadline) throw explain(`the agent did not write ${agentJson} and its banner within ${START_TIMEOUT_MS / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } catch (error) {
      if (current.exit === null) {
        child.kill('SIGKILL');
        await current.exited;
      }
      throw error;
    }
  };

  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
    const current = run;
    if (!current) return null;
    let forced = false;
    if (current.exit === null) {
      current.child.kill(signal);
      const timer = setTimeout(() => {
        forced = true;
        current.child.kill('SIGKILL');
      }, STOP_TIMEOUT_MS);
      await current.exited;
      clearTimeout(timer);
    }
    if (forced) throw new Error(`the agent in ${host.name} did not stop within ${STOP_TIMEOUT_MS / 1000} s after ${signal}; stderr:\n${current.err}`);
    return (await current.exited).code;
  };

  const kill = async (): Promise<void> => {
    const current = run;
    if (!current) return;
    if (current.exit === null) current.child.kill('SIGKILL');
    await current.exited;
  };

  let cleaned = false;
  const cleanup = async (): Promise<void> => {
    if (cleaned) return;
    cleaned = true;
    try {
      await stop();
    } catch {
      // it was killed; the folders go anyway
    }
    await bus!.stop();
    await removeMade();
  };

  try {
    await launch();
  } catch (error) {
    await cleanup();
    throw error;
  }

  return {
    host,
    dataDir,
    shareDir,
    user,
    password,
    busEnv,
    get pid() {
      return run !== null && run.exit === null ? (run.child.pid ?? null) : null;
    },
    async info() {
      const value = await readJson(agentJson);
      if (value === null) throw new Error(`${agentJson} is missing or unreadable (is the agent in ${host.name} running?)`);
      return value;
    },
    cli(args, cliOptions = {}) {
      return host.exec(process.execPath, [CLI_PATH, ...args], { ...cliOptions, env: { ...options.env, ...busEnv } });
    },
    stdout: () => run?.out ?? '',
    stderr: () => run?.err ?? '',
    stop,
    kill,
    async restart() {
      if (cleaned) throw new Error('restart() after cleanup()');
      await stop();
      await launch();
    },
    cleanup,
  };
}

/** Starts one agent per host, in parallel; if any fails, the others are cleaned up and the first error is thrown. */
export async function startMeshAgents(hosts: MeshHost[], options?: (host: MeshHost) => MeshAgentOptions): Promise<MeshAgent[]> {
  const results = await Promise.allSettled(hosts.map((host) => startMeshAgent(host, options?.(host))));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await Promise.all(results.map((result) => (result.status === 'fulfilled' ? result.value.cleanup() : undefined)));
    throw failed.reason;
  }
  return results.map((result) => (result as PromiseFulfilledResult<MeshAgent>).value);
}

async function readJson(path: string): Promise<Record<string, unknown> | null> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // missing, or half written
  }
  return null;
}
