/**
 * startDbusService on a private bus with a stand-in API: how calls, errors,
 * signals and properties reach a client, and how the service starts and
 * stops. The real agent behind it is tested in dbus-service.test.ts.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DBusError, Message, MessageType, Variant, sessionBus, type MessageBus } from 'dbus-next';
import type { MeshShareApi, MeshSharePropertyName } from '../../dbus/api.js';
import { DbusStartError, MeshShareError } from '../../dbus/errors.js';
import { connectSessionBus, startDbusService, type DbusService } from '../../dbus/service.js';
import { loadMeshShareSpec } from '../../dbus/introspection.js';
import type { Logger } from '../../agent/logger.js';
import type { PlainRecord, VariantRecord } from '../../dbus/variants.js';
import { startPrivateBus, type PrivateBus } from '../helpers/private-bus.js';

const run = promisify(execFile);
const NAME = 'org.sugarlabs.MeshShare1';
const PATH = '/org/sugarlabs/MeshShare1';

const test = suite('dbus service');

interface Fake {
  api: MeshShareApi;
  progress(transferId: string, peerId: string, done: number, total: number): void;
  calls: unknown[][];
  share(entry: VariantRecord): void;
  count: number;
  changed(names: MeshSharePropertyName[]): void;
}

function fakeApi(): Fake {
  const shared: ((entry: VariantRecord) => void)[] = [];
  const progress: ((transferId: string, peerId: string, done: number, total: number) => void)[] = [];
  const none = (): (() => void) => () => undefined;
  const propListeners: ((names: readonly MeshSharePropertyName[]) => void)[] = [];
  const fake: Fake = {
    calls: [],
    count: 0,
    share: (entry) => shared.forEach((listener) => listener(entry)),
    progress: (...args) => progress.forEach((listener) => listener(...args)),
    changed: (names) => propListeners.forEach((listener) => listener(names)),
    api: {
      methods: {
        async Status() {
          return { version: '9.9', uptime_seconds: 12, share_urls: ['https://a/'], peer_id: '' };
        },
        async ShareEntry(path: string, metadata: PlainRecord) {
          fake.calls.push(['ShareEntry', path, { ...metadata }]);
          if (path === '/missing') throw new MeshShareError('NotFound', 'There is no file at /missing.');
          if (path === '/bug') throw new TypeError('secret internal detail at /home/ana/.ssh');
          return 'https://a/x.png';
        },
        async ListShared() {
          return [{ url: 'https://a/x.png', size: 3 }];
        },
        async Unshare(url: string) {
          fake.calls.push(['Unshare', url]);
        },
        async ListPeers() {
          return [{ id: 'presence:maria@xo-1._presence._tcp.local', nick: 'Maria', addresses: ['169.254.1.2'], sources: ['presence'], last_seen: 1_700_000_000, online: true }];
        },
        async SendTo(paths: readonly string[], recipients: readonly string[], metadata: PlainRecord) {
          fake.calls.push(['SendTo', [...paths], [...recipients], { ...metadata }]);
          return 'f00d';
        },
        async SendVia(paths: readonly string[], recipients: readonly string[], holder: string, metadata: PlainRecord) {
          fake.calls.push(['SendVia', [...paths], [...recipients], holder, { ...metadata }]);
          return 'beef';
        },
        ListTransfers: async () => [],
        CancelTransfer: async () => undefined,
        ListOffers: async () => [],
        AcceptOffer: async () => undefined,
        DeclineOffer: async () => undefined,
        TrustPeer: async (peer: string) => peer,
        UntrustPeer: async () => undefined,
        ListTrusted: async () => [],
        SetGroup: async () => undefined,
        ListGroups: async () => ({ class: ['Ana', 'Bo'] }),
        MakeShareUrls: async () => ({ read_only: 'https://a/Class/?ticket=r', read_only_urls: ['https://a/Class/?ticket=r'], read_only_ticket: 'r', path: '/Class/', expires_at: 0 }),
        Revoke: async () => undefined,
        ListTickets: async () => [],
      },
      properties: {
        Version: () => '9.9',
        ShareUrl: () => 'https://a/',
        ShareDir: () => '/share',
        User: () => 'ana',
        PeerId: () => '',
        SharedCount: () => fake.count,
      },
      signals: {
        Shared(listener) {
          shared.push(listener);
          return () => void shared.splice(shared.indexOf(listener), 1);
        },
        Unshared() {
          return () => undefined;
        },
        PeerAppeared() {
          return () => undefined;
        },
        PeerChanged() {
          return () => undefined;
        },
        PeerVanished() {
          return () => undefined;
        },
        TransferProgress(listener) {
          progress.push(listener);
          return () => void progress.splice(progress.indexOf(listener), 1);
        },
        RecipientChanged: none,
        TransferFinished: none,
        OfferReceived: none,
        FileReceived: none,
      },
      onPropertiesChanged(listener) {
        propListeners.push(listener);
        return () => void propListeners.splice(propListeners.indexOf(listener), 1);
      },
    },
  };
  return fake;
}

function captureLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const add = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return { lines, debug: add('debug'), info: add('info'), warn: add('warn'), error: add('error') };
}

let bus: PrivateBus | null = null;
let fake: Fake;
let log: ReturnType<typeof captureLog>;
let service: DbusService | null = null;
let client: MessageBus | null = null;

test.before(async () => {
  bus = await startPrivateBus();
  fake = fakeApi();
  log = captureLog();
  service = await startDbusService({ api: fake.api, log, env: bus.env });
  client = await connectSessionBus(bus.env);
  // Signals only reach connections that asked for them.
  await client.call(new Message({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'AddMatch', signature: 's', body: [`type='signal',path='${PATH}'`] }));
});

test.after(async () => {
  client?.disconnect();
  await service?.stop();
  await bus?.stop();
});

const gdbus = async (...args: string[]): Promise<{ ok: boolean; out: string }> => {
  try {
    const { stdout } = await run('gdbus', ['call', '--session', '--dest', NAME, '--object-path', PATH, ...args], { env: { ...process.env, ...bus!.env } });
    return { ok: true, out: stdout.trim() };
  } catch (error) {
    return { ok: false, out: String((error as { stderr?: string }).stderr ?? error).trim() };
  }
};

/** `iface` null sends the call with no interface field at all. */
async function call(member: string, signature = '', body: unknown[] = [], iface: string | null = NAME): Promise<Message> {
  const reply = await client!.call(new Message({ destination: NAME, path: PATH, ...(iface === null ? {} : { interface: iface }), member, signature, body }));
  return reply!;
}

test('a method call converts a{sv} both ways', async () => {
  const status = await gdbus('--method', `${NAME}.Status`);
  assert.ok(status.ok, status.out);
  assert.match(status.out, "'version': <'9.9'>");
  assert.match(status.out, "'uptime_seconds': <int64 12>");
  assert.match(status.out, "'share_urls': <['https://a/']>");

  const shared = await gdbus('--method', `${NAME}.ShareEntry`, '/x', "{'title': <'T'>, 'timestamp': <int64 5>, 'preview': <[byte 1, 2]>}");
  assert.ok(shared.ok, shared.out);
  assert.is(shared.out, "('https://a/x.png',)");
  const [, path, metadata] = fake.calls.at(-1)!;
  assert.is(path, '/x');
  assert.equal(metadata, { title: 'T', timestamp: 5, preview: Buffer.from([1, 2]) });
});

test('a MeshShareError keeps its name and message; any other error is a generic Failed, logged here', async () => {
  const missing = await gdbus('--method', `${NAME}.ShareEntry`, '/missing', '{}');
  assert.not.ok(missing.ok);
  assert.match(missing.out, 'org.sugarlabs.MeshShare1.Error.NotFound: There is no file at /missing.');

  const bug = await gdbus('--method', `${NAME}.ShareEntry`, '/bug', '{}');
  assert.not.ok(bug.ok);
  assert.match(bug.out, 'org.sugarlabs.MeshShare1.Error.Failed');
  assert.not.match(bug.out, 'secret');
  assert.not.match(bug.out, /\bat\b.*:\d+:\d+/);
  assert.ok(log.lines.some((line) => line.startsWith('error') && line.includes('secret internal detail')), 'the details are in the log');
});

test('calls without an interface (dbus-python without dbus_interface=) reach the method', async () => {
  const reply = await call('Status', '', [], null);
  assert.is(reply.type, MessageType.METHOD_RETURN);
  assert.is(reply.signature, 'a{sv}');
  assert.is((reply.body[0] as Record<string, Variant>).version!.value, '9.9');
  const unshare = await call('Unshare', 's', ['https://a/x.png'], null);
  assert.is(unshare.type, MessageType.METHOD_RETURN);
  assert.equal(fake.calls.at(-1), ['Unshare', 'https://a/x.png']);
  const props = await call('GetAll', 's', [NAME], null);
  assert.is((props.body[0] as Record<string, Variant>).User!.value, 'ana');
});

test('wrong argument types get a named InvalidArgs that says what was expected', async () => {
  try {
    await call('ShareEntry', 'sa{ss}', ['/x', { title: 'T' }]);
    assert.unreachable('accepted');
  } catch (error) {
    assert.instance(error, DBusError);
    assert.is((error as DBusError).type, 'org.sugarlabs.MeshShare1.Error.InvalidArgs');
    assert.match((error as DBusError).text, '(sa{sv}), not (sa{ss})');
  }
});

test('properties are read-only and PropertiesChanged carries the new value', async () => {
  fake.count = 4;
  const got = await gdbus('--method', 'org.freedesktop.DBus.Properties.Get', NAME, 'SharedCount');
  assert.is(got.out, '(<uint32 4>,)');
  const set = await gdbus('--method', 'org.freedesktop.DBus.Properties.Set', NAME, 'Version', "<'x'>");
  assert.not.ok(set.ok, 'Set is refused');

  const seen = new Promise<Message>((resolve) => {
    client!.on('message', (msg: Message) => {
      if (msg.type === MessageType.SIGNAL && msg.member === 'PropertiesChanged') resolve(msg);
    });
  });
  fake.count = 5;
  fake.changed(['SharedCount']);
  const msg = await seen;
  assert.is(msg.body[0], NAME);
  assert.is((msg.body[1] as Record<string, Variant>).SharedCount!.value, 5);
  assert.is((msg.body[1] as Record<string, Variant>).SharedCount!.signature, 'u');
});

test('signals go out with their converted arguments', async () => {
  const seen = new Promise<Message>((resolve) => {
    client!.on('message', (msg: Message) => {
      if (msg.type === MessageType.SIGNAL && msg.member === 'Shared') resolve(msg);
    });
  });
  fake.share({ url: 'https://a/y', size: 9 });
  const msg = await seen;
  assert.is(msg.interface, NAME);
  assert.is(msg.signature, 'a{sv}');
  assert.is((msg.body[0] as Record<string, Variant>).size!.value, 9n);
});

test('64-bit counters go out as t; string lists and a{sas} come and go as they are', async () => {
  const seen = new Promise<Message>((resolve) => {
    client!.on('message', (msg: Message) => {
      if (msg.type === MessageType.SIGNAL && msg.member === 'TransferProgress') resolve(msg);
    });
  });
  fake.progress('f00d', 'P1', 5 * 2 ** 30, 6 * 2 ** 30);
  const msg = await seen;
  assert.is(msg.signature, 'sstt');
  assert.equal(msg.body, ['f00d', 'P1', 5n * 2n ** 30n, 6n * 2n ** 30n]);
  const sent = await gdbus('--method', `${NAME}.SendTo`, "['/a b.pdf']", "['all']", "{'title': <'Homework'>}");
  assert.ok(sent.ok, sent.out);
  assert.is(sent.out, "('f00d',)");
  assert.equal(fake.calls.at(-1), ['SendTo', ['/a b.pdf'], ['all'], { title: 'Homework' }]);
  const via = await gdbus('--method', `${NAME}.SendVia`, "['/a b.pdf']", "['Friend']", 'Teacher', "{'title': <'Homework'>}");
  assert.ok(via.ok, via.out);
  assert.is(via.out, "('beef',)");
  assert.equal(fake.calls.at(-1), ['SendVia', ['/a b.pdf'], ['Friend'], 'Teacher', { title: 'Homework' }]);
  const groups = await gdbus('--method', `${NAME}.ListGroups`);
  assert.is(groups.out, "({'class': ['Ana', 'Bo']},)");
});

test('a second service on the same bus is refused with a clear sentence', async () => {
  try {
    await startDbusService({ api: fakeApi().api, log: captureLog(), env: bus!.env });
    assert.unreachable('started');
  } catch (error) {
    assert.instance(error, DbusStartError);
    assert.is((error as DbusStartError).code, 'name-taken');
    assert.is((error as Error).message, 'another mesh-share agent is already running on this session bus');
  }
});

test('an implementation that disagrees with the XML does not start', async () => {
  const broken = fakeApi().api;
  delete (broken.methods as unknown as Record<string, unknown>).ListShared;
  try {
    await startDbusService({ api: broken, log: captureLog(), env: bus!.env });
    assert.unreachable('started');
  } catch (error) {
    assert.instance(error, DbusStartError);
    assert.is((error as DbusStartError).code, 'mismatch');
    assert.match((error as Error).message, 'the method ListShared is in the XML but the agent does not implement it');
  }
});

test('no bus: a clear no-bus error, whether unset, missing or refused', async () => {
  for (const env of [{}, { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus.sock' }, { DBUS_SESSION_BUS_ADDRESS: 'unix:abstract=/tmp/dbus-x' }]) {
    try {
      await startDbusService({ api: fakeApi().api, log: captureLog(), env, spec: await loadMeshShareSpec() });
      assert.unreachable(`started with ${JSON.stringify(env)}`);
    } catch (error) {
      assert.instance(error, DbusStartError, String(error));
      assert.is((error as DbusStartError).code, 'no-bus', (error as Error).message);
    }
  }
});

test('stop() releases the name so another service can take it, and leaves a borrowed bus connected', async () => {
  await service!.stop();
  service = null;
  const borrowed = sessionBus({ busAddress: bus!.address });
  await new Promise((resolve) => borrowed.once('connect', resolve));
  const again = await startDbusService({ api: fake.api, log, bus: borrowed });
  await again.stop();
  const owner = await client!.call(new Message({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'NameHasOwner', signature: 's', body: [NAME] }));
  assert.is(owner!.body[0], false);
  const ping = await borrowed.call(new Message({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus.Peer', member: 'Ping' }));
  assert.ok(ping, 'the borrowed bus still works');
  borrowed.disconnect();
});

test('the bus going away is one warning, and stop() still finishes', async () => {
  const doomed = await startPrivateBus();
  const quiet = captureLog();
  const lonely = fakeApi();
  const running = await startDbusService({ api: lonely.api, log: quiet, env: doomed.env });
  await doomed.stop();
  lonely.share({ url: 'https://a/z' });
  lonely.changed(['SharedCount']);
  const started = Date.now();
  await running.stop();
  assert.ok(Date.now() - started < 5_000, 'stop() does not hang on a dead bus');
  assert.is(quiet.lines.filter((line) => line.startsWith('warn')).length, 1, quiet.lines.join('\n'));
  assert.is(quiet.lines.filter((line) => line.startsWith('error')).length, 0, quiet.lines.join('\n'));
});

test.run();
