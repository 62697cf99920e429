/**
 * The agent's libp2p node: TCP + Noise + yamux + identify, with
 * `@libp2p/mdns` for libp2p peers when discovery is on. Connections are
 * only opened on demand (by later protocols) and the connection policy
 * keeps one per pair and closes idle ones; discovery itself dials nobody.
 *
 * Importing this module pulls in libp2p, which on Node 20 needs
 * `agent/node20.js` loaded first (the CLI does that).
 */
import { networkInterfaces as osNetworkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { identify } from '@libp2p/identify';
import type { Connection, PeerInfo, PrivateKey } from '@libp2p/interface';
import { mdns } from '@libp2p/mdns';
import { tcp } from '@libp2p/tcp';
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr';
import { createLibp2p, type Libp2p } from 'libp2p';
import type { Logger } from '../agent/logger.js';
import { ConnectionPolicy } from './connection-policy.js';

export interface P2pNodeOptions {
  privateKey: PrivateKey;
  /** IPv4 address to listen on; `0.0.0.0` for every interface. */
  host: string;
  /** 0 = any free port. */
  port: number;
  /** Run `@libp2p/mdns`. */
  discovery: boolean;
  mdnsQueryIntervalMs: number;
  log: Logger;
  /** A connection with no streams for this long is closed (default 60 s). */
  idleTimeoutMs?: number;
  networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
}

export interface DiscoveredLibp2pPeer {
  peerId: string;
  /** `/ip4/A/tcp/P` without the `/p2p/` part. */
  multiaddrs: string[];
}

export class P2pStartError extends Error {
  readonly code = 'p2p-listen';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'P2pStartError';
  }
}

export interface P2pNode {
  readonly libp2p: Libp2p;
  readonly peerId: string;
  /** The TCP port actually listened on. */
  readonly port: number;
  /** What other laptops are told, `/ip4/A/tcp/P/p2p/ID`: link-local included, loopback never. */
  addresses(): string[];
  /** A connection to the peer: an open one when there is one, else a new dial. */
  connect(peerId: string, signal?: AbortSignal): Promise<Connection>;
  onPeerDiscovered(listener: (peer: DiscoveredLibp2pPeer) => void): () => void;
  /** Open connections, for tests and the benchmark. */
  connectionCount(): number;
  stop(): Promise<void>;
}

const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
/**
 * yamux grows a stream's window up to this; it must stay below the read
 * buffer (4 MiB by default), or pausing a fast sender resets the stream.
 * 2 MiB still fills a 100 Mbit/s link at 100 ms of delay.
 */
const MAX_STREAM_WINDOW = 2 * 1024 * 1024;

export async function startP2pNode(options: P2pNodeOptions): Promise<P2pNode> {
  const { log } = options;
  const interfaces = options.networkInterfaces ?? osNetworkInterfaces;
  const listen = `/ip4/${options.host}/tcp/${options.port}`;
  const libp2p = await createLibp2p({
    privateKey: options.privateKey,
    start: false,
    addresses: {
      listen: [listen],
      announceFilter: (addrs) => announceable(addrs, interfaces()),
    },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux({ streamOptions: { maxStreamWindowSize: MAX_STREAM_WINDOW } })],
    peerDiscovery: options.discovery ? [mdns({ interval: options.mdnsQueryIntervalMs })] : [],
    services: { identify: identify() },
    // libp2p pings every connection every 10 s and by default cuts one whose ping takes over ~5 s: a
    // laptop receiving at full speed on a loaded radio answers late, and its deliveries broke (measured:
    // 2-9 of 30 at 100 Mbit/s). The protocols' own timeouts find dead peers.
    connectionMonitor: { abortConnectionOnPingFailure: false },
    connectionManager: {
      // A class is ~30 laptops; leave room for both directions and a visiting class.
      maxConnections: 100,
      dialTimeout: 10_000,
    },
  });

  const listeners: Array<(peer: DiscoveredLibp2pPeer) => void> = [];
  const onDiscovery = (event: CustomEvent<PeerInfo>): void => {
    const peer = {
      peerId: event.detail.id.toString(),
      multiaddrs: event.detail.multiaddrs.map((ma) => ma.toString()),
    };
    for (const listener of [...listeners]) {
      try {
        listener(peer);
      } catch (error) {
        log.warn('a libp2p discovery listener failed', { error: String(error) });
      }
    }
  };
  libp2p.addEventListener('peer:discovery', onDiscovery);
  let port: number | undefined;
  // The transport reports the real port (with --p2p-port 0) only through this event.
  const onListening = (event: CustomEvent<{ getAddrs(): Multiaddr[] }>): void => {
    port ??= tcpPort(event.detail.getAddrs());
  };
  libp2p.addEventListener('transport:listening', onListening);

  try {
    await libp2p.start();
  } catch (error) {
    await Promise.resolve(libp2p.stop()).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? `port ${options.port} is already in use; give another with --p2p-port (0 picks a free one)` : (error as Error).message;
    throw new P2pStartError(`The agent could not listen for other laptops (${why}).`, { cause: error });
  }
  libp2p.removeEventListener('transport:listening', onListening);
  port ??= options.port;
  const policy = new ConnectionPolicy({ libp2p, log, idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS });
  policy.start();
  log.debug('libp2p started', { peerId: libp2p.peerId.toString(), port });

  let stopped = false;
  return {
    libp2p,
    peerId: libp2p.peerId.toString(),
    port: port,
    addresses: () => libp2p.getMultiaddrs().map((ma) => ma.toString()),
    connect: (peerId, signal) => policy.connect(peerId, signal),
    onPeerDiscovered(listener) {
      listeners.push(listener);
      return () => {
        const at = listeners.indexOf(listener);
        if (at >= 0) listeners.splice(at, 1);
      };
    },
    connectionCount: () => libp2p.getConnections().length,
    async stop() {
      if (stopped) return;
      stopped = true;
      policy.stop();
      libp2p.removeEventListener('peer:discovery', onDiscovery);
      await libp2p.stop();
    },
  };
}

function tcpPort(addrs: Multiaddr[]): number | undefined {
  for (const ma of addrs) {
    const tcpPart = ma.getComponents().find((c) => c.name === 'tcp');
    if (tcpPart?.value !== undefined) return Number(tcpPart.value);
  }
  return undefined;
}

/**
 * What to tell other laptops. libp2p drops 169.254/16 addresses when it
 * expands a wildcard listen address, and an XO mesh without DHCP has only
 * those, so they are added back; loopback is never announced (another
 * laptop dialling its own 127.0.0.1 would find itself).
 */
export function announceable(addrs: Multiaddr[], interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): Multiaddr[] {
  const out: Multiaddr[] = [];
  const seen = new Set<string>();
  let port: string | undefined;
  let peer: string | undefined;
  for (const ma of addrs) {
    const parts = ma.getComponents();
    const ip = parts.find((c) => c.name === 'ip4' || c.name === 'ip6');
    port ??= parts.find((c) => c.name === 'tcp')?.value;
    peer ??= parts.find((c) => c.name === 'p2p')?.value;
    if (ip?.value !== undefined && isLoopback(ip.value)) continue;
    const text = ma.toString();
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(ma);
  }
  if (port === undefined) return out;
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal || entry.family !== 'IPv4' || !entry.address.startsWith('169.254.')) continue;
      const text = `/ip4/${entry.address}/tcp/${port}${peer === undefined ? '' : `/p2p/${peer}`}`;
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(multiaddr(text));
    }
  }
  return out;
}

function isLoopback(ip: string): boolean {
  return ip.startsWith('127.') || ip === '::1';
}
