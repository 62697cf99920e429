/**
 * What sits in front of Node's HTTP parser. llhttp knows a fixed list of
 * methods and answers anything else (`MKTICKET`, `DELTICKET` from
 * draft-ito-dav-ticket) with 400 before any JavaScript sees the request, and
 * `insecureHTTPParser` does not change that. The framer reads the byte
 * stream of one HTTP/1.1 connection as it arrives, finds each request line
 * by following the message framing (header block, Content-Length bodies,
 * chunked bodies with extensions and trailers, messages without a body),
 * replaces a listed method token by one llhttp accepts, and records the
 * method each request really had, in order (HTTP/1.1 answers requests in
 * the order they came, pipelined or not).
 *
 * It never buffers a body: body bytes leave as slices of the chunks that
 * brought them, in the same call. The only bytes it holds back are the first
 * few of a method token that could still become a listed one (at most the
 * longest listed name). Header and chunk-line sizes are bounded.
 *
 * Whatever it does not understand makes it give up: from then on every
 * byte passes through untouched and nothing more is rewritten or recorded,
 * so llhttp sees the client's own bytes and answers them as before (a 400
 * for garbage, a 501 for an unknown method). It is deliberately at least as
 * strict as llhttp about framing (CRLF line ends, one Content-Length, no
 * Content-Length with Transfer-Encoding, chunked last and once, no obs-fold),
 * so that where both accept a message they agree on where it ends.
 *
 * Pure: no I/O, no timers. `feed()` and `finish()` append output to an array.
 */

export interface RequestRecord {
  /** The method token as the client sent it (`MKTICKET`). */
  readonly method: string;
  /** The token handed to the HTTP parser (`MKACTIVITY`); equal to `method` when not rewritten. */
  readonly sent: string;
}

export interface RequestFramerOptions {
  /** Method token as sent -> the token llhttp is given instead. Names and replacements are tokens of A-Z and '-'. */
  rewrites: ReadonlyMap<string, string>;
  /** Most bytes of a request line plus its header fields (also of a trailer section) before giving up. */
  maxHeadBytes: number;
  /** Most bytes of one chunk-size line, extensions included, before giving up. */
  maxChunkLineBytes: number;
}

/** Where the framer is, for tests and for a deadline on header blocks. */
export type FramerPhase = 'idle' | 'head' | 'body' | 'passthrough';

const enum S {
  /** Before a request: CRLFs allowed, then the method token. */
  Start,
  /** Inside the method token. */
  Method,
  /** After the method's SP, up to the end of the request line. */
  RequestLine,
  /** Header field lines up to the empty line. */
  Headers,
  BodyLength,
  ChunkSize,
  ChunkExtension,
  ChunkSizeLf,
  ChunkData,
  ChunkDataCr,
  ChunkDataLf,
  Trailers,
  Passthrough,
}

const CR = 0x0d;
const LF = 0x0a;
const SP = 0x20;
const HT = 0x09;
const COLON = 0x3a;
const SEMICOLON = 0x3b;

/** Longest method token we follow; llhttp's longest is 11 (UNSUBSCRIBE). */
const MAX_METHOD_BYTES = 24;

function isTchar(c: number): boolean {
  // RFC 9110 token characters.
  if (c >= 0x30 && c <= 0x39) return true; // 0-9
  if (c >= 0x41 && c <= 0x5a) return true; // A-Z
  if (c >= 0x61 && c <= 0x7a) return true; // a-z
  return c === 0x21 || (c >= 0x23 && c <= 0x27) || c === 0x2a || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x5e || c === 0x5f || c === 0x60 || c === 0x7c || c === 0x7e;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

export class RequestFramer {
  private readonly rewrites: ReadonlyMap<string, string>;
  private readonly replacements: ReadonlyMap<string, Buffer>;
  private readonly maxHeadBytes: number;
  private readonly maxChunkLineBytes: number;
  /** Longest listed method name: a method prefix longer than that is never held. */
  private readonly maxRewriteLength: number;
  private readonly records: RequestRecord[] = [];

  private state = S.Start;
  /** Bytes of the current method token (held back while it could still be a listed one). */
  private method = '';
  private holding = false;
  /** Bytes of the current head (request line + fields) or trailer section. */
  private headBytes = 0;
  /** The current header or trailer line, without its CRLF (bounded by maxHeadBytes). */
  private line: Buffer[] = [];
  private lineBytes = 0;
  private contentLength: number | null = null;
  private contentLengthCount = 0;
  private transferEncoding: string[] = [];
  private upgrade = false;
  /** Body bytes left (Content-Length body or current chunk). */
  private remaining = 0;
  private chunkLineBytes = 0;
  private chunkDigits = 0;
  private why: string | null = null;

  constructor(options: RequestFramerOptions) {
    this.rewrites = options.rewrites;
    const replacements = new Map<string, Buffer>();
    let longest = 0;
    for (const [from, to] of options.rewrites) {
      if (!/^[A-Z-]+$/.test(from) || !/^[A-Z-]+$/.test(to)) throw new Error(`method rewrite ${from} -> ${to}: tokens of A-Z and '-' only`);
      replacements.set(from, Buffer.from(to, 'latin1'));
      longest = Math.max(longest, from.length);
    }
    this.replacements = replacements;
    this.maxRewriteLength = longest;
    this.maxHeadBytes = options.maxHeadBytes;
    this.maxChunkLineBytes = options.maxChunkLineBytes;
  }

  /** Why the framer gave up (passes everything through), or null while it follows the stream. */
  get gaveUp(): string | null {
    return this.why;
  }

  get phase(): FramerPhase {
    switch (this.state) {
      case S.Start:
        return 'idle';
      case S.Method:
      case S.RequestLine:
      case S.Headers:
        return 'head';
      case S.Passthrough:
        return 'passthrough';
      default:
        return 'body';
    }
  }

  /** Records not yet taken, oldest first (one per request line seen). */
  get pending(): number {
    return this.records.length;
  }

  /** The oldest record not yet taken: the request the HTTP parser will hand out next. */
  takeRecord(): RequestRecord | undefined {
    return this.records.shift();
  }

  /** Consumes one chunk of the connection; what llhttp should see is appended to `out` (slices of `chunk` where possible). */
  feed(chunk: Buffer, out: Buffer[]): void {
    const end = chunk.length;
    if (end === 0) return;
    // Fast path: a whole chunk inside a body (the common case of a large upload).
    if (this.state === S.Passthrough) {
      out.push(chunk);
      return;
    }
    if ((this.state === S.BodyLength || this.state === S.ChunkData) && this.remaining > end) {
      this.remaining -= end;
      out.push(chunk);
      return;
    }
    let i = 0;
    /** Start of the bytes of `chunk` that go out unchanged but have not been pushed yet. */
    let from = 0;
    const flush = (to: number): void => {
      if (to > from) out.push(from === 0 && to === end ? chunk : chunk.subarray(from, to));
      from = to;
    };
    while (i < end) {
      // `as S`: the state changes inside the loop through methods TypeScript does not follow.
      switch (this.state as S) {
        case S.Start: {
          const c = chunk[i]!;
          if (c === CR || c === LF) {
            // RFC 9112 2.2: empty lines before a request line are ignored (llhttp does too).
            i += 1;
            break;
          }
          flush(i);
          this.state = S.Method;
          this.method = '';
          this.holding = this.maxRewriteLength > 0;
          this.headBytes = 0;
          this.contentLength = null;
          this.contentLengthCount = 0;
          this.transferEncoding = [];
          this.upgrade = false;
          break;
        }
        case S.Method: {
          // The token's bytes in this chunk, up to its SP or the chunk's end.
          const room = MAX_METHOD_BYTES - this.method.length;
          const sp = chunk.indexOf(SP, i);
          const stop = sp === -1 ? Math.min(end, i + room + 1) : Math.min(sp, i + room + 1);
          let bad = -1;
          for (let k = i; k < stop; k++) {
            if (!isTchar(chunk[k]!)) {
              bad = k;
              break;
            }
          }
          const last = bad === -1 ? stop : bad;
          if (last > i) this.method += chunk.toString('latin1', i, last);
          i = last;
          if (bad !== -1 || this.method.length > MAX_METHOD_BYTES) {
            // Not a method llhttp knows either: let it say so.
            if (this.holding) this.releaseHeld(out, from, i);
            this.holding = false;
            this.giveUp(bad !== -1 ? 'bad method character' : 'method too long');
            break;
          }
          if (i < end && chunk[i] === SP) {
            const sent = this.holding ? this.replacements.get(this.method) : undefined;
            if (sent !== undefined) {
              // The held token is dropped and its replacement goes out instead.
              out.push(sent);
              from = i;
              this.records.push({ method: this.method, sent: this.rewrites.get(this.method)! });
            } else {
              if (this.holding) this.releaseHeld(out, from, i);
              this.records.push({ method: this.method, sent: this.method });
            }
            this.holding = false;
            this.headBytes += this.method.length + 1;
            i += 1;
            this.state = S.RequestLine;
            break;
          }
          if (this.holding && !this.couldBeRewritten(this.method)) {
            // Cannot become a listed method: release what was held and stream the rest.
            this.releaseHeld(out, from, i);
            this.holding = false;
          }
          break;
        }
        case S.RequestLine: {
          const lf = chunk.indexOf(LF, i);
          const stop = lf === -1 ? end : lf + 1;
          this.headBytes += stop - i;
          if (this.headBytes > this.maxHeadBytes) {
            this.giveUp('head too large');
            break;
          }
          if (lf === -1) {
            this.trackCr(chunk, end);
            i = end;
            break;
          }
          if (!this.endsWithCr(chunk, i, lf)) {
            this.giveUp('bare LF in the request line');
            break;
          }
          this.lastWasCr = false;
          i = stop;
          this.state = S.Headers;
          this.resetLine();
          break;
        }
        case S.Headers:
        case S.Trailers: {
          const lf = chunk.indexOf(LF, i);
          const stop = lf === -1 ? end : lf + 1;
          this.headBytes += stop - i;
          if (this.headBytes > this.maxHeadBytes) {
            this.giveUp(this.state === S.Headers ? 'head too large' : 'trailers too large');
            break;
          }
          if (lf === -1) {
            this.appendLine(chunk.subarray(i, end));
            i = end;
            break;
          }
          let line: Buffer;
          let lineStart: number;
          let lineEnd: number;
          if (this.lineBytes === 0) {
            // The whole line is in this chunk (the usual case): read it in place.
            line = chunk;
            lineStart = i;
            lineEnd = lf;
          } else {
            this.appendLine(chunk.subarray(i, lf));
            line = this.line.length === 1 ? this.line[0]! : Buffer.concat(this.line, this.lineBytes);
            this.resetLine();
            lineStart = 0;
            lineEnd = line.length;
          }
          i = stop;
          if (lineEnd === lineStart || line[lineEnd - 1] !== CR) {
            this.giveUp('bare LF in a header line');
            break;
          }
          lineEnd -= 1;
          if (lineEnd > lineStart) {
            if (this.state === S.Headers) this.headerLine(line, lineStart, lineEnd);
            else if (line[lineStart] === SP || line[lineStart] === HT) this.giveUp('folded trailer line');
            break;
          }
          // The empty line.
          if (this.state === S.Trailers) {
            this.state = S.Start;
            break;
          }
          this.headComplete();
          break;
        }
        case S.BodyLength: {
          const take = Math.min(this.remaining, end - i);
          this.remaining -= take;
          i += take;
          if (this.remaining === 0) this.state = S.Start;
          break;
        }
        case S.ChunkSize: {
          const c = chunk[i]!;
          const digit = hexValue(c);
          if (digit >= 0) {
            this.remaining = this.remaining * 16 + digit;
            this.chunkDigits += 1;
            if (this.remaining > Number.MAX_SAFE_INTEGER) {
              this.giveUp('chunk size too large');
              break;
            }
          } else if (this.chunkDigits > 0 && c === SEMICOLON) {
            this.state = S.ChunkExtension;
          } else if (this.chunkDigits > 0 && c === CR) {
            this.state = S.ChunkSizeLf;
          } else {
            this.giveUp('bad chunk size');
            break;
          }
          i += 1;
          this.countChunkLine(1);
          break;
        }
        case S.ChunkExtension: {
          // Extensions are llhttp's to check; we only need the line's end. A quoted
          // string cannot hold a CR, so the first CR ends the line.
          const cr = chunk.indexOf(CR, i);
          const stop = cr === -1 ? end : cr + 1;
          if (!this.countChunkLine(stop - i)) break;
          i = stop;
          if (cr !== -1) this.state = S.ChunkSizeLf;
          break;
        }
        case S.ChunkSizeLf: {
          if (chunk[i] !== LF) {
            this.giveUp('CR without LF after a chunk size');
            break;
          }
          i += 1;
          if (!this.countChunkLine(1)) break;
          if (this.remaining === 0) {
            this.state = S.Trailers;
            this.headBytes = 0;
            this.resetLine();
          } else {
            this.state = S.ChunkData;
          }
          break;
        }
        case S.ChunkData: {
          const take = Math.min(this.remaining, end - i);
          this.remaining -= take;
          i += take;
          if (this.remaining === 0) this.state = S.ChunkDataCr;
          break;
        }
        case S.ChunkDataCr:
        case S.ChunkDataLf: {
          const expected = this.state === S.ChunkDataCr ? CR : LF;
          if (chunk[i] !== expected) {
            this.giveUp('chunk data not followed by CRLF');
            break;
          }
          i += 1;
          if (this.state === S.ChunkDataCr) {
            this.state = S.ChunkDataLf;
          } else {
            this.state = S.ChunkSize;
            this.remaining = 0;
            this.chunkDigits = 0;
            this.chunkLineBytes = 0;
          }
          break;
        }
        case S.Passthrough:
          i = end;
          break;
      }
    }
    // A method token still held back (it may yet be a listed one) stays out of the output.
    if (!this.holding) flush(end);
  }

  /** The connection's input ended: releases held bytes unchanged (llhttp reports the cut request, if any). */
  finish(out: Buffer[]): void {
    if (this.holding && this.method.length > 0) out.push(Buffer.from(this.method, 'latin1'));
    this.holding = false;
  }

  private couldBeRewritten(prefix: string): boolean {
    if (prefix.length > this.maxRewriteLength) return false;
    for (const name of this.rewrites.keys()) if (name.startsWith(prefix)) return true;
    return false;
  }

  /**
   * Stops holding a method token back, unchanged. The part of it that came
   * in earlier chunks is re-created here; the part in this chunk (from
   * `from`, still unflushed) leaves with the chunk's next flush.
   */
  private releaseHeld(out: Buffer[], from: number, to: number): void {
    const earlier = this.method.length - (to - from);
    if (earlier > 0) out.push(Buffer.from(this.method.slice(0, earlier), 'latin1'));
  }

  // ---- header lines -------------------------------------------------------

  /** Whether the request line's last byte before LF is CR, looking back across chunks. */
  private lastWasCr = false;

  private trackCr(chunk: Buffer, end: number): void {
    if (end > 0) this.lastWasCr = chunk[end - 1] === CR;
  }

  private endsWithCr(chunk: Buffer, start: number, lf: number): boolean {
    return lf > start ? chunk[lf - 1] === CR : this.lastWasCr;
  }

  private resetLine(): void {
    this.line = [];
    this.lineBytes = 0;
  }

  private appendLine(part: Buffer): void {
    if (part.length === 0) return;
    this.line.push(part);
    this.lineBytes += part.length;
  }

  /** One header field line, `line[start, end)` without its CRLF. */
  private headerLine(line: Buffer, start: number, end: number): void {
    const first = line[start]!;
    if (first === SP || first === HT) {
      // obs-fold: llhttp refuses it, and it could continue a framing field.
      this.giveUp('folded header line');
      return;
    }
    const colon = line.indexOf(COLON, start);
    if (colon <= start || colon >= end) return; // llhttp refuses a line without a name
    const nameLength = colon - start;
    // Only the framing fields matter; nothing is allocated for the others.
    if (nameLength !== 14 && nameLength !== 17 && nameLength !== 7) return;
    const name = line.toString('latin1', start, colon).toLowerCase();
    if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'upgrade') return;
    const value = trimOws(line.toString('latin1', colon + 1, end));
    if (name === 'content-length') {
      this.contentLengthCount += 1;
      if (!/^[0-9]+$/.test(value)) {
        this.giveUp('bad Content-Length');
        return;
      }
      const n = Number(value);
      if (!Number.isSafeInteger(n)) {
        this.giveUp('Content-Length too large');
        return;
      }
      this.contentLength = n;
    } else if (name === 'transfer-encoding') {
      this.transferEncoding.push(value);
    } else {
      this.upgrade = true;
    }
  }

  private headComplete(): void {
    if (this.upgrade || this.method === 'CONNECT') {
      // llhttp hands the rest of the connection to another protocol (or closes it).
      this.giveUp(this.upgrade ? 'upgrade' : 'CONNECT');
      return;
    }
    if (this.contentLengthCount > 1) {
      this.giveUp('more than one Content-Length');
      return;
    }
    if (this.transferEncoding.length > 0) {
      if (this.contentLengthCount > 0) {
        this.giveUp('Content-Length with Transfer-Encoding');
        return;
      }
      const codings = this.transferEncoding.join(',').split(',').map((coding) => trimOws(coding).toLowerCase());
      const chunked = codings.filter((coding) => coding === 'chunked').length;
      if (codings.some((coding) => coding === '') || chunked !== 1 || codings[codings.length - 1] !== 'chunked') {
        this.giveUp('Transfer-Encoding without a final chunked');
        return;
      }
      this.state = S.ChunkSize;
      this.remaining = 0;
      this.chunkDigits = 0;
      this.chunkLineBytes = 0;
      return;
    }
    if (this.contentLength !== null && this.contentLength > 0) {
      this.remaining = this.contentLength;
      this.state = S.BodyLength;
      return;
    }
    this.state = S.Start;
  }

  private countChunkLine(n: number): boolean {
    this.chunkLineBytes += n;
    if (this.chunkLineBytes > this.maxChunkLineBytes) {
      this.giveUp('chunk line too long');
      return false;
    }
    return true;
  }

  private giveUp(reason: string): void {
    this.why = reason;
    this.state = S.Passthrough;
    this.resetLine();
  }
}

function trimOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === SP || text.charCodeAt(start) === HT)) start += 1;
  while (end > start && (text.charCodeAt(end - 1) === SP || text.charCodeAt(end - 1) === HT)) end -= 1;
  return text.slice(start, end);
}
