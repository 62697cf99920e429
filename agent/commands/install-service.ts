import { spawn } from 'node:child_process';
import { lstat, mkdir, readFile, readlink, rm, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, type Command, type CommandIo } from '../command.js';
import { ConfigError, resolveAgentConfig } from '../config.js';
import { describeFsError, writeFileAtomically } from '../files.js';
import { defaultDataDir, defaultShareDir, homeDir } from '../paths.js';
import {
  ACTIVATION_FILE_NAME,
  agentArguments,
  packageLocations,
  renderActivationFile,
  renderUnit,
  ServiceFileError,
  UNIT_NAME,
  type ServiceFileParams,
} from '../service-files.js';

const ENABLE_HINT = 'systemctl --user daemon-reload && systemctl --user enable --now mesh-share';
const DISABLE_HINT = 'systemctl --user disable --now mesh-share';

const INSTALL_USAGE = `Usage: mesh-share install-service [--data-dir DIR] [--share DIR] [--json] [-- AGENT-OPTIONS]

Lets the computer start the agent for you: systemd when you log in, and the
session bus when a Sugar activity calls org.sugarlabs.MeshShare1 while no
agent runs. Writes two files that run this copy of mesh-share with this
node:
  the systemd user unit      $XDG_CONFIG_HOME/systemd/user/${UNIT_NAME}
                             (usually ~/.config/systemd/user)
  the D-Bus activation file  $XDG_DATA_HOME/dbus-1/services/${ACTIVATION_FILE_NAME}
                             (usually ~/.local/share/dbus-1/services)
and creates the data and share folders if they are missing. Running it
again rewrites both files, for example after moving mesh-share or node.
Then start the service with:
  ${ENABLE_HINT}

The unit runs the agent sandboxed: everything but the data folder and the
shared folder is read-only to it.

Options:
  --data-dir DIR  the agent's private folder (default: $XDG_DATA_HOME/mesh-share,
                  usually ~/.local/share/mesh-share)
  --share DIR     the folder to share (default: the XDG Public folder,
                  usually ~/Public)
  --json          say what was written as one line of JSON
  -h, --help      show this help

Anything after -- is passed on to 'mesh-share agent', for example:
  mesh-share install-service -- --dav-port 9443 --max-upload 4G
`;

const UNINSTALL_USAGE = `Usage: mesh-share uninstall-service [--json]

Removes the systemd user unit and the D-Bus activation file that
'mesh-share install-service' wrote, and the link that starts the unit at
login. Files that are not there are fine. Your data and shared folders are
left alone.

Stop the service first if it runs:
  ${DISABLE_HINT}

Options:
  --json      say what was removed as one line of JSON
  -h, --help  show this help
`;

/** Whether `systemctl --user` can talk to a user manager here. */
export type SystemdProbe =
  | { readonly state: 'reachable' }
  | { readonly state: 'unreachable'; readonly detail: string }
  | { readonly state: 'missing' };

/** What the commands need from outside; tests pass their own. */
export interface ServiceCommandDeps {
  /** The node binary written into the files. */
  readonly node: string;
  readonly locations: ReturnType<typeof packageLocations>;
  probeSystemd(env: NodeJS.ProcessEnv): Promise<SystemdProbe>;
}

const defaultDeps: ServiceCommandDeps = {
  node: process.execPath,
  locations: packageLocations(),
  probeSystemd: probeSystemctl,
};

/** Where the two files go, and the link `systemctl --user enable` makes. */
export function serviceFilePaths(env: NodeJS.ProcessEnv): { unitFile: string; activationFile: string; wantsLink: string } {
  const home = homeDir(env);
  const configHome = xdgBase(env, 'XDG_CONFIG_HOME', join(home, '.config'));
  const dataHome = xdgBase(env, 'XDG_DATA_HOME', join(home, '.local', 'share'));
  return {
    unitFile: join(configHome, 'systemd', 'user', UNIT_NAME),
    activationFile: join(dataHome, 'dbus-1', 'services', ACTIVATION_FILE_NAME),
    wantsLink: join(configHome, 'systemd', 'user', 'default.target.wants', UNIT_NAME),
  };
}

function xdgBase(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name];
  return value !== undefined && isAbsolute(value) ? value : fallback;
}

export function createInstallServiceCommand(overrides: Partial<ServiceCommandDeps> = {}): Command {
  const deps = { ...defaultDeps, ...overrides };
  return {
    name: 'install-service',
    usage: INSTALL_USAGE,
    run: (argv, io) => runInstall(argv, io, deps),
  };
}

export function createUninstallServiceCommand(overrides: Partial<ServiceCommandDeps> = {}): Command {
  const deps = { ...defaultDeps, ...overrides };
  return {
    name: 'uninstall-service',
    usage: UNINSTALL_USAGE,
    run: (argv, io) => runUninstall(argv, io, deps),
  };
}

export const installServiceCommand: Command = createInstallServiceCommand();
export const uninstallServiceCommand: Command = createUninstallServiceCommand();

/** Agent options that install-service sets itself, or that make no sense in a service. */
const RESERVED_AGENT_OPTIONS: Record<string, string> = {
  '--data-dir': "give --data-dir before the --, to install-service itself",
  '--share': "give --share before the --, to install-service itself",
  '--json': 'the service has nobody to print JSON to',
  '--help': 'a service that prints its help and stops is no service',
  '-h': 'a service that prints its help and stops is no service',
};

async function runInstall(argv: string[], io: CommandIo, deps: ServiceCommandDeps): Promise<number> {
  const dashes = argv.indexOf('--');
  const own = dashes === -1 ? argv : argv.slice(0, dashes);
  const extraAgentArgs = dashes === -1 ? [] : argv.slice(dashes + 1);
  let values;
  try {
    values = parseArgs({
      args: own,
      options: { 'data-dir': { type: 'string' }, share: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    io.stderr.write(`mesh-share install-service: ${describeArgError(error)}\nRun 'mesh-share install-service --help' to see the options.\n`);
    return EXIT.usage;
  }
  if (values.help === true) {
    io.stdout.write(INSTALL_USAGE);
    return EXIT.ok;
  }
  for (const arg of extraAgentArgs) {
    const option = arg.split('=')[0]!;
    const why = RESERVED_AGENT_OPTIONS[option];
    if (why !== undefined) {
      io.stderr.write(`mesh-share install-service: ${option} cannot be passed to the agent after --: ${why}.\n`);
      return EXIT.usage;
    }
  }

  let dataDir: string;
  let shareDir: string;
  try {
    ({ dataDir, shareDir } = resolveAgentConfig({ dataDir: values['data-dir'], shareDir: values.share }, io.env));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`mesh-share install-service: ${error.message}\n`);
    return EXIT.usage;
  }
  if (isInside(dataDir, shareDir)) {
    io.stderr.write(`mesh-share install-service: the data folder ${dataDir} must not be inside the shared folder ${shareDir}: everyone could read the password file.\n`);
    return EXIT.usage;
  }

  const params: ServiceFileParams = { node: deps.node, cli: deps.locations.cli, dataDir, shareDir, extraAgentArgs };
  let unitText: string;
  let activationText: string;
  try {
    const [unitTemplate, activationTemplate] = await Promise.all([readFile(deps.locations.unitTemplate, 'utf8'), readFile(deps.locations.activationTemplate, 'utf8')]);
    unitText = renderUnit(unitTemplate, params);
    activationText = renderActivationFile(activationTemplate, params);
  } catch (error) {
    if (error instanceof ServiceFileError) {
      io.stderr.write(`mesh-share install-service: ${error.message}.\n`);
      return EXIT.usage;
    }
    io.stderr.write(`mesh-share install-service: could not read the templates in ${resolve(deps.locations.unitTemplate, '..')} (${describeFsError(error)}); this copy of mesh-share is incomplete.\n`);
    return EXIT.failure;
  }

  const paths = serviceFilePaths(io.env);
  const createdFolders: string[] = [];
  const written: Array<{ file: string; state: 'new' | 'replaced' | 'unchanged' }> = [];
  let current = '';
  try {
    for (const [folder, mode] of [[dataDir, 0o700], [shareDir, 0o755]] as const) {
      current = folder;
      // ReadWritePaths= can only open up folders that exist, and the agent cannot create them once the rest is read-only.
      if (!(await isDirectory(folder))) {
        await mkdir(folder, { recursive: true, mode });
        createdFolders.push(folder);
      }
    }
    for (const [file, text] of [[paths.unitFile, unitText], [paths.activationFile, activationText]] as const) {
      current = file;
      const before = await readFile(file, 'utf8').catch(() => null);
      if (before === text) {
        written.push({ file, state: 'unchanged' });
        continue;
      }
      await mkdir(resolve(file, '..'), { recursive: true });
      await writeFileAtomically(file, text, { mode: 0o644 });
      written.push({ file, state: before === null ? 'new' : 'replaced' });
    }
  } catch (error) {
    io.stderr.write(`mesh-share install-service: could not write ${current}: ${describeFsError(error)}.\n`);
    return EXIT.failure;
  }

  const systemd = await deps.probeSystemd(io.env);
  const needsPassword = !(await isFile(join(dataDir, 'htpasswd')));
  const passwdStep = `mesh-share passwd ${shellWord(userName(io.env))}${dataDir === defaultDataDir(io.env) ? '' : ` --data-dir ${shellWord(dataDir)}`}`;
  const nextSteps = [...(needsPassword ? [passwdStep] : []), ENABLE_HINT];
  const command = [deps.node, deps.locations.cli, 'agent', ...agentArguments(params)].map(shellWord).join(' ');

  if (values.json === true) {
    io.stdout.write(`${JSON.stringify({
      unitFile: paths.unitFile,
      activationFile: paths.activationFile,
      files: written,
      node: deps.node,
      cli: deps.locations.cli,
      dataDir,
      shareDir,
      agentArgs: agentArguments(params),
      createdFolders,
      systemd: systemd.state,
      ...(systemd.state === 'unreachable' ? { systemdDetail: systemd.detail } : {}),
      nextSteps,
    })}\n`);
    return EXIT.ok;
  }

  const verb = { new: 'Wrote', replaced: 'Replaced', unchanged: 'Unchanged' } as const;
  const lines = [
    `${verb[written[0]!.state]} the systemd user unit:     ${paths.unitFile}`,
    `${verb[written[1]!.state]} the D-Bus activation file: ${paths.activationFile}`,
    `Both run: ${command}`,
    ...createdFolders.map((folder) => `Created ${folder === dataDir ? 'the data folder' : 'the shared folder'} ${folder}`),
    `The shared folder is ${shareDir}${shareDir === defaultShareDir(io.env) ? '' : ' (given with --share)'}.`,
    '',
  ];
  if (needsPassword) {
    lines.push(
      'No password is set yet. Set one first; otherwise the first start makes one up and',
      'prints it into the journal (journalctl --user -u mesh-share):',
      `  ${passwdStep}`,
      '',
    );
  }
  if (systemd.state === 'reachable') {
    lines.push('Next, start the service now and at every login:', `  ${ENABLE_HINT}`);
  } else {
    lines.push(
      systemd.state === 'missing'
        ? 'systemctl is not installed, so this computer does not start services with systemd.'
        : `systemctl --user cannot reach your user manager from here (${systemd.detail}).`,
      'In a desktop session that runs systemd, start the service now and at every login with:',
      `  ${ENABLE_HINT}`,
      'Without systemd the session bus still starts the agent the first time an activity',
      "calls it (the activation file's Exec= line); or start it by hand: mesh-share agent",
    );
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

async function runUninstall(argv: string[], io: CommandIo, deps: ServiceCommandDeps): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    io.stderr.write(`mesh-share uninstall-service: ${describeArgError(error)}\nRun 'mesh-share uninstall-service --help' to see the options.\n`);
    return EXIT.usage;
  }
  if (values.help === true) {
    io.stdout.write(UNINSTALL_USAGE);
    return EXIT.ok;
  }
  const paths = serviceFilePaths(io.env);
  const removed: string[] = [];
  const absent: string[] = [];
  let current = '';
  try {
    // The link `systemctl --user enable` made; `disable` cannot remove it once the unit file is gone.
    current = paths.wantsLink;
    const link = await readlink(paths.wantsLink).catch(() => null);
    if (link !== null && basename(link) === UNIT_NAME) {
      await rm(paths.wantsLink, { force: true });
      removed.push(paths.wantsLink);
    }
    for (const file of [paths.unitFile, paths.activationFile]) {
      current = file;
      if ((await lstat(file).catch(() => null)) === null) {
        absent.push(file);
        continue;
      }
      await rm(file, { force: true });
      removed.push(file);
    }
  } catch (error) {
    io.stderr.write(`mesh-share uninstall-service: could not remove ${current}: ${describeFsError(error)}.\n`);
    return EXIT.failure;
  }
  const systemd = await deps.probeSystemd(io.env);
  const after = 'systemctl --user stop mesh-share; systemctl --user daemon-reload';
  if (values.json === true) {
    io.stdout.write(`${JSON.stringify({ removed, absent, systemd: systemd.state, nextSteps: removed.length > 0 ? [after] : [] })}\n`);
    return EXIT.ok;
  }
  const lines = [...removed.map((file) => `Removed ${file}`), ...absent.map((file) => `Not there (nothing to remove): ${file}`)];
  if (removed.length > 0) {
    lines.push(
      '',
      `If the agent still runs as a service (best: run '${DISABLE_HINT}' before this command),`,
      'stop it and let systemd forget the unit:',
      `  ${after}`,
    );
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** Asks the user manager for its version: quick, harmless, and fails fast when there is none. */
export function probeSystemctl(env: NodeJS.ProcessEnv): Promise<SystemdProbe> {
  return new Promise((resolvePromise) => {
    let output = '';
    let settled = false;
    const done = (probe: SystemdProbe): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolvePromise(probe);
    };
    const child = spawn('systemctl', ['--user', 'show', '--property=Version', '--value'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done({ state: 'unreachable', detail: 'systemctl --user did not answer within 5 s' });
    }, 5_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      done(error.code === 'ENOENT' ? { state: 'missing' } : { state: 'unreachable', detail: error.message });
    });
    child.on('close', (code) => {
      if (code === 0) done({ state: 'reachable' });
      else done({ state: 'unreachable', detail: output.trim().split('\n')[0] || `systemctl exited with ${code}` });
    });
  });
}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() === true;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() === true;
}

function userName(env: NodeJS.ProcessEnv): string {
  try {
    return resolveAgentConfig({}, env).user;
  } catch {
    return 'USER';
  }
}

/** Quotes a word for a POSIX shell only when it needs it, so hints can be pasted as is. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

function describeArgError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^'\s]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? message}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option ?? 'an option'} needs a value.`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}; every value goes after its option, like --share DIR.`;
  return message;
}
