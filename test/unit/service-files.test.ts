import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  agentArguments,
  dbusExecWord,
  packageLocations,
  renderActivationFile,
  renderUnit,
  ServiceFileError,
  systemdPath,
  systemdWord,
  type ServiceFileParams,
} from '../../agent/service-files.js';

import { AGENT_NODE_ENV, AGENT_NODE_FLAGS } from '../helpers/agent-process.js';

// This file runs from dist/test/unit/; the templates live in <root>/systemd/.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const UNIT_TEMPLATE = readFileSync(`${ROOT}systemd/mesh-share.service`, 'utf8');
const ACTIVATION_TEMPLATE = readFileSync(`${ROOT}systemd/org.sugarlabs.MeshShare1.service`, 'utf8');

const PLAIN: ServiceFileParams = {
  node: '/usr/bin/node',
  cli: '/opt/mesh-share/dist/agent/cli.js',
  dataDir: '/home/ana/.local/share/mesh-share',
  shareDir: '/home/ana/Public',
};

/** `Key=value` lines of one file (comments and sections left out); a key given twice keeps both values. */
function keys(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (match) map.set(match[1]!, [...(map.get(match[1]!) ?? []), match[2]!]);
  }
  return map;
}

function throwsServiceFileError(fn: () => unknown, mentions: RegExp): void {
  try {
    fn();
  } catch (error) {
    assert.instance(error, ServiceFileError);
    assert.match((error as Error).message, mentions);
    return;
  }
  assert.unreachable('expected a ServiceFileError');
}

test('plain paths: the unit runs the agent with both folders and opens only those for writing', () => {
  const unit = renderUnit(UNIT_TEMPLATE, PLAIN);
  const k = keys(unit);
  assert.equal(k.get('ExecStart'), ['/usr/bin/node --max-semi-space-size=2 /opt/mesh-share/dist/agent/cli.js agent --data-dir /home/ana/.local/share/mesh-share --share /home/ana/Public']);
  assert.equal(k.get('ReadWritePaths'), ['-/home/ana/.local/share/mesh-share -/home/ana/Public']);
  assert.equal(k.get('Environment'), ['MALLOC_ARENA_MAX=2']);
  assert.equal(k.get('Type'), ['dbus']);
  assert.equal(k.get('BusName'), ['org.sugarlabs.MeshShare1']);
  assert.equal(k.get('Restart'), ['on-failure']);
  assert.equal(k.get('WantedBy'), ['default.target']);
  assert.not.match(unit.replace(/^#.*$/gm, ''), /@[A-Z_]+@/, 'no placeholder is left outside comments');
  assert.not.match(unit, /[ \t]$/m, 'no trailing blanks');
});

test('the unit keeps the hardening the issue asks for', () => {
  const k = keys(renderUnit(UNIT_TEMPLATE, PLAIN));
  const expected: Record<string, string> = {
    NoNewPrivileges: 'yes',
    ProtectSystem: 'strict',
    ProtectHome: 'read-only',
    PrivateTmp: 'yes',
    PrivateDevices: 'yes',
    RestrictAddressFamilies: 'AF_UNIX AF_INET AF_INET6 AF_NETLINK',
    LockPersonality: 'yes',
    SystemCallErrorNumber: 'EPERM',
    SystemCallArchitectures: 'native',
    RestrictNamespaces: 'yes',
    RestrictRealtime: 'yes',
    RestrictSUIDSGID: 'yes',
    ProtectKernelTunables: 'yes',
    ProtectKernelModules: 'yes',
    ProtectKernelLogs: 'yes',
    ProtectControlGroups: 'yes',
    ProtectClock: 'yes',
    ProtectHostname: 'yes',
    CapabilityBoundingSet: '',
    UMask: '0077',
    ProtectProc: 'invisible',
    ProcSubset: 'pid',
  };
  for (const [key, value] of Object.entries(expected)) assert.equal(k.get(key), [value], key);
  assert.equal(k.get('SystemCallFilter'), ['@system-service', '~@privileged']);
  assert.is(k.get('MemoryDenyWriteExecute'), undefined, 'V8 needs to make its code executable');
});

test('the D-Bus activation file names the bus name, the command and the systemd unit', () => {
  const text = renderActivationFile(ACTIVATION_TEMPLATE, PLAIN);
  assert.match(text, /^\[D-BUS Service\]$/m);
  const k = keys(text);
  assert.equal(k.get('Name'), ['org.sugarlabs.MeshShare1']);
  assert.equal(k.get('Exec'), ['/usr/bin/env MALLOC_ARENA_MAX=2 /usr/bin/node --max-semi-space-size=2 /opt/mesh-share/dist/agent/cli.js agent --data-dir /home/ana/.local/share/mesh-share --share /home/ana/Public']);
  assert.equal(k.get('SystemdService'), ['mesh-share.service']);
  assert.not.match(text.replace(/^#.*$/gm, ''), /@[A-Z_]+@/);
});

test('extra agent options follow the folders, in both files', () => {
  const params = { ...PLAIN, extraAgentArgs: ['--dav-port', '0', '--dav-host', '127.0.0.1'] };
  assert.equal(agentArguments(params), ['--data-dir', PLAIN.dataDir, '--share', PLAIN.shareDir, '--dav-port', '0', '--dav-host', '127.0.0.1']);
  assert.match(keys(renderUnit(UNIT_TEMPLATE, params)).get('ExecStart')![0]!, / --share \/home\/ana\/Public --dav-port 0 --dav-host 127\.0\.0\.1$/);
  assert.match(keys(renderActivationFile(ACTIVATION_TEMPLATE, params)).get('Exec')![0]!, / --share \/home\/ana\/Public --dav-port 0 --dav-host 127\.0\.0\.1$/);
});

test('systemd words: spaces and quotes are double-quoted, backslashes doubled, % doubled, $ doubled in arguments', () => {
  assert.is(systemdWord('/plain/path-1.2_x+y=z:w,v@u'), '/plain/path-1.2_x+y=z:w,v@u');
  assert.is(systemdWord('/home/ana/My Share'), '"/home/ana/My Share"');
  assert.is(systemdWord('/a\\b'), '"/a\\\\b"');
  assert.is(systemdWord('/say "hi"'), '"/say \\"hi\\""');
  assert.is(systemdWord("/it's"), `"/it's"`);
  assert.is(systemdWord('/100%'), '"/100%%"');
  assert.is(systemdWord('/cost$5'), '"/cost$$5"');
  assert.is(systemdWord('${HOME}'), '"$${HOME}"');
  assert.is(systemdWord(''), '""');
  assert.is(systemdWord(';'), '";"', 'a quoted semicolon is an argument, not a command separator');
  // The program itself is never searched for variables: its $ stays single.
  assert.is(systemdWord('/opt/n$de/node', { program: true }), '"/opt/n$de/node"');
  assert.is(systemdWord('/opt/50% off/node', { program: true }), '"/opt/50%% off/node"');
});

test('systemd paths (ReadWritePaths=): no $ rule, % doubled, quoted as needed', () => {
  assert.is(systemdPath('-/home/ana/Public'), '-/home/ana/Public');
  assert.is(systemdPath('-/home/ana/My $hare 100%'), '"-/home/ana/My $hare 100%%"');
  assert.is(systemdPath('-/a\\b "c"'), '"-/a\\\\b \\"c\\""');
});

test('a unit for folders with spaces, quotes, %, $ and backslashes', () => {
  const dir = `/home/ana/Tom's "files" 100% $x\\y`;
  const unit = renderUnit(UNIT_TEMPLATE, { ...PLAIN, cli: `${dir}/dist/agent/cli.js`, dataDir: `${dir}/data`, shareDir: `${dir}/share` });
  const quotedArg = `"/home/ana/Tom's \\"files\\" 100%% $$x\\\\y`;
  const quotedPath = `"-/home/ana/Tom's \\"files\\" 100%% $x\\\\y`;
  assert.equal(keys(unit).get('ExecStart'), [`/usr/bin/node --max-semi-space-size=2 ${quotedArg}/dist/agent/cli.js" agent --data-dir ${quotedArg}/data" --share ${quotedArg}/share"`]);
  assert.equal(keys(unit).get('ReadWritePaths'), [`${quotedPath}/data" ${quotedPath}/share"`]);
});

test('D-Bus Exec words: single-quoted for the shell splitter, then every backslash doubled for the key file', () => {
  assert.is(dbusExecWord('/plain/path'), '/plain/path');
  assert.is(dbusExecWord('/home/ana/My Share'), "'/home/ana/My Share'");
  assert.is(dbusExecWord("/it's"), `'/it'\\\\''s'`);
  assert.is(dbusExecWord('/a\\b'), "'/a\\\\b'");
  assert.is(dbusExecWord('/100% "$x"'), `'/100% "$x"'`);
  assert.is(dbusExecWord(''), "''");
  const dir = `/home/ana/Tom's 100% $x\\y`;
  const exec = keys(renderActivationFile(ACTIVATION_TEMPLATE, { ...PLAIN, dataDir: `${dir}/data`, shareDir: '/srv/share' })).get('Exec')![0]!;
  assert.is(exec, `/usr/bin/env MALLOC_ARENA_MAX=2 /usr/bin/node --max-semi-space-size=2 /opt/mesh-share/dist/agent/cli.js agent --data-dir '/home/ana/Tom'\\\\''s 100% $x\\\\y/data' --share /srv/share`);
});

test('the same folder twice is opened once', () => {
  const unit = renderUnit(UNIT_TEMPLATE, { ...PLAIN, shareDir: PLAIN.dataDir });
  assert.equal(keys(unit).get('ReadWritePaths'), ['-/home/ana/.local/share/mesh-share']);
});

test('refused: relative paths, control characters, broken Unicode, a program path systemd will not run', () => {
  throwsServiceFileError(() => renderUnit(UNIT_TEMPLATE, { ...PLAIN, dataDir: 'data' }), /--data-dir must be an absolute path/);
  throwsServiceFileError(() => renderActivationFile(ACTIVATION_TEMPLATE, { ...PLAIN, node: 'node' }), /node must be an absolute path/);
  throwsServiceFileError(() => renderUnit(UNIT_TEMPLATE, { ...PLAIN, shareDir: '/home/ana/two\nlines' }), /control character/);
  throwsServiceFileError(() => renderActivationFile(ACTIVATION_TEMPLATE, { ...PLAIN, extraAgentArgs: ['--user', 'a\tb'] }), /control character/);
  throwsServiceFileError(() => renderUnit(UNIT_TEMPLATE, { ...PLAIN, shareDir: '/home/ana/\ud800' }), /not valid Unicode/);
  throwsServiceFileError(() => renderUnit(UNIT_TEMPLATE, { ...PLAIN, node: "/opt/it's/node" }), /quotes or backslashes/);
  // dbus-daemon has no such rule.
  assert.match(renderActivationFile(ACTIVATION_TEMPLATE, { ...PLAIN, node: "/opt/it's/node" }), /^Exec=\/usr\/bin\/env MALLOC_ARENA_MAX=2 '\/opt\/it'\\\\''s\/node' /m);
});

test('templates: unknown or missing placeholders are errors, a value containing @X@ is not substituted again', () => {
  throwsServiceFileError(() => renderUnit(`${UNIT_TEMPLATE}\nDescription=@NOPE@\n`, PLAIN), /unknown placeholder @NOPE@/);
  throwsServiceFileError(() => renderActivationFile(ACTIVATION_TEMPLATE.replace(/^Exec=.*$/m, 'Exec=@NODE@ /x agent @AGENT_ARGS@'), PLAIN), /lacks @CLI@/);
  // Comments explain the placeholders and are left alone.
  const commented = renderUnit(`${UNIT_TEMPLATE}\n# @NOPE@ and @NODE@\n`, PLAIN);
  assert.match(commented, /^# @NOPE@ and @NODE@$/m);
  assert.match(commented, /^# Generated by 'mesh-share install-service'/);
  const unit = renderUnit(UNIT_TEMPLATE, { ...PLAIN, shareDir: '/home/ana/@NODE@' });
  assert.match(unit, /^ReadWritePaths=-\/home\/ana\/\.local\/share\/mesh-share -\/home\/ana\/@NODE@$/m);
});

test('package locations: the CLI next to the module, the templates two folders up', () => {
  const where = packageLocations('file:///opt/mesh-share/dist/agent/service-files.js');
  assert.equal(where, {
    cli: '/opt/mesh-share/dist/agent/cli.js',
    unitTemplate: '/opt/mesh-share/systemd/mesh-share.service',
    activationTemplate: '/opt/mesh-share/systemd/org.sugarlabs.MeshShare1.service',
  });
});

test('every way of starting the agent gives node the same V8 flags and environment: the bin, npm start, the unit, D-Bus activation', () => {
  const flags = AGENT_NODE_FLAGS.join(' ');
  const assignments = Object.entries(AGENT_NODE_ENV).map(([name, value]) => `${name}=${value}`);
  const env = assignments.join(' ');
  assert.ok(assignments.length > 0);
  assert.is(readFileSync(`${ROOT}agent/cli.ts`, 'utf8').split('\n')[0], `#!/usr/bin/env -S ${env} node ${flags}`);
  const start = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
  assert.ok(start.startsWith(`${env} node ${flags} `), `npm start: ${start}`);
  assert.match(UNIT_TEMPLATE, new RegExp(`^ExecStart=@NODE@ ${flags} @CLI@ `, 'm'));
  for (const assignment of assignments) assert.match(UNIT_TEMPLATE, new RegExp(`^Environment=${assignment}$`, 'm'));
  assert.match(ACTIVATION_TEMPLATE, new RegExp(`^Exec=/usr/bin/env ${env} @NODE@ ${flags} @CLI@ `, 'm'));
});

test.run();
