import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import {
  ConfigError,
  DEFAULT_MAX_UPLOAD_BYTES,
  DEFAULT_MAX_XML_BYTES,
  parseSize,
  resolveAgentConfig,
  type AgentFlags,
} from '../../agent/config.js';
import { defaultDataDir, defaultShareDir } from '../../agent/paths.js';

// A home with no user-dirs.dirs, so the share default does not depend on the machine running the tests.
const HOME = '/nonexistent-home/ana';
const ENV: NodeJS.ProcessEnv = { HOME };
const CONTEXT = { cwd: '/work/here', username: () => 'ana' };

const resolveWith = (flags: AgentFlags, env: NodeJS.ProcessEnv = ENV) => resolveAgentConfig(flags, env, CONTEXT);

function throwsConfig(fn: () => unknown, mentions: RegExp): void {
  try {
    fn();
  } catch (error) {
    assert.instance(error, ConfigError);
    assert.match((error as Error).message, mentions);
    return;
  }
  assert.unreachable('expected a ConfigError');
}

test('defaults', () => {
  const config = resolveWith({});
  assert.equal(config, {
    dataDir: join(HOME, '.local', 'share', 'mesh-share'),
    shareDir: join(HOME, 'Public'),
    davHost: '::',
    davPort: 8443,
    user: 'ana',
    maxUploadBytes: 64 * 1024 ** 3,
    maxXmlBytes: 1024 * 1024,
    logLevel: 'info',
    p2pPort: 8444,
    mdnsQueryIntervalMs: 300_000,
    inboxDir: join(HOME, 'Downloads'),
    maxReceiveBytes: 4 * 1024 ** 3,
    peerAccess: 'read',
  });
  assert.is(DEFAULT_MAX_UPLOAD_BYTES, 64 * 1024 ** 3);
  assert.is(DEFAULT_MAX_XML_BYTES, 1024 * 1024);
});

test('dirs follow XDG variables through paths.ts', () => {
  const env = { HOME, XDG_DATA_HOME: '/xdg/data', XDG_CONFIG_HOME: '/xdg/config' };
  const config = resolveWith({}, env);
  assert.is(config.dataDir, defaultDataDir(env));
  assert.is(config.dataDir, '/xdg/data/mesh-share');
  assert.is(config.shareDir, defaultShareDir(env));
});

test('a relative XDG_DATA_HOME is ignored, as the XDG spec says', () => {
  const config = resolveWith({}, { HOME, XDG_DATA_HOME: 'relative/data' });
  assert.is(config.dataDir, join(HOME, '.local', 'share', 'mesh-share'));
});

test('flags override every default', () => {
  const config = resolveWith({
    dataDir: '/srv/data',
    shareDir: '/srv/share',
    davHost: '127.0.0.1',
    davPort: '0',
    user: 'teacher',
    maxUpload: '10M',
    logLevel: 'debug',
    p2pPort: '0',
    discovery: false,
    nick: '  Maria José ',
    color: '#ff2b34, #005fe4',
    mdnsQueryInterval: '10',
    inbox: '/srv/inbox',
    maxReceive: '100M',
    peerAccess: 'none',
  });
  assert.equal(config, {
    dataDir: '/srv/data',
    shareDir: '/srv/share',
    davHost: '127.0.0.1',
    davPort: 0,
    user: 'teacher',
    maxUploadBytes: 10 * 1024 * 1024,
    maxXmlBytes: DEFAULT_MAX_XML_BYTES,
    logLevel: 'debug',
    p2pPort: 0,
    discovery: false,
    nick: 'Maria José',
    color: '#FF2B34,#005FE4',
    mdnsQueryIntervalMs: 10_000,
    inboxDir: '/srv/inbox',
    maxReceiveBytes: 100 * 1024 * 1024,
    peerAccess: 'none',
  });
});

test('the inbox follows XDG_DOWNLOAD_DIR; --max-receive says what is accepted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mesh-share-config-'));
  try {
    writeFileSync(join(dir, 'user-dirs.dirs'), 'XDG_DOWNLOAD_DIR="$HOME/Descargas"\n');
    assert.is(resolveWith({}, { HOME, XDG_CONFIG_HOME: dir }).inboxDir, join(HOME, 'Descargas'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throwsConfig(() => resolveWith({ maxReceive: 'lots' }), /--max-receive must be a size/);
});

test('discovery options say what is accepted', () => {
  throwsConfig(() => resolveWith({ p2pPort: '70000' }), /--p2p-port must be a port number/);
  throwsConfig(() => resolveWith({ nick: '   ' }), /--nick needs a name/);
  throwsConfig(() => resolveWith({ nick: 'a\u0007b' }), /control characters/);
  throwsConfig(() => resolveWith({ nick: 'é'.repeat(32) }), /at most 63 bytes/);
  assert.is(resolveWith({ nick: 'é'.repeat(31) }).nick, 'é'.repeat(31));
  throwsConfig(() => resolveWith({ color: 'red' }), /two colours like Sugar's/);
  throwsConfig(() => resolveWith({ color: '#FF2B34' }), /stroke then fill/);
  throwsConfig(() => resolveWith({ mdnsQueryInterval: '0' }), /from 1 to 86400/);
  throwsConfig(() => resolveWith({ mdnsQueryInterval: '1.5' }), /whole number of seconds/);
});

test('relative and ~ paths are made absolute', () => {
  const config = resolveWith({ dataDir: 'state', shareDir: '~/Class' });
  assert.is(config.dataDir, '/work/here/state');
  assert.is(config.shareDir, join(HOME, 'Class'));
  assert.is(resolveWith({ shareDir: '~' }).shareDir, HOME);
  throwsConfig(() => resolveAgentConfig({ shareDir: '~/x' }, {}, CONTEXT), /HOME/);
  throwsConfig(() => resolveWith({ shareDir: '  ' }), /--share/);
});

test('bracketed IPv6 hosts are accepted', () => {
  assert.is(resolveWith({ davHost: '[::1]' }).davHost, '::1');
  throwsConfig(() => resolveWith({ davHost: '' }), /--dav-host/);
  throwsConfig(() => resolveWith({ davHost: 'a b' }), /--dav-host/);
});

test('ports', () => {
  assert.is(resolveWith({ davPort: '65535' }).davPort, 65535);
  assert.is(resolveWith({ davPort: 9443 }).davPort, 9443);
  for (const bad of ['65536', '-1', 'abc', '', '84 43', '1.5', '0x20']) {
    throwsConfig(() => resolveWith({ davPort: bad }), /--dav-port must be a port number from 0 to 65535/);
  }
});

test('size suffixes are powers of 1024', () => {
  assert.is(parseSize('500'), 500);
  assert.is(parseSize('1K'), 1024);
  assert.is(parseSize('1k'), 1024);
  assert.is(parseSize('1KiB'), 1024);
  assert.is(parseSize('1KB'), 1024);
  assert.is(parseSize('1.5M'), 1.5 * 1024 * 1024);
  assert.is(parseSize('64G'), 64 * 1024 ** 3);
  assert.is(parseSize('2T'), 2 * 1024 ** 4);
  assert.is(parseSize(' 3 M '), 3 * 1024 * 1024);
  assert.is(parseSize(4096), 4096);
  assert.is(resolveWith({ maxUpload: '64G' }).maxUploadBytes, DEFAULT_MAX_UPLOAD_BYTES);
});

test('bad sizes say what is accepted', () => {
  for (const bad of ['', 'lots', '10X', '-5', '1e9', '5 GB extra', '99999999999T']) {
    throwsConfig(() => resolveWith({ maxUpload: bad }), /--max-upload must be a size in bytes, optionally with K, M, G or T/);
  }
  throwsConfig(() => resolveWith({ maxUpload: '0' }), /at least 1 byte/);
  throwsConfig(() => resolveWith({ maxUpload: '0.1' }), /at least 1 byte/);
});

test('user names follow the htpasswd rules', () => {
  assert.is(resolveWith({ user: 'Ana María' }).user, 'Ana María');
  throwsConfig(() => resolveWith({ user: '' }), /--user needs a name/);
  throwsConfig(() => resolveWith({ user: 'a:b' }), /colon/);
  throwsConfig(() => resolveWith({ user: 'a\nb' }), /control/);
  throwsConfig(() => resolveWith({ user: 'x'.repeat(65) }), /64/);
});

test('the default user falls back to the environment when the system has no name for us', () => {
  const failing = () => {
    throw new Error('no passwd entry');
  };
  assert.is(resolveAgentConfig({}, { HOME, USER: 'xo' }, { cwd: '/', username: failing }).user, 'xo');
  assert.is(resolveAgentConfig({}, { HOME, LOGNAME: 'olpc' }, { cwd: '/', username: failing }).user, 'olpc');
  assert.is(resolveAgentConfig({}, { HOME }, { cwd: '/', username: failing }).user, 'share');
});

test('log level from the flag, then MESH_SHARE_LOG, then info', () => {
  assert.is(resolveWith({}, { HOME, MESH_SHARE_LOG: 'warn' }).logLevel, 'warn');
  assert.is(resolveWith({}, { HOME, MESH_SHARE_LOG: 'DEBUG' }).logLevel, 'debug');
  assert.is(resolveWith({ logLevel: 'error' }, { HOME, MESH_SHARE_LOG: 'warn' }).logLevel, 'error');
  assert.is(resolveWith({}, { HOME, MESH_SHARE_LOG: '' }).logLevel, 'info');
  throwsConfig(() => resolveWith({ logLevel: 'loud' }), /--log-level must be one of debug, info, warn, error/);
  throwsConfig(() => resolveWith({}, { HOME, MESH_SHARE_LOG: 'verbose' }), /MESH_SHARE_LOG/);
});

test('--peer-access is read or none', () => {
  assert.is(resolveWith({ peerAccess: 'READ ' }).peerAccess, 'read');
  assert.is(resolveWith({ peerAccess: 'none' }).peerAccess, 'none');
  throwsConfig(() => resolveWith({ peerAccess: 'write' }), /--peer-access must be read .* or none, not "write"/);
  throwsConfig(() => resolveWith({ peerAccess: '' }), /--peer-access must be read/);
});

test.run();
