/**
 * The socket side: `multicast-dns` opens and looks after the UDP socket
 * (port 5353, group membership on every interface, multicast TTL and
 * loopback). We hand it our own dgram socket so that we see the raw bytes
 * and can use our codec (wire.ts); its own dns-packet decoding is detached.
 *
 * Multicast loopback hands our own packets back to us. They are recognised
 * by their exact bytes (each packet we sent is consumed by one identical
 * arrival within 2 s) and dropped: they are neither conflicts nor news.
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import makeMdns from 'multicast-dns';
import type { Logger } from '../../agent/logger.js';
import { DnsSdError } from './names.js';
import type { Destination } from './responder.js';
import { decodeMessage, isResponse, packMessages, WireError, type Message } from './wire.js';

export interface MdnsSocketOptions {
  port?: number;
  ip?: string;
  interface?: string;
  bind?: string | false;
  multicast?: boolean;
  loopback?: boolean;
  reuseAddr?: boolean;
  ttl?: number;
}

export interface TransportStats {
  packetsSent: number;
  packetsReceived: number;
  queriesSent: number;
  responsesSent: number;
}

const OWN_WINDOW_MS = 2000;

export class MdnsTransport {
  readonly port: number;
  readonly group: string;
  private socket: Socket | null = null;
  private mdns: ReturnType<typeof makeMdns> | null = null;
  private readonly own = new Map<string, { count: number; at: number }>();
  private lastSendWarning = -Infinity;
  private closed = false;
  readonly counters: TransportStats = { packetsSent: 0, packetsReceived: 0, queriesSent: 0, responsesSent: 0 };

  constructor(
    private readonly log: Logger,
    private readonly options: MdnsSocketOptions,
    private readonly onMessage: (message: Message, source: Destination) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.port = options.port ?? 5353;
    this.group = options.ip ?? '224.0.0.251';
  }

  start(): Promise<void> {
    const socket = createSocket({ type: 'udp4', reuseAddr: this.options.reuseAddr !== false });
    this.socket = socket;
    const mdns = makeMdns({ ...this.options, port: this.port, ip: this.group, socket });
    this.mdns = mdns;
    // multicast-dns decodes every packet with dns-packet; we decode ourselves.
    for (const listener of socket.listeners('message')) socket.removeListener('message', listener as (...args: unknown[]) => void);
    socket.on('message', (buf: Buffer, rinfo: RemoteInfo) => this.receive(buf, rinfo));
    mdns.on('warning', (err: Error) => this.log.debug('mDNS socket warning', { error: err.message }));
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      mdns.on('error', (err: Error) => {
        if (settled) {
          this.log.warn('mDNS socket error', { error: err.message });
          return;
        }
        settled = true;
        this.close().catch(() => undefined);
        reject(new DnsSdError('socket', `cannot open the mDNS socket on UDP port ${this.port}: ${err.message}`));
      });
      mdns.once('ready', () => {
        if (settled) return;
        settled = true;
        resolve();
      });
    });
  }

  /** Encode (splitting into several packets when needed) and send; multicast unless a destination is given. */
  send(message: Message, destination?: Destination): void {
    const socket = this.socket;
    if (!socket || this.closed) return;
    let packets: Uint8Array[];
    try {
      packets = packMessages(message);
    } catch (error) {
      this.log.warn('mDNS: could not encode a packet', { error: String(error) });
      return;
    }
    const response = isResponse(message);
    const now = this.now();
    if (this.own.size > 200) this.forgetOld(now);
    for (const packet of packets) {
      if (!destination) {
        const key = Buffer.from(packet).toString('base64');
        const seen = this.own.get(key);
        this.own.set(key, { count: (seen?.count ?? 0) + 1, at: now });
      }
      this.counters.packetsSent++;
      if (response) this.counters.responsesSent++;
      else this.counters.queriesSent++;
      socket.send(packet, destination?.port ?? this.port, destination?.address ?? this.group, (err) => {
        if (!err) return;
        const t = this.now();
        if (t - this.lastSendWarning > 60_000) {
          this.lastSendWarning = t;
          this.log.warn('mDNS: sending failed (is there a multicast route?)', { error: err.message });
        } else {
          this.log.debug('mDNS: sending failed', { error: err.message });
        }
      });
    }
  }

  private forgetOld(now: number): void {
    for (const [k, v] of this.own) if (v.at < now - OWN_WINDOW_MS) this.own.delete(k);
  }

  private isOwn(buf: Buffer): boolean {
    const now = this.now();
    this.forgetOld(now);
    const key = buf.toString('base64');
    const seen = this.own.get(key);
    if (!seen) return false;
    if (--seen.count <= 0) this.own.delete(key);
    return true;
  }

  private receive(buf: Buffer, rinfo: RemoteInfo): void {
    try {
      if (this.closed || this.isOwn(buf)) return;
      this.counters.packetsReceived++;
      let message: Message;
      try {
        message = decodeMessage(buf);
      } catch (error) {
        if (error instanceof WireError) {
          this.log.debug('mDNS: ignoring a malformed packet', { from: rinfo.address, bytes: buf.length, error: error.message });
          return;
        }
        throw error;
      }
      // §18.3: opcode and rcode must be zero. §6: responses come from port 5353.
      if ((message.flags & 0x780f) !== 0) return;
      if (isResponse(message) && rinfo.port !== this.port) return;
      this.onMessage(message, { address: rinfo.address, port: rinfo.port });
    } catch (error) {
      this.log.debug('mDNS: error while handling a packet', { from: rinfo.address, error: String(error) });
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const mdns = this.mdns;
    this.mdns = null;
    this.socket = null;
    if (mdns) await new Promise<void>((resolve) => mdns.destroy(() => resolve()));
  }
}
