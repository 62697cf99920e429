import { X509Certificate, createPrivateKey } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, createSecureContext } from 'node:tls';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { certificateNames, describeCertificate, loadOrCreateCertificate } from '../../agent/certificate.js';
import type { Logger } from '../../agent/logger.js';

const lines: { level: string; message: string }[] = [];
const log: Logger = {
  debug: (message) => lines.push({ level: 'debug', message }),
  info: (message) => lines.push({ level: 'info', message }),
  warn: (message) => lines.push({ level: 'warn', message }),
  error: (message) => lines.push({ level: 'error', message }),
};

let dataDir = '';

test.before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mesh-share-cert-'));
});

test.after(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

test('first start makes an ECDSA P-256 key and a self-signed certificate, private key 0600', async () => {
  const result = await loadOrCreateCertificate(dataDir, log);
  assert.is(result.created, true);
  const key = await readFile(join(dataDir, 'tls', 'key.pem'), 'utf8');
  const cert = await readFile(join(dataDir, 'tls', 'cert.pem'), 'utf8');
  assert.is(result.key, key);
  assert.is(result.cert, cert);
  assert.is((await stat(join(dataDir, 'tls', 'key.pem'))).mode & 0o777, 0o600);
  assert.is((await stat(join(dataDir, 'tls')))?.mode & 0o777, 0o700);
  assert.equal((await readdir(join(dataDir, 'tls'))).sort(), ['cert.pem', 'key.pem'], 'no temporary files left');

  const privateKey = createPrivateKey(key);
  assert.is(privateKey.asymmetricKeyType, 'ec');
  assert.is(privateKey.asymmetricKeyDetails?.namedCurve, 'prime256v1');

  const x509 = new X509Certificate(cert);
  assert.ok(x509.checkPrivateKey(privateKey), 'the key belongs to the certificate');
  assert.ok(x509.verify(x509.publicKey), 'self-signed');
  assert.is(x509.ca, false);
  assert.is(x509.subject, `CN=${hostname().toLowerCase()}`);
  assert.is(x509.issuer, x509.subject);
  assert.equal(x509.keyUsage, ['1.3.6.1.5.5.7.3.1'], 'extended key usage: server authentication only');
  const years = (Date.parse(x509.validTo) - Date.parse(x509.validFrom)) / (365.25 * 24 * 3600 * 1000);
  assert.ok(Math.abs(years - 10) < 0.01, `valid ${years} years`);
  assert.ok(Date.parse(x509.validFrom) <= Date.now(), 'already valid');
  assert.is(result.fingerprint256, x509.fingerprint256);
  assert.match(result.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

  // Loads into TLS as is.
  createSecureContext({ key, cert });
});

test('the certificate names the host, HOST.local, localhost and every current address', async () => {
  const { cert, names } = await loadOrCreateCertificate(dataDir, log);
  const san = new X509Certificate(cert).subjectAltName ?? '';
  const host = hostname().toLowerCase();
  assert.ok(san.includes(`DNS:${host}`), san);
  assert.ok(san.includes(`DNS:${host.split('.')[0]}.local`), san);
  assert.ok(san.includes('DNS:localhost'), san);
  assert.ok(san.includes('IP Address:127.0.0.1'), san);
  assert.ok(names.includes('::1'), names.join(' '));
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) assert.ok(names.includes(info.address.split('%')[0] ?? ''), `${info.address} missing from ${names.join(' ')}`);
  }
  assert.equal(describeCertificate(cert).names, names);
});

test('later starts reuse the same files unchanged', async () => {
  const before = await readFile(join(dataDir, 'tls', 'cert.pem'), 'utf8');
  const first = await loadOrCreateCertificate(dataDir, log);
  const second = await loadOrCreateCertificate(dataDir, log);
  assert.is(first.created, false);
  assert.is(second.created, false);
  assert.is(second.cert, before);
  assert.is(second.fingerprint256, first.fingerprint256);
  assert.is(await readFile(join(dataDir, 'tls', 'cert.pem'), 'utf8'), before);
});

test('an HTTPS server serves with it, and a client sees that fingerprint', async () => {
  const { key, cert, fingerprint256 } = await loadOrCreateCertificate(dataDir, log);
  const server = createServer({ key, cert }, (_req, res) => res.end('ok'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const port = (server.address() as AddressInfo).port;
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false, servername: 'localhost' });
    await once(socket, 'secureConnect');
    const peer = socket.getPeerX509Certificate();
    socket.destroy();
    assert.is(peer?.fingerprint256, fingerprint256);
    // The name checks a browser would make pass for these names.
    assert.is(peer?.checkHost('localhost'), 'localhost');
    assert.is(peer?.checkIP('127.0.0.1'), '127.0.0.1');
    assert.is(peer?.checkHost('elsewhere.example'), undefined);
  } finally {
    server.close();
  }
});

test('a damaged pair is replaced and the old files are kept aside, with a warning', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-cert-'));
  try {
    const first = await loadOrCreateCertificate(dir, log);
    await writeFile(join(dir, 'tls', 'cert.pem'), 'not a certificate\n');
    lines.length = 0;
    const second = await loadOrCreateCertificate(dir, log);
    assert.is(second.created, true);
    assert.is.not(second.fingerprint256, first.fingerprint256);
    assert.ok(lines.some((line) => line.level === 'warn' && /could not be used/.test(line.message)), JSON.stringify(lines));
    const files = await readdir(join(dir, 'tls'));
    assert.ok(files.some((name) => name.startsWith('cert.pem.broken-')), files.join(' '));
    assert.ok(files.some((name) => name.startsWith('key.pem.broken-')), files.join(' '));
    createSecureContext({ key: second.key, cert: second.cert });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('certificateNames: zone ids stripped, duplicates dropped, odd host names left out', () => {
  const interfaces = {
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
      { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
    ],
    msh0: [
      { address: '169.254.10.20', netmask: '255.255.0.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: '169.254.10.20/16' },
      { address: 'fe80::1%msh0', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '02:00:00:00:00:01', internal: false, cidr: 'fe80::1/64', scopeid: 3 },
    ],
  } as ReturnType<typeof networkInterfaces>;
  assert.equal(certificateNames('XO-1A2B', interfaces), ['xo-1a2b', 'xo-1a2b.local', 'localhost', '127.0.0.1', '::1', '169.254.10.20', 'fe80::1']);
  assert.equal(certificateNames('school.example.org', {}), ['school.example.org', 'school.local', 'localhost', '127.0.0.1', '::1']);
  assert.equal(certificateNames('localhost', {}), ['localhost', '127.0.0.1', '::1']);
  assert.equal(certificateNames('bad name!', {}), ['localhost', '127.0.0.1', '::1']);
});

test.run();
