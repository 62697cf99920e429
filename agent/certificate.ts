import { randomBytes, webcrypto, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { writeFileAtomically } from './files.js';
import type { Logger } from './logger.js';

export interface CertificateInfo {
  /** PEM private key (PKCS#8). */
  key: string;
  /** PEM certificate. */
  cert: string;
  /** SHA-256 fingerprint as colon-separated hex, as browsers show it. */
  fingerprint256: string;
  /** True when this call made a new key and certificate. */
  created: boolean;
  /** Host names and addresses the certificate covers. */
  names: string[];
}

const VALID_YEARS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The share's TLS key and self-signed certificate, kept in DATA_DIR/tls.
 * Made once on first start and then reused unchanged, so the fingerprint
 * people may have noted or accepted stays the same.
 */
export async function loadOrCreateCertificate(dataDir: string, log: Logger): Promise<CertificateInfo> {
  const dir = join(dataDir, 'tls');
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const key = await readIfPresent(keyPath);
  const cert = await readIfPresent(certPath);

  if (key !== undefined && cert !== undefined) {
    const problem = checkPair(key, cert);
    if (problem === undefined) return { key, cert, created: false, ...describeCertificate(cert) };
    log.warn('The security certificate of this share could not be used, so a new one is being made. Browsers will ask once more to trust this share.', { folder: dir, reason: problem });
  } else if (key !== undefined || cert !== undefined) {
    log.warn('Half of the security certificate of this share is missing, so a new one is being made. Browsers will ask once more to trust this share.', { folder: dir });
  }
  // Keep whatever was there for whoever wants to look into it, rather than deleting it.
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (key !== undefined) await rename(keyPath, `${keyPath}.broken-${stamp}`);
  if (cert !== undefined) await rename(certPath, `${certPath}.broken-${stamp}`);

  await mkdir(dir, { recursive: true, mode: 0o700 });
  const made = await createSelfSigned(certificateNames());
  const problem = checkPair(made.key, made.cert);
  if (problem !== undefined) throw new Error(`The new security certificate does not work: ${problem}`);
  // Key first: a certificate without its key would be useless on the next start.
  await writeFileAtomically(keyPath, made.key, { mode: 0o600, durable: true });
  await writeFileAtomically(certPath, made.cert, { mode: 0o644, durable: true });
  const described = describeCertificate(made.cert);
  log.info('made a new security certificate for this share', { fingerprint256: described.fingerprint256, names: described.names });
  return { key: made.key, cert: made.cert, created: true, ...described };
}

/** Fingerprint and names of a PEM certificate, read with Node's own parser. */
export function describeCertificate(cert: string): { fingerprint256: string; names: string[] } {
  const parsed = new X509Certificate(cert);
  return { fingerprint256: parsed.fingerprint256, names: parseSubjectAltName(parsed.subjectAltName ?? '') };
}

/** Names for a new certificate: this machine's name, its mDNS name, localhost and every address it has now. */
export function certificateNames(host = hostname(), interfaces = networkInterfaces()): string[] {
  const names: string[] = [];
  const add = (name: string): void => {
    if (name !== '' && !names.includes(name)) names.push(name);
  };
  const dnsName = host.trim().toLowerCase().replace(/\.$/, '');
  // Only plain ASCII host names can go in a certificate as DNS names.
  if (/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(dnsName) && dnsName.length <= 253) {
    add(dnsName);
    if (!dnsName.endsWith('.local') && dnsName !== 'localhost') add(`${dnsName.split('.')[0]}.local`);
  }
  add('localhost');
  add('127.0.0.1');
  add('::1');
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      const address = info.address.split('%')[0] ?? '';
      if (isIP(address) !== 0) add(address);
    }
  }
  return names;
}

function checkPair(key: string, cert: string): string | undefined {
  try {
    // Throws when the key does not belong to the certificate or either is unreadable.
    createSecureContext({ key, cert });
    new X509Certificate(cert);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function createSelfSigned(names: string[]): Promise<{ key: string; cert: string }> {
  // Loaded only when a certificate must be made: it is large, and later starts never need it.
  // @peculiar/x509 uses tsyringe, which needs the Reflect metadata API loaded first.
  await import('reflect-metadata');
  const x509 = await import('@peculiar/x509');
  x509.cryptoProvider.set(webcrypto as unknown as Crypto);
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256' };
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as unknown as CryptoKeyPair;
  const dnsNames = names.filter((name) => isIP(name) === 0);
  const commonName = dnsNames[0] ?? 'localhost';
  // Start a day early so a client whose clock is a little behind still accepts it.
  const notBefore = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - DAY_MS);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALID_YEARS);
  const serial = randomBytes(16);
  // Positive (the top bit of a DER INTEGER is its sign) and without a leading zero byte, so it stays 16 bytes.
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial.toString('hex'),
    name: [{ CN: [commonName] }],
    notBefore,
    notAfter,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(names.map((value) => ({ type: isIP(value) === 0 ? ('dns' as const) : ('ip' as const), value }))),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey as unknown as webcrypto.CryptoKey));
  const key = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END PRIVATE KEY-----\n`;
  return { key, cert: `${certificate.toString('pem').replace(/\r\n/g, '\n').trimEnd()}\n` };
}


/** Splits Node's `subjectAltName` text ("DNS:a, IP Address:1.2.3.4", values quoted when they hold commas). */
function parseSubjectAltName(text: string): string[] {
  const names: string[] = [];
  const pattern = /(?:^|,\s*)([A-Za-z ]+):("(?:[^"\\]|\\.)*"|[^,]*)/g;
  for (const match of text.matchAll(pattern)) {
    const kind = match[1] ?? '';
    let value = match[2] ?? '';
    if (value.startsWith('"')) {
      try {
        value = JSON.parse(value) as string;
      } catch {
        value = value.slice(1, -1);
      }
    }
    if (kind === 'DNS' || kind === 'IP Address') names.push(kind === 'IP Address' ? normaliseIp(value) : value);
  }
  return names;
}

/** Node writes IPv6 addresses in full ("0:0:0:0:0:0:0:1"); give the short form people type. */
function normaliseIp(address: string): string {
  if (isIP(address) !== 6) return address;
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address;
  }
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

