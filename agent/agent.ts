import { randomInt as cryptoRandomInt } from 'node:crypto';
import { access, chmod, constants, mkdir, open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { hostname as osHostname, networkInterfaces as osNetworkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { join, sep } from 'node:path';
import type { AgentConfig } from './config.js';
import { readPackageVersion } from './config.js';
import { loadOrCreateCertificate } from './certificate.js';
import { describeFsError, writeFileAtomically } from './files.js';
import type { Logger } from './logger.js';
import { JournalShares } from './journal-shares.js';
import { createMeshShareApi } from './mesh-share-api.js';
import { DbusStartError } from '../dbus/errors.js';
import { startDbusService, type DbusService } from '../dbus/service.js';
import { HtpasswdFile } from '../web/auth/htpasswd.js';
import { openShareSteps } from '../web/access/share-steps.js';
import type { DavStep } from '../web/dav/dav-step.js';
import { ShareFs } from '../web/dav/share-fs.js';
import { startHttpsServer, ListenError, type RunningHttpsServer } from '../web/https-server.js';
import type { MeshShareApi } from '../dbus/api.js';
import { RequestPipeline } from '../web/pipeline.js';
import { IdentityError, loadOrCreateIdentity } from './identity.js';
import { readGsettings, resolveSugarProfile, type SettingsReader } from './sugar-profile.js';
import { P2pStartError, startP2pNode, type P2pNode } from '../protocols/p2p-node.js';
import { Discovery } from '../protocols/discovery/discovery.js';
import type { PeerList } from '../protocols/discovery/peer-list.js';
import { PushService } from './push-service.js';
import { ProtocolHost } from '../protocols/protocol-host.js';
import { davProtocol } from '../protocols/dav/dav-protocol.js';
import { RelayService } from './relay/relay-service.js';

/** What `DATA_DIR/agent.json` holds while an agent serves that data dir; other commands read it to find the agent. */
export interface AgentInfo {
  pid: number;
  /** The address to give people: `https://HOSTNAME.local:PORT/` when listening on every address. */
  davUrl: string;
  /** `davUrl` first, then addresses that work without mDNS. */
  davUrls: string[];
  davPort: number;
  user: string;
  shareDir: string;
  dataDir: string;
  /** `AB:CD:...`, to compare with what a browser shows before accepting the certificate. */
  certificateSha256: string;
  startedAt: string;
  version: string;
  /** The D-Bus name the agent owns on the session bus; absent when it runs without D-Bus. */
  dbusName?: string;
  /** This laptop's libp2p identity (kept in DATA_DIR/peer-key). */
  peerId: string;
  p2pPort: number;
  /** What other laptops are told: `/ip4/A/tcp/P/p2p/ID`. */
  p2pAddrs: string[];
  nick: string;
  color: string;
  /** Whether the agent announces itself and looks for neighbours. */
  discovery: boolean;
}

export type AgentState = 'stopped' | 'starting' | 'running' | 'stopping';

export interface AgentStatus {
  state: AgentState;
  pid: number;
  version: string;
  user: string;
  shareDir: string;
  dataDir: string;
  /** null unless running. */
  info: AgentInfo | null;
  /** Set only by the start that created the first password; it is never stored in clear. */
  generatedPassword: string | null;
  /** False when the htpasswd file has users but not `config.user` (someone chose another --user). */
  userHasPassword: boolean;
}

export type AgentStartErrorCode = 'already-running' | 'data-dir' | 'share-dir' | 'overlap' | 'listen' | 'dbus' | 'state' | 'identity';

/** A start refused for a reason the person running the agent can fix; the message says how. */
export class AgentStartError extends Error {
  readonly code: AgentStartErrorCode;

  constructor(code: AgentStartErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AgentStartError';
    this.code = code;
  }
}

/** Ways to reach the outside world, replaceable in tests. */
export interface AgentDependencies {
  hostname?: () => string;
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  randomInt?: (max: number) => number;
  /** Whether a process that wrote an agent.json still serves; the default also catches reused pids. */
  isAgentAlive?: (pid: number) => Promise<boolean>;
  now?: () => Date;
  pid?: number;
  version?: string;
  /** Where the session bus address is looked up (DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR). */
  env?: NodeJS.ProcessEnv;
  /** Where Sugar's nick and colour are read from (GSettings). */
  readSettings?: SettingsReader;
}

export const AGENT_FILE = 'agent.json';
export const HTPASSWD_FILE = 'htpasswd';
export const STAGING_DIR = 'staging';
export const REALM = 'mesh-share';

/** Running parts, kept together so a failed start can take down exactly what it built. */
interface Running {
  htpasswd?: HtpasswdFile;
  dav?: DavStep;
  server?: RunningHttpsServer;
  journal?: JournalShares;
  dbus?: DbusService;
  p2p?: P2pNode;
  discovery?: Discovery;
  push?: PushService;
  protocols?: ProtocolHost;
  relay?: RelayService;
}

/**
 * One sharing agent: owns a data dir, serves one share folder over HTTPS
 * WebDAV. Nothing happens until `start()`; `stop()` undoes all of it.
 */
export class Agent {
  readonly config: AgentConfig;
  private readonly log: Logger;
  private readonly deps: Required<AgentDependencies>;
  private state: AgentState = 'stopped';
  private running: Running = {};
  private info: AgentInfo | null = null;
  private generatedPassword: string | null = null;
  private userHasPassword = false;
  private starting: Promise<AgentStatus> | null = null;
  private stopping: Promise<void> | null = null;

  private constructor(config: AgentConfig, log: Logger, deps: Required<AgentDependencies>) {
    this.config = config;
    this.log = log;
    this.deps = deps;
  }

  static async create(config: AgentConfig, log: Logger, deps: AgentDependencies = {}): Promise<Agent> {
    return new Agent(config, log, {
      hostname: deps.hostname ?? osHostname,
      networkInterfaces: deps.networkInterfaces ?? osNetworkInterfaces,
      randomInt: deps.randomInt ?? ((max) => cryptoRandomInt(max)),
      isAgentAlive: deps.isAgentAlive ?? isAgentProcessAlive,
      now: deps.now ?? (() => new Date()),
      pid: deps.pid ?? process.pid,
      version: deps.version ?? (await readPackageVersion()),
      env: deps.env ?? process.env,
      readSettings: deps.readSettings ?? readGsettings,
    });
  }

  status(): AgentStatus {
    return {
      state: this.state,
      pid: this.deps.pid,
      version: this.deps.version,
      user: this.config.user,
      shareDir: this.config.shareDir,
      dataDir: this.config.dataDir,
      info: this.info ? { ...this.info, davUrls: [...this.info.davUrls] } : null,
      generatedPassword: this.generatedPassword,
      userHasPassword: this.userHasPassword,
    };
  }

  start(): Promise<AgentStatus> {
    if (this.state !== 'stopped') {
      return Promise.reject(new AgentStartError('state', `The agent is already ${this.state}.`));
    }
    this.state = 'starting';
    this.starting = this.startParts().then(
      () => {
        this.state = 'running';
        return this.status();
      },
      async (error: unknown) => {
        await this.closeParts();
        this.state = 'stopped';
        throw error;
      },
    );
    return this.starting;
  }

  /** Safe to call in any state and more than once; a start in progress is finished, then undone. */
  stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    this.stopping = (async () => {
      if (this.starting) await this.starting.catch(() => undefined);
      if (this.state !== 'running') return;
      this.state = 'stopping';
      await this.closeParts();
      await this.removeAgentFile();
      this.info = null;
      this.generatedPassword = null;
      this.state = 'stopped';
      this.log.debug('agent stopped');
    })().finally(() => {
      this.stopping = null;
      this.starting = null;
    });
    return this.stopping;
  }

  private async startParts(): Promise<void> {
    const { config, log } = this;
    await prepareDataDir(config.dataDir);
    await this.refuseIfAnotherAgent();
    await prepareShareDir(config.shareDir);
    await refuseOverlap(config.dataDir, config.shareDir);

    const certificate = await loadOrCreateCertificate(config.dataDir, log);

    const htpasswd = await HtpasswdFile.open(join(config.dataDir, HTPASSWD_FILE), log);
    this.running.htpasswd = htpasswd;

    const share = await ShareFs.open(config.shareDir, join(config.dataDir, STAGING_DIR));
    // Tickets, Basic auth, the access rules (owners, recipient lists, peers), the browser view, WebDAV.
    const shareSteps = await openShareSteps({
      share,
      dataDir: config.dataDir,
      htpasswd,
      realm: REALM,
      log,
      maxUploadBytes: config.maxUploadBytes,
      maxXmlBytes: config.maxXmlBytes,
      peerAccess: config.peerAccess,
    });
    const dav = shareSteps.dav;
    // Closing the WebDAV step also waits for ticket and owner records being written.
    this.running.dav = { ...dav, close: () => shareSteps.close() };
    const pipeline = new RequestPipeline(shareSteps.steps, { log, scheme: 'https' });

    let server: RunningHttpsServer;
    try {
      server = await startHttpsServer({ host: config.davHost, port: config.davPort, key: certificate.key, cert: certificate.cert, listener: pipeline.listener, log });
    } catch (error) {
      if (error instanceof ListenError) throw new AgentStartError('listen', error.message, { cause: error });
      throw error;
    }
    this.running.server = server;

    // Before the password is made: a start that fails here (p2p port in use) must not store one nobody was shown.
    let identity;
    try {
      identity = await loadOrCreateIdentity(config.dataDir, log);
    } catch (error) {
      if (error instanceof IdentityError) throw new AgentStartError('identity', error.message, { cause: error });
      throw error;
    }
    const discoveryOn = config.discovery !== false;
    let p2p: P2pNode;
    try {
      p2p = await startP2pNode({
        privateKey: identity.privateKey,
        host: p2pListenHost(config.davHost),
        port: config.p2pPort,
        discovery: discoveryOn,
        mdnsQueryIntervalMs: config.mdnsQueryIntervalMs,
        log,
        networkInterfaces: this.deps.networkInterfaces,
      });
    } catch (error) {
      if (error instanceof P2pStartError) throw new AgentStartError('listen', error.message, { cause: error });
      throw error;
    }
    this.running.p2p = p2p;

    // Only once listening: a start that fails (port in use) must not store a password nobody was shown.
    this.generatedPassword = null;
    if (htpasswd.users().length === 0) {
      // Without a user nobody could open the share, and a fixed default would be known to every child in the class.
      const password = generatePassword(this.deps.randomInt);
      await htpasswd.setPassword(config.user, password);
      this.generatedPassword = password;
    }
    this.userHasPassword = htpasswd.has(config.user);
    if (!this.userHasPassword) {
      log.warn(`"${config.user}" has no password, so nobody can sign in as "${config.user}"; set one with: mesh-share passwd ${config.user}`, { users: htpasswd.users() });
    }

    const urls = computeShareUrls({ host: server.host, port: server.port, hostname: this.deps.hostname(), interfaces: this.deps.networkInterfaces() });
    const startedAt = this.deps.now();

    const profile = await resolveSugarProfile(config, p2p.peerId, this.deps.readSettings);
    let peers: PeerList | null = null;
    if (discoveryOn) {
      const discovery = new Discovery({
        log,
        p2p,
        davPort: server.port,
        announcement: { user: config.user, peerId: p2p.peerId, p2pPort: p2p.port, nick: profile.nick, color: profile.color, version: this.deps.version },
        hostLabel: hostLabel(this.deps.hostname()),
        libp2pTtlMs: 2 * config.mdnsQueryIntervalMs + 120_000,
        networkInterfaces: this.deps.networkInterfaces,
      });
      try {
        await discovery.start();
        this.running.discovery = discovery;
        peers = discovery.peers;
      } catch (error) {
        // The share still works by its address; say why neighbours will not see it.
        await discovery.stop().catch(() => undefined);
        log.warn(`Neighbours will not see this laptop and it will not see them: mDNS could not start (${error instanceof Error ? error.message : String(error)}). The share still works at its address.`);
      }
    }

    // One host for every libp2p protocol of ours: each registers before it starts.
    const protocols = new ProtocolHost({ libp2p: p2p.libp2p, log });
    this.running.protocols = protocols;
    // WebDAV over libp2p: the same pipeline as HTTPS; each request starts as the Noise-proven PeerId.
    protocols.register(davProtocol({ listener: pipeline.listener, log }));
    const push = await PushService.open({
      p2p,
      host: protocols,
      peers,
      dataDir: config.dataDir,
      inboxDir: config.inboxDir,
      maxReceiveBytes: config.maxReceiveBytes,
      from: { nick: profile.nick, color: profile.color },
      log,
    });
    this.running.push = push;
    // send --via: files left here for others (hooked into the access step), notices from holders, leaving files with one.
    const relay = RelayService.open({
      p2p,
      host: protocols,
      peers,
      shareSteps,
      shareRoot: share.root,
      dataDir: config.dataDir,
      inbox: push.inbox,
      from: { nick: profile.nick, color: profile.color },
      log,
    });
    this.running.relay = relay;
    await protocols.start();
    await push.start();
    await relay.start();

    // The same property store as the DAV server: a PROPFIND right after ShareEntry sees the Journal metadata.
    const journal = await JournalShares.open({
      share,
      props: dav.server.props,
      shareUrl: urls.davUrl,
      shareUrls: urls.davUrls,
      dataDir: config.dataDir,
      log,
    });
    this.running.journal = journal;
    const dbusName = await this.startDbus(
      createMeshShareApi({
        journal,
        version: this.deps.version,
        peerId: () => p2p.peerId,
        p2pAddresses: () => p2p.addresses(),
        nick: profile.nick,
        color: profile.color,
        peers,
        shareDir: share.root,
        shareUrl: urls.davUrl,
        shareUrls: urls.davUrls,
        user: config.user,
        startedAt: startedAt.getTime(),
        requests: () => pipeline.requestsServed,
        now: () => this.deps.now().getTime(),
        push: { outbox: push.outbox, inbox: push.inbox, groups: push.groups, relay },
        // Shared links (MakeShareUrls, Revoke, ListTickets) act for config.user, who has every right on the share.
        tickets: shareSteps.tickets,
        share,
        userActive: async () => {
          await htpasswd.refresh();
          return htpasswd.has(config.user);
        },
        log,
      }),
    );

    const info: AgentInfo = {
      pid: this.deps.pid,
      davUrl: urls.davUrl,
      davUrls: urls.davUrls,
      davPort: server.port,
      user: config.user,
      shareDir: share.root,
      dataDir: config.dataDir,
      certificateSha256: certificate.fingerprint256,
      startedAt: startedAt.toISOString(),
      version: this.deps.version,
      ...(dbusName === null ? {} : { dbusName }),
      peerId: p2p.peerId,
      p2pPort: p2p.port,
      p2pAddrs: p2p.addresses(),
      nick: profile.nick,
      color: profile.color,
      discovery: peers !== null,
    };
    // Written last: its presence tells other commands the agent is ready to answer.
    await writeFileAtomically(join(config.dataDir, AGENT_FILE), `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
    this.info = info;
    log.debug('agent started', { davUrl: info.davUrl, port: info.davPort, host: server.host });
  }

  /**
   * Offer the API on the session bus. No bus is normal outside a desktop
   * session (a server, a test): one warning, and the share still works.
   * A name owned by another agent, or an interface file that does not match
   * this build, stops the start.
   */
  private async startDbus(api: MeshShareApi): Promise<string | null> {
    if (this.config.dbus === false) {
      this.log.debug('D-Bus is off (--no-dbus)');
      return null;
    }
    try {
      const service = await startDbusService({ api, log: this.log, env: this.deps.env });
      this.running.dbus = service;
      return service.busName;
    } catch (error) {
      if (!(error instanceof DbusStartError)) throw error;
      if (error.code === 'no-bus') {
        this.log.warn(`Running without D-Bus: ${error.message}. Sugar activities and the mesh-share command cannot talk to this agent; the share itself works. (--no-dbus silences this.)`);
        return null;
      }
      if (error.code === 'name-taken') {
        throw new AgentStartError('dbus', 'Another mesh-share agent is already running on this session bus (it owns org.sugarlabs.MeshShare1); stop it first, or start this one with --no-dbus.', { cause: error });
      }
      throw new AgentStartError('dbus', error.message, { cause: error });
    }
  }

  private async refuseIfAnotherAgent(): Promise<void> {
    const path = join(this.config.dataDir, AGENT_FILE);
    const other = await readAgentFile(path);
    if (other === null) return;
    if (other.pid !== this.deps.pid && (await this.deps.isAgentAlive(other.pid))) {
      const where = typeof other.davUrl === 'string' ? ` at ${other.davUrl}` : '';
      throw new AgentStartError(
        'already-running',
        `Another mesh-share agent (process ${other.pid}) is already serving ${this.config.dataDir}${where}; stop it first (kill ${other.pid}) or give this one another --data-dir.`,
      );
    }
    this.log.info('replacing a stale agent.json left by an agent that is gone', { pid: other.pid });
    await rm(path, { force: true });
  }

  private async removeAgentFile(): Promise<void> {
    const path = join(this.config.dataDir, AGENT_FILE);
    try {
      // Never delete the file of an agent that replaced ours (after we were thought dead).
      const current = await readAgentFile(path);
      if (current !== null && current.pid === this.deps.pid) await rm(path, { force: true });
    } catch (error) {
      this.log.warn('could not remove agent.json', { path, error: String(error) });
    }
  }

  private async closeParts(): Promise<void> {
    const { htpasswd, dav, server, journal, dbus, p2p, discovery, push, protocols, relay } = this.running;
    this.running = {};
    // D-Bus first: once the name is gone no client sends calls that would meet a half-closed agent.
    if (dbus) await dbus.stop().catch((error: unknown) => this.log.warn('stopping the D-Bus service failed', { error: String(error) }));
    // Deliveries next, while libp2p still runs: what they have sent is saved, and they resume on the next start.
    if (push) await push.stop();
    if (relay) await relay.stop();
    if (protocols) await protocols.stop().catch((error: unknown) => this.log.warn('stopping the libp2p protocols failed', { error: String(error) }));
    if (push) await push.close();
    // Goodbyes next, so neighbours drop this laptop at once instead of after the records' lifetime.
    if (discovery) await discovery.stop().catch((error: unknown) => this.log.warn('stopping discovery failed', { error: String(error) }));
    if (p2p) await p2p.stop().catch((error: unknown) => this.log.warn('stopping libp2p failed', { error: String(error) }));
    if (journal) await journal.flush().catch((error: unknown) => this.log.warn('saving the list of shared Journal entries failed', { error: String(error) }));
    if (server) await server.close().catch((error: unknown) => this.log.warn('closing the HTTPS server failed', { error: String(error) }));
    if (dav) await dav.close().catch((error: unknown) => this.log.warn('closing the WebDAV step failed', { error: String(error) }));
    htpasswd?.close();
  }
}

/** Lower-case letters and digits, without 0/o, 1/l/i: a child copies it from a screen. */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of four, e.g. `k7mq-3xpd-9rtv-hn2c`: about 79 bits, readable aloud. */
export function generatePassword(randomInt: (max: number) => number = (max) => cryptoRandomInt(max)): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let i = 0; i < 4; i += 1) group += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

const ANY_HOSTS = new Set(['::', '0.0.0.0', '']);

/** libp2p listens on IPv4 only (an XO mesh is IPv4 link-local): everywhere, or the one IPv4 address the share was given. */
export function p2pListenHost(davHost: string): string {
  return /^\d+\.\d+\.\d+\.\d+$/.test(davHost) ? davHost : '0.0.0.0';
}

/** `xo-a1b2` from `xo-a1b2.example.org`; DNS labels only (a-z, 0-9, -), as Avahi would publish it. */
export function hostLabel(hostname: string): string {
  const label = (hostname.split('.')[0] ?? '').toLowerCase().replace(/[^a-z0-9-]/g, '-').replace(/^-+|-+$/g, '').slice(0, 63);
  return label === '' || label === 'localhost' ? 'mesh-share' : label;
}

/**
 * Where people can open the share. Listening everywhere, the mDNS name comes
 * first (it survives DHCP changes); the IPv4 addresses follow for clients
 * without mDNS, including 169.254.x.x on a mesh with no DHCP server.
 */
export function computeShareUrls(options: {
  host: string;
  port: number;
  hostname: string;
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>;
}): { davUrl: string; davUrls: string[] } {
  const { host, port } = options;
  const url = (address: string): string => `https://${address.includes(':') ? `[${address}]` : address}:${port}/`;
  const urls: string[] = [];
  if (ANY_HOSTS.has(host)) {
    const label = options.hostname.split('.')[0] ?? '';
    if (label !== '' && label !== 'localhost') urls.push(url(`${label}.local`));
    for (const entries of Object.values(options.interfaces)) {
      for (const entry of entries ?? []) {
        if (isIpv4(entry) && !entry.internal) urls.push(url(entry.address));
      }
    }
    urls.push(url('127.0.0.1'));
  } else {
    urls.push(url(host));
    if (host !== '127.0.0.1' && (host === 'localhost' || host.startsWith('127.'))) urls.push(url('127.0.0.1'));
  }
  const davUrls = [...new Set(urls)];
  return { davUrl: davUrls[0]!, davUrls };
}

function isIpv4(entry: NetworkInterfaceInfo): boolean {
  // Node 18.0-18.3 reported the family as a number.
  return entry.family === 'IPv4' || (entry.family as unknown) === 4;
}

async function prepareDataDir(dataDir: string): Promise<void> {
  const fail = (error: unknown): never => {
    throw new AgentStartError('data-dir', `The data folder ${dataDir} cannot be created or written (${describeFsError(error)}); fix its permissions or choose another with --data-dir.`, { cause: error });
  };
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    fail(error);
  }
  const info = await stat(dataDir).catch(fail);
  if (!info.isDirectory()) {
    throw new AgentStartError('data-dir', `The data folder ${dataDir} is a file, not a folder; choose another with --data-dir.`);
  }
  // It holds the private key and the password file: nobody else may even list it.
  if ((info.mode & 0o077) !== 0) await chmod(dataDir, 0o700).catch(fail);
  await access(dataDir, constants.W_OK | constants.X_OK).catch(fail);
}

async function prepareShareDir(shareDir: string): Promise<void> {
  const fail = (error: unknown): never => {
    throw new AgentStartError('share-dir', `The share folder ${shareDir} cannot be created or written (${describeFsError(error)}); fix its permissions or choose another with --share.`, { cause: error });
  };
  try {
    await mkdir(shareDir, { recursive: true });
  } catch (error) {
    fail(error);
  }
  const info = await stat(shareDir).catch(fail);
  if (!info.isDirectory()) {
    throw new AgentStartError('share-dir', `The share folder ${shareDir} is a file, not a folder; choose another with --share.`);
  }
  await access(shareDir, constants.R_OK | constants.W_OK | constants.X_OK).catch(fail);
}

/** A data dir inside the share would publish the private key and the password file. */
async function refuseOverlap(dataDir: string, shareDir: string): Promise<void> {
  const [data, share] = await Promise.all([realpath(dataDir), realpath(shareDir)]);
  if (data === share || data.startsWith(share.endsWith(sep) ? share : share + sep)) {
    throw new AgentStartError(
      'overlap',
      `The data folder ${dataDir} is inside the share folder ${shareDir}, which would publish the private key and the passwords; choose folders apart with --data-dir or --share.`,
    );
  }
}


/** Reads agent.json; null when absent or unreadable as one (a crash mid-write leaves nothing worse than that). */
export async function readAgentFile(path: string): Promise<(Partial<AgentInfo> & { pid: number }) | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<AgentInfo>;
    if (typeof value.pid === 'number' && Number.isSafeInteger(value.pid) && value.pid > 0) return value as Partial<AgentInfo> & { pid: number };
  } catch {
    // fall through: treated like no file
  }
  return null;
}

/**
 * Whether a pid still belongs to a running agent. `kill(pid, 0)` says the
 * pid exists; on Linux the command line then tells a reused pid (some other
 * program after a reboot) from a Node process.
 */
export async function isAgentProcessAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
    return /node|mesh-share/.test(cmdline);
  } catch {
    return true; // no /proc (or not ours to read): trust kill()
  }
}

