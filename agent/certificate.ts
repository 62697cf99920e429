import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { Worker } from 'node:worker_threads';
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

/**
 * Made in a worker thread: @peculiar/x509 and its dependencies take about
 * 9 MiB of heap once loaded, which a long-running agent would otherwise
 * keep for ever after its first start. The worker's heap goes when it ends.
 */
function createSelfSigned(names: string[]): Promise<{ key: string; cert: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./self-signed-worker.js', import.meta.url), { workerData: { names } });
    let result: { key: string; cert: string } | undefined;
    worker.once('message', (message: { key: string; cert: string }) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (result !== undefined ? resolve(result) : reject(new Error(`making the certificate stopped (exit code ${code})`))));
  });
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

