/**
 * The DnsSd facade without a working socket: validation, a clear error
 * when the socket cannot be opened, idempotent stop. (Nothing here sends
 * multicast: the only start() binds to an address this machine lacks.)
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../agent/logger.js';
import { DnsSd, DnsSdError } from '../../protocols/dns-sd/dns-sd.js';

const base = { log: silentLogger, hostLabel: 'xo-a1b2', hostRecords: 'publish' as const, addresses: () => ['169.254.1.1'] };

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'none';
  } catch (e) {
    return e instanceof DnsSdError ? e.code : `other: ${String(e)}`;
  }
}

test('constructor checks the host label and the host records mode', () => {
  assert.is(codeOf(() => new DnsSd({ ...base, hostLabel: 'xo.local' })), 'bad-host-label');
  assert.is(codeOf(() => new DnsSd({ ...base, hostLabel: '' })), 'bad-host-label');
  assert.is(codeOf(() => new DnsSd({ ...base, hostRecords: 'avahi' as 'system' })), 'bad-host-label');
  assert.is(codeOf(() => new DnsSd(base)), 'none');
});

test('publish and browse validate their input before anything is sent', () => {
  const sd = new DnsSd(base);
  assert.is(codeOf(() => sd.publish({ type: '_webdavs._tcp', name: '', port: 1, txt: [] })), 'bad-instance-name');
  assert.is(codeOf(() => sd.publish({ type: '_webdavs._tcp', name: 'x', port: 1, txt: [{ key: 'a=b', value: null }] })), 'bad-txt');
  assert.is(codeOf(() => sd.browse('webdavs')), 'bad-service-type');
  const p = sd.publish({ type: '_webdavs._tcp', name: 'Dr. Who', port: 1, txt: [] });
  assert.is(p.fullName, 'Dr\\. Who._webdavs._tcp.local');
  assert.is(sd.hostName, 'xo-a1b2.local');
  assert.equal(sd.stats(), { packetsSent: 0, packetsReceived: 0, queriesSent: 0, responsesSent: 0 });
});

test('start() rejects with a clear DnsSdError when the socket cannot be opened; stop() is idempotent', async () => {
  const sd = new DnsSd({ ...base, mdns: { port: 5353, bind: '192.0.2.77', multicast: false } });
  try {
    await sd.start();
    assert.unreachable('start should fail');
  } catch (e) {
    assert.ok(e instanceof DnsSdError, String(e));
    assert.is((e as DnsSdError).code, 'socket');
    assert.match((e as Error).message, /cannot open the mDNS socket on UDP port 5353/);
  }
  await sd.stop();
  await sd.stop();
  assert.is(codeOf(() => sd.publish({ type: '_webdavs._tcp', name: 'x', port: 1, txt: [] })), 'stopped');
});

test.run();
