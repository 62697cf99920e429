/**
 * Our side of the WebDAV benchmark: the built agent (dist/agent/cli.js) with
 * its own data folder and share, a Basic-auth user set with `passwd`, WebDAV
 * on 127.0.0.1 with a port chosen by the system (read back from agent.json).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { procStatusKiB, resetPeakRss, run, sleep, stopChild } from './proc.js';
import { waitForHttps } from './client.js';

export interface AgentOptions {
  /** Path to dist/agent/cli.js. */
  cli: string;
  dataDir: string;
  share: string;
  user: string;
  password: string;
  /** Where the agent's stdout/stderr go. */
  logPath: string;
  /** Passed as --log-level when the agent has that option. */
  logLevel?: string;
}

export interface AgentServer {
  readonly url: string;
  readonly port: number;
  /** The process serving WebDAV (from agent.json). */
  readonly pid: number;
  readonly root: string;
  readonly flags: string[];
  memory(): { rssKiB: number; hwmKiB: number };
  /** Starts the peak (VmHWM) afresh from the current RSS; false when the kernel refuses. */
  resetPeak(): boolean;
  log(): string;
  stop(): Promise<void>;
}

interface AgentJson {
  pid?: number;
  davUrl?: string;
  davPort?: number;
}

export async function startAgent(options: AgentOptions): Promise<AgentServer> {
  const { cli, dataDir, share, user, password, logPath } = options;
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(share, { recursive: true });
  const env = { ...process.env, NO_COLOR: '1' };

  const pw = await run(process.execPath, [cli, 'passwd', user, '--data-dir', dataDir], { input: `${password}\n`, env, timeoutMs: 60_000 });
  if (pw.code !== 0) {
    throw new Error(`mesh-share passwd failed (${pw.code ?? pw.signal}): ${(pw.stderr || pw.stdout).trim().slice(0, 2000)}`);
  }

  const help = await run(process.execPath, [cli, 'agent', '--help'], { env, timeoutMs: 30_000 });
  const flags: string[] = [];
  const helpText = `${help.stdout}${help.stderr}`;
  if (helpText.includes('--no-discovery')) flags.push('--no-discovery');
  if (helpText.includes('--p2p-port')) flags.push('--p2p-port', '0');
  if (options.logLevel && helpText.includes('--log-level')) flags.push('--log-level', options.logLevel);

  const out = openSync(logPath, 'a');
  // Run the bin itself, as users do: its shebang carries the agent's V8 memory settings (as npm start and the units do).
  const child: ChildProcess = spawn(
    cli,
    ['agent', '--data-dir', dataDir, '--share', share, '--dav-port', '0', '--dav-host', '127.0.0.1', '--user', user, ...flags],
    { stdio: ['ignore', out, out], detached: true, env },
  );
  closeSync(out);
  let exitNote: string | undefined;
  child.on('exit', (code, signal) => { exitNote = `agent exited (${code ?? signal})`; });
  const log = (): string => { try { return readFileSync(logPath, 'utf8'); } catch { return ''; } };
  const dead = (): string | undefined => (exitNote ? `${exitNote}:\n${log().slice(-3000)}` : undefined);

  try {
    const infoPath = join(dataDir, 'agent.json');
    let info: AgentJson | undefined;
    const deadline = Date.now() + 30_000;
    while (!info) {
      const d = dead();
      if (d) throw new Error(d);
      if (Date.now() > deadline) throw new Error(`no usable ${infoPath} after 30 s:\n${log().slice(-3000)}`);
      try {
        const parsed = JSON.parse(readFileSync(infoPath, 'utf8')) as AgentJson;
        if (typeof parsed.davPort === 'number' && parsed.davPort > 0) info = parsed;
      } catch {
        /* not written yet, or half written */
      }
      if (!info) await sleep(100);
    }
    const port = info.davPort!;
    const url = `https://127.0.0.1:${port}/`;
    await waitForHttps(url, 20_000, dead);
    const pid = typeof info.pid === 'number' ? info.pid : child.pid!;
    return {
      url,
      port,
      pid,
      root: share,
      flags,
      memory() {
        const s = procStatusKiB(pid);
        return { rssKiB: s?.VmRSS ?? Number.NaN, hwmKiB: s?.VmHWM ?? Number.NaN };
      },
      resetPeak: () => resetPeakRss(pid),
      log,
      async stop() {
        if (pid !== child.pid) {
          try { process.kill(pid, 'SIGTERM'); } catch { /* gone */ }
        }
        await stopChild(child, { group: true, graceMs: 10_000 });
      },
    };
  } catch (err) {
    await stopChild(child, { group: true, graceMs: 3000 });
    throw err;
  }
}
