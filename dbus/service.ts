/**
 * The org.sugarlabs.MeshShare1 service on a D-Bus bus. The exported
 * interface is configured from the checked-in XML (dbus-next decorators do
 * not work from TypeScript), each member is bound to the API implementation
 * by name, and a start where the two disagree is refused.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DBusError, Message, NameFlag, RequestNameReply, interface as dbusInterface, sessionBus, type MessageBus } from 'dbus-next';
import type { Logger } from '../agent/logger.js';
import type { MeshShareApi } from './api.js';
import { DbusStartError, ERROR_PREFIX, MeshShareError } from './errors.js';
import {
  IntrospectionError,
  loadMeshShareSpec,
  MESH_SHARE_BUS_NAME,
  MESH_SHARE_INTERFACE,
  MESH_SHARE_OBJECT_PATH,
  type InterfaceSpec,
  type MethodSpec,
} from './introspection.js';
import { fromWire, toWire } from './variants.js';

export interface DbusServiceOptions {
  /** A bus that is already connected (tests, or a caller that owns it); stop() leaves it connected. */
  bus?: MessageBus;
  /** Where to look for the session bus when no `bus` is given (default: process.env). */
  env?: NodeJS.ProcessEnv;
  api: MeshShareApi;
  log: Logger;
  /** Default: dbus/org.sugarlabs.MeshShare1.xml. */
  spec?: InterfaceSpec;
  /** Default 5 s: a bus that does not answer Hello by then is treated as absent. */
  connectTimeoutMs?: number;
}

export interface DbusService {
  readonly busName: string;
  readonly objectPath: string;
  /** Releases the name, unexports the object, and disconnects a bus it connected itself. Safe to call twice. */
  stop(): Promise<void>;
}

const STANDARD_MEMBERS: Readonly<Record<string, string>> = {
  Introspect: 'org.freedesktop.DBus.Introspectable',
  Get: 'org.freedesktop.DBus.Properties',
  GetAll: 'org.freedesktop.DBus.Properties',
  Set: 'org.freedesktop.DBus.Properties',
  Ping: 'org.freedesktop.DBus.Peer',
  GetMachineId: 'org.freedesktop.DBus.Peer',
};

const GENERIC_FAILURE = 'The mesh-share agent could not do this because of a problem inside it; the details are in its log.';

/**
 * Start serving `api` as org.sugarlabs.MeshShare1 at /org/sugarlabs/MeshShare1.
 * Throws DbusStartError: `mismatch`/`bad-xml` (a bug in this build),
 * `no-bus` (no session bus reachable) or `name-taken` (another agent).
 */
export async function startDbusService(options: DbusServiceOptions): Promise<DbusService> {
  const { api, log } = options;
  let spec: InterfaceSpec;
  try {
    spec = options.spec ?? (await loadMeshShareSpec());
  } catch (error) {
    if (error instanceof IntrospectionError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new DbusStartError('bad-xml', `The D-Bus interface description of this mesh-share build is missing or broken (${(error as Error).message}).`, { cause: error });
    }
    throw error;
  }
  const problems = checkBindings(spec, api);
  if (problems.length > 0) {
    throw new DbusStartError('mismatch', `The D-Bus interface file and the agent disagree, which is a bug in this build of mesh-share: ${problems.join('; ')}.`);
  }

  const ownsBus = options.bus === undefined;
  const bus = options.bus ?? (await connectSessionBus(options.env ?? process.env, options.connectTimeoutMs ?? 5_000));
  const cleanups: (() => void | Promise<void>)[] = [];
  if (ownsBus) cleanups.push(() => bus.disconnect());

  let busLost = false;
  const onBusError = (error: unknown): void => {
    // Once the bus is gone every send fails the same way; one warning says it all.
    if (busLost) return log.debug('D-Bus error', { error: String(error) });
    busLost = true;
    log.warn('the connection to the session bus failed; Sugar activities and the mesh-share command cannot reach this agent until it restarts', { error: String(error) });
  };
  bus.on('error', onBusError);
  // A bus we opened keeps the listener for good: an error event after disconnect() with no listener would crash the agent.
  if (!ownsBus) cleanups.push(() => void bus.off('error', onBusError));

  try {
    const iface = buildInterface(spec, api, log);

    const fillIn = createCallFixer(spec, bus);
    bus.addMethodHandler(fillIn);
    cleanups.push(() => bus.removeMethodHandler(fillIn));

    bus.export(MESH_SHARE_OBJECT_PATH, iface);
    cleanups.push(() => bus.unexport(MESH_SHARE_OBJECT_PATH, iface));

    const emit = (name: string, args: unknown[]): void => {
      try {
        (iface as unknown as Record<string, (...a: unknown[]) => void>)[name]!(...args);
      } catch (error) {
        log.warn('a D-Bus signal could not be sent', { signal: name, error: String(error) });
      }
    };
    for (const signal of Object.values(spec.signals)) {
      const subscribe = (api.signals as unknown as Record<string, (listener: (...args: unknown[]) => void) => () => void>)[signal.name]!;
      const unsubscribe = subscribe((...args: unknown[]) => {
        let wire: unknown[];
        try {
          wire = signal.args.map((arg, i) => toWire(arg.type, args[i]));
        } catch (error) {
          log.error('a D-Bus signal had values that cannot be sent', { signal: signal.name, error: String(error) });
          return;
        }
        emit(signal.name, wire);
      });
      cleanups.push(unsubscribe);
    }
    const unsubscribeProps = api.onPropertiesChanged((names) => {
      const changed: Record<string, unknown> = {};
      for (const name of names) {
        const property = spec.properties[name];
        if (!property) continue;
        try {
          changed[name] = toWire(property.type, api.properties[name]());
        } catch (error) {
          log.error('a changed property could not be read', { property: name, error: String(error) });
        }
      }
      if (Object.keys(changed).length === 0) return;
      try {
        dbusInterface.Interface.emitPropertiesChanged(iface, changed, []);
      } catch (error) {
        log.warn('PropertiesChanged could not be sent', { error: String(error) });
      }
    });
    cleanups.push(unsubscribeProps);

    // Last: owning the name is what tells clients (and systemd's Type=dbus) that calls will be answered.
    let reply: number;
    try {
      reply = await bus.requestName(MESH_SHARE_BUS_NAME, NameFlag.DO_NOT_QUEUE);
    } catch (error) {
      throw new DbusStartError('no-bus', `The session bus refused the name ${MESH_SHARE_BUS_NAME} (${describeDbusError(error)}).`, { cause: error });
    }
    if (reply === RequestNameReply.EXISTS || reply === RequestNameReply.IN_QUEUE) {
      throw new DbusStartError('name-taken', 'another mesh-share agent is already running on this session bus');
    }
    cleanups.push(async () => {
      if (busLost) return;
      await withTimeout(bus.releaseName(MESH_SHARE_BUS_NAME), 2_000).catch((error: unknown) => log.debug('releasing the D-Bus name failed', { error: String(error) }));
    });
  } catch (error) {
    await runCleanups(cleanups, log);
    throw error;
  }

  log.debug('D-Bus service started', { name: MESH_SHARE_BUS_NAME, path: MESH_SHARE_OBJECT_PATH, unique: (bus as unknown as { name?: string }).name });
  let stopping: Promise<void> | null = null;
  return {
    busName: MESH_SHARE_BUS_NAME,
    objectPath: MESH_SHARE_OBJECT_PATH,
    stop() {
      stopping ??= runCleanups(cleanups, log);
      return stopping;
    },
  };
}

/** Problems that make the XML and the implementation disagree; empty when every member has exactly one handler. */
export function checkBindings(spec: InterfaceSpec, api: MeshShareApi): string[] {
  const problems: string[] = [];
  const compare = (kind: string, declared: string[], implemented: Record<string, unknown>): void => {
    for (const name of declared) {
      if (typeof implemented[name] !== 'function') problems.push(`the ${kind} ${name} is in the XML but the agent does not implement it`);
    }
    for (const name of Object.keys(implemented)) {
      if (!declared.includes(name)) problems.push(`the agent implements the ${kind} ${name}, which the XML does not declare`);
    }
  };
  compare('method', Object.keys(spec.methods), api.methods as unknown as Record<string, unknown>);
  compare('property', Object.keys(spec.properties), api.properties as unknown as Record<string, unknown>);
  compare('signal', Object.keys(spec.signals), api.signals as unknown as Record<string, unknown>);
  for (const property of Object.values(spec.properties)) {
    if (property.access !== 'read') problems.push(`the property ${property.name} is writable in the XML, but the agent only serves read-only properties`);
  }
  return problems;
}

/** The session bus address as libdbus finds it: the variable, else systemd's per-user socket. */
export function sessionBusAddress(env: NodeJS.ProcessEnv): string | null {
  const address = env.DBUS_SESSION_BUS_ADDRESS;
  if (address !== undefined && address.trim() !== '') return address;
  const runtime = env.XDG_RUNTIME_DIR;
  if (runtime !== undefined && runtime.startsWith('/') && existsSync(join(runtime, 'bus'))) return `unix:path=${join(runtime, 'bus')}`;
  return null;
}

/** Connect and wait for the bus's Hello answer; any failure is `no-bus` with the reason in plain words. */
export async function connectSessionBus(env: NodeJS.ProcessEnv, timeoutMs = 5_000): Promise<MessageBus> {
  const address = sessionBusAddress(env);
  if (address === null) throw new DbusStartError('no-bus', 'there is no session bus (DBUS_SESSION_BUS_ADDRESS is not set)');
  let bus: MessageBus;
  try {
    bus = sessionBus({ busAddress: address });
  } catch (error) {
    throw new DbusStartError('no-bus', `the session bus address "${address}" cannot be used (${describeDbusError(error)})`, { cause: error });
  }
  return new Promise<MessageBus>((resolve, reject) => {
    const finish = (error: DbusStartError | null): void => {
      clearTimeout(timer);
      bus.off('connect', onConnect);
      bus.off('error', onError);
      if (error === null) return resolve(bus);
      // A late error from the dead socket must not become an unhandled 'error' event.
      bus.on('error', () => undefined);
      try {
        bus.disconnect();
      } catch {
        // the socket never opened
      }
      reject(error);
    };
    const onConnect = (): void => finish(null);
    const onError = (error: unknown): void => finish(new DbusStartError('no-bus', `the session bus at ${address} cannot be reached (${describeDbusError(error)})`, { cause: error }));
    const timer = setTimeout(() => finish(new DbusStartError('no-bus', `the session bus at ${address} did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
    bus.on('connect', onConnect);
    bus.on('error', onError);
  });
}

function describeDbusError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'its socket does not exist';
  if (code === 'ECONNREFUSED') return 'nothing is listening on its socket';
  if (code === 'EACCES') return 'not allowed to open its socket';
  if (code === 'MODULE_NOT_FOUND') return 'abstract socket addresses are not supported; use a unix:path= address';
  if (error instanceof DBusError) return `${error.type}: ${error.text}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Handles two kinds of calls before dbus-next sees them: calls without an
 * interface (dbus-python without `dbus_interface=`) get the interface that
 * has the member; and calls of our methods with the wrong argument types
 * get a named InvalidArgs error instead of dbus-next's misleading
 * "method does not exist".
 */
function createCallFixer(spec: InterfaceSpec, bus: MessageBus): (msg: Message) => boolean {
  return (msg) => {
    if (msg.path !== MESH_SHARE_OBJECT_PATH) return false;
    if (!msg.interface) {
      if (Object.hasOwn(spec.methods, msg.member)) msg.interface = MESH_SHARE_INTERFACE;
      else if (Object.hasOwn(STANDARD_MEMBERS, msg.member)) msg.interface = STANDARD_MEMBERS[msg.member]!;
    }
    if (msg.interface !== MESH_SHARE_INTERFACE || !Object.hasOwn(spec.methods, msg.member)) return false;
    const method = spec.methods[msg.member]!;
    const got = msg.signature ?? '';
    if (got === method.inSignature) return false;
    bus.send(Message.newError(msg as unknown as string, `${ERROR_PREFIX}InvalidArgs`, `${method.name} takes arguments of D-Bus types (${method.inSignature}), not (${got}).${method.inSignature.includes('a{sv}') ? ' From dbus-python, pass dbus_interface="org.sugarlabs.MeshShare1" so the types come from introspection, or give dictionaries as dbus.Dictionary(..., signature="sv").' : ''}`));
    return true;
  };
}

/** The subset of dbus-next's introspection object we touch to add argument names (dbus-next leaves them out). */
interface IntrospectedMember {
  $: { name: string };
  arg?: { $: Record<string, string> }[];
}

function buildInterface(spec: InterfaceSpec, api: MeshShareApi, log: Logger): InstanceType<typeof dbusInterface.Interface> {
  // A class per service: configureMembers writes to the prototype, and two services must not share it.
  class MeshShareInterface extends dbusInterface.Interface {}
  const proto = MeshShareInterface.prototype as unknown as Record<string, unknown>;
  const methods = api.methods as unknown as Record<string, (...args: unknown[]) => unknown>;
  const properties = api.properties as unknown as Record<string, () => unknown>;

  for (const method of Object.values(spec.methods)) {
    const implementation = methods[method.name]!;
    proto[method.name] = async (...wireArgs: unknown[]): Promise<unknown> => {
      try {
        const args = method.inArgs.map((arg, i) => fromWire(arg.type, wireArgs[i]));
        return packResult(method, await implementation.apply(api.methods, args));
      } catch (error) {
        throw toDbusError(error, method.name, log);
      }
    };
  }
  for (const signal of Object.values(spec.signals)) {
    // dbus-next sends what the signal function returns: one value, or an array for several.
    proto[signal.name] = (...args: unknown[]): unknown => (signal.args.length === 0 ? undefined : signal.args.length === 1 ? args[0] : args);
  }
  for (const property of Object.values(spec.properties)) {
    Object.defineProperty(proto, property.name, {
      configurable: true,
      get(): unknown {
        try {
          return toWire(property.type, properties[property.name]!());
        } catch (error) {
          throw toDbusError(error, `the property ${property.name}`, log);
        }
      },
    });
  }
  MeshShareInterface.configureMembers({
    methods: Object.fromEntries(Object.values(spec.methods).map((m) => [m.name, { inSignature: m.inSignature, outSignature: m.outSignature }])),
    signals: Object.fromEntries(Object.values(spec.signals).map((s) => [s.name, { signature: s.signature }])),
    properties: Object.fromEntries(Object.values(spec.properties).map((p) => [p.name, { signature: p.type, access: p.access }])),
  });

  const iface = new MeshShareInterface(spec.name);
  const introspectable = iface as unknown as { $introspect(): { method?: IntrospectedMember[]; signal?: IntrospectedMember[] } };
  const plain = introspectable.$introspect.bind(iface);
  introspectable.$introspect = () => {
    const xml = plain();
    for (const member of xml.method ?? []) {
      const declared = spec.methods[member.$.name];
      if (declared) nameArgs(member, [...declared.inArgs, ...declared.outArgs].map((arg) => arg.name));
    }
    for (const member of xml.signal ?? []) {
      const declared = spec.signals[member.$.name];
      if (declared) nameArgs(member, declared.args.map((arg) => arg.name));
    }
    return xml;
  };
  return iface;
}

function nameArgs(member: IntrospectedMember, names: string[]): void {
  (member.arg ?? []).forEach((arg, i) => {
    const name = names[i];
    if (name) arg.$ = { name, ...arg.$ };
  });
}

function packResult(method: MethodSpec, result: unknown): unknown {
  if (method.outArgs.length === 0) return undefined;
  if (method.outArgs.length === 1) return toWire(method.outArgs[0]!.type, result);
  if (!Array.isArray(result) || result.length !== method.outArgs.length) throw new TypeError(`${method.name} must return ${method.outArgs.length} values`);
  return method.outArgs.map((arg, i) => toWire(arg.type, result[i]));
}

/** Our refusals keep their name and message; anything else is logged here and reaches the caller as a plain Failed. */
function toDbusError(error: unknown, what: string, log: Logger): DBusError {
  if (error instanceof MeshShareError) return new DBusError(error.dbusName, error.message);
  if (error instanceof DBusError) return error;
  log.error(`D-Bus call ${what} failed`, { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  return new DBusError(`${ERROR_PREFIX}Failed`, GENERIC_FAILURE);
}

async function runCleanups(cleanups: (() => void | Promise<void>)[], log: Logger): Promise<void> {
  // Reverse order: the name goes first, the connection last.
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      log.debug('D-Bus cleanup step failed', { error: String(error) });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
