/**
 * A private D-Bus session bus for tests: its own dbus-daemon on a socket in
 * a temporary folder, so tests never touch the desktop's bus (or need one)
 * and can own org.sugarlabs.MeshShare1 without meeting a real agent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PrivateBus {
  /** `unix:path=DIR/bus.sock,guid=...`, as dbus-daemon printed it. */
  readonly address: string;
  /** Named as `<servicedir>` in the bus config: `.service` files put here are used for D-Bus activation. */
  readonly servicesDir: string;
  /** The daemon's pid, for tests that want to kill the bus under a running agent. */
  readonly pid: number;
  /** `DBUS_SESSION_BUS_ADDRESS` for child processes (agents, gdbus, busctl, python). */
  readonly env: { DBUS_SESSION_BUS_ADDRESS: string };
  /** Kills the daemon and removes its folder; safe to call twice. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;

/** Anything may own any name and eavesdrop: the bus is the test's alone, and activation tests need `own="*"`. */
function busConfig(dir: string, servicesDir: string): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${dir}/bus.sock</listen>
  <servicedir>${servicesDir}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;
}

export async function startPrivateBus(): Promise<PrivateBus> {
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-bus-'));
  const servicesDir = join(dir, 'services');
  let daemon: ChildProcess | null = null;
  // A test that crashes before its cleanup must not leave a daemon behind.
  const killOnExit = (): void => {
    daemon?.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    const dying = daemon;
    daemon = null;
    if (dying) await killAndWait(dying);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await mkdir(servicesDir);
    const config = join(dir, 'bus.conf');
    await writeFile(config, busConfig(dir, servicesDir));
    const started = await runDaemon(config);
    daemon = started.child;
    return { address: started.address, servicesDir, pid: started.child.pid!, env: { DBUS_SESSION_BUS_ADDRESS: started.address }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The daemon stays our child (no --fork): with --fork it calls setsid(), so
 * the test runner's kill of a timed-out test's process group would miss it.
 * It prints its address once it listens.
 */
function runDaemon(config: string): Promise<{ address: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn('dbus-daemon', [`--config-file=${config}`, '--print-address=1', '--nofork', '--nopidfile'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let settled = false;
    const fail = (message: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(message));
    };
    const timer = setTimeout(() => fail(`dbus-daemon printed no address within ${START_TIMEOUT_MS / 1000} s: ${err.trim() || 'no output'}`), START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const line = /^(unix:[^\n]+)\n/.exec(out);
      if (line && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({ address: line[1]!.trim(), child });
      }
    });
    // It complains about fd limits when not root enough; only matters if it never starts.
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', (error) => fail(`could not run dbus-daemon (${error.message}); install the dbus-daemon package`));
    child.on('exit', (code, signal) => fail(`dbus-daemon exited (${code ?? signal}) before it listened: ${err.trim() || out.trim() || 'no output'}`));
  });
}

async function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}
