/**
 * Which libp2p connections to keep. Discovery never dials; a protocol that
 * needs a peer calls `connect()`, which reuses an open connection. When both
 * laptops dial each other at the same moment there are two connections: both
 * sides keep the one dialled by the smaller PeerId (the same choice on both
 * ends, with no message), and the other is closed once no stream uses it.
 * A connection with no streams for `idleTimeoutMs` is closed, so a class at
 * rest holds no connections. The check runs only while connections exist.
 */
import type { Connection } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';
import type { Libp2p } from 'libp2p';
import type { Logger } from '../agent/logger.js';

export interface ConnectionPolicyOptions {
  libp2p: Libp2p;
  log: Logger;
  idleTimeoutMs: number;
  now?: () => number;
}

export interface ConnectionFacts {
  id: string;
  remotePeer: string;
  direction: 'inbound' | 'outbound';
  open: boolean;
}

/**
 * The connections to `remotePeer` that should go because another one to the
 * same peer is kept. Pure: both laptops compute the same answer.
 */
export function duplicatesToClose(localPeer: string, connections: readonly ConnectionFacts[]): string[] {
  const open = connections.filter((c) => c.open);
  if (open.length < 2) return [];
  const preferred: ConnectionFacts['direction'] = localPeer < open[0]!.remotePeer ? 'outbound' : 'inbound';
  // Keep the oldest connection in the preferred direction (or the oldest at all if none is).
  const keep = open.find((c) => c.direction === preferred) ?? open[0]!;
  return open.filter((c) => c !== keep).map((c) => c.id);
}

/** Whether a connection with no streams since `idleSince` should close now. */
export function isIdleExpired(idleSince: number | undefined, now: number, idleTimeoutMs: number, duplicate: boolean): boolean {
  if (idleSince === undefined) return false;
  return duplicate || now - idleSince >= idleTimeoutMs;
}

export class ConnectionPolicy {
  private readonly libp2p: Libp2p;
  private readonly log: Logger;
  private readonly idleTimeoutMs: number;
  private readonly now: () => number;
  private readonly idleSince = new Map<string, number>();
  private readonly duplicates = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private timerDue = Infinity;
  private running = false;

  constructor(options: ConnectionPolicyOptions) {
    this.libp2p = options.libp2p;
    this.log = options.log;
    this.idleTimeoutMs = options.idleTimeoutMs;
    this.now = options.now ?? Date.now;
  }

  start(): void {
    this.running = true;
    this.libp2p.addEventListener('connection:open', this.onOpen);
    this.libp2p.addEventListener('connection:close', this.onClose);
  }

  stop(): void {
    this.running = false;
    this.libp2p.removeEventListener('connection:open', this.onOpen);
    this.libp2p.removeEventListener('connection:close', this.onClose);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerDue = Infinity;
  }

  async connect(peerId: string, signal?: AbortSignal): Promise<Connection> {
    const existing = this.libp2p.getConnections(peerIdFromString(peerId)).filter((c) => c.status === 'open' && !this.duplicates.has(c.id));
    if (existing.length > 0) {
      this.idleSince.delete(existing[0]!.id);
      return existing[0]!;
    }
    const connection = await this.libp2p.dial(peerIdFromString(peerId), signal ? { signal } : {});
    this.idleSince.delete(connection.id);
    return connection;
  }

  private readonly onOpen = (event: CustomEvent<Connection>): void => {
    const connection = event.detail;
    this.idleSince.set(connection.id, this.now());
    const remote = connection.remotePeer.toString();
    const facts = this.libp2p.getConnections(connection.remotePeer).map((c) => ({
      id: c.id,
      remotePeer: remote,
      direction: c.direction,
      open: c.status === 'open',
    }));
    for (const id of duplicatesToClose(this.libp2p.peerId.toString(), facts)) {
      if (!this.duplicates.has(id)) this.log.debug('two connections to one peer; closing one once unused', { peer: remote, connection: id });
      this.duplicates.add(id);
    }
    this.schedule();
  };

  private readonly onClose = (event: CustomEvent<Connection>): void => {
    this.idleSince.delete(event.detail.id);
    this.duplicates.delete(event.detail.id);
  };

  /** Arms the one sweep timer; a duplicate waiting to close brings it forward. */
  private schedule(): void {
    if (!this.running) return;
    const period = this.duplicates.size > 0 ? 200 : Math.max(250, Math.min(5_000, Math.floor(this.idleTimeoutMs / 4)));
    const due = this.now() + period;
    if (this.timer !== null && this.timerDue <= due) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerDue = Infinity;
      this.sweep();
    }, period);
    this.timer.unref();
  }

  private sweep(): void {
    const now = this.now();
    const connections = this.libp2p.getConnections();
    for (const connection of connections) {
      if (connection.status !== 'open') continue;
      if (connection.streams.length > 0) {
        this.idleSince.delete(connection.id);
        continue;
      }
      if (!this.idleSince.has(connection.id)) this.idleSince.set(connection.id, now);
      if (isIdleExpired(this.idleSince.get(connection.id), now, this.idleTimeoutMs, this.duplicates.has(connection.id))) {
        this.idleSince.delete(connection.id);
        connection.close().catch((error: unknown) => {
          this.log.debug('closing an idle connection failed', { error: String(error) });
          connection.abort(error instanceof Error ? error : new Error(String(error)));
        });
      }
    }
    if (this.libp2p.getConnections().some((c) => c.status === 'open')) this.schedule();
  }
}
