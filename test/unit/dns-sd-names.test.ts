import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  checkHostLabel,
  checkInstanceLabel,
  checkServiceType,
  DnsSdError,
  escapeLabel,
  instanceFullName,
  instanceLabelOf,
  nameKey,
  nextHostLabel,
  nextServiceName,
  splitName,
  unescapeLabel,
  utf8Length,
} from '../../protocols/dns-sd/names.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DnsSdError ? e.code : `not a DnsSdError: ${String(e)}`;
  }
  return undefined;
}

test('instance names are escaped per RFC 6763 §4.3 and come back unchanged', () => {
  assert.is(escapeLabel('Dr. Smith\\x'), 'Dr\\. Smith\\\\x');
  assert.is(instanceFullName('Ana. share', '_webdavs._tcp'), 'Ana\\. share._webdavs._tcp.local');
  for (const name of ['plain', 'with.dot', 'back\\slash', 'Ünïcödé 💻', 'a.b.c', '\\.', 'x (2)']) {
    const full = instanceFullName(name, '_presence._tcp');
    const label = instanceLabelOf(full, '_presence._tcp.local');
    assert.is(unescapeLabel(label!), name);
  }
  assert.equal(splitName('a\\.b.c\\\\.d'), ['a\\.b', 'c\\\\', 'd']);
  assert.is(unescapeLabel('a\\255b'), 'a\ufffdb');
});

test('names compare ASCII case-insensitively', () => {
  assert.is(nameKey('Ana._WebDAVs._TCP.Local'), nameKey('ana._webdavs._tcp.local'));
  assert.is.not(nameKey('Ä.local'), nameKey('ä.local'));
  assert.is(instanceLabelOf('X._webdavs._tcp.local', '_WEBDAVS._tcp.local'), 'X');
  assert.is(instanceLabelOf('a.b._webdavs._tcp.local', '_webdavs._tcp.local'), undefined);
  assert.is(instanceLabelOf('_webdavs._tcp.local', '_webdavs._tcp.local'), undefined);
});

test('conflict rename: Name -> Name (2) -> Name (3); host xo -> xo-2 -> xo-3', () => {
  assert.is(nextServiceName('Ana'), 'Ana (2)');
  assert.is(nextServiceName('Ana (2)'), 'Ana (3)');
  assert.is(nextServiceName('Ana (9)'), 'Ana (10)');
  assert.is(nextServiceName('(2)'), '(2) (2)');
  const long = 'é'.repeat(31); // 62 bytes
  const renamed = nextServiceName(long);
  assert.ok(utf8Length(renamed) <= 63);
  assert.ok(renamed.endsWith(' (2)'));
  assert.is(nextHostLabel('xo'), 'xo-2');
  assert.is(nextHostLabel('xo-2'), 'xo-3');
  assert.is(nextHostLabel('xo-a1b2'), 'xo-a1b2-2');
  assert.ok(nextHostLabel('x'.repeat(63)).length <= 63);
});

test('validation throws DnsSdError with a code', () => {
  assert.is(code(() => checkServiceType('_webdavs._tcp')), undefined);
  assert.is(code(() => checkServiceType('webdavs._tcp')), 'bad-service-type');
  assert.is(code(() => checkServiceType('_a._sctp')), 'bad-service-type');
  assert.is(code(() => checkServiceType('_sixteen-chars-xx._tcp')), 'bad-service-type');
  assert.is(code(() => checkInstanceLabel('')), 'bad-instance-name');
  assert.is(code(() => checkInstanceLabel('a\u0001b')), 'bad-instance-name');
  assert.is(code(() => checkInstanceLabel('x'.repeat(64))), 'bad-instance-name');
  assert.is(code(() => checkInstanceLabel('é'.repeat(32))), 'bad-instance-name');
  assert.is(code(() => checkInstanceLabel('\ud800')), 'bad-instance-name');
  assert.is(code(() => checkInstanceLabel('x'.repeat(63))), undefined);
  assert.is(code(() => checkHostLabel('xo-a1b2')), undefined);
  assert.is(code(() => checkHostLabel('xo.local')), 'bad-host-label');
  assert.is(code(() => checkHostLabel('')), 'bad-host-label');
});

test.run();
