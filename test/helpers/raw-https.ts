/**
 * Raw TLS helpers for tests that must put exact bytes on the wire (paths a
 * client library would normalise, unknown methods, truncated bodies, slow
 * clients) or look at the server's certificate.
 */
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { connect as netConnect, type Socket } from 'node:net';
import { SaxesParser } from 'saxes';

export interface RawResponse {
  /** Everything the server sent before it closed or the time ran out. */
  readonly raw: Buffer;
  /** Status of the first response, or null when none could be parsed. */
  readonly status: number | null;
  readonly statusText: string;
  /** Header names in lower case; repeated headers joined with ", ". */
  readonly headers: Record<string, string>;
  /** Body of the first response (de-chunked), or what followed the header block. */
  readonly body: Buffer;
  /** True when the server closed the connection (rather than our timeout ending the read). */
  readonly closedByServer: boolean;
  /** The socket failed (reset, TLS error); the message, or null. */
  readonly error: string | null;
}

export interface TlsOptions {
  host?: string;
  /** Give up connecting after this long (ms). */
  connectTimeoutMs?: number;
}

/** Open a TLS connection to the agent, trusting whatever certificate it shows. */
export function openTls(port: number, options: TlsOptions = {}): Promise<TLSSocket> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host, port, rejectUnauthorized: false });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`TLS connect to ${host}:${port} timed out`));
    }, options.connectTimeoutMs ?? 10_000);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Open a plain TCP connection (for garbage that never becomes TLS). */
export function openTcp(port: number, host = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host, port });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** The SHA-256 fingerprint (AA:BB:...) and DER bytes of the certificate the server presents. */
export async function peerCertificate(port: number, host = '127.0.0.1'): Promise<{ fingerprint256: string; raw: Buffer; subject: unknown }> {
  const socket = await openTls(port, { host });
  try {
    const cert = socket.getPeerCertificate();
    if (!cert || !cert.raw) throw new Error('the server presented no certificate');
    return { fingerprint256: cert.fingerprint256, raw: Buffer.from(cert.raw), subject: cert.subject };
  } finally {
    socket.destroy();
  }
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/**
 * Build request bytes: `METHOD TARGET HTTP/1.1`, the headers as given (in
 * order, nothing normalised), a blank line, then the body if any.
 */
export function buildRequest(method: string, target: string, headers: ReadonlyArray<readonly [string, string]> | Record<string, string>, body?: string | Buffer): Buffer {
  const list = Array.isArray(headers) ? (headers as ReadonlyArray<readonly [string, string]>) : Object.entries(headers);
  const head = `${method} ${target} HTTP/1.1\r\n${list.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  const bodyBuf = body === undefined ? Buffer.alloc(0) : typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return Buffer.concat([Buffer.from(head, 'latin1'), bodyBuf]);
}

/** Resolve when the socket closes (true) or after `ms` (false). */
export function waitForClose(socket: Socket, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (socket.destroyed || socket.closed) {
      resolve(true);
      return;
    }
    const timer = setTimeout(() => {
      socket.off('close', onClose);
      resolve(false);
    }, ms);
    const onClose = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    socket.once('close', onClose);
  });
}

/** Split the bytes of an HTTP/1.1 response into status, headers and body (de-chunking if needed). */
export function parseResponse(raw: Buffer): { status: number | null; statusText: string; headers: Record<string, string>; body: Buffer; complete: boolean } {
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) return { status: null, statusText: '', headers: {}, body: Buffer.alloc(0), complete: false };
  const head = raw.subarray(0, end).toString('latin1').split('\r\n');
  const statusLine = head[0] ?? '';
  const match = /^HTTP\/1\.[01] (\d{3})(?: (.*))?$/.exec(statusLine);
  const headers: Record<string, string> = {};
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const rest = raw.subarray(end + 4);
  let body = rest;
  let complete = false;
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    const parts: Buffer[] = [];
    let offset = 0;
    for (;;) {
      const lineEnd = rest.indexOf('\r\n', offset);
      if (lineEnd === -1) break;
      const size = parseInt(rest.subarray(offset, lineEnd).toString('latin1'), 16);
      if (Number.isNaN(size)) break;
      if (size === 0) {
        complete = true;
        break;
      }
      const start = lineEnd + 2;
      if (start + size > rest.length) {
        parts.push(rest.subarray(start));
        break;
      }
      parts.push(rest.subarray(start, start + size));
      offset = start + size + 2;
    }
    body = Buffer.concat(parts);
  } else if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    body = rest.subarray(0, length);
    complete = rest.length >= length;
  }
  return { status: match ? Number(match[1]) : null, statusText: match?.[2] ?? '', headers, body, complete };
}

export interface ExchangeOptions extends TlsOptions {
  /** Stop reading after this long (ms); default 10 s. */
  timeoutMs?: number;
  /** Stop as soon as one complete response has arrived (default true). */
  stopAfterResponse?: boolean;
  /** Use a plain TCP connection instead of TLS. */
  plain?: boolean;
}

/**
 * Send bytes (or a list of chunks, written in order) and collect what comes
 * back until the server closes, one full response has arrived, or time runs out.
 */
export async function rawExchange(port: number, data: Buffer | string | ReadonlyArray<Buffer | string>, options: ExchangeOptions = {}): Promise<RawResponse> {
  const socket: Socket = options.plain ? await openTcp(port, options.host) : await openTls(port, options);
  const chunks: Buffer[] = [];
  let error: string | null = null;
  let closedByServer = false;
  const stopAfterResponse = options.stopAfterResponse ?? true;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(finish, options.timeoutMs ?? 10_000);
    function finish(): void {
      clearTimeout(timer);
      resolve();
    }
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (stopAfterResponse) {
        const parsed = parseResponse(Buffer.concat(chunks));
        if (parsed.complete && parsed.status !== null && parsed.status >= 200) finish();
      }
    });
    socket.on('error', (e) => {
      error = e.message;
      finish();
    });
    socket.on('end', () => {
      closedByServer = true;
    });
    socket.on('close', () => {
      closedByServer = true;
      finish();
    });
    const list = Array.isArray(data) ? data : [data as Buffer | string];
    for (const part of list) {
      if (socket.destroyed) break;
      socket.write(typeof part === 'string' ? Buffer.from(part, 'latin1') : part);
    }
  });
  socket.destroy();
  const raw = Buffer.concat(chunks);
  const parsed = parseResponse(raw);
  return { raw, status: parsed.status, statusText: parsed.statusText, headers: parsed.headers, body: parsed.body, closedByServer, error };
}

/** A complete request sent raw: method, target exactly as given, headers, optional body. Adds Host, Connection: close and Content-Length for a body unless given. */
export function rawRequest(
  port: number,
  method: string,
  target: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; auth?: { user: string; password: string } | false; timeoutMs?: number } = {},
): Promise<RawResponse> {
  // Authorization right after Host: a server that drops header fields past some count must not lose it first.
  const headers: Record<string, string> = { Host: `127.0.0.1:${port}` };
  if (options.auth) headers.Authorization = basicAuth(options.auth.user, options.auth.password);
  Object.assign(headers, { Connection: 'close' }, options.headers ?? {});
  const lower = Object.keys(headers).map((k) => k.toLowerCase());
  if (options.body !== undefined && !lower.includes('content-length') && !lower.includes('transfer-encoding')) {
    headers['Content-Length'] = String(typeof options.body === 'string' ? Buffer.byteLength(options.body) : options.body.length);
  }
  return rawExchange(port, buildRequest(method, target, headers, options.body), { timeoutMs: options.timeoutMs });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An XML element with its namespace resolved (for reading multistatus answers in tests). */
export interface XmlElement {
  readonly ns: string;
  readonly local: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Parse an XML document into a namespace-resolved tree. Throws on malformed XML. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: { ns: string; local: string; attributes: Record<string, string>; children: XmlNode[] }[] = [];
  let root: XmlElement | null = null;
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (node) => {
    const attributes: Record<string, string> = {};
    for (const attr of Object.values(node.attributes)) {
      const a = attr as { uri?: string; local?: string; name: string; value: string };
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      attributes[a.uri ? `{${a.uri}}${a.local}` : (a.local ?? a.name)] = a.value;
    }
    const element = { ns: node.uri ?? '', local: node.local ?? node.name, attributes, children: [] as XmlNode[] };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => stack.at(-1)?.children.push(text));
  parser.on('cdata', (text) => stack.at(-1)?.children.push(text));
  parser.on('closetag', () => {
    const element = stack.pop();
    if (stack.length === 0 && element) root = element;
  });
  parser.write(text).close();
  if (failure) throw failure;
  if (!root) throw new Error('no root element');
  return root;
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null;
}

/** Child elements, optionally only those named {ns}local. */
export function childElements(element: XmlElement, ns?: string, local?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => isElement(c) && (ns === undefined || c.ns === ns) && (local === undefined || c.local === local));
}

/** All descendants named {ns}local, depth first. */
export function findAll(element: XmlElement, ns: string, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.ns === ns && child.local === local) found.push(child);
    found.push(...findAll(child, ns, local));
  }
  return found;
}

/** Concatenated text content. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** A comparable form: `{ns}local[attrs](children)` with whitespace-only text between elements dropped. */
export function canonical(node: XmlNode): string {
  if (typeof node === 'string') return JSON.stringify(node);
  const hasElements = node.children.some(isElement);
  const kids = node.children.filter((c) => !(hasElements && typeof c === 'string' && c.trim() === ''));
  const attrs = Object.entries(node.attributes).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',');
  return `{${node.ns}}${node.local}[${attrs}](${kids.map(canonical).join(',')})`;
}

export interface PropStat {
  readonly status: number | null;
  readonly props: XmlElement[];
}

/** The responses of a DAV:multistatus body: href, its propstats (or a bare status). */
export function parseMultistatus(text: string): { href: string; status: number | null; propstats: PropStat[] }[] {
  const root = parseXml(text);
  if (root.ns !== 'DAV:' || root.local !== 'multistatus') throw new Error(`expected DAV:multistatus, got {${root.ns}}${root.local}`);
  const statusCode = (element: XmlElement | undefined): number | null => {
    if (!element) return null;
    const match = /HTTP\/\d\.\d\s+(\d{3})/.exec(textOf(element));
    return match ? Number(match[1]) : null;
  };
  return childElements(root, 'DAV:', 'response').map((response) => ({
    href: textOf(childElements(response, 'DAV:', 'href')[0] ?? { ns: '', local: '', attributes: {}, children: [] }).trim(),
    status: statusCode(childElements(response, 'DAV:', 'status')[0]),
    propstats: childElements(response, 'DAV:', 'propstat').map((ps) => ({
      status: statusCode(childElements(ps, 'DAV:', 'status')[0]),
      props: childElements(ps, 'DAV:', 'prop').flatMap((p) => childElements(p)),
    })),
  }));
}
