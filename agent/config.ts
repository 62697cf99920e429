import { userInfo } from 'node:os';
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { LogLevel } from './logger.js';
import type { PeerAccess } from '../web/access/policy.js';
import { defaultDataDir, defaultInboxDir, defaultShareDir } from './paths.js';

/** Everything the agent needs to know before it starts; built once, then read-only. */
export interface AgentConfig {
  /** Private state: certificate, key, htpasswd, dead properties, agent.json. */
  readonly dataDir: string;
  /** The folder served over WebDAV. */
  readonly shareDir: string;
  readonly davHost: string;
  /** 0 means any free port. */
  readonly davPort: number;
  /** The htpasswd user created on first start (and shown to the person running the agent). */
  readonly user: string;
  readonly maxUploadBytes: number;
  readonly maxXmlBytes: number;
  readonly logLevel: LogLevel;
  /**
   * Offer org.sugarlabs.MeshShare1 on the session bus (when there is one).
   * Absent means on; only `--no-dbus` sets it, to false.
   */
  readonly dbus?: boolean;
  /** TCP port for libp2p (push, fetch, sync between agents); 0 means any free port. */
  readonly p2pPort: number;
  /** Find and announce neighbours over mDNS. Absent means on; only `--no-discovery` sets it, to false. */
  readonly discovery?: boolean;
  /** Shown to classmates; absent means Sugar's nick, else the user name. */
  readonly nick?: string;
  /** Sugar's XO colours `#STROKE,#FILL`; absent means Sugar's, else one made from the PeerId. */
  readonly color?: string;
  /** How often `@libp2p/mdns` asks the whole link for libp2p peers (ms); DNS-SD keeps the peer list live in between. */
  readonly mdnsQueryIntervalMs: number;
  /** Where files sent by other laptops land. */
  readonly inboxDir: string;
  /** Offers of larger files are declined before any data. */
  readonly maxReceiveBytes: number;
  /** What laptops proven by libp2p may do by default: read the share (minus files kept for others), or nothing. */
  readonly peerAccess: PeerAccess;
}

/** Options as typed on the command line: still text, checked here so every caller gets the same errors. */
export interface AgentFlags {
  dataDir?: string;
  shareDir?: string;
  davHost?: string;
  davPort?: string | number;
  user?: string;
  maxUpload?: string | number;
  logLevel?: string;
  /** False for `--no-dbus`. */
  dbus?: boolean;
  p2pPort?: string | number;
  /** False for `--no-discovery`. */
  discovery?: boolean;
  nick?: string;
  color?: string;
  /** Seconds. */
  mdnsQueryInterval?: string | number;
  inbox?: string;
  maxReceive?: string | number;
  peerAccess?: string;
}

/** Things a pure function cannot look up by itself; tests pass their own. */
export interface ConfigContext {
  /** Base for relative paths. */
  cwd?: string;
  /** The login name of whoever runs the agent. */
  username?: () => string;
}

/** A bad option or environment value, with a message that says which and what is accepted. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_DAV_HOST = '::';
export const DEFAULT_DAV_PORT = 8443;
/** Next to the HTTPS port, so one firewall rule pair covers the agent. */
export const DEFAULT_P2P_PORT = 8444;
/**
 * libp2p's own default is 10 s, and every node answers every query to the
 * whole link: with 30 laptops that alone is ~90 packets a second of shared
 * airtime. New agents still find everyone at once (each asks when it starts
 * and everyone hears the answers), and DNS-SD tracks who is still there.
 */
export const DEFAULT_MDNS_QUERY_INTERVAL_MS = 300_000;
export const DEFAULT_MAX_UPLOAD_BYTES = 64 * 1024 ** 3;
export const DEFAULT_MAX_XML_BYTES = 1024 ** 2;
/** An XO has 1 to 4 GB of flash; a larger offer is a mistake or an attack. */
export const DEFAULT_MAX_RECEIVE_BYTES = 4 * 1024 ** 3;
export const LOG_LEVEL_ENV = 'MESH_SHARE_LOG';

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export function resolveAgentConfig(flags: AgentFlags, env: NodeJS.ProcessEnv, context: ConfigContext = {}): AgentConfig {
  const cwd = context.cwd ?? process.cwd();
  const dataDir = flags.dataDir !== undefined ? parseDir(flags.dataDir, '--data-dir', env, cwd) : defaultDataDir(env);
  const shareDir = flags.shareDir !== undefined ? parseDir(flags.shareDir, '--share', env, cwd) : defaultShareDir(env);
  return {
    dataDir,
    shareDir,
    davHost: flags.davHost !== undefined ? parseHost(flags.davHost) : DEFAULT_DAV_HOST,
    davPort: flags.davPort !== undefined ? parsePort(flags.davPort, '--dav-port') : DEFAULT_DAV_PORT,
    user: parseUser(flags.user ?? systemUser(env, context.username)),
    maxUploadBytes: flags.maxUpload !== undefined ? parseSize(flags.maxUpload, '--max-upload') : DEFAULT_MAX_UPLOAD_BYTES,
    maxXmlBytes: DEFAULT_MAX_XML_BYTES,
    logLevel: resolveLogLevel(flags.logLevel, env),
    ...(flags.dbus === false ? { dbus: false } : {}),
    p2pPort: flags.p2pPort !== undefined ? parsePort(flags.p2pPort, '--p2p-port') : DEFAULT_P2P_PORT,
    ...(flags.discovery === false ? { discovery: false } : {}),
    ...(flags.nick !== undefined ? { nick: parseNick(flags.nick) } : {}),
    ...(flags.color !== undefined ? { color: parseColor(flags.color) } : {}),
    mdnsQueryIntervalMs: flags.mdnsQueryInterval !== undefined ? parseSeconds(flags.mdnsQueryInterval, '--mdns-query-interval', 1, 86_400) * 1000 : DEFAULT_MDNS_QUERY_INTERVAL_MS,
    inboxDir: flags.inbox !== undefined ? parseDir(flags.inbox, '--inbox', env, cwd) : defaultInboxDir(env),
    maxReceiveBytes: flags.maxReceive !== undefined ? parseSize(flags.maxReceive, '--max-receive') : DEFAULT_MAX_RECEIVE_BYTES,
    peerAccess: flags.peerAccess !== undefined ? parsePeerAccess(flags.peerAccess) : DEFAULT_PEER_ACCESS,
  };
}

export const DEFAULT_PEER_ACCESS: PeerAccess = 'read';

/** `read` (the default) or `none`. */
export function parsePeerAccess(value: string): PeerAccess {
  const access = value.trim().toLowerCase();
  if (access === 'read' || access === 'none') return access;
  throw new ConfigError(`--peer-access must be read (other laptops may look at and download from the share) or none, not "${value}".`);
}

/** What classmates see: Sugar allows any text; DNS-SD instance names stop at 63 bytes of UTF-8. */
export function parseNick(value: string): string {
  const nick = value.trim();
  if (nick === '') throw new ConfigError('--nick needs a name, for example --nick Maria.');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(nick)) throw new ConfigError('--nick must not contain control characters.');
  if (Buffer.byteLength(nick, 'utf8') > 63) throw new ConfigError('--nick is too long: at most 63 bytes (about 30 letters with accents).');
  return nick;
}

/** Sugar's form: two `#RRGGBB` colours, stroke then fill, separated by a comma. */
export function parseColor(value: string): string {
  const color = value.trim().replace(/\s+/g, '');
  if (!/^#[0-9a-f]{6},#[0-9a-f]{6}$/i.test(color)) {
    throw new ConfigError(`--color must be two colours like Sugar's, stroke then fill: #FF2B34,#005FE4 (not "${value}").`);
  }
  return color.toUpperCase();
}

function parseSeconds(value: string | number, option: string, min: number, max: number): number {
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new ConfigError(`${option} must be a whole number of seconds from ${min} to ${max}, not "${value}".`);
  }
  return Number(text);
}

function parseDir(value: string, option: string, env: NodeJS.ProcessEnv, cwd: string): string {
  if (value.trim() === '') throw new ConfigError(`${option} needs a folder, for example ${option} ~/Public.`);
  if (value.includes('\0')) throw new ConfigError(`${option} contains a NUL character.`);
  // `--share=~/Public` reaches us unexpanded: the shell only expands a leading ~.
  if (value === '~' || value.startsWith('~/')) {
    const home = env.HOME;
    if (home === undefined || !isAbsolute(home)) throw new ConfigError(`${option} starts with ~ but HOME is not set; give the full path.`);
    value = home + value.slice(1);
  }
  return resolve(cwd, value);
}

function parseHost(value: string): string {
  let host = value.trim();
  // Accept the bracketed form people copy from URLs.
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host === '' || /[\s/]/.test(host)) {
    throw new ConfigError(`--dav-host must be an address of this computer such as :: (all), 0.0.0.0 or 127.0.0.1, not "${value}".`);
  }
  return host;
}

export function parsePort(value: string | number, option = '--dav-port'): number {
  const text = String(value).trim();
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new ConfigError(`${option} must be a port number from 0 to 65535 (0 picks any free port), not "${value}".`);
  }
  return Number(text);
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/**
 * A byte count with an optional binary suffix: `500`, `100K`, `1.5M`, `64G`,
 * `2T` (`KiB`, `MB` and friends read the same, all powers of 1024).
 */
export function parseSize(value: string | number, option = '--max-upload'): number {
  const text = String(value).trim();
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text);
  const bad = (): ConfigError =>
    new ConfigError(`${option} must be a size in bytes, optionally with K, M, G or T (powers of 1024), for example 64G, not "${value}".`);
  if (!match) throw bad();
  const bytes = Math.floor(Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!);
  if (!Number.isSafeInteger(bytes)) throw bad();
  if (bytes < 1) throw new ConfigError(`${option} must be at least 1 byte, not "${value}".`);
  return bytes;
}

function systemUser(env: NodeJS.ProcessEnv, username?: () => string): string {
  try {
    const name = username ? username() : userInfo().username;
    if (name !== '') return name;
  } catch {
    // No passwd entry for our uid (some containers); fall through to the environment.
  }
  return env.USER || env.LOGNAME || 'share';
}

/** The htpasswd file's rules (web/auth/htpasswd.ts): the name is one field of a `user:hash` line. */
export function parseUser(value: string): string {
  if (value === '') throw new ConfigError('--user needs a name.');
  // eslint-disable-next-line no-control-regex
  if (/[:\u0000-\u001f\u007f-\u009f]/.test(value)) throw new ConfigError(`--user must not contain a colon or control characters, not ${JSON.stringify(value)}.`);
  if ([...value].length > 64) throw new ConfigError('--user is longer than 64 characters.');
  return value;
}

function resolveLogLevel(flag: string | undefined, env: NodeJS.ProcessEnv): LogLevel {
  const pick = (value: string, source: string): LogLevel => {
    const level = value.trim().toLowerCase();
    if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
    throw new ConfigError(`${source} must be one of ${LOG_LEVELS.join(', ')}, not "${value}".`);
  };
  if (flag !== undefined) return pick(flag, '--log-level');
  const fromEnv = env[LOG_LEVEL_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return pick(fromEnv, `The ${LOG_LEVEL_ENV} environment variable`);
  return 'info';
}

/**
 * The installed version, from package.json two levels above the compiled
 * module (dist/agent/ -> the package root), so it never disagrees with npm.
 */
export async function readPackageVersion(): Promise<string> {
  try {
    const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
