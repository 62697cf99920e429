/**
 * Link shaping (delay, jitter, loss, rate) for one host of a Mesh.
 *
 * `tc qdisc ... netem` would be the usual tool, but the kernel the project
 * runs on is built without sch_netem (CONFIG_NET_SCH_NETEM is not set and
 * CONFIG_MODULES is off, so no module can be loaded). Instead the host's
 * link is spliced through a small user-space relay, a "netem in Python"
 * using only the standard library: the bridge-side end of the host's veth
 * (`bN`) leaves the bridge, a second veth pair `sN`/`tN` joins it (`tN` on
 * the bridge), and the relay copies frames between `bN` and `sN` through
 * AF_PACKET sockets, holding each one back (delay, jitter, serialisation at
 * the given rate) or dropping it (loss, queue overflow). Both directions are
 * shaped with the same numbers, like a radio link: a host shaped with 50 ms
 * delay has a 100 ms round trip to an unshaped neighbour.
 *
 * Differences from netem: jitter never reorders frames (a frame leaves no
 * earlier than the one before it in the same direction); the queue holds at
 * most `limit` frames per direction (default 1000, netem's default too) and
 * drops the newest when full. The relay moves roughly 100+ MB/s unshaped.
 * TCP segmentation offload is switched off on the host's `v0` and on `tN`
 * while shaped, so every frame is at most one MTU and loss applies per
 * segment, not per 64 KiB super-frame.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface LinkShape {
  /** One-way delay added in each direction. */
  delayMs?: number;
  /** Uniform ±jitter around the delay (no reordering). */
  jitterMs?: number;
  /** Chance, per frame and per direction, that the frame is lost. */
  lossPercent?: number;
  /** Line rate in each direction, in Mbit/s (frames queue behind it). */
  rateMbit?: number;
  /** Frames queued per direction before new ones are dropped (default 1000). */
  limit?: number;
}

/** Debian's python3 (a pyenv shim on PATH starts much slower). */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

export function normalizeShape(shape: LinkShape): Required<LinkShape> {
  const out: Required<LinkShape> = {
    delayMs: shape.delayMs ?? 0,
    jitterMs: shape.jitterMs ?? 0,
    lossPercent: shape.lossPercent ?? 0,
    rateMbit: shape.rateMbit ?? 0,
    limit: shape.limit ?? 1000,
  };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`shapeLink: ${key} must be a number >= 0, not ${String(value)}`);
  }
  if (out.lossPercent > 100) throw new RangeError(`shapeLink: lossPercent must be at most 100, not ${out.lossPercent}`);
  if (out.limit < 1) throw new RangeError('shapeLink: limit must be at least 1');
  return out;
}

/** `python3 -c SCRIPT features off|on IFACE...`: TCP segmentation offload and GSO off/on (legacy ethtool ioctls). */
export function featuresArgs(on: boolean, ifaces: string[]): string[] {
  return ['-c', RELAY_SCRIPT, 'features', on ? 'on' : 'off', ...ifaces];
}

/** `python3 -c SCRIPT relay A B SHAPE_JSON`: shape lines (JSON) on stdin update it; EOF on stdin ends it. */
export function relayArgs(hostSide: string, bridgeSide: string, shape: Required<LinkShape>): string[] {
  return ['-c', RELAY_SCRIPT, 'relay', hostSide, bridgeSide, JSON.stringify(shape)];
}

/** Resolves once the relay printed `ready` (its sockets are bound); rejects with its stderr if it exits first. */
export function waitForRelay(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => finish(new Error(`the link relay did not start within ${timeoutMs / 1000} s: ${err.trim() || 'no output'}`)), timeoutMs);
    const onOut = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      if (out.includes('ready\n')) finish(null);
    };
    const onErr = (chunk: Buffer): void => {
      err += chunk.toString('utf8');
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      finish(new Error(`the link relay (${PYTHON}) exited (${code ?? signal}) before it was ready: ${err.trim() || 'no output'}`));
    const onError = (error: Error): void => finish(new Error(`could not run ${PYTHON} for the link relay: ${error.message}`));
    function finish(error: Error | null): void {
      clearTimeout(timer);
      child.stdout?.off('data', onOut);
      child.off('exit', onExit);
      child.off('error', onError);
      if (error) {
        child.stderr?.off('data', onErr);
        reject(error);
      } else {
        // Keep draining stderr so a chatty relay never blocks.
        resolve();
      }
    }
    child.stdout?.on('data', onOut);
    child.stderr?.on('data', onErr);
    child.on('exit', onExit);
    child.on('error', onError);
  });
}

/** Python 3 standard library only; runs as root inside the bridge namespace. */
export const RELAY_SCRIPT = String.raw`
import collections, ctypes, fcntl, json, os, random, select, signal, socket, struct, sys, time

SOL_PACKET = 263
PACKET_VNET_HDR = 15
PACKET_IGNORE_OUTGOING = 23
ETH_P_ALL = 3
VNET_HDR_LEN = 10
SIOCETHTOOL = 0x8946
ETHTOOL_STSO = 0x1f
ETHTOOL_SGSO = 0x24

def features(on, names):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        for name in names:
            for cmd in (ETHTOOL_STSO, ETHTOOL_SGSO):
                buf = ctypes.create_string_buffer(struct.pack('II', cmd, 1 if on else 0), 8)
                ifr = struct.pack('16sP', name.encode(), ctypes.addressof(buf)).ljust(40, b'\x00')
                fcntl.ioctl(s, SIOCETHTOOL, ifr)
    finally:
        s.close()

def open_link(name):
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    # Frames keep their checksum-offload / GSO metadata across the relay.
    s.setsockopt(SOL_PACKET, PACKET_VNET_HDR, 1)
    s.setsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING, 1)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 << 20)
    s.bind((name, ETH_P_ALL))
    s.setblocking(False)
    return s

class Direction:
    def __init__(self, src, dst):
        self.src, self.dst = src, dst
        self.queue = collections.deque()
        self.busy = 0.0
        self.last = 0.0

def relay(a_name, b_name, shape_json):
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass
    cfg = json.loads(shape_json)
    a, b = open_link(a_name), open_link(b_name)
    dirs = {a.fileno(): Direction(a, b), b.fileno(): Direction(b, a)}
    stdin_buf = b''
    sys.stdout.write('ready\n')
    sys.stdout.flush()
    while True:
        now = time.monotonic()
        nxt = None
        for d in dirs.values():
            q = d.queue
            while q and q[0][0] <= now:
                try:
                    d.dst.send(q.popleft()[1])
                except OSError:
                    pass  # link down or queue full: lost
            if q and (nxt is None or q[0][0] < nxt):
                nxt = q[0][0]
        ready, _, _ = select.select([a, b, 0], [], [], None if nxt is None else max(0.0, nxt - now))
        now = time.monotonic()
        delay = cfg['delayMs'] / 1000.0
        jitter = cfg['jitterMs'] / 1000.0
        loss = cfg['lossPercent'] / 100.0
        rate = cfg['rateMbit'] * 125000.0  # bytes per second
        limit = cfg['limit']
        for s in ready:
            if s == 0:
                chunk = os.read(0, 65536)
                if not chunk:
                    return  # the harness went away
                stdin_buf += chunk
                while b'\n' in stdin_buf:
                    line, stdin_buf = stdin_buf.split(b'\n', 1)
                    if line.strip():
                        cfg = json.loads(line)
                        sys.stdout.write('updated\n')
                        sys.stdout.flush()
                continue
            d = dirs[s.fileno()]
            q = d.queue
            for _ in range(512):
                try:
                    frame = s.recv(65536 + 64)
                except OSError:
                    break  # EAGAIN, or ENETDOWN reported once after a cut
                if loss and random.random() < loss:
                    continue
                if len(q) >= limit:
                    continue
                t = now
                if rate:
                    t = max(t, d.busy) + (len(frame) - VNET_HDR_LEN) / rate
                    d.busy = t
                if delay or jitter:
                    t += max(0.0, delay + random.uniform(-jitter, jitter))
                if t < d.last:
                    t = d.last
                d.last = t
                q.append((t, frame))

signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
if sys.argv[1] == 'features':
    features(sys.argv[2] == 'on', sys.argv[3:])
elif sys.argv[1] == 'relay':
    relay(sys.argv[2], sys.argv[3], sys.argv[4])
else:
    sys.exit('usage: features on|off IFACE... | relay HOST_SIDE BRIDGE_SIDE SHAPE_JSON')
`;
