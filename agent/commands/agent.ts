import { parseArgs } from 'node:util';
import { EXIT, type Command, type CommandIo } from '../command.js';
import { ConfigError, LOG_LEVEL_ENV, resolveAgentConfig, type AgentConfig, type AgentFlags } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { defaultDataDir } from '../paths.js';
// Types only: the server stack is loaded when the agent really starts, so `mesh-share passwd` stays quick on an XO.
import type { AgentStatus } from '../agent.js';

const USAGE = `Usage: mesh-share agent [OPTIONS]

Share a folder with the laptops around you over HTTPS WebDAV. Anyone with
the user name and password can open it in a browser (Browse), a file
manager (davs://) or any WebDAV client. Runs until stopped with Ctrl-C or
SIGTERM.

On the first start the agent creates a self-signed certificate and a
password for the user, and prints the password once.

Options:
  --share DIR          folder to share (default: the XDG Public folder,
                       usually ~/Public)
  --data-dir DIR       private folder for the certificate, the password
                       file and the agent's state (default:
                       $XDG_DATA_HOME/mesh-share, usually
                       ~/.local/share/mesh-share); never inside the share
  --dav-port N         HTTPS port (default 8443; 0 picks any free port)
  --dav-host ADDR      address to listen on (default :: = every IPv6 and
                       IPv4 address; 127.0.0.1 = this computer only)
  --user NAME          user name for the share (default: your login name)
  --max-upload SIZE    largest file that may be uploaded, in bytes or with
                       K, M, G, T (default 64G)
  --log-level LEVEL    debug, info, warn or error (default info, or the
                       ${LOG_LEVEL_ENV} environment variable)
  --no-dbus            do not offer org.sugarlabs.MeshShare1 on the session
                       bus (Sugar activities and the mesh-share status,
                       share, shared and unshare commands use it)
  --p2p-port N         TCP port for talking to other mesh-share agents
                       (default 8444; 0 picks any free port)
  --nick NAME          the name classmates see (default: the Sugar nick,
                       else the user name)
  --color STROKE,FILL  the XO colours classmates see, as in Sugar:
                       #FF2B34,#005FE4 (default: Sugar's, else made up)
  --no-discovery       neither look for nor announce neighbours over mDNS
                       (the share still works by its address)
  --mdns-query-interval SECONDS
                       how often libp2p asks the link for peers (default
                       300; libp2p's own default of 10 floods a classroom)
  --inbox DIR          where files sent by other laptops land (default: the
                       XDG download folder, usually ~/Downloads)
  --max-receive SIZE   decline offers of larger files (default 4G)
  --peer-access read|none
                       what other mesh-share laptops may do here without a
                       password: read the share (default; files kept for
                       particular people stay theirs) or nothing
  --json               print where the share is as one line of JSON
  -h, --help           show this help

Logs go to stderr (JSON lines unless stderr is a terminal); where the share
is goes to stdout. While it runs, DATA_DIR/agent.json says where it listens.

Examples:
  mesh-share agent
  mesh-share agent --share ~/Documents/Class --dav-port 9443
  mesh-share agent --dav-host 127.0.0.1 --dav-port 0 --json`;

const OPTIONS = {
  'data-dir': { type: 'string' },
  share: { type: 'string' },
  'dav-port': { type: 'string' },
  'dav-host': { type: 'string' },
  user: { type: 'string' },
  'max-upload': { type: 'string' },
  'log-level': { type: 'string' },
  'no-dbus': { type: 'boolean' },
  'p2p-port': { type: 'string' },
  nick: { type: 'string' },
  color: { type: 'string' },
  'no-discovery': { type: 'boolean' },
  'mdns-query-interval': { type: 'string' },
  inbox: { type: 'string' },
  'max-receive': { type: 'string' },
  'peer-access': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Process-wide hooks the command installs while it runs; injectable so tests need not touch `process`. */
export interface AgentProcessHooks {
  onSignal(signal: NodeJS.Signals, handler: () => void): () => void;
  onFatal(handler: (kind: 'uncaughtException' | 'unhandledRejection', error: unknown) => void): () => void;
  exitNow(code: number): never;
}

const processHooks: AgentProcessHooks = {
  onSignal(signal, handler) {
    process.on(signal, handler);
    return () => process.off(signal, handler);
  },
  onFatal(handler) {
    const onException = (error: unknown): void => handler('uncaughtException', error);
    const onRejection = (error: unknown): void => handler('unhandledRejection', error);
    process.on('uncaughtException', onException);
    process.on('unhandledRejection', onRejection);
    return () => {
      process.off('uncaughtException', onException);
      process.off('unhandledRejection', onRejection);
    };
  },
  exitNow(code) {
    process.exit(code);
  },
};

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGTERM: 15 };

export function createAgentCommand(hooks: AgentProcessHooks = processHooks): Command {
  return {
    name: 'agent',
    usage: USAGE,
    run: (argv, io) => runAgent(argv, io, hooks),
  };
}

export const agentCommand: Command = createAgentCommand();

async function runAgent(argv: string[], io: CommandIo, hooks: AgentProcessHooks): Promise<number> {
  const say = (stream: NodeJS.WriteStream, text: string): void => {
    stream.write(`${text}\n`);
  };
  let values: ReturnType<typeof parse>;
  try {
    values = parse(argv);
  } catch (error) {
    say(io.stderr, `mesh-share agent: ${error instanceof Error ? error.message : String(error)}`);
    say(io.stderr, "Run 'mesh-share agent --help' to see the options.");
    return EXIT.usage;
  }
  if (values.help) {
    say(io.stdout, USAGE);
    return EXIT.ok;
  }
  const flags: AgentFlags = {
    dataDir: values['data-dir'],
    shareDir: values.share,
    davPort: values['dav-port'],
    davHost: values['dav-host'],
    user: values.user,
    maxUpload: values['max-upload'],
    logLevel: values['log-level'],
    ...(values['no-dbus'] ? { dbus: false } : {}),
    p2pPort: values['p2p-port'],
    nick: values.nick,
    color: values.color,
    mdnsQueryInterval: values['mdns-query-interval'],
    inbox: values.inbox,
    maxReceive: values['max-receive'],
    peerAccess: values['peer-access'],
    ...(values['no-discovery'] ? { discovery: false } : {}),
  };
  let config: AgentConfig;
  try {
    config = resolveAgentConfig(flags, io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    say(io.stderr, `mesh-share agent: ${error.message}`);
    say(io.stderr, "Run 'mesh-share agent --help' to see the options.");
    return EXIT.usage;
  }

  const log = createLogger({ level: config.logLevel, json: !io.stderr.isTTY, write: (line) => io.stderr.write(`${line}\n`) });
  const { Agent, AgentStartError } = await import('../agent.js');
  const agent = await Agent.create(config, log, { env: io.env });

  // Installed before start() so a Ctrl-C during a slow first start (key generation on an XO) still cleans up.
  let signalled: NodeJS.Signals | null = null;
  let wake: (() => void) | null = null;
  const stopRequested = new Promise<void>((resolve) => {
    wake = resolve;
  });
  const onSignal = (signal: NodeJS.Signals) => (): void => {
    if (signalled !== null) {
      log.warn(`second ${signal}: exiting without cleaning up`);
      hooks.exitNow(128 + (SIGNAL_NUMBERS[signal] ?? 1));
    }
    signalled = signal;
    log.info(`${signal} received; stopping (send it again to exit at once)`);
    wake?.();
  };
  const removers = [hooks.onSignal('SIGTERM', onSignal('SIGTERM')), hooks.onSignal('SIGINT', onSignal('SIGINT'))];
  removers.push(hooks.onFatal(createFatalReporter(log)));
  const cleanup = (): void => {
    for (const remove of removers) remove();
  };

  let status: AgentStatus;
  try {
    status = await agent.start();
  } catch (error) {
    cleanup();
    if (error instanceof AgentStartError) {
      say(io.stderr, `mesh-share agent: ${error.message}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      say(io.stderr, `mesh-share agent: the agent could not start (${message}). Run it again with --log-level debug for details.`);
      log.debug('start failed', { error: error instanceof Error ? (error.stack ?? message) : message });
    }
    return EXIT.failure;
  }

  if (signalled === null) {
    const passwdHint = `mesh-share passwd ${quote(config.user)}${config.dataDir === defaultDataDir(io.env) ? '' : ` --data-dir ${quote(config.dataDir)}`}`;
    say(io.stdout, values.json ? describeJson(status) : describeText(status, passwdHint));
  }

  await stopRequested;
  try {
    await agent.stop();
  } catch (error) {
    log.error('stopping failed', { error: error instanceof Error ? error.message : String(error) });
    cleanup();
    return EXIT.failure;
  }
  cleanup();
  return EXIT.ok;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // Node's own messages explain `--` tricks nobody needs here; keep the first sentence and the option.
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^'\s]*)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Error(`unknown option ${option ?? message}.`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new Error(`unexpected argument ${option ?? /'([^']*)'/.exec(message)?.[1] ?? ''}; every value goes after its option, like --share DIR.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new Error(`${option ?? 'an option'} needs a value.`);
    throw error;
  }
}

/**
 * Last resort for a bug outside any request (the pipeline already catches
 * those inside one): one line each, and a cap so a fault in a loop cannot
 * fill the disk with logs. The agent keeps serving.
 */
function createFatalReporter(log: Logger): (kind: string, error: unknown) => void {
  const WINDOW_MS = 60_000;
  const MAX_PER_WINDOW = 10;
  let windowStart = 0;
  let count = 0;
  let suppressed = 0;
  return (kind, error) => {
    const now = Date.now();
    if (now - windowStart > WINDOW_MS) {
      if (suppressed > 0) log.error(`${suppressed} more unexpected errors were not logged`);
      windowStart = now;
      count = 0;
      suppressed = 0;
    }
    count += 1;
    if (count > MAX_PER_WINDOW) {
      suppressed += 1;
      return;
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const where = error instanceof Error ? error.stack?.split('\n')[1]?.trim() : undefined;
    log.error(`unexpected error (${kind}); still serving`, { error: message, ...(where ? { at: where } : {}) });
  };
}

function describeText(status: AgentStatus, passwdHint: string): string {
  const info = status.info!;
  const others = info.davUrls.filter((url) => url !== info.davUrl && !/\/\/(127\.|\[::1\])/.test(url));
  const password = status.generatedPassword !== null
    ? `${status.generatedPassword} (shown only this once; change it with: ${passwdHint})`
    : status.userHasPassword
      ? `(set earlier; change it with: ${passwdHint})`
      : `(none yet, so nobody can sign in; set one with: ${passwdHint})`;
  const rows: Array<[string, string]> = [
    ['open', `${info.davUrl}${others.length > 0 ? `   (also ${others.join(', ')})` : ''}`],
    ['user', info.user],
    ['password', password],
    ['certificate', `SHA-256 ${info.certificateSha256} (self-signed; your browser will ask you to accept it)`],
  ];
  rows.push(['peer id', `${info.peerId} (libp2p port ${info.p2pPort}${info.discovery ? '; announcing this laptop to its neighbours as ' + JSON.stringify(info.nick) : '; discovery is off'})`]);
  if (info.dbusName !== undefined) rows.push(['d-bus', `${info.dbusName} on the session bus, for Sugar activities and mesh-share commands`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return [`mesh-share is sharing ${info.shareDir}`, ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)].join('\n');
}

function describeJson(status: AgentStatus): string {
  const info = status.info!;
  return JSON.stringify({
    shareDir: info.shareDir,
    davUrl: info.davUrl,
    davUrls: info.davUrls,
    davPort: info.davPort,
    user: info.user,
    password: status.generatedPassword,
    userHasPassword: status.userHasPassword,
    certificateSha256: info.certificateSha256,
    dataDir: info.dataDir,
    pid: info.pid,
    startedAt: info.startedAt,
    version: info.version,
    dbusName: info.dbusName ?? null,
    peerId: info.peerId,
    p2pPort: info.p2pPort,
    p2pAddrs: info.p2pAddrs,
    nick: info.nick,
    color: info.color,
    discovery: info.discovery,
  });
}

/** Quotes a word for a POSIX shell only when it needs it, so the hint can be pasted as is. */
function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
