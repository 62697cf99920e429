/**
 * A minimal HTTPS client for the benchmark: readiness probes, the stream of
 * small GETs timed while PROPFINDs run, and a look at the TLS parameters each
 * server negotiates (to check that the comparison is fair). Certificates are
 * self-signed, so verification is off; only 127.0.0.1 is ever contacted.
 */
import * as https from 'node:https';
import * as tls from 'node:tls';
import { performance } from 'node:perf_hooks';

export interface SimpleResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: https.Agent | false; timeoutMs?: number } = {},
): Promise<SimpleResponse> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: options.agent ?? false,
        rejectUnauthorized: false,
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${options.timeoutMs ?? 30_000} ms: ${options.method ?? 'GET'} ${url}`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Polls until the server answers anything over TLS (any status), or throws after timeoutMs. */
export async function waitForHttps(url: string, timeoutMs: number, isDead: () => string | undefined): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const dead = isDead();
    if (dead) throw new Error(dead);
    try {
      const r = await request(url, { timeoutMs: 2000 });
      return r.status;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms: ${String(last)}`);
}

export interface Timed {
  /** performance.now() when the request was sent. */
  start: number;
  ms: number;
}

export interface LatencyStream {
  /** Stops after the request in flight; resolves with every request's start and latency. */
  stop(): Promise<Timed[]>;
  errors: string[];
}

/** Sends GETs one after another on one keep-alive connection, timing each. */
export function startGetStream(url: string, auth: string, expectBytes: number): LatencyStream {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1, rejectUnauthorized: false });
  const latencies: Timed[] = [];
  const errors: string[] = [];
  let stopping = false;
  const loop = (async () => {
    while (!stopping) {
      const t0 = performance.now();
      try {
        const r = await request(url, { headers: { authorization: auth }, agent, timeoutMs: 60_000 });
        latencies.push({ start: t0, ms: performance.now() - t0 });
        if (r.status !== 200 || r.body.length !== expectBytes) {
          errors.push(`GET ${url}: status ${r.status}, ${r.body.length} bytes`);
        }
      } catch (err) {
        latencies.push({ start: t0, ms: performance.now() - t0 });
        errors.push(String(err));
        await new Promise((r) => setTimeout(r, 50));
      }
      if (errors.length > 20) break;
    }
  })();
  return {
    errors,
    async stop() {
      stopping = true;
      await loop;
      agent.destroy();
      return latencies;
    },
  };
}

export interface TlsInfo {
  protocol: string | null;
  cipher: string;
  keyType: string;
  alpn: string | false | null;
}

/** What a client negotiates with the server: protocol, cipher, certificate key. */
export function tlsInfo(port: number): Promise<TlsInfo> {
  return new Promise((resolve, reject) => {
    const sock = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false, ALPNProtocols: ['http/1.1'], servername: undefined }, () => {
      const cert = sock.getPeerCertificate();
      const c = cert as tls.PeerCertificate & { asn1Curve?: string; nistCurve?: string; bits?: number };
      const keyType = c.asn1Curve ? `EC ${c.nistCurve ?? c.asn1Curve}` : c.bits ? `RSA ${c.bits}` : 'unknown';
      const info: TlsInfo = { protocol: sock.getProtocol(), cipher: sock.getCipher().name, keyType, alpn: sock.alpnProtocol };
      sock.end();
      resolve(info);
    });
    sock.setTimeout(5000, () => sock.destroy(new Error('TLS probe timed out')));
    sock.on('error', reject);
  });
}
