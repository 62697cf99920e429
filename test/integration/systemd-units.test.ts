/**
 * `mesh-share install-service` / `uninstall-service` in a throw-away home,
 * and systemd's own tools on what they write:
 * - `systemd-analyze --user verify` must print nothing at all (it exits 0
 *   on typos and bad values, so any output is a failure);
 * - `systemd-analyze --user security --offline=true` must rate the unit at
 *   or under 4.0;
 * - systemd's unit parser (`systemd --test --user`, which loads the units
 *   and prints them without running anything) must read back exactly the
 *   paths we wrote, for folders whose names need quoting.
 * All of it comes with the Debian package `systemd`; no systemd needs to run.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, spawnSync } from 'node:child_process';
import { chmod, chown, lstat, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_NODE_ENV, AGENT_NODE_FLAGS, CLI_PATH, runCli, type RunResult, runProcess } from '../helpers/agent-process.js';
import type { CommandIo } from '../../agent/command.js';
import { createInstallServiceCommand, createUninstallServiceCommand } from '../../agent/commands/install-service.js';

const MAX_EXPOSURE = 4.0;
const SYSTEMD_BINARY = ['/lib/systemd/systemd', '/usr/lib/systemd/systemd'].find((path) => existsSync(path));

const made: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A home with its own XDG folders, so nothing of the machine's is read or written. */
async function fakeHome(): Promise<{ root: string; env: Record<string, string> }> {
  const root = await tempDir('mesh-share-service-');
  const env = {
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_DATA_HOME: join(root, 'data'),
    XDG_RUNTIME_DIR: join(root, 'runtime'),
  };
  await mkdir(env.HOME);
  await mkdir(env.XDG_RUNTIME_DIR, { mode: 0o700 });
  return { root, env };
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return runProcess(command, args, { env, timeoutMs: 60_000 });
}

function requireSystemdAnalyze(): void {
  const probe = spawnSync('systemd-analyze', ['--version'], { stdio: 'ignore' });
  if (probe.error !== undefined) assert.unreachable(`systemd-analyze is not installed (${probe.error.message}); install the Debian package systemd`);
}

interface InstallJson {
  unitFile: string;
  activationFile: string;
  files: Array<{ file: string; state: string }>;
  node: string;
  cli: string;
  dataDir: string;
  shareDir: string;
  agentArgs: string[];
  createdFolders: string[];
  systemd: string;
  nextSteps: string[];
}

async function install(env: Record<string, string>, args: string[] = []): Promise<InstallJson> {
  const result = await runCli(['install-service', '--json', ...args], { env });
  assert.is(result.code, 0, `install-service failed: ${result.stderr}`);
  assert.is(result.stderr, '');
  return JSON.parse(result.stdout) as InstallJson;
}

/** `Key=value` lines under their section. */
function keyFile(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const pair = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (pair && current) current.set(pair[1]!, pair[2]!);
  }
  return sections;
}

test('install-service writes the unit and the activation file where XDG says, and systemd-analyze verify says nothing', async () => {
  requireSystemdAnalyze();
  const { root, env } = await fakeHome();
  const share = join(root, 'Class share');
  const written = await install(env, ['--share', share]);

  assert.is(written.unitFile, join(env.XDG_CONFIG_HOME, 'systemd', 'user', 'mesh-share.service'));
  assert.is(written.activationFile, join(env.XDG_DATA_HOME, 'dbus-1', 'services', 'org.sugarlabs.MeshShare1.service'));
  assert.equal(written.files.map((entry) => entry.state), ['new', 'new']);
  assert.is(written.node, process.execPath);
  assert.is(written.cli, CLI_PATH);
  assert.is(written.dataDir, join(env.XDG_DATA_HOME, 'mesh-share'));
  assert.is(written.shareDir, share);
  assert.equal(written.createdFolders, [written.dataDir, share], 'ReadWritePaths= needs both folders to exist');
  assert.is((await stat(written.dataDir)).mode & 0o777, 0o700);
  assert.is((await stat(written.unitFile)).mode & 0o777, 0o644);
  assert.ok(['reachable', 'unreachable', 'missing'].includes(written.systemd));
  assert.ok(written.nextSteps.includes('systemctl --user daemon-reload && systemctl --user enable --now mesh-share'));

  // Verify from a folder of its own: the unit's name must be mesh-share.service, and XDG_RUNTIME_DIR must exist (FACTS.md).
  const verify = await run('systemd-analyze', ['--user', 'verify', written.unitFile], { ...env, XDG_RUNTIME_DIR: await tempDir('mesh-share-runtime-') });
  const said = `${verify.stdout}${verify.stderr}`.trim();
  assert.is(said, '', `systemd-analyze verify complained:\n${said}`);
  assert.is(verify.code, 0);

  // Running it again changes nothing.
  const again = await install(env, ['--share', share]);
  assert.equal(again.files.map((entry) => entry.state), ['unchanged', 'unchanged']);
  assert.equal(again.createdFolders, []);
});

test(`systemd-analyze security rates the unit at or under ${MAX_EXPOSURE}`, async () => {
  requireSystemdAnalyze();
  const { env } = await fakeHome();
  const written = await install(env);
  const result = await run('systemd-analyze', ['--user', 'security', '--offline=true', '--no-pager', written.unitFile], { ...env, XDG_RUNTIME_DIR: await tempDir('mesh-share-runtime-') });
  const match = /Overall exposure level for \S+: (\d+(?:\.\d+)?)/.exec(result.stdout);
  assert.ok(match, `no exposure level in the output (exit ${result.code}):\n${result.stdout}${result.stderr}`);
  const score = Number(match[1]);
  console.log(`  systemd-analyze --user security --offline=true: overall exposure ${score} (limit ${MAX_EXPOSURE})`);
  const missed = result.stdout.split('\n').filter((line) => line.startsWith('✗')).map((line) => `    ${line.replace(/\s{2,}.*\s(\d+\.\d+)$/, ' ($1)').trim()}`);
  if (missed.length > 0) console.log(`  not set (each costs a little):\n${missed.join('\n')}`);
  assert.ok(score <= MAX_EXPOSURE, `exposure ${score} is above ${MAX_EXPOSURE}:\n${result.stdout}`);
});

test('the D-Bus activation file: section, name, command and systemd unit', async () => {
  const { env } = await fakeHome();
  const written = await install(env, ['--', '--dav-port', '9443']);
  const sections = keyFile(await readFile(written.activationFile, 'utf8'));
  assert.equal([...sections.keys()], ['D-BUS Service']);
  const keys = sections.get('D-BUS Service')!;
  assert.equal([...keys.keys()].sort(), ['Exec', 'Name', 'SystemdService']);
  assert.is(keys.get('Name'), 'org.sugarlabs.MeshShare1');
  assert.is(keys.get('SystemdService'), 'mesh-share.service');
  assert.is(keys.get('Exec'), `/usr/bin/env ${Object.entries(AGENT_NODE_ENV).map(([name, value]) => `${name}=${value}`).join(' ')} ${process.execPath} ${AGENT_NODE_FLAGS.join(' ')} ${CLI_PATH} agent --data-dir ${written.dataDir} --share ${written.shareDir} --dav-port 9443`);
  assert.equal(written.agentArgs, ['--data-dir', written.dataDir, '--share', written.shareDir, '--dav-port', '9443']);
  const unit = keyFile(await readFile(written.unitFile, 'utf8'));
  assert.is(unit.get('Service')!.get('ExecStart'), `${process.execPath} ${AGENT_NODE_FLAGS.join(' ')} ${CLI_PATH} agent --data-dir ${written.dataDir} --share ${written.shareDir} --dav-port 9443`);
  assert.is(unit.get('Service')!.get('BusName'), 'org.sugarlabs.MeshShare1');
  assert.is(unit.get('Install')!.get('WantedBy'), 'default.target');
});

/**
 * Splits systemd's dump of a command line: words separated by spaces, a
 * word in double quotes with backslash escapes.
 */
function splitDumpedCommand(line: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === ' ') {
      i += 1;
      continue;
    }
    let word = '';
    if (line[i] === '"') {
      i += 1;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\') i += 1;
        word += line[i];
        i += 1;
      }
      i += 1;
    } else {
      while (i < line.length && line[i] !== ' ') {
        if (line[i] === '\\') i += 1;
        word += line[i];
        i += 1;
      }
    }
    words.push(word);
  }
  return words;
}

test("systemd's unit parser reads back folders with spaces, quotes, %, ${} and backslashes", async () => {
  assert.ok(SYSTEMD_BINARY, 'the systemd binary (/lib/systemd/systemd) is missing; install the Debian package systemd');
  const { root, env } = await fakeHome();
  const odd = join(root, `Tom's "files" 100%h \${HOME} \\x`); // %h would be the home folder, ${HOME} a variable
  await mkdir(odd);
  const dataDir = join(odd, 'data');
  const shareDir = join(odd, 'share');
  const written = await install(env, ['--data-dir', dataDir, '--share', shareDir, '--', '--max-upload', '1G']);

  // `systemd --test` refuses to run a user manager as root; it only reads files, so nobody will do.
  const asRoot = process.getuid?.() === 0;
  const launcher: string[] = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
  if (asRoot) {
    for (const dir of [root, env.HOME, env.XDG_CONFIG_HOME, join(env.XDG_CONFIG_HOME, 'systemd'), join(env.XDG_CONFIG_HOME, 'systemd', 'user')]) await chmod(dir, 0o755);
    await chown(env.XDG_RUNTIME_DIR, 65534, 65534);
  }
  const [command, ...args] = [...launcher, SYSTEMD_BINARY!, '--test', '--user', '--unit=mesh-share.service', '--log-target=console', '--log-level=warning'];
  const result = await run(command!, args, env);
  assert.is(result.code, 0, `systemd --test failed:\n${result.stderr}`);
  const block = /-> Unit mesh-share\.service:\n([\s\S]*?)(?:\n\t-> Unit |$)/.exec(result.stdout)?.[1];
  assert.ok(block, `systemd --test did not show mesh-share.service:\n${result.stdout.slice(0, 2000)}\n${result.stderr}`);
  assert.match(block, /Unit Load State: loaded/);
  assert.not.match(result.stderr, /mesh-share\.service/, `systemd warned about the unit:\n${result.stderr}`);

  const readWrite = /^\s*ReadWritePaths: (.*)$/m.exec(block)?.[1];
  assert.is(readWrite, `-${dataDir} -${shareDir}`);
  const commandLine = /^\s*Command Line: (.*)$/m.exec(block)?.[1];
  assert.ok(commandLine, 'no ExecStart in the dump');
  // When the command runs, `$$` becomes `$` and `${NAME}` the variable's value (systemd.service(5)); the program path is never expanded.
  const expand = (word: string): string => word.replace(/\$(\$|\{[^}]*\})/g, (_, what: string) => (what === '$' ? '$' : `<value of ${what}>`));
  const argv = splitDumpedCommand(commandLine).map((word, index) => (index === 0 ? word : expand(word)));
  assert.equal(argv, [process.execPath, ...AGENT_NODE_FLAGS, CLI_PATH, 'agent', '--data-dir', dataDir, '--share', shareDir, '--max-upload', '1G']);
  assert.is(written.dataDir, dataDir);
});

test('uninstall-service removes both files and the enable link; a second run finds nothing and is fine', async () => {
  const { env } = await fakeHome();
  const written = await install(env);
  // What `systemctl --user enable` leaves behind.
  const wants = join(env.XDG_CONFIG_HOME, 'systemd', 'user', 'default.target.wants');
  await mkdir(wants);
  await symlink(written.unitFile, join(wants, 'mesh-share.service'));

  const first = await runCli(['uninstall-service', '--json'], { env });
  assert.is(first.code, 0, first.stderr);
  const removed = JSON.parse(first.stdout) as { removed: string[]; absent: string[] };
  assert.equal(removed.removed.sort(), [join(wants, 'mesh-share.service'), written.unitFile, written.activationFile].sort());
  assert.equal(removed.absent, []);
  for (const file of removed.removed) assert.is(await lstat(file).catch(() => null), null, `${file} is still there`);
  assert.equal(await readdir(wants), []);
  // The data and the shared folder stay.
  assert.ok((await stat(written.dataDir)).isDirectory());
  assert.ok((await stat(written.shareDir)).isDirectory());

  const second = await runCli(['uninstall-service'], { env });
  assert.is(second.code, 0, second.stderr);
  assert.match(second.stdout, /Not there \(nothing to remove\): .*mesh-share\.service/);
  assert.match(second.stdout, /Not there \(nothing to remove\): .*org\.sugarlabs\.MeshShare1\.service/);
});

test('text output: what was written, the command it runs, the next steps, whether systemd answers', async () => {
  const { env } = await fakeHome();
  const result = await runCli(['install-service'], { env });
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /^Wrote the systemd user unit: +\S+\/config\/systemd\/user\/mesh-share\.service$/m);
  assert.match(result.stdout, /^Wrote the D-Bus activation file: +\S+\/data\/dbus-1\/services\/org\.sugarlabs\.MeshShare1\.service$/m);
  assert.match(result.stdout, /^Both run: \S+ \S+cli\.js agent --data-dir \S+ --share \S+$/m);
  assert.match(result.stdout, /No password is set yet/);
  assert.match(result.stdout, /systemctl --user daemon-reload && systemctl --user enable --now mesh-share/);
  assert.match(result.stdout, /systemctl (is not installed|--user cannot reach)|start the service now/);

  const removed = await runCli(['uninstall-service'], { env });
  assert.match(removed.stdout, /^Removed \S+mesh-share\.service$/m);
  assert.match(removed.stdout, /systemctl --user disable --now mesh-share/);
});

test('with a reachable user manager it says to enable the service; without one it explains the other ways', async () => {
  const { env } = await fakeHome();
  const capture = (): { io: CommandIo; out: () => string } => {
    let out = '';
    const sink = { write: (text: string) => ((out += text), true) } as unknown as NodeJS.WriteStream;
    return { io: { stdin: process.stdin, stdout: sink, stderr: sink, env }, out: () => out };
  };
  const reachable = capture();
  assert.is(await createInstallServiceCommand({ probeSystemd: async () => ({ state: 'reachable' }) }).run([], reachable.io), 0);
  assert.match(reachable.out(), /Next, start the service now and at every login:\n {2}systemctl --user daemon-reload && systemctl --user enable --now mesh-share/);

  const missing = capture();
  assert.is(await createInstallServiceCommand({ probeSystemd: async () => ({ state: 'missing' }) }).run([], missing.io), 0);
  assert.match(missing.out(), /systemctl is not installed/);
  assert.match(missing.out(), /the session bus still starts the agent/);

  const gone = capture();
  assert.is(await createUninstallServiceCommand({ probeSystemd: async () => ({ state: 'missing' }) }).run([], gone.io), 0);
  assert.match(gone.out(), /Removed /);
});

test('help, bad options, and agent options that belong to install-service itself', async () => {
  const { env } = await fakeHome();
  for (const name of ['install-service', 'uninstall-service']) {
    const help = await runCli([name, '--help'], { env });
    assert.is(help.code, 0);
    assert.match(help.stdout, new RegExp(`^Usage: mesh-share ${name}`));
  }
  const overview = await runCli(['--help'], { env });
  assert.match(overview.stdout, /install-service +let systemd and the session bus start the agent/);
  assert.match(overview.stdout, /uninstall-service +remove what install-service wrote/);

  const unknown = await runCli(['install-service', '--nope'], { env });
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /unknown option --nope/);
  const reserved = await runCli(['install-service', '--', '--share', '/x'], { env });
  assert.is(reserved.code, 2);
  assert.match(reserved.stderr, /--share cannot be passed to the agent after --/);
  const inside = await runCli(['install-service', '--share', join(env.HOME, 'Public'), '--data-dir', join(env.HOME, 'Public', 'data')], { env });
  assert.is(inside.code, 2);
  assert.match(inside.stderr, /must not be inside the shared folder/);
  const newline = await runCli(['install-service', '--share', join(env.HOME, 'two\nlines')], { env });
  assert.is(newline.code, 2);
  assert.match(newline.stderr, /control character/);
  assert.is(await stat(join(env.XDG_CONFIG_HOME, 'systemd')).catch(() => null), null, 'nothing was written');
});

test.after(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

test.run();
