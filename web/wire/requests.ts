/**
 * Pairing the requests node:http parses with what the RequestFramer saw on
 * the same connection, so each request says the method its client sent.
 *
 * A framed connection (a TLS socket whose reads are framed, socket-reads.ts,
 * or a WireSocket) registers its framer here. Node makes one IncomingMessage
 * per request, in the order its parser completes their heads, and the
 * framer records one entry per request line in the same order, so each
 * WireIncomingMessage takes the next record. Its `method` is then the
 * client's (`MKTICKET`), not the stand-in token the parser was given.
 */
import { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestFramer, RequestFramerOptions, RequestRecord } from './request-framer.js';

/** The methods draft-ito-dav-ticket adds and the tokens llhttp is given for them: methods llhttp knows that no step serves. */
export const TICKET_METHOD_REWRITES: ReadonlyMap<string, string> = new Map([
  ['MKTICKET', 'MKACTIVITY'],
  ['DELTICKET', 'UNBIND'],
]);

/**
 * Framing for the ticket methods. The bounds sit above llhttp's own, so
 * that llhttp answers oversized input first (431, chunk-extension
 * overflow); ours only stop following the stream.
 */
export function ticketFramerOptions(maxHeaderBytes: number): RequestFramerOptions {
  return { rewrites: TICKET_METHOD_REWRITES, maxHeadBytes: maxHeaderBytes + 4096, maxChunkLineBytes: 20 * 1024 };
}

const framers = new WeakMap<object, RequestFramer>();

/** Registers the framer that reads `socket`'s bytes before node:http does. */
export function attachFramer(socket: object, framer: RequestFramer): void {
  framers.set(socket, framer);
}

export function framerOf(socket: object | null | undefined): RequestFramer | undefined {
  return socket ? framers.get(socket) : undefined;
}

const kRecord = Symbol('wire.record');
const kParsed = Symbol('wire.parsedMethod');

/**
 * The IncomingMessage class for servers whose connections are framed
 * (`createServer({ IncomingMessage: WireIncomingMessage })`). On a
 * connection without a framer it is a plain IncomingMessage. A parser that
 * disagrees with the framer about which request this is (it never should)
 * gets its connection cut rather than a request with another's method.
 */
export class WireIncomingMessage extends IncomingMessage {
  declare [kRecord]: RequestRecord | undefined;
  declare [kParsed]: string | undefined;

  constructor(socket: Socket) {
    super(socket);
    this[kRecord] = framerOf(socket)?.takeRecord();
  }

  // @ts-expect-error IncomingMessage declares `method` as a field; an accessor replaces it on the prototype.
  override get method(): string | undefined {
    const record = this[kRecord];
    return record !== undefined && record.sent === this[kParsed] ? record.method : this[kParsed];
  }

  override set method(value: string | undefined) {
    this[kParsed] = value ?? undefined;
    const record = this[kRecord];
    if (value && record !== undefined && record.sent !== value) {
      const socket = this.socket;
      process.nextTick(() => socket?.destroy(new Error(`the request framer and the HTTP parser disagree (${record.sent} / ${value})`)));
    }
  }
}
