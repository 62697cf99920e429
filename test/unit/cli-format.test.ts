import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  describeArgError,
  errorJson,
  explainFailure,
  failureOutput,
  formatDuration,
  formatShared,
  formatSharedList,
  formatSizeValue,
  formatStatus,
  formatTable,
  formatTimestamp,
  localFailureOutput,
  NOTHING_SHARED,
  sharedListJson,
  statusJson,
  toJson,
  usageFailureOutput,
  wantsJson,
} from '../../agent/commands/format.js';
import { EXIT } from '../../agent/command.js';
import { AgentClientError, classifyDBusError, parseAddress, sessionBusAddresses, toPlain } from '../../agent/dbus-client.js';
import { parseArgs } from 'node:util';

const STATUS = {
  version: '0.1.0',
  peer_id: '',
  share_dir: '/home/ana/Public',
  share_url: 'https://ana-xo.local:8443/',
  share_urls: ['https://ana-xo.local:8443/', 'https://192.168.1.5:8443/', 'https://127.0.0.1:8443/', 'https://[::1]:8443/'],
  user: 'ana',
  uptime_seconds: 3 * 3600 + 5 * 60 + 7,
  shared_entries: 2,
  requests: 1234n,
};

test('formatDuration: the two largest units, in words', () => {
  assert.is(formatDuration(0), '0 seconds');
  assert.is(formatDuration(1), '1 second');
  assert.is(formatDuration(45.9), '45 seconds');
  assert.is(formatDuration(60), '1 minute');
  assert.is(formatDuration(65), '1 minute 5 seconds');
  assert.is(formatDuration(3600), '1 hour');
  assert.is(formatDuration(3 * 3600 + 5 * 60 + 7), '3 hours 5 minutes');
  assert.is(formatDuration(86_400 + 3600 + 60), '1 day 1 hour');
  assert.is(formatDuration(2 * 86_400 + 59), '2 days');
  assert.is(formatDuration(-1), 'unknown');
  assert.is(formatDuration(Number.NaN), 'unknown');
});

test('formatSizeValue: numbers and bigints of any width, as the web page shows sizes', () => {
  assert.is(formatSizeValue(0), '0 bytes');
  assert.is(formatSizeValue(1), '1 byte');
  assert.is(formatSizeValue(1234), '1.2 kB');
  assert.is(formatSizeValue(4_700_000_000n), '4.7 GB');
  assert.is(formatSizeValue('2000'), '2.0 kB');
  assert.is(formatSizeValue(undefined), '—');
  assert.is(formatSizeValue(-5), '—');
  assert.is(formatSizeValue('big'), '—');
});

test('formatTimestamp: seconds, milliseconds or ISO strings, shown in UTC', () => {
  const seconds = Date.UTC(2026, 10, 22, 14, 5, 59) / 1000;
  assert.is(formatTimestamp(seconds), '2026-11-22 14:05 UTC');
  assert.is(formatTimestamp(BigInt(seconds)), '2026-11-22 14:05 UTC');
  assert.is(formatTimestamp(seconds * 1000), '2026-11-22 14:05 UTC');
  assert.is(formatTimestamp('2026-11-22T14:05:59Z'), '2026-11-22 14:05 UTC');
  assert.is(formatTimestamp(String(seconds)), '2026-11-22 14:05 UTC');
  assert.is(formatTimestamp(undefined), '—');
  assert.is(formatTimestamp(0), '—');
  assert.is(formatTimestamp('yesterday'), '—');
});

test('formatTable pads every column but the last, and neutralises control characters', () => {
  const table = formatTable(['A', 'Long header', 'Z'], [
    ['xyz', 'b', 'last column is not padded'],
    ['é', 'line\nbreak', 'q'],
  ]);
  assert.is(table, ['A    Long header  Z', 'xyz  b            last column is not padded', 'é    line?break   q'].join('\n'));
});

test('formatStatus: every field labelled, peer id "not yet" when empty, loopback addresses left out', () => {
  const text = formatStatus(STATUS);
  assert.is(
    text,
    [
      'The mesh-share agent 0.1.0 is running.',
      '  share folder    /home/ana/Public',
      '  open            https://ana-xo.local:8443/   (also https://192.168.1.5:8443/)',
      '  user            ana',
      '  peer id         not yet',
      '  running for     3 hours 5 minutes',
      '  shared entries  2',
      '  requests        1234',
    ].join('\n'),
  );
  assert.match(formatStatus({ ...STATUS, peer_id: '12D3KooWabc' }), /peer id\s+12D3KooWabc$/m);
});

test('formatStatus copes with a sparse status (an older or newer agent)', () => {
  const text = formatStatus({ version: '9.9.9', something_new: 'x' });
  assert.match(text, /^The mesh-share agent 9\.9\.9 is running\.$/m);
  assert.match(text, /share folder\s+—/);
  assert.match(text, /peer id\s+not yet/);
  assert.match(text, /running for\s+—/);
  assert.not.match(text, /something_new/);
});

test('statusJson keeps the D-Bus keys and turns bigints into numbers', () => {
  const json = statusJson(STATUS) as Record<string, unknown>;
  assert.is(json.requests, 1234);
  assert.is(json.peer_id, '');
  assert.equal(json.share_urls, STATUS.share_urls);
  assert.is(JSON.stringify(json).includes('"uptime_seconds":11107'), true);
});

test('toJson: large bigints become strings, Buffers base64, nested dictionaries kept', () => {
  assert.is(toJson(2n ** 63n - 1n), '9223372036854775807');
  assert.is(toJson(-5n), -5);
  assert.is(toJson(Buffer.from([0x89, 0x50, 0x4e, 0x47])), 'iVBORw==');
  assert.equal(toJson({ a: [1n, 'x', { b: true }] }), { a: [1, 'x', { b: true }] });
  assert.is(toJson(undefined), null);
  assert.is(toJson(Number.POSITIVE_INFINITY), null);
});

const ENTRY = {
  url: 'https://ana-xo.local:8443/Our%20school%20garden.png',
  name: 'Our school garden.png',
  title: 'Our school garden',
  mime_type: 'image/png',
  size: 123_456n,
  shared_at: Date.UTC(2026, 2, 4, 9, 30) / 1000,
  preview: Buffer.from('PNG'),
};

test('formatSharedList: a table with title, file name, size, date and URL, and how to unshare', () => {
  const text = formatSharedList([ENTRY, { ...ENTRY, title: 'Fractions', name: 'Fractions.pdf', url: 'https://ana-xo.local:8443/Fractions.pdf', size: 999 }]);
  const lines = text.split('\n');
  assert.match(lines[0]!, /^Title\s+File name\s+Size\s+Shared\s+URL$/);
  assert.is(lines[1], 'Our school garden  Our school garden.png  123 kB     2026-03-04 09:30 UTC  https://ana-xo.local:8443/Our%20school%20garden.png');
  assert.is(lines[2], 'Fractions          Fractions.pdf          999 bytes  2026-03-04 09:30 UTC  https://ana-xo.local:8443/Fractions.pdf');
  assert.is(lines[3], '');
  assert.is(lines[4], '2 entries are shared. To stop sharing one: mesh-share unshare URL');
  assert.match(formatSharedList([ENTRY]), /\n1 entry is shared\./);
});

test('formatSharedList: a friendly sentence when nothing is shared; long titles are cut, URLs never', () => {
  assert.is(formatSharedList([]), NOTHING_SHARED);
  assert.is(NOTHING_SHARED, 'Nothing is shared yet. Share a file with: mesh-share share FILE');
  const long = 'A'.repeat(60);
  const url = `https://ana-xo.local:8443/${'b'.repeat(80)}.txt`;
  const text = formatSharedList([{ url, name: `${long}.txt`, title: long, size: 1, shared_at: 0 }]);
  assert.ok(text.includes(`${'A'.repeat(39)}…`));
  assert.ok(text.includes(url));
  assert.match(text, /\s—\s/); // no date
});

test('sharedListJson wraps the entries and keeps their keys', () => {
  const json = sharedListJson([ENTRY]) as { entries: Array<Record<string, unknown>> };
  assert.is(json.entries.length, 1);
  assert.is(json.entries[0]!.size, 123456);
  assert.is(json.entries[0]!.preview, Buffer.from('PNG').toString('base64'));
  assert.is(json.entries[0]!.url, ENTRY.url);
});

test('formatShared: title, then the URL indented', () => {
  assert.is(formatShared('Our school garden', ENTRY.url), `Shared: Our school garden\n  ${ENTRY.url}`);
});

test('failures: no agent and no bus say how to start one and exit 3', () => {
  const noAgent = failureOutput(new AgentClientError('no-agent', 'No mesh-share agent is running.'), false);
  assert.is(noAgent.stream, 'stderr');
  assert.is(noAgent.exitCode, EXIT.noAgent);
  assert.is(noAgent.text, 'No mesh-share agent is running. Start one with: mesh-share agent (or: systemctl --user start mesh-share)\n');
  const noBus = failureOutput(new AgentClientError('no-bus', 'There is no D-Bus session bus here (DBUS_SESSION_BUS_ADDRESS is not set).'), false);
  assert.is(noBus.exitCode, 3);
  assert.is(
    noBus.text,
    'There is no D-Bus session bus here (DBUS_SESSION_BUS_ADDRESS is not set). Run this inside your desktop session, or start one with: dbus-run-session -- mesh-share agent\n',
  );
});

test('failures: the agent\'s refusal is printed as is, exit 1; --json puts the error on stdout', () => {
  const refusal = new AgentClientError('agent-error', 'Nothing is shared at that address.', 'org.sugarlabs.MeshShare1.Error.NotFound');
  assert.is(refusal.agentErrorName, 'NotFound');
  assert.equal(failureOutput(refusal, false), { stream: 'stderr', text: 'Nothing is shared at that address.\n', exitCode: 1 });
  const json = failureOutput(refusal, true);
  assert.is(json.stream, 'stdout');
  assert.is(json.exitCode, 1);
  assert.equal(JSON.parse(json.text), { error: { code: 'agent-error', message: 'Nothing is shared at that address.', dbus_name: 'org.sugarlabs.MeshShare1.Error.NotFound' } });
  const noAgent = failureOutput(new AgentClientError('no-agent', 'No mesh-share agent is running.'), true);
  assert.is(noAgent.exitCode, 3);
  assert.is((JSON.parse(noAgent.text) as { error: { code: string } }).error.code, 'no-agent');
});

test('failures: timeouts suggest waiting or restarting, other errors exit 1', () => {
  assert.match(explainFailure({ code: 'timeout', message: 'The mesh-share agent did not answer within 5 seconds.' }), /try again in a moment, or restart it with: systemctl --user restart mesh-share$/);
  assert.match(explainFailure({ code: 'timeout', message: 'The D-Bus session bus at /x did not answer within 5 seconds.' }), /Try again in a moment\.$/);
  assert.is(failureOutput({ code: 'timeout', message: 'x' }, false).exitCode, 1);
  assert.is(failureOutput({ code: 'failed', message: 'x' }, false).exitCode, 1);
});

test('usage and local failures', () => {
  assert.equal(usageFailureOutput('share', 'give one file at a time.', false), {
    stream: 'stderr',
    text: "mesh-share share: give one file at a time.\nRun 'mesh-share share --help' to see how to use it.\n",
    exitCode: 2,
  });
  assert.equal(JSON.parse(usageFailureOutput('share', 'x', true).text), { error: { code: 'usage', message: 'x' } });
  const missing = localFailureOutput('no-file', 'There is no file at /x.', true);
  assert.is(missing.exitCode, 1);
  assert.equal(JSON.parse(missing.text), errorJson('no-file', 'There is no file at /x.'));
});

test('describeArgError and wantsJson', () => {
  const parse = (args: string[]): unknown => {
    try {
      parseArgs({ args, options: { title: { type: 'string' }, json: { type: 'boolean' } }, strict: true, allowPositionals: false });
    } catch (error) {
      return error;
    }
    return undefined;
  };
  assert.is(describeArgError(parse(['--nope'])), 'unknown option --nope.');
  assert.is(describeArgError(parse(['--title'])), '--title needs a value.');
  assert.is(describeArgError(parse(['extra'])), "unexpected argument extra.");
  assert.is(wantsJson(['status', '--json']), true);
  assert.is(wantsJson(['--', '--json']), false);
  assert.is(wantsJson(['--jsonx']), false);
});

test('D-Bus errors are sorted by name', () => {
  assert.is(classifyDBusError('org.sugarlabs.MeshShare1.Error.NotFound', 'Nothing is shared at that address.').code, 'agent-error');
  assert.is(classifyDBusError('org.sugarlabs.MeshShare1.Error.NotFound', 'Nothing is shared at that address.').message, 'Nothing is shared at that address.');
  assert.is(classifyDBusError('org.freedesktop.DBus.Error.ServiceUnknown', 'The name ... was not provided by any .service files').code, 'no-agent');
  assert.is(classifyDBusError('org.freedesktop.DBus.Error.ServiceUnknown', '').message, 'No mesh-share agent is running.');
  assert.is(classifyDBusError('org.freedesktop.DBus.Error.NameHasNoOwner', '').code, 'no-agent');
  const spawn = classifyDBusError('org.freedesktop.DBus.Error.Spawn.ChildExited', 'Process exited with status 1');
  assert.is(spawn.code, 'no-agent');
  assert.match(spawn.message, /starting one failed: Process exited with status 1\.$/);
  assert.is(classifyDBusError('org.freedesktop.DBus.Error.NoReply', 'Did not receive a reply').code, 'timeout');
  assert.is(classifyDBusError('org.freedesktop.DBus.Error.UnknownMethod', 'No such method').code, 'failed');
});

test('bus addresses: unix:path and tcp are used, percent-escapes decoded, abstract sockets and an unset variable are no-bus', () => {
  assert.equal(parseAddress('unix:path=/run/user/1000/bus,guid=abc'), { transport: 'unix', params: { path: '/run/user/1000/bus', guid: 'abc' } });
  assert.equal(parseAddress('unix:path=/tmp/a%20b'), { transport: 'unix', params: { path: '/tmp/a b' } });
  assert.is(parseAddress('nonsense'), undefined);
  assert.equal(sessionBusAddresses({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus,guid=abc' }).candidates, ['unix:socket=/run/user/1000/bus']);
  assert.equal(sessionBusAddresses({ DBUS_SESSION_BUS_ADDRESS: 'unix:abstract=/tmp/x;tcp:host=127.0.0.1,port=5555' }).candidates, ['tcp:host=127.0.0.1,port=5555']);
  const noBus = (env: NodeJS.ProcessEnv): AgentClientError => {
    try {
      sessionBusAddresses(env);
    } catch (error) {
      return error as AgentClientError;
    }
    throw new Error('expected no-bus');
  };
  assert.is(noBus({}).code, 'no-bus');
  assert.is(noBus({}).message, 'There is no D-Bus session bus here (DBUS_SESSION_BUS_ADDRESS is not set).');
  assert.is(noBus({ DBUS_SESSION_BUS_ADDRESS: '', XDG_RUNTIME_DIR: '/nonexistent' }).code, 'no-bus');
  assert.match(noBus({ DBUS_SESSION_BUS_ADDRESS: 'unix:abstract=/tmp/dbus-x,guid=1' }).message, /abstract socket/);
  assert.is(noBus({ DBUS_SESSION_BUS_ADDRESS: 'launchd:env=X' }).code, 'no-bus');
});

test('toPlain unwraps variant-like values without dbus-next loaded; safe 64-bit integers become numbers', () => {
  class Variant {
    constructor(readonly signature: string, readonly value: unknown) {}
  }
  const plain = toPlain({ a: new Variant('s', 'x'), b: new Variant('ay', Buffer.from('hi')), c: new Variant('a{sv}', { d: new Variant('x', 5n), e: new Variant('t', 2n ** 60n) }), f: new Variant('as', ['p', 'q']) });
  assert.equal(plain, { a: 'x', b: Buffer.from('hi'), c: { d: 5, e: 2n ** 60n }, f: ['p', 'q'] });
});

test.run();
