/**
 * The request framer on a TLS (or TCP) socket that node:http reads
 * directly: the framer is put on the socket's read path, in place, instead
 * of a second socket layer between the socket and node:http.
 *
 * Why in place: everything else about the connection stays Node's own
 * socket (writes, timeouts and their 'timeout' events, keep-alive, TLS
 * details, address fields, close and error propagation, backpressure),
 * and a wrapper Duplex measurably cost CPU on every request and every
 * written chunk (see the report of issue 6). What it takes:
 *
 * - Each chunk the socket hands to its readable side (`push`, which
 *   net.Socket calls for every read) goes through the framer first; what
 *   comes out is pushed in its place, and the last push's answer goes back,
 *   so a full buffer still stops reading from the kernel.
 * - node:http normally feeds a net.Socket to its parser natively, bytes
 *   never surfacing in JavaScript. A 'data' listener on the socket makes it
 *   read through JavaScript instead (node:http switches itself when someone
 *   else listens to the data, and this module is that someone), so the
 *   framer sees every byte.
 *
 * Call frameSocketReads() synchronously in the server's 'secureConnection'
 * (or 'connection') event, after node:http's own listener (its switch to
 * JavaScript reads is triggered by listeners added after it took the
 * socket). Bytes arriving later are framed; any the socket already
 * buffered are framed here.
 */
import type { Socket } from 'node:net';
import { RequestFramer, type RequestFramerOptions } from './request-framer.js';
import { attachFramer } from './requests.js';

const noop = (): void => undefined;

export function frameSocketReads(socket: Socket, options: RequestFramerOptions): RequestFramer {
  const framer = new RequestFramer(options);
  attachFramer(socket, framer);
  const push = socket.push;
  const pieces: Buffer[] = [];
  const pushPieces = (target: Socket): boolean => {
    let more = true;
    for (let k = 0; k < pieces.length; k++) more = push.call(target, pieces[k]);
    pieces.length = 0;
    return more;
  };
  // Bytes read before we were installed (none, in practice) go through the framer too.
  if (socket.readableLength > 0) {
    const buffered = socket.read() as Buffer | null;
    if (buffered !== null && buffered.length > 0) {
      framer.feed(buffered, pieces);
      if (pieces.length > 0) socket.unshift(pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces));
      pieces.length = 0;
    }
  }
  socket.push = function framedPush(this: Socket, chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) {
      framer.finish(pieces);
      pushPieces(this);
      return push.call(this, null);
    }
    if (!Buffer.isBuffer(chunk)) return push.call(this, chunk, encoding);
    framer.feed(chunk, pieces);
    return pushPieces(this);
  };
  socket.on('data', noop);
  return framer;
}
