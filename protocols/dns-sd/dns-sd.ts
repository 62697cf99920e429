/**
 * DNS-SD (RFC 6763) over Multicast DNS (RFC 6762): publish services and
 * browse for them, on one `multicast-dns` socket.
 *
 *   const sd = new DnsSd({ log, hostLabel: 'xo-a1b2', hostRecords: 'publish', addresses: () => [...] });
 *   await sd.start();
 *   const share = sd.publish({ type: '_webdavs._tcp', name: 'Ana', port: 8443, txt: [...] });
 *   sd.browse('_presence._tcp').on('up', (s) => ...);
 *   await sd.stop();
 *
 * A DnsSd does not see its own packets, and its browsers ignore records it
 * publishes itself, so they never report its own services (other
 * processes' services on the same machine are reported).
 *
 * Parts: wire.ts (codec), names.ts, records.ts (TXT, builders), cache.ts,
 * responder.ts (our records), browser.ts (querier), transport.ts (socket).
 */
import type { Logger } from '../../agent/logger.js';
import { Querier, type DiscoveredService, type ServiceBrowser } from './browser.js';
import { checkHostLabel, DnsSdError } from './names.js';
import { HOST_TTL, OTHER_TTL, type ServiceDescription, type Ttls, type TxtEntry } from './records.js';
import { Responder, type PublishedService } from './responder.js';
import { realTimers, type Timers } from './timers.js';
import { MdnsTransport, type MdnsSocketOptions } from './transport.js';
import { isResponse, type Message } from './wire.js';

export type { DiscoveredService, ServiceBrowser } from './browser.js';
export type { ServiceDescription, TxtEntry } from './records.js';
export type { PublishedService } from './responder.js';
export { DnsSdError, type DnsSdErrorCode } from './names.js';

export interface DnsSdOptions {
  log: Logger;
  /** Host label without .local, e.g. 'xo-a1b2'. Used as SRV target `${label}.local`. */
  hostLabel: string;
  /**
   * 'publish': we publish A records for the host name (probing it, renaming
   * to label-2 etc. on conflict). 'system': another responder (avahi-daemon)
   * owns the host name; we publish no A records and use `${hostLabel}.local`
   * as SRV target as is.
   */
  hostRecords: 'publish' | 'system';
  /** Current IPv4 addresses for A records (non-loopback); read every time records are sent. */
  addresses: () => string[];
  /** Passed to multicast-dns. */
  mdns?: MdnsSocketOptions;
  now?: () => number;
  random?: () => number;
  /** TTLs (seconds) of what we publish; defaults host (SRV, A) 120, other (PTR, TXT) 4500. For tests. */
  ttls?: { host?: number; other?: number };
  /** Timer implementation; for tests. */
  timers?: Timers;
}

export interface DnsSdStats {
  packetsSent: number;
  packetsReceived: number;
  queriesSent: number;
  responsesSent: number;
}

export class DnsSd {
  private readonly options: DnsSdOptions;
  private readonly transport: MdnsTransport;
  private readonly responder: Responder;
  private readonly querier: Querier;
  private starting: Promise<void> | null = null;
  private stopping: Promise<void> | null = null;

  constructor(options: DnsSdOptions) {
    checkHostLabel(options.hostLabel);
    if (options.hostRecords !== 'publish' && options.hostRecords !== 'system') {
      throw new DnsSdError('bad-host-label', `hostRecords must be 'publish' or 'system', not ${JSON.stringify(options.hostRecords)}`);
    }
    this.options = options;
    const now = options.now ?? Date.now;
    const random = options.random ?? Math.random;
    const timers = options.timers ?? realTimers;
    const ttls: Ttls = { host: positive(options.ttls?.host) ?? HOST_TTL, other: positive(options.ttls?.other) ?? OTHER_TTL };
    this.transport = new MdnsTransport(options.log, options.mdns ?? {}, (m, source) => this.dispatch(m, source), now);
    const send = (message: Message, destination?: { address: string; port: number }): void => this.transport.send(message, destination);
    this.responder = new Responder({
      log: options.log,
      send,
      timers,
      now,
      random,
      hostLabel: options.hostLabel,
      hostRecords: options.hostRecords,
      addresses: options.addresses,
      ttls,
      port: this.transport.port,
    });
    const responder = this.responder;
    this.querier = new Querier({ log: options.log, send, timers, now, random, isOwnRecord: (r) => responder.ownsRecord(r) });
  }

  /** Opens the socket, then starts probing what was published and querying what is browsed. */
  start(): Promise<void> {
    if (this.stopping) return Promise.reject(new DnsSdError('stopped', 'DnsSd was stopped'));
    if (!this.starting) {
      this.starting = this.transport.start().then(() => {
        if (this.stopping) return;
        this.responder.start();
        this.querier.start();
      });
    }
    return this.starting;
  }

  /** Probes (3 x 250 ms), then announces (twice, 1 s apart); renames 'Name' -> 'Name (2)' on conflict. Throws DnsSdError on invalid input. */
  publish(service: ServiceDescription): PublishedService {
    if (this.stopping) throw new DnsSdError('stopped', 'DnsSd was stopped');
    return this.responder.publish(service);
  }

  browse(type: string): ServiceBrowser {
    if (this.stopping) throw new DnsSdError('stopped', 'DnsSd was stopped');
    return this.querier.browse(type);
  }

  /** Re-announce the A records (when we publish the host name). */
  addressesChanged(): void {
    this.responder.addressesChanged();
  }

  /** The host name used as SRV target, e.g. 'xo-a1b2.local' (or 'xo-a1b2-2.local' after a conflict). */
  get hostName(): string {
    return this.responder.hostName();
  }

  stats(): DnsSdStats {
    return { ...this.transport.counters };
  }

  /** Goodbyes for everything published, browsers stopped, socket closed. Idempotent. */
  stop(): Promise<void> {
    if (!this.stopping) {
      this.stopping = (async () => {
        this.querier.stop();
        try {
          if (this.starting) await this.starting.catch(() => undefined);
          await this.responder.stop();
        } catch (error) {
          this.options.log.debug('mDNS: error while saying goodbye', { error: String(error) });
        } finally {
          await this.transport.close();
        }
      })();
    }
    return this.stopping;
  }

  private dispatch(message: Message, source: { address: string; port: number }): void {
    if (isResponse(message)) {
      this.responder.handleResponse(message);
      this.querier.handleResponse(message);
    } else {
      this.responder.handleQuery(message, source);
      this.querier.handleQuery(message);
    }
  }
}

function positive(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

export type { Ttls };
