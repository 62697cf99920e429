/**
 * A libp2p v3 stream as a WireTransport, so that the one socket adapter
 * (web/wire/wire-socket.ts) can put node:http on it, serving or fetching.
 *
 * Backpressure: when the adapter's readable side is full the stream is
 * paused, and yamux stops granting window, which blocks the other laptop's
 * writes. The pause is applied in a microtask, never from inside a message
 * dispatch: resume() dispatches buffered data synchronously and re-grants
 * window afterwards, silently undoing a pause() made in between (libp2p
 * 3.3; see protocols/push/channel.ts), after which the stream's own read
 * buffer overflows and resets it.
 *
 * Writes wait for the stream's next 'drain' event when send() says so. Not
 * for onDrain(): in libp2p 3.3 its promise is made once and never renewed,
 * so after the first drain it resolves at once and a fast writer piles its
 * whole body into the stream's write buffer (seen: 44 MiB queued while the
 * other side had read 1).
 */
import type { Connection, Stream, StreamCloseEvent, StreamMessageEvent } from '@libp2p/interface';
import type { TransportInfo, WireTransport } from '../../web/wire/wire-socket.js';

export function streamTransport(stream: Stream, connection?: Connection): WireTransport {
  let wantPaused = false;
  let paused = false;
  let pauseQueued = false;

  const applyPause = (): void => {
    pauseQueued = false;
    if (!wantPaused || paused) return;
    try {
      stream.pause();
      paused = true;
    } catch {
      // Closing: nothing more will arrive anyway.
    }
  };

  return {
    info: addressInfo(connection),
    start(sink) {
      stream.addEventListener('message', (event: StreamMessageEvent) => {
        const data = event.data;
        const bytes = data instanceof Uint8Array ? data : data.subarray();
        sink.data(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      });
      // 'end' comes once the other side closed its writing end and every byte
      // before that was delivered. A reset or abort also ends reading, but it
      // arrives as 'close' with an error, handled below.
      const onEnd = (): void => {
        if (stream.status === 'aborted' || stream.status === 'reset') return;
        sink.end();
      };
      stream.addEventListener('end', onEnd);
      stream.addEventListener('close', (event: StreamCloseEvent) => sink.close(event.error));
      if (stream.readableEnded) queueMicrotask(onEnd);
    },
    pause() {
      wantPaused = true;
      if (paused || pauseQueued) return;
      pauseQueued = true;
      queueMicrotask(applyPause);
    },
    resume() {
      wantPaused = false;
      if (!paused) return;
      paused = false;
      try {
        stream.resume();
      } catch {
        // Closing: the adapter learns how it ended from 'close'.
      }
    },
    write(chunk, done) {
      let more: boolean;
      try {
        more = stream.send(chunk);
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (more) done();
      else waitForDrain(stream, done);
    },
    writev(chunks, done) {
      let more = true;
      try {
        for (const chunk of chunks) more = stream.send(chunk);
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (more) done();
      else waitForDrain(stream, done);
    },
    end(done) {
      stream.close().then(
        () => done(),
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      );
    },
    destroy(error, graceful) {
      // After a clean end of our side the stream is left to its owner (the
      // protocol host lingers for the other side's close); anything else is
      // a reset, so the other laptop is not left waiting.
      if (graceful) return;
      stream.abort(error ?? new Error('the HTTP connection was closed'));
    },
  };
}

function waitForDrain(stream: Stream, done: (error?: Error | null) => void): void {
  const onDrain = (): void => {
    stream.removeEventListener('close', onClose);
    done();
  };
  const onClose = (event: StreamCloseEvent): void => {
    stream.removeEventListener('drain', onDrain);
    done(event.error ?? new Error('the stream closed while writing'));
  };
  stream.addEventListener('drain', onDrain, { once: true });
  stream.addEventListener('close', onClose, { once: true });
}

/** `/ip4/A/tcp/P` or `/ip6/A/tcp/P` of the connection as a socket's address fields (logs and per-address limits). */
function addressInfo(connection: Connection | undefined): TransportInfo {
  const text = connection?.remoteAddr.toString() ?? '';
  const match = /^\/(ip4|ip6)\/([^/]+)\/tcp\/(\d+)/.exec(text);
  if (!match) return { encrypted: false };
  return {
    remoteAddress: match[2]!,
    remotePort: Number(match[3]),
    remoteFamily: match[1] === 'ip4' ? 'IPv4' : 'IPv6',
    // Noise encrypts the stream, but this is not TLS: the scheme spoken on it is http.
    encrypted: false,
  };
}
