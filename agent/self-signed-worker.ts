/**
 * Makes the share's self-signed certificate (ECDSA P-256, WebCrypto, a
 * certificate built by @peculiar/x509). Run by certificate.ts in a worker
 * thread, so the libraries' memory is given back when it is done.
 */
import { randomBytes, webcrypto } from 'node:crypto';
import { isIP } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const VALID_YEARS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function createSelfSigned(names: string[]): Promise<{ key: string; cert: string }> {
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

if (parentPort !== null) {
  const { names } = workerData as { names: string[] };
  parentPort.postMessage(await createSelfSigned(names));
}
