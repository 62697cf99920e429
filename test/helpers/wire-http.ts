/**
 * Reading HTTP/1.1 responses one after another off a raw connection (a TLS
 * socket, a libp2p stream adapted to a Duplex), for tests that pipeline
 * requests byte by byte; and a test-only pipeline step that echoes what a
 * request looked like when it reached the pipeline.
 */
import { createHash } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { Logger } from '../../agent/logger.js';
import type { RequestStep } from '../../web/pipeline.js';

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export class ResponseReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  /** Bytes received in all. */
  received = 0;

  constructor(readonly socket: Duplex) {
    socket.on('data', (chunk: Buffer) => {
      this.received += chunk.length;
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.wake?.();
    });
    socket.on('end', () => {
      this.ended = true;
      this.wake?.();
    });
    socket.on('close', () => {
      this.ended = true;
      this.wake?.();
    });
    socket.on('error', (error: Error) => {
      this.failure = error;
      this.wake?.();
    });
  }

  /** Whether the other side closed (or the socket failed). */
  get closed(): boolean {
    return this.ended || this.failure !== null;
  }

  /** The next final (non-1xx) response; 1xx responses are skipped. */
  async next(timeoutMs = 10_000): Promise<WireResponse> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const parsed = takeResponse(this.buffer);
      if (parsed !== null) {
        this.buffer = this.buffer.subarray(parsed.used);
        if (parsed.response.status >= 200) return parsed.response;
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.ended) throw new Error(`the connection closed before a full response (${this.buffer.length} bytes pending)`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no full response within ${timeoutMs} ms (${this.buffer.length} bytes pending)`);
      await this.arrival(left);
    }
  }

  /** Resolves true once the other side closed, false after `ms`. */
  async waitClosed(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.closed) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await this.arrival(left);
    }
    return true;
  }

  /** Resolves when bytes arrive, the socket ends or fails, or after `ms`. */
  private arrival(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}

function takeResponse(buffer: Buffer): { response: WireResponse; used: number } | null {
  const headEnd = buffer.indexOf('\r\n\r\n');
  if (headEnd === -1) return null;
  const lines = buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '');
  if (!match) throw new Error(`not a status line: ${JSON.stringify(lines[0])}`);
  const status = Number(match[1]);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const start = headEnd + 4;
  if (status < 200 || status === 204 || status === 304) return { response: { status, headers, body: Buffer.alloc(0) }, used: start };
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    const parts: Buffer[] = [];
    let offset = start;
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n', offset);
      if (lineEnd === -1) return null;
      const size = parseInt(buffer.subarray(offset, lineEnd).toString('latin1'), 16);
      if (size === 0) {
        const trailerEnd = buffer.indexOf('\r\n', lineEnd + 2);
        if (trailerEnd === -1) return null;
        // Trailers are not expected from our servers: the empty line follows at once.
        return { response: { status, headers, body: Buffer.concat(parts) }, used: trailerEnd + 2 };
      }
      if (lineEnd + 2 + size + 2 > buffer.length) return null;
      parts.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
      offset = lineEnd + 2 + size + 2;
    }
  }
  const length = Number(headers['content-length'] ?? '0');
  if (buffer.length < start + length) return null;
  return { response: { status, headers, body: buffer.subarray(start, start + length) }, used: start + length };
}

export interface EchoReport {
  method: string;
  path: string;
  bytes: number;
  sha256: string;
  trailers: Record<string, string>;
  principal: unknown;
  remoteAddress: string;
  encrypted: boolean | null;
  /** Body chunks the step saw: many for a large body, proof it was streamed. */
  chunks: number;
}

/**
 * Test-only step: reads the body (hashing, never keeping it) and answers a
 * JSON EchoReport. `GET /bytes/N` answers N bytes instead; `/slow/MS` reads
 * the body with a pause of MS between chunks.
 */
export function echoStep(options: { onRequest?: (method: string) => void } = {}): RequestStep {
  return {
    name: 'echo',
    async handle(ctx) {
      options.onRequest?.(ctx.method);
      const sized = /^\/bytes\/(\d+)$/.exec(ctx.rawPath);
      if (sized && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
        const size = Number(sized[1]);
        ctx.res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
        if (ctx.method === 'HEAD') {
          ctx.res.end();
          return;
        }
        const block = Buffer.alloc(Math.min(size, 64 * 1024), 0x61);
        let left = size;
        while (left > 0) {
          const piece = left >= block.length ? block : block.subarray(0, left);
          left -= piece.length;
          if (!ctx.res.write(piece)) {
            await new Promise<void>((resolve, reject) => {
              const onDrain = (): void => {
                ctx.res.off('close', onClose);
                resolve();
              };
              const onClose = (): void => {
                ctx.res.off('drain', onDrain);
                reject(Object.assign(new Error('client went away'), { code: 'ECONNRESET' }));
              };
              ctx.res.once('drain', onDrain);
              ctx.res.once('close', onClose);
            });
          }
        }
        ctx.res.end();
        return;
      }
      const slow = /^\/slow\/(\d+)$/.exec(ctx.rawPath);
      const pauseMs = slow ? Number(slow[1]) : 0;
      const hash = createHash('sha256');
      let bytes = 0;
      let chunks = 0;
      for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
        chunks += 1;
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
      const socket = ctx.req.socket as { encrypted?: boolean };
      const report: EchoReport = {
        method: ctx.method,
        path: ctx.rawPath,
        bytes,
        sha256: hash.digest('hex'),
        trailers: ctx.req.trailers as Record<string, string>,
        principal: ctx.principal,
        remoteAddress: ctx.remoteAddress,
        encrypted: socket.encrypted ?? null,
        chunks,
      };
      const body = `${JSON.stringify(report)}\n`;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      ctx.res.end(body);
    },
  };
}

export function report(response: WireResponse): EchoReport {
  if (response.status !== 200) throw new Error(`status ${response.status}: ${response.body.toString('utf8').slice(0, 200)}`);
  return JSON.parse(response.body.toString('utf8')) as EchoReport;
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function silentLogger(lines?: Array<{ level: string; message: string; fields?: Record<string, unknown> }>): Logger {
  const push = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines?.push(fields === undefined ? { level, message } : { level, message, fields });
  };
  return { debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}
