/**
 * D-Bus activation without systemd: a private session bus whose config
 * names a servicedir, the activation file rendered by agent/service-files.ts
 * in it, and a call to org.sugarlabs.MeshShare1 with no agent running. The
 * bus must start the agent (its Exec= line) and the call must succeed.
 *
 * The folders have names that need quoting (spaces, quotes, %, $, a
 * backslash), so dbus-daemon's own parser checks our Exec= quoting.
 * Needs dbus-daemon (Debian: dbus-daemon) and gdbus (libglib2.0-bin).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_PATH, PROJECT_ROOT, type RunResult, runProcess } from '../helpers/agent-process.js';
import { startPrivateBus, type PrivateBus } from '../helpers/private-bus.js';
import { ACTIVATION_FILE_NAME, BUS_NAME, renderActivationFile, type ServiceFileParams } from '../../agent/service-files.js';

const OBJECT_PATH = '/org/sugarlabs/MeshShare1';
/** A first start makes a key and a certificate; leave room for a slow machine. */
const CALL_TIMEOUT_S = 60;
const ODD_NAME = `Tom's "class" 100%h \${HOME} $x \\y`;

const template = (): Promise<string> => readFile(join(PROJECT_ROOT, 'systemd', ACTIVATION_FILE_NAME), 'utf8');

function requireTools(): void {
  for (const [tool, pkg] of [['dbus-daemon', 'dbus-daemon'], ['gdbus', 'libglib2.0-bin']] as const) {
    const probe = spawnSync(tool, ['--version'], { stdio: 'ignore' });
    if (probe.error !== undefined) assert.unreachable(`${tool} is not installed (${probe.error.message}); install the Debian package ${pkg}`);
  }
}

function run(command: string, args: string[], env: Record<string, string>, timeoutMs: number): Promise<RunResult> {
  return runProcess(command, args, { env, timeoutMs });
}

function gdbusCall(bus: PrivateBus, dest: string, objectPath: string, method: string, args: string[] = []): Promise<RunResult> {
  return run('gdbus', ['call', '--session', '--timeout', String(CALL_TIMEOUT_S), '--dest', dest, '--object-path', objectPath, '--method', method, ...args], bus.env, (CALL_TIMEOUT_S + 10) * 1000);
}

/** Who owns the name on this bus, as the bus sees it; null when nobody does. */
async function ownerPid(bus: PrivateBus): Promise<number | null> {
  const result = await gdbusCall(bus, 'org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.GetConnectionUnixProcessID', [BUS_NAME]);
  const pid = /\(uint32 (\d+),\)/.exec(result.stdout)?.[1];
  return pid === undefined ? null : Number(pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** SIGTERM, up to 10 s for a clean exit (it removes agent.json), then SIGKILL. True when it stopped cleanly. */
async function stopProcess(pid: number): Promise<boolean> {
  if (!alive(pid)) return true;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (!alive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(pid, 'SIGKILL');
  return false;
}

async function readPid(dataDir: string): Promise<number | null> {
  try {
    const pid = (JSON.parse(await readFile(join(dataDir, 'agent.json'), 'utf8')) as { pid?: unknown }).pid;
    return typeof pid === 'number' ? pid : null;
  } catch {
    return null;
  }
}

test("dbus-daemon's Exec= parser reads back every word as rendered, odd folder names included", async () => {
  requireTools();
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-activation-argv-'));
  let bus: PrivateBus | null = null;
  try {
    // A stand-in for the CLI that writes down its arguments and fails without taking the name (a failed child ends the activation at once).
    const recorder = join(dir, 'record-argv.mjs');
    const record = join(dir, 'argv.json');
    await writeFile(recorder, `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)));\nprocess.exit(3);\n`);
    const odd = join(dir, ODD_NAME);
    const params: ServiceFileParams = {
      node: process.execPath,
      cli: recorder,
      dataDir: join(odd, 'data'),
      shareDir: join(odd, 'share'),
      extraAgentArgs: ['--user', "o'neil \"x\"", '--log-level', ''],
    };
    bus = await startPrivateBus();
    await writeFile(join(bus.servicesDir, ACTIVATION_FILE_NAME), renderActivationFile(await template(), params));
    const call = await gdbusCall(bus, BUS_NAME, OBJECT_PATH, `${BUS_NAME}.Status`);
    assert.is.not(call.code, 0, 'the stand-in never takes the name, so the call must fail');
    assert.match(call.stderr, /Spawn\.ChildExited/, `unexpected failure:\n${call.stderr}`);
    const argv = JSON.parse(await readFile(record, 'utf8')) as string[];
    assert.equal(argv, ['agent', '--data-dir', params.dataDir, '--share', params.shareDir, '--user', "o'neil \"x\"", '--log-level', '']);
  } finally {
    await bus?.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a call to org.sugarlabs.MeshShare1 with no agent running starts one, and the call succeeds', async () => {
  requireTools();
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-activation-'));
  const odd = join(dir, ODD_NAME);
  const dataDir = join(odd, 'data');
  const shareDir = join(odd, 'share');
  let bus: PrivateBus | null = null;
  let pid: number | null = null;
  try {
    await mkdir(odd);
    bus = await startPrivateBus();
    const params: ServiceFileParams = {
      node: process.execPath,
      cli: CLI_PATH,
      dataDir,
      shareDir,
      // 8443 may be taken on the machine running the tests.
      extraAgentArgs: ['--dav-port', '0', '--dav-host', '127.0.0.1', '--p2p-port', '0', '--no-discovery'],
    };
    await writeFile(join(bus.servicesDir, ACTIVATION_FILE_NAME), renderActivationFile(await template(), params));
    assert.is(await ownerPid(bus), null, 'no agent runs before the call');

    const started = Date.now();
    const call = await gdbusCall(bus, BUS_NAME, OBJECT_PATH, `${BUS_NAME}.Status`);
    pid = (await readPid(dataDir)) ?? (await ownerPid(bus));
    assert.is(call.code, 0, `Status failed:\n${call.stderr}${call.stdout}`);
    console.log(`  activation + first Status: ${Date.now() - started} ms`);
    assert.match(call.stdout, /^\(\{.*\},\)\s*$/s, `Status did not return a{sv}:\n${call.stdout}`);

    // The agent the bus started is the one with our folders and owns the name.
    const info = JSON.parse(await readFile(join(dataDir, 'agent.json'), 'utf8')) as { pid: number; shareDir: string; dataDir: string };
    assert.is(info.shareDir, shareDir);
    assert.is(info.dataDir, dataDir);
    assert.is(await ownerPid(bus), info.pid);
    pid = info.pid;

    // A second call goes to the same agent.
    const again = await gdbusCall(bus, BUS_NAME, OBJECT_PATH, `${BUS_NAME}.Status`);
    assert.is(again.code, 0, again.stderr);
    assert.is(await readPid(dataDir), pid);

    assert.ok(await stopProcess(pid), 'the agent did not stop within 10 s of SIGTERM');
    pid = null;
    assert.is(await readPid(dataDir), null, 'a stopped agent removes agent.json');
  } finally {
    if (pid === null) pid = await readPid(dataDir);
    if (pid === null && bus !== null) pid = await ownerPid(bus).catch(() => null);
    if (pid !== null) await stopProcess(pid);
    await bus?.stop();
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
