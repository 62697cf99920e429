/**
 * A classroom on a fake clock: N laptops (responder + querier each, as
 * DnsSd wires them) on one in-memory multicast link, every packet going
 * through the real codec. Checks that everyone finds everyone, and that the
 * idle traffic stays small and grows linearly with N (not N^2).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../agent/logger.js';
import { Querier, type DiscoveredService } from '../../protocols/dns-sd/browser.js';
import { Responder } from '../../protocols/dns-sd/responder.js';
import { ManualTimers } from '../../protocols/dns-sd/timers.js';
import { decodeMessage, isResponse, packMessages, type Message } from '../../protocols/dns-sd/wire.js';

interface Laptop {
  index: number;
  responder: Responder;
  querier: Querier;
  seen: Map<string, DiscoveredService>;
  sent: number[];
}

function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

function classroom(n: number, loss = 0) {
  const timers = new ManualTimers();
  const laptops: Laptop[] = [];
  const drop = prng(999);
  let packets = 0;
  const deliver = (from: Laptop, message: Message): void => {
    for (const bytes of packMessages(message)) {
      packets++;
      from.sent.push(timers.time);
      for (const to of laptops) {
        if (to === from || drop() < loss) continue;
        timers.set(() => {
          const m = decodeMessage(bytes);
          const source = { address: `169.254.0.${from.index + 1}`, port: 5353 };
          if (isResponse(m)) {
            to.responder.handleResponse(m);
            to.querier.handleResponse(m);
          } else {
            to.responder.handleQuery(m, source);
            to.querier.handleQuery(m);
          }
        }, 1);
      }
    }
  };
  for (let i = 0; i < n; i++) {
    const random = prng(i + 1);
    const laptop = { index: i, seen: new Map(), sent: [] } as unknown as Laptop;
    laptop.responder = new Responder({
      log: silentLogger,
      send: (m) => deliver(laptop, m),
      timers,
      now: timers.now,
      random,
      hostLabel: `xo-${i}`,
      hostRecords: 'publish',
      addresses: () => [`169.254.0.${i + 1}`],
      ttls: { host: 120, other: 4500 },
      port: 5353,
    });
    laptop.querier = new Querier({ log: silentLogger, send: (m) => deliver(laptop, m), timers, now: timers.now, random });
    const browser = laptop.querier.browse('_webdavs._tcp');
    browser.on('up', (s) => laptop.seen.set(s.fullName, s)).on('changed', (s) => laptop.seen.set(s.fullName, s)).on('down', (s) => laptop.seen.delete(s.fullName));
    laptop.querier.browse('_presence._tcp');
    laptop.responder.publish({ type: '_webdavs._tcp', name: `Share ${i}`, port: 8443, txt: [{ key: 'path', value: new TextEncoder().encode('/') }] });
    laptops.push(laptop);
  }
  for (const l of laptops) {
    l.responder.start();
    l.querier.start();
  }
  return { timers, laptops, packets: () => packets };
}

function idleRate(n: number): { perHour: number; found: boolean } {
  const { timers, laptops, packets } = classroom(n);
  timers.advance(10_000);
  const found = laptops.every((l) => l.seen.size === n - 1 && [...l.seen.values()].every((s) => s.addresses.length === 1));
  timers.advance(20 * 60_000);
  const start = packets();
  timers.advance(3600_000);
  const stillFound = laptops.every((l) => l.seen.size === n - 1);
  return { perHour: packets() - start, found: found && stillFound };
}

test('everyone finds everyone within 10 s and keeps them; idle traffic grows linearly with N', () => {
  const small = idleRate(5);
  const large = idleRate(30);
  console.log(`idle packets per hour: ${small.perHour} for 5 laptops, ${large.perHour} for 30`);
  assert.ok(small.found && large.found, 'all services found and kept');
  // Per service and hour: SRV/A refresh (~37 queries + answers) and little else.
  assert.ok(large.perHour / 30 < 100, `${large.perHour} packets/hour for 30 laptops`);
  assert.ok(large.perHour / 30 < (small.perHour / 5) * 1.5, `per laptop: ${small.perHour / 5} (N=5) vs ${large.perHour / 30} (N=30)`);
});

test('startup of 30 laptops costs a bounded number of packets', () => {
  const { timers, packets, laptops } = classroom(30);
  timers.advance(60_000);
  // Per laptop: 6 probes, 4 announcements, a few queries; answers are shared.
  assert.ok(packets() < 30 * 25, `${packets()} packets in the first minute`);
  assert.ok(laptops.every((l) => l.seen.size === 29));
});

test('with 10 % packet loss services are still found and stay found', () => {
  const { timers, laptops } = classroom(10, 0.1);
  timers.advance(2 * 3600_000);
  const counts = laptops.map((l) => l.seen.size);
  assert.ok(counts.every((c) => c === 9), `seen: ${counts.join(',')}`);
});

test.run();
