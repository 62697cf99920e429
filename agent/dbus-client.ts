/**
 * A small client of the running agent's D-Bus service
 * (`org.sugarlabs.MeshShare1`, see dbus/org.sugarlabs.MeshShare1.xml) on the
 * session bus. The `mesh-share` commands status, share, shared and unshare use
 * it; so can tests.
 *
 * Every failure is an {@link AgentClientError} whose `code` says what kind it
 * is, so callers can tell "no session bus" from "no agent" from "the agent
 * said no" from "nobody answered". Every call has a time limit, and `close()`
 * really closes the socket so a command's process exits at once.
 *
 * dbus-next is loaded on the first connect, so commands that never talk to
 * the bus (`mesh-share passwd`) do not pay for it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Message as DBusMessage, MessageBus, Variant as DBusVariant } from 'dbus-next';
import type { JournalMetadata } from '../dbus/api.js';

export const BUS_NAME = 'org.sugarlabs.MeshShare1';
export const OBJECT_PATH = '/org/sugarlabs/MeshShare1';
export const INTERFACE = 'org.sugarlabs.MeshShare1';
export const ERROR_PREFIX = `${INTERFACE}.Error.`;

/** Time limits, in milliseconds. */
export const TIMEOUTS = {
  /** Reaching the bus and signing in to it. */
  connect: 5_000,
  /** Status, ListShared, Unshare, properties, the bus's own calls. */
  call: 5_000,
  /** ShareEntry copies a file, which can take a while for a large one on an XO's flash. */
  shareEntry: 25_000,
  /** SendTo hashes every file before it answers: a few hundred MB on an XO's flash takes minutes. */
  sendTo: 600_000,
  /** The first call when the agent is not running yet and D-Bus activation starts it (a first start makes a certificate). */
  activation: 30_000,
} as const;

/**
 * - `no-bus`: no session bus (variable unset, socket missing, connection refused or closed, sign-in refused).
 * - `no-agent`: the bus works but nobody owns org.sugarlabs.MeshShare1 and it could not be started.
 * - `agent-error`: the agent answered with one of its named errors (`org.sugarlabs.MeshShare1.Error.X`).
 * - `timeout`: no answer in time.
 * - `failed`: any other D-Bus error (for example an agent too old to know the method).
 */
export type AgentClientErrorCode = 'no-bus' | 'no-agent' | 'agent-error' | 'timeout' | 'failed';

export class AgentClientError extends Error {
  override readonly name = 'AgentClientError';
  readonly code: AgentClientErrorCode;
  /** The D-Bus error name, when the failure was one (`org.sugarlabs.MeshShare1.Error.NotFound`, `org.freedesktop.DBus.Error.ServiceUnknown`, ...). */
  readonly dbusName: string | undefined;

  constructor(code: AgentClientErrorCode, message: string, dbusName?: string) {
    super(message);
    this.code = code;
    this.dbusName = dbusName;
  }

  /** `NotFound` for `org.sugarlabs.MeshShare1.Error.NotFound`; undefined for other errors. */
  get agentErrorName(): string | undefined {
    return this.dbusName?.startsWith(ERROR_PREFIX) === true ? this.dbusName.slice(ERROR_PREFIX.length) : undefined;
  }
}

/** A D-Bus value with its variants unwrapped: numbers (64-bit integers beyond 2^53 as bigints), strings, booleans, arrays, `ay` as a Buffer, dictionaries as objects. */
export type PlainValue = string | number | bigint | boolean | Buffer | PlainValue[] | PlainDict;
export interface PlainDict {
  [key: string]: PlainValue;
}

/** What `ShareEntry` takes besides the path: the Journal's keys, a preview PNG (sent as `ay`), and any other key as a variant guessed from its JS type. */
export interface ShareMetadata extends JournalMetadata {
  preview?: Buffer;
  [key: string]: string | number | bigint | boolean | Buffer | string[] | undefined;
}

export interface AgentClient {
  /** The bus address that was used. */
  readonly address: string;
  /** `Status()`: version, peer_id, share_dir, share_url, share_urls, user, uptime_seconds, shared_entries, requests ... */
  status(): Promise<PlainDict>;
  /** Every property of the interface (`org.freedesktop.DBus.Properties.GetAll`). */
  properties(): Promise<PlainDict>;
  /** `ShareEntry(path, metadata)`: the entry's HTTPS URL. `path` should be absolute: the agent does not share our working folder. */
  shareEntry(path: string, metadata: ShareMetadata): Promise<string>;
  /** `ListShared()` */
  listShared(): Promise<PlainDict[]>;
  /** `Unshare(url)` */
  unshare(url: string): Promise<void>;
  /** Calls `callback` for each `Shared` signal; resolves (once the bus routes them to us) to a function that stops listening. */
  onShared(callback: (entry: PlainDict) => void): Promise<() => void>;
  /** Calls `callback` for each `Unshared` signal. */
  onUnshared(callback: (url: string) => void): Promise<() => void>;
  /** `ListPeers()` */
  listPeers(): Promise<PlainDict[]>;
  /** `PeerAppeared`, `PeerChanged` (a peer dictionary) and `PeerVanished` (its id). */
  onPeerEvent(callback: (event: 'appeared' | 'changed' | 'vanished', peer: PlainDict | string) => void): Promise<() => void>;
  /** `SendTo(paths, recipients, metadata)`: the transfer id, once the files are hashed and in the outbox. */
  sendTo(paths: readonly string[], recipients: readonly string[], metadata: ShareMetadata): Promise<string>;
  /** `SendVia(paths, recipients, holder, metadata)`: the transfer id, once the holder has every file. */
  sendVia(paths: readonly string[], recipients: readonly string[], holder: string, metadata: ShareMetadata): Promise<string>;
  /** `ListTransfers()` */
  listTransfers(): Promise<PlainDict[]>;
  /** `CancelTransfer(id)` */
  cancelTransfer(id: string): Promise<void>;
  /** `ListOffers()` */
  listOffers(): Promise<PlainDict[]>;
  /** `AcceptOffer(id)` / `DeclineOffer(id)` */
  decideOffer(id: string, accept: boolean): Promise<void>;
  /** `TrustPeer(peer)`: the PeerId trusted. */
  trustPeer(peer: string): Promise<string>;
  /** `UntrustPeer(peer)` */
  untrustPeer(peer: string): Promise<void>;
  /** `ListTrusted()` */
  listTrusted(): Promise<PlainDict[]>;
  /** `SetGroup(name, members)`; no members removes the group. */
  setGroup(name: string, members: readonly string[]): Promise<void>;
  /** `ListGroups()` */
  listGroups(): Promise<Record<string, string[]>>;
  /** `MakeShareUrls(path, options)`: read_only, read_write, read_only_urls, read_write_urls, read_only_ticket, read_write_ticket, path, expires_at, visits_left. `path` should be absolute. */
  makeShareUrls(path: string, options: ShareUrlOptions): Promise<PlainDict>;
  /** `Revoke(url_or_ticket)` */
  revoke(urlOrTicket: string): Promise<void>;
  /** `ListTickets()` */
  listTickets(): Promise<PlainDict[]>;
  /** `TransferProgress`, `RecipientChanged` and `TransferFinished`. */
  onTransferEvent(callback: (event: TransferEvent) => void): Promise<() => void>;
  /** `OfferReceived` and `FileReceived`. */
  onInboxEvent(callback: (event: 'offer' | 'file', value: PlainDict) => void): Promise<() => void>;
  /** Called once the agent leaves the bus (it stopped or crashed), so a command that waits for its signals can stop waiting. */
  onAgentGone(callback: () => void): Promise<() => void>;
  /** Calls `callback` with the changed properties of each `PropertiesChanged` signal of the interface. */
  onPropertiesChanged(callback: (changed: PlainDict, invalidated: string[]) => void): Promise<() => void>;
  /** Closes the connection; safe to call more than once. Pending calls fail with `no-bus`. */
  close(): void;
}

/** What `MakeShareUrls` takes besides the path; absent keys take the agent's defaults (never expires, no visit limit, both links). */
export interface ShareUrlOptions {
  timeout_seconds?: number;
  visits?: number;
  write?: boolean;
}

export type TransferEvent =
  | { kind: 'progress'; transferId: string; peerId: string; done: number; total: number }
  | { kind: 'recipient'; transferId: string; recipient: PlainDict }
  | { kind: 'finished'; transferId: string; report: PlainDict };

export interface ConnectOptions {
  /** Overrides {@link TIMEOUTS} (tests use short ones). */
  timeouts?: Partial<Record<keyof typeof TIMEOUTS, number>>;
}

type DBusModule = typeof import('dbus-next');

/** Where the session bus is, from the environment, as addresses dbus-next can open (see {@link sessionBusAddresses}). */
export interface BusLocation {
  /** Addresses to try in order, in dbus-next's form. */
  readonly candidates: readonly string[];
  /** What to call the bus in messages (the variable's value, or the socket path). */
  readonly described: string;
}

/**
 * Turns the environment into addresses to try: `DBUS_SESSION_BUS_ADDRESS`
 * (`unix:path=`, `tcp:`; percent-escapes decoded), or when it is unset the
 * `$XDG_RUNTIME_DIR/bus` socket that systemd user sessions provide (as
 * libdbus and GDBus do). Throws `no-bus` when there is nothing usable.
 * Pure apart from one stat of `$XDG_RUNTIME_DIR/bus`.
 */
export function sessionBusAddresses(env: NodeJS.ProcessEnv): BusLocation {
  const variable = env.DBUS_SESSION_BUS_ADDRESS?.trim() ?? '';
  const runtimeBus = runtimeBusSocket(env);
  if (variable === '') {
    if (runtimeBus !== undefined) return { candidates: [`unix:socket=${runtimeBus}`], described: runtimeBus };
    throw new AgentClientError('no-bus', 'There is no D-Bus session bus here (DBUS_SESSION_BUS_ADDRESS is not set).');
  }
  const candidates: string[] = [];
  const skipped: string[] = [];
  for (const entry of variable.split(';')) {
    if (entry.trim() === '') continue;
    const parsed = parseAddress(entry.trim());
    if (parsed === undefined) {
      skipped.push(entry);
      continue;
    }
    const { transport, params } = parsed;
    if (transport === 'unix' && params.path !== undefined && isPlainValue(params.path)) {
      candidates.push(`unix:socket=${params.path}`);
    } else if (transport === 'tcp' && params.port !== undefined && isPlainValue(params.port) && isPlainValue(params.host ?? 'localhost')) {
      candidates.push(`tcp:host=${params.host ?? 'localhost'},port=${params.port}`);
    } else {
      // unix:abstract= needs a native module Node 20 lacks; unixexec:, launchd:, autolaunch:, nonce-tcp: are not supported either.
      skipped.push(entry);
    }
  }
  if (candidates.length === 0 && runtimeBus !== undefined) candidates.push(`unix:socket=${runtimeBus}`);
  if (candidates.length === 0) {
    const abstract = skipped.some((entry) => /^unix:.*\babstract=/.test(entry));
    throw new AgentClientError(
      'no-bus',
      abstract
        ? `The D-Bus session bus here is an abstract socket (${variable}), which mesh-share cannot open.`
        : `mesh-share cannot open the D-Bus session bus at ${variable} (only unix:path= and tcp: addresses are supported).`,
    );
  }
  return { candidates, described: variable };
}

function runtimeBusSocket(env: NodeJS.ProcessEnv): string | undefined {
  const dir = env.XDG_RUNTIME_DIR;
  if (dir === undefined || !dir.startsWith('/')) return undefined;
  const path = join(dir, 'bus');
  try {
    return statSync(path).isSocket() && isPlainValue(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** `unix:path=/run/user/1000/bus,guid=...` → transport and decoded key/values; undefined when malformed. */
export function parseAddress(address: string): { transport: string; params: Record<string, string> } | undefined {
  const colon = address.indexOf(':');
  if (colon <= 0) return undefined;
  const transport = address.slice(0, colon).toLowerCase();
  const params: Record<string, string> = {};
  const rest = address.slice(colon + 1);
  if (rest === '') return { transport, params };
  for (const pair of rest.split(',')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) return undefined;
    try {
      params[pair.slice(0, equals)] = decodeURIComponent(pair.slice(equals + 1));
    } catch {
      return undefined;
    }
  }
  return { transport, params };
}

/** dbus-next splits addresses on `:`, `,`, `;` and `=` without unescaping, so a value holding one of those cannot be passed on. */
function isPlainValue(value: string): boolean {
  return value !== '' && !/[:,;=\0]/.test(value);
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Unwraps variants recursively; 64-bit integers become numbers when they are safe integers (as the service does), bigints otherwise. */
export function toPlain(value: unknown, Variant?: DBusModule['Variant']): PlainValue {
  if (Variant !== undefined ? value instanceof Variant : isVariantLike(value)) return toPlain((value as DBusVariant).value, Variant);
  if (Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map((item) => toPlain(item, Variant));
  if (typeof value === 'bigint') return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value !== null && typeof value === 'object') {
    const result: PlainDict = {};
    for (const [key, item] of Object.entries(value)) result[key] = toPlain(item, Variant);
    return result;
  }
  return String(value);
}

function isVariantLike(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && (value as { constructor?: { name?: string } }).constructor?.name === 'Variant' && 'signature' in value && 'value' in value;
}

function toDict(value: unknown, Variant: DBusModule['Variant']): PlainDict {
  const plain = toPlain(value, Variant);
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain) || Buffer.isBuffer(plain)) {
    throw new AgentClientError('failed', 'The mesh-share agent sent an answer mesh-share does not understand.');
  }
  return plain;
}

/** JS value → variant for an a{sv} argument. */
function toVariant(dbus: DBusModule, key: string, value: string | number | bigint | boolean | Buffer | string[]): DBusVariant {
  if (typeof value === 'string') return new dbus.Variant('s', value);
  if (typeof value === 'boolean') return new dbus.Variant('b', value);
  if (typeof value === 'bigint') return new dbus.Variant('x', value);
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return new dbus.Variant('x', BigInt(value));
    if (Number.isFinite(value)) return new dbus.Variant('d', value);
  }
  if (Buffer.isBuffer(value)) return new dbus.Variant('ay', value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return new dbus.Variant('as', value);
  throw new TypeError(`metadata ${key} cannot be sent over D-Bus`);
}

/**
 * Connects to the session bus named by `env` and returns a client of the
 * agent. Rejects with `no-bus` when there is no usable bus (the agent itself
 * is only looked for by the calls).
 */
export async function connectToAgent(env: NodeJS.ProcessEnv, options: ConnectOptions = {}): Promise<AgentClient> {
  const timeouts = { ...TIMEOUTS, ...options.timeouts };
  const location = sessionBusAddresses(env);
  const dbus = await import('dbus-next');
  let bus: MessageBus | undefined;
  let address = '';
  let lastError: AgentClientError | undefined;
  for (const candidate of location.candidates) {
    try {
      bus = await openBus(dbus, candidate, timeouts.connect);
      address = candidate;
      break;
    } catch (error) {
      if (!(error instanceof AgentClientError)) throw error;
      lastError = error;
    }
  }
  if (bus === undefined) throw lastError ?? new AgentClientError('no-bus', 'There is no D-Bus session bus here.');
  return createClient(dbus, bus, address, timeouts);
}

/** Resolves once the bus has answered Hello; rejects with `no-bus` or `timeout`, leaving nothing open. */
function openBus(dbus: DBusModule, busAddress: string, timeoutMs: number): Promise<MessageBus> {
  const where = busAddress.startsWith('unix:socket=') ? busAddress.slice('unix:socket='.length) : busAddress;
  return new Promise((resolve, reject) => {
    let bus: MessageBus;
    try {
      bus = dbus.sessionBus({ busAddress });
    } catch (error) {
      reject(new AgentClientError('no-bus', `mesh-share cannot open the D-Bus session bus at ${where} (${error instanceof Error ? error.message : String(error)}).`));
      return;
    }
    const finish = (error: AgentClientError | null): void => {
      clearTimeout(timer);
      bus.off('connect', onConnect);
      bus.off('error', onError);
      if (error === null) {
        resolve(bus);
        return;
      }
      // Late errors from the half-open socket must not reach the process as unhandled 'error' events.
      bus.on('error', () => undefined);
      hardClose(bus);
      reject(error);
    };
    const onConnect = (): void => finish(null);
    const onError = (error: unknown): void => finish(describeConnectError(error, where));
    const timer = setTimeout(() => finish(new AgentClientError('timeout', `The D-Bus session bus at ${where} did not answer within ${seconds(timeoutMs)}.`)), timeoutMs);
    bus.on('connect', onConnect);
    bus.on('error', onError);
  });
}

function describeConnectError(error: unknown, where: string): AgentClientError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new AgentClientError('no-bus', `There is no D-Bus session bus here (nothing at ${where}).`);
    case 'ECONNREFUSED':
      return new AgentClientError('no-bus', `There is no D-Bus session bus here (${where} refuses connections; the bus has probably stopped).`);
    case 'EACCES':
    case 'EPERM':
      return new AgentClientError('no-bus', `The D-Bus session bus at ${where} belongs to someone else (permission denied).`);
    case 'ENOTSOCK':
    case 'ENOTDIR':
      return new AgentClientError('no-bus', `There is no D-Bus session bus here (${where} is not a socket).`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new AgentClientError('no-bus', `The D-Bus session bus at ${where} closed the connection.`);
    default:
      break;
  }
  const message = Buffer.isBuffer(error) ? error.toString('ascii').trim() : error instanceof Error ? error.message : String(error);
  if (/authentication/i.test(message) || /^REJECTED/.test(message)) {
    return new AgentClientError('no-bus', `The D-Bus session bus at ${where} did not let mesh-share sign in (${message}).`);
  }
  return new AgentClientError('no-bus', `mesh-share could not use the D-Bus session bus at ${where} (${message}).`);
}

/** Ends the connection and frees the socket at once, so nothing keeps the process alive. */
function hardClose(bus: MessageBus): void {
  try {
    bus.disconnect();
  } catch {
    // already closed
  }
  const stream = (bus as unknown as { _connection?: { stream?: { destroy?: () => void } } })._connection?.stream;
  try {
    stream?.destroy?.();
  } catch {
    // already destroyed
  }
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} second${value === 1 ? '' : 's'}`;
}

const NO_AGENT_ERRORS = new Set(['org.freedesktop.DBus.Error.ServiceUnknown', 'org.freedesktop.DBus.Error.NameHasNoOwner']);
const TIMEOUT_ERRORS = new Set(['org.freedesktop.DBus.Error.NoReply', 'org.freedesktop.DBus.Error.Timeout', 'org.freedesktop.DBus.Error.TimedOut']);

/** Sorts a D-Bus error reply into the codes above. */
export function classifyDBusError(name: string, text: string): AgentClientError {
  if (name.startsWith(ERROR_PREFIX)) return new AgentClientError('agent-error', text.trim() === '' ? 'The mesh-share agent refused.' : text, name);
  if (NO_AGENT_ERRORS.has(name)) return new AgentClientError('no-agent', 'No mesh-share agent is running.', name);
  if (name.startsWith('org.freedesktop.DBus.Error.Spawn.') || name.startsWith('org.freedesktop.systemd1.')) {
    // D-Bus activation found the agent's .service file but could not start it.
    return new AgentClientError('no-agent', `No mesh-share agent is running, and starting one failed${text.trim() === '' ? '' : `: ${text.trim()}`}.`, name);
  }
  if (TIMEOUT_ERRORS.has(name)) return new AgentClientError('timeout', 'The mesh-share agent did not answer.', name);
  return new AgentClientError('failed', `The mesh-share agent answered with an error mesh-share does not know (${name}${text.trim() === '' ? '' : `: ${text.trim()}`}).`, name);
}

function createClient(dbus: DBusModule, bus: MessageBus, address: string, timeouts: Record<keyof typeof TIMEOUTS, number>): AgentClient {
  let closed = false;
  let closeReason: AgentClientError | null = null;
  /** Rejecters of the calls waiting for an answer, so a lost bus fails them at once instead of at their time limit. */
  const pending = new Set<(error: AgentClientError) => void>();
  /** Until the first call to the agent got any answer: was the name unowned (so the call may start it)? */
  let firstCall: Promise<boolean> | null = null;

  const lost = (error: AgentClientError): void => {
    if (closeReason === null) closeReason = error;
    for (const reject of [...pending]) reject(error);
    pending.clear();
  };
  bus.on('error', (error: unknown) => {
    if (closed) return;
    const code = (error as NodeJS.ErrnoException | null)?.code;
    lost(new AgentClientError('no-bus', `The connection to the D-Bus session bus failed (${code ?? (error instanceof Error ? error.message : String(error))}).`));
  });
  const connection = (bus as unknown as { _connection?: { on?: (event: string, listener: () => void) => void } })._connection;
  connection?.on?.('end', () => {
    if (!closed) lost(new AgentClientError('no-bus', 'The D-Bus session bus closed the connection.'));
  });

  const rawCall = (message: DBusMessage, timeoutMs: number, what: string): Promise<DBusMessage> => {
    if (closed || closeReason !== null) return Promise.reject(closeReason ?? new AgentClientError('no-bus', 'The connection to the D-Bus session bus is closed.'));
    return new Promise<DBusMessage>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        pending.delete(fail);
      };
      const fail = (error: AgentClientError): void => {
        done();
        reject(error);
      };
      const timer = setTimeout(() => fail(new AgentClientError('timeout', `${what} did not answer within ${seconds(timeoutMs)}.`)), timeoutMs);
      pending.add(fail);
      let sent: Promise<DBusMessage | null>;
      try {
        sent = bus.call(message);
      } catch (error) {
        fail(new AgentClientError('no-bus', `The D-Bus session bus connection is closed (${error instanceof Error ? error.message : String(error)}).`));
        return;
      }
      sent.then(
        (reply) => {
          if (!pending.has(fail)) return;
          done();
          if (reply === null) reject(new AgentClientError('failed', `${what} sent no answer.`));
          else resolve(reply);
        },
        (error: unknown) => {
          if (!pending.has(fail)) return;
          done();
          if (error instanceof dbus.DBusError) {
            const classified = classifyDBusError(error.type, error.text);
            reject(classified.code === 'timeout' ? new AgentClientError('timeout', `${what} did not answer.`, classified.dbusName) : classified);
          } else {
            reject(new AgentClientError('failed', `${what} failed (${error instanceof Error ? error.message : String(error)}).`));
          }
        },
      );
    });
  };

  const busCall = (member: string, signature: string, body: unknown[]): Promise<DBusMessage> =>
    rawCall(new dbus.Message({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member, signature, body }), timeouts.call, 'The D-Bus session bus');

  /** True when nobody owns the name yet, so the first call may have to wait for D-Bus activation to start the agent. */
  const agentMissing = async (): Promise<boolean> => {
    try {
      const reply = await busCall('NameHasOwner', 's', [BUS_NAME]);
      return reply.body[0] !== true;
    } catch {
      return false;
    }
  };

  const agentCall = async (iface: string, member: string, signature: string, body: unknown[], timeoutMs: number): Promise<DBusMessage> => {
    let limit = timeoutMs;
    if (firstCall === null) firstCall = agentMissing();
    if (await firstCall) limit = Math.max(limit, timeouts.activation);
    try {
      return await rawCall(new dbus.Message({ destination: BUS_NAME, path: OBJECT_PATH, interface: iface, member, signature, body }), limit, 'The mesh-share agent');
    } finally {
      // Whatever the answer, the agent is running now (or will not be started by waiting longer).
      firstCall = Promise.resolve(false);
    }
  };

  /** Listens to the messages `rule` asks the bus for (AddMatch); returns how to stop. */
  const listen = async (rule: string, onMessage: (message: DBusMessage) => void): Promise<() => void> => {
    bus.on('message', onMessage);
    try {
      await busCall('AddMatch', 's', [rule]);
    } catch (error) {
      bus.off('message', onMessage);
      throw error;
    }
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      bus.off('message', onMessage);
      if (!closed) busCall('RemoveMatch', 's', [rule]).catch(() => undefined);
    };
  };

  const subscribe = (member: string, iface: string, handler: (body: unknown[]) => void): Promise<() => void> =>
    listen(`type='signal',sender='${BUS_NAME}',path='${OBJECT_PATH}',interface='${iface}',member='${member}'`, (message) => {
      if (message.type !== dbus.MessageType.SIGNAL || message.path !== OBJECT_PATH || message.interface !== iface || message.member !== member) return;
      try {
        handler(message.body);
      } catch {
        // A listener's own bug must not break the connection.
      }
    });

  const unexpected = (): AgentClientError => new AgentClientError('failed', 'The mesh-share agent sent an answer mesh-share does not understand.');
  const text = (value: unknown): string => {
    if (typeof value !== 'string') throw unexpected();
    return value;
  };
  const dicts = (value: unknown): PlainDict[] => {
    if (!Array.isArray(value)) throw unexpected();
    return value.map((item) => toDict(item, dbus.Variant));
  };

  return {
    address,
    async status() {
      const reply = await agentCall(INTERFACE, 'Status', '', [], timeouts.call);
      return toDict(reply.body[0], dbus.Variant);
    },
    async properties() {
      const reply = await agentCall('org.freedesktop.DBus.Properties', 'GetAll', 's', [INTERFACE], timeouts.call);
      return toDict(reply.body[0], dbus.Variant);
    },
    async shareEntry(path, metadata) {
      const dict: Record<string, DBusVariant> = {};
      for (const [key, value] of Object.entries(metadata)) {
        if (value !== undefined) dict[key] = toVariant(dbus, key, value);
      }
      const reply = await agentCall(INTERFACE, 'ShareEntry', 'sa{sv}', [path, dict], timeouts.shareEntry);
      return text(reply.body[0]);
    },
    async listShared() {
      return dicts((await agentCall(INTERFACE, 'ListShared', '', [], timeouts.call)).body[0]);
    },
    async unshare(url) {
      await agentCall(INTERFACE, 'Unshare', 's', [url], timeouts.call);
    },
    async listPeers() {
      return dicts((await agentCall(INTERFACE, 'ListPeers', '', [], timeouts.call)).body[0]);
    },
    async onAgentGone(callback) {
      let fired = false;
      return listen(`type='signal',sender='org.freedesktop.DBus',interface='org.freedesktop.DBus',member='NameOwnerChanged',arg0='${BUS_NAME}'`, (message) => {
        if (fired || message.type !== dbus.MessageType.SIGNAL || message.member !== 'NameOwnerChanged' || message.sender !== 'org.freedesktop.DBus') return;
        if (message.body[0] !== BUS_NAME || message.body[2] !== '') return;
        fired = true;
        callback();
      });
    },
    async onPeerEvent(callback) {
      const stops = await Promise.all([
        subscribe('PeerAppeared', INTERFACE, (body) => callback('appeared', toDict(body[0], dbus.Variant))),
        subscribe('PeerChanged', INTERFACE, (body) => callback('changed', toDict(body[0], dbus.Variant))),
        subscribe('PeerVanished', INTERFACE, (body) => callback('vanished', String(body[0]))),
      ]);
      return () => stops.forEach((stop) => stop());
    },
    async sendTo(paths, recipients, metadata) {
      const dict: Record<string, DBusVariant> = {};
      for (const [key, value] of Object.entries(metadata)) {
        if (value !== undefined) dict[key] = toVariant(dbus, key, value);
      }
      const reply = await agentCall(INTERFACE, 'SendTo', 'asasa{sv}', [[...paths], [...recipients], dict], timeouts.sendTo);
      return text(reply.body[0]);
    },
    async sendVia(paths, recipients, holder, metadata) {
      const dict: Record<string, DBusVariant> = {};
      for (const [key, value] of Object.entries(metadata)) {
        if (value !== undefined) dict[key] = toVariant(dbus, key, value);
      }
      const reply = await agentCall(INTERFACE, 'SendVia', 'asassa{sv}', [[...paths], [...recipients], holder, dict], timeouts.sendTo);
      return text(reply.body[0]);
    },
    async listTransfers() {
      return dicts((await agentCall(INTERFACE, 'ListTransfers', '', [], timeouts.call)).body[0]);
    },
    async cancelTransfer(id) {
      await agentCall(INTERFACE, 'CancelTransfer', 's', [id], timeouts.call);
    },
    async listOffers() {
      return dicts((await agentCall(INTERFACE, 'ListOffers', '', [], timeouts.call)).body[0]);
    },
    async decideOffer(id, accept) {
      await agentCall(INTERFACE, accept ? 'AcceptOffer' : 'DeclineOffer', 's', [id], timeouts.call);
    },
    async trustPeer(peer) {
      return text((await agentCall(INTERFACE, 'TrustPeer', 's', [peer], timeouts.call)).body[0]);
    },
    async untrustPeer(peer) {
      await agentCall(INTERFACE, 'UntrustPeer', 's', [peer], timeouts.call);
    },
    async listTrusted() {
      return dicts((await agentCall(INTERFACE, 'ListTrusted', '', [], timeouts.call)).body[0]);
    },
    async setGroup(name, members) {
      await agentCall(INTERFACE, 'SetGroup', 'sas', [name, [...members]], timeouts.call);
    },
    async listGroups() {
      const groups = (await agentCall(INTERFACE, 'ListGroups', '', [], timeouts.call)).body[0];
      if (typeof groups !== 'object' || groups === null) throw unexpected();
      return Object.fromEntries(Object.entries(groups as Record<string, unknown>).map(([name, members]) => [name, Array.isArray(members) ? members.map(String) : []]));
    },
    async makeShareUrls(path, options) {
      const dict: Record<string, DBusVariant> = {};
      for (const [key, value] of Object.entries(options)) {
        if (value !== undefined) dict[key] = toVariant(dbus, key, value);
      }
      return toDict((await agentCall(INTERFACE, 'MakeShareUrls', 'sa{sv}', [path, dict], timeouts.call)).body[0], dbus.Variant);
    },
    async revoke(urlOrTicket) {
      await agentCall(INTERFACE, 'Revoke', 's', [urlOrTicket], timeouts.call);
    },
    async listTickets() {
      return dicts((await agentCall(INTERFACE, 'ListTickets', '', [], timeouts.call)).body[0]);
    },
    async onTransferEvent(callback) {
      const stops = await Promise.all([
        subscribe('TransferProgress', INTERFACE, (body) =>
          callback({ kind: 'progress', transferId: String(body[0]), peerId: String(body[1]), done: Number(body[2]), total: Number(body[3]) }),
        ),
        subscribe('RecipientChanged', INTERFACE, (body) => callback({ kind: 'recipient', transferId: String(body[0]), recipient: toDict(body[1], dbus.Variant) })),
        subscribe('TransferFinished', INTERFACE, (body) => callback({ kind: 'finished', transferId: String(body[0]), report: toDict(body[1], dbus.Variant) })),
      ]);
      return () => stops.forEach((stop) => stop());
    },
    async onInboxEvent(callback) {
      const stops = await Promise.all([
        subscribe('OfferReceived', INTERFACE, (body) => callback('offer', toDict(body[0], dbus.Variant))),
        subscribe('FileReceived', INTERFACE, (body) => callback('file', toDict(body[0], dbus.Variant))),
      ]);
      return () => stops.forEach((stop) => stop());
    },
    onShared(callback) {
      return subscribe('Shared', INTERFACE, (body) => callback(toDict(body[0], dbus.Variant)));
    },
    onUnshared(callback) {
      return subscribe('Unshared', INTERFACE, (body) => callback(String(body[0])));
    },
    onPropertiesChanged(callback) {
      return subscribe('PropertiesChanged', 'org.freedesktop.DBus.Properties', (body) => {
        if (body[0] !== INTERFACE) return;
        const invalidated = Array.isArray(body[2]) ? body[2].map(String) : [];
        callback(toDict(body[1], dbus.Variant), invalidated);
      });
    },
    close() {
      if (closed) return;
      lost(new AgentClientError('no-bus', 'The connection to the D-Bus session bus is closed.'));
      closed = true;
      hardClose(bus);
    },
  };
}

/** Connects, runs `work` with the client and always closes the connection, whatever happens. */
export async function withAgent<T>(env: NodeJS.ProcessEnv, work: (client: AgentClient) => Promise<T>, options: ConnectOptions = {}): Promise<T> {
  const client = await connectToAgent(env, options);
  try {
    return await work(client);
  } finally {
    client.close();
  }
}
