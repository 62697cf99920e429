import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { access, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../agent/logger.js';
import { Outbox, OutboxError, peerViewOf, type OutboxOptions, type PeerView, type TransferReport } from '../../agent/outbox/delivery-scheduler.js';
import { PeerList } from '../../protocols/discovery/peer-list.js';
import { OutboxStore, type RecipientRecord, type RecipientState, type TransferRecord } from '../../agent/outbox/outbox-store.js';
import { SendError } from '../../agent/outbox/source-files.js';
import { ManualTimers } from '../../protocols/dns-sd/timers.js';
import type { DeliveryRequest, DeliveryResult, PushTransport } from '../../protocols/push/types.js';
import { until } from '../helpers/until.js';

// ---- fakes ---------------------------------------------------------------------------------------------

type Behaviour = (request: DeliveryRequest) => Promise<DeliveryResult>;

const DELIVERED: DeliveryResult = { outcome: 'delivered', files: 1, bytesSent: 0, resumedFrom: 0 };

/** Reports all bytes done, then answers `result`. */
const answer = (result: DeliveryResult): Behaviour => async (request) => {
  const total = request.files.reduce((sum, f) => sum + f.size, 0);
  if (result.outcome === 'delivered') request.onProgress(total, total);
  return result;
};

/** A delivery that runs until the test releases it, or until it is aborted (then 'cancelled', as the real transport says). */
class Gate {
  request: DeliveryRequest | null = null;
  private resolve: ((result: DeliveryResult) => void) | null = null;
  readonly behaviour: Behaviour = (request) => {
    this.request = request;
    return new Promise<DeliveryResult>((resolve) => {
      this.resolve = resolve;
      request.signal.addEventListener('abort', () => resolve({ outcome: 'failed', retry: false, message: 'cancelled' }), { once: true });
    });
  };
  release(result: DeliveryResult = DELIVERED): void {
    const total = this.request!.files.reduce((sum, f) => sum + f.size, 0);
    if (result.outcome === 'delivered') this.request!.onProgress(total, total);
    this.resolve!(result);
  }
}

class FakeTransport implements PushTransport {
  readonly calls: DeliveryRequest[] = [];
  running = 0;
  maxRunning = 0;
  fallback: Behaviour = answer(DELIVERED);
  private readonly scripts = new Map<string, Behaviour[]>();

  script(peerId: string, ...steps: Behaviour[]): void {
    this.scripts.set(peerId, [...(this.scripts.get(peerId) ?? []), ...steps]);
  }

  callsFor(peerId: string): number {
    return this.calls.filter((c) => c.peerId === peerId).length;
  }

  async deliver(request: DeliveryRequest): Promise<DeliveryResult> {
    this.calls.push(request);
    this.running += 1;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    try {
      const step = this.scripts.get(request.peerId)?.shift() ?? this.fallback;
      return await step(request);
    } finally {
      this.running -= 1;
    }
  }
}

class FakePeers implements PeerView {
  readonly online = new Set<string>();
  private readonly listeners = new Set<(peerId: string) => void>();

  constructor(...online: string[]) {
    for (const id of online) this.online.add(id);
  }

  isOnline(peerId: string): boolean {
    return this.online.has(peerId);
  }

  onAppeared(listener: (peerId: string) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  appear(peerId: string): void {
    this.online.add(peerId);
    for (const listener of this.listeners) listener(peerId);
  }

  vanish(peerId: string): void {
    this.online.delete(peerId);
  }
}

/** Store whose writes stop, as if the process had been killed. */
class CrashableStore extends OutboxStore {
  crashed = false;
  override save(record: TransferRecord): Promise<void> {
    return this.crashed ? Promise.resolve() : super.save(record);
  }
}

// ---- harness -------------------------------------------------------------------------------------------

const T0 = 1_700_000_000_000;

interface Harness {
  dataDir: string;
  file: string;
  timers: ManualTimers;
  transport: FakeTransport;
  peers: FakePeers;
  store: CrashableStore;
  outbox: Outbox;
  events: Array<[string, ...unknown[]]>;
  settled: TransferReport[];
  finished: TransferReport[];
  states(transferId: string, peerId: string): RecipientState[];
  newOutbox(over?: Partial<OutboxOptions>): Outbox;
}

async function withOutbox(options: { online?: string[]; concurrency?: number; over?: Partial<OutboxOptions> }, run: (h: Harness) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'outbox-scheduler-'));
  const file = join(dataDir, 'worksheet.txt');
  await writeFile(file, 'x'.repeat(1000));
  const timers = new ManualTimers(T0);
  const transport = new FakeTransport();
  const peers = new FakePeers(...(options.online ?? []));
  const store = new CrashableStore({ dataDir, log: silentLogger, now: timers.now });
  const newOutbox = (over: Partial<OutboxOptions> = {}): Outbox =>
    new Outbox({
      store,
      transport,
      peers,
      log: silentLogger,
      from: { nick: 'Teacher', color: '#FF2B34,#005FE4' },
      concurrency: options.concurrency ?? 6,
      timers,
      now: timers.now,
      random: () => 0.5, // no jitter: delays are exact
      ...options.over,
      ...over,
    });
  const outbox = newOutbox();
  const events: Harness['events'] = [];
  const settled: TransferReport[] = [];
  const finished: TransferReport[] = [];
  outbox.on('recipient', (id, r) => events.push(['recipient', id, r.peerId, r.state]));
  outbox.on('progress', (id, peer, done, total) => events.push(['progress', id, peer, done, total]));
  outbox.on('settled', (_id, report) => settled.push(report));
  outbox.on('finished', (_id, report) => finished.push(report));
  const states = (transferId: string, peerId: string): RecipientState[] =>
    events.filter((e) => e[0] === 'recipient' && e[1] === transferId && e[2] === peerId).map((e) => e[3] as RecipientState);
  await outbox.start();
  try {
    await run({ dataDir, file, timers, transport, peers, store, outbox, events, settled, finished, states, newOutbox });
  } finally {
    await outbox.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const waitFor = <T>(what: string, check: () => T | null | undefined | false): Promise<T> => until(what, check, 3000, 2);
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

function recipient(outbox: Outbox, id: string, peerId: string): RecipientRecord {
  const r = outbox.get(id)?.recipients.find((x) => x.peerId === peerId);
  if (!r) throw new Error(`no recipient ${peerId}`);
  return r;
}

const stateOf = (outbox: Outbox, id: string, peerId: string): RecipientState => recipient(outbox, id, peerId).state;
const to = (...peerIds: string[]) => peerIds.map((peerId) => ({ peerId, nick: `nick-${peerId}` }));

// ---- tests ---------------------------------------------------------------------------------------------

test('never more than `concurrency` deliveries at once; every recipient gets it', async () => {
  const peers = Array.from({ length: 10 }, (_, i) => `peer-${i}`);
  await withOutbox({ online: peers, concurrency: 3 }, async ({ outbox, transport, file, finished }) => {
    const gates: Gate[] = [];
    transport.fallback = (request) => {
      const gate = new Gate();
      gates.push(gate);
      return gate.behaviour(request);
    };
    const sent = await outbox.send({ paths: [file], recipients: to(...peers) });
    assert.match(sent.id, /^[0-9a-f]{32}$/);
    await waitFor('3 running', () => transport.running === 3);
    await tick();
    assert.is(transport.calls.length, 3, 'nobody else started');
    assert.is(outbox.running, 3);
    assert.is(outbox.get(sent.id)!.recipients.filter((r) => r.state === 'pending').length, 7);
    for (let released = 0; released < peers.length; released++) {
      await waitFor(`gate ${released}`, () => gates[released]?.request);
      gates[released]!.release();
      await waitFor(`${released + 1} delivered`, () => outbox.get(sent.id)!.recipients.filter((r) => r.state === 'delivered').length === released + 1);
      assert.ok(transport.running <= 3);
    }
    assert.is(transport.maxRunning, 3);
    assert.is(transport.calls.length, 10, 'one delivery each');
    assert.is(finished.length, 1);
    assert.is(finished[0]!.delivered, 10);
  });
});

test('a stalled recipient does not delay the others', async () => {
  const others = ['a', 'b', 'c', 'd', 'e'];
  await withOutbox({ online: ['stall', ...others], concurrency: 2 }, async ({ outbox, transport, file, settled, finished }) => {
    const stall = new Gate();
    transport.script('stall', stall.behaviour);
    const { id } = await outbox.send({ paths: [file], recipients: to('stall', ...others) });
    await waitFor('all others delivered', () => others.every((p) => stateOf(outbox, id, p) === 'delivered'));
    assert.is(stateOf(outbox, id, 'stall'), 'sending');
    assert.is(transport.maxRunning, 2);
    assert.is(settled.length, 0, 'not settled while one is sending');
    await outbox.cancel(id);
    assert.ok(stall.request!.signal.aborted);
    await waitFor('the stalled delivery ended', () => outbox.running === 0);
    assert.is(finished.length, 1);
    assert.equal([finished[0]!.delivered, finished[0]!.cancelled], [5, 1]);
  });
});

test('an offline recipient waits with no timer armed, and gets it when discovery sees it', async () => {
  await withOutbox({ online: ['ana'] }, async ({ outbox, transport, peers, timers, file, settled, finished, states }) => {
    const { id } = await outbox.send({ paths: [file], recipients: to('ana', 'bo') });
    await waitFor('ana delivered', () => stateOf(outbox, id, 'ana') === 'delivered');
    assert.is(stateOf(outbox, id, 'bo'), 'waiting');
    assert.is(transport.callsFor('bo'), 0);
    assert.is(timers.pendingCount, 0, 'no timer, no polling while waiting');
    assert.is(settled.length, 1);
    assert.equal([settled[0]!.delivered, settled[0]!.waiting], [1, 1]);
    assert.is(finished.length, 0);
    assert.ok(outbox.get(id)!.settled && !outbox.get(id)!.finished);

    peers.appear('bo');
    await waitFor('bo delivered', () => stateOf(outbox, id, 'bo') === 'delivered');
    assert.equal(states(id, 'ana'), ['sending', 'delivered']);
    assert.equal(states(id, 'bo'), ['waiting', 'pending', 'sending', 'delivered']);
    assert.is(settled.length, 2, 'settled again after the late delivery');
    assert.is(finished.length, 1);
    assert.is(finished[0]!.delivered, 2);
    assert.is(timers.pendingCount, 0);
  });
});

test('failures back off (5 s doubling) and give up after 8 in a row with the reason', async () => {
  await withOutbox({ online: ['ana'] }, async ({ outbox, transport, timers, file, finished }) => {
    transport.fallback = answer({ outcome: 'failed', retry: true, message: 'connection reset' });
    const { id } = await outbox.send({ paths: [file], recipients: to('ana') });
    for (let attempt = 1; attempt < 8; attempt++) {
      await waitFor(`attempt ${attempt} concluded`, () => transport.calls.length === attempt && stateOf(outbox, id, 'ana') === 'pending');
      assert.is(recipient(outbox, id, 'ana').reason, 'connection reset');
      const delay = 5000 * 2 ** (attempt - 1);
      assert.is(timers.nextAt()! - timers.now(), delay, `delay after attempt ${attempt}`);
      timers.advance(delay - 1);
      await tick();
      assert.is(transport.calls.length, attempt, 'not before its time');
      timers.advance(1);
    }
    await waitFor('given up', () => stateOf(outbox, id, 'ana') === 'failed');
    assert.is(transport.calls.length, 8);
    assert.is(recipient(outbox, id, 'ana').reason, 'connection reset (gave up after 8 tries in a row)');
    assert.is(recipient(outbox, id, 'ana').attempts, 8);
    assert.is(timers.pendingCount, 0);
    assert.is(finished[0]!.failed, 1);
    assert.is(finished[0]!.recipients[0]!.reason, 'connection reset (gave up after 8 tries in a row)');
  });
});

test('the backoff is capped at 10 minutes, jittered, and an attempt that got further starts the count again', async () => {
  let r = 0;
  const randoms = [0, 0.999];
  await withOutbox({ online: ['ana', 'bo'], over: { backoff: { maxFailures: 12 }, random: () => randoms[r++ % 2]! } }, async ({ outbox, transport, timers, file }) => {
    // ana: fails 11 times without progress: delays 5 s .. 320 s then 600 s (not 640 s).
    transport.script('ana', ...Array.from({ length: 11 }, () => answer({ outcome: 'failed', retry: true, message: 'reset' })));
    const { id } = await outbox.send({ paths: [file], recipients: to('ana') });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 11; attempt++) {
      await waitFor(`attempt ${attempt}`, () => transport.calls.length === attempt && stateOf(outbox, id, 'ana') === 'pending');
      const delay = timers.nextAt()! - timers.now();
      delays.push(delay);
      timers.advance(delay);
    }
    await waitFor('delivered', () => stateOf(outbox, id, 'ana') === 'delivered');
    const plain = [5, 10, 20, 40, 80, 160, 320, 600, 600, 600, 600].map((s) => s * 1000);
    delays.forEach((delay, i) => {
      assert.ok(delay >= plain[i]! * 0.8 - 1 && delay <= Math.min(plain[i]! * 1.2, 600_000), `delay ${i}: ${delay}`);
    });
    assert.is(delays[7], 600_000, '640 s capped at 10 min (jitter never goes above the cap)');
    assert.is(delays[8], 600_000 * 0.8, 'capped, then jittered down');

    // bo: every failed attempt moved 100 bytes further (resume on a flaky link): never given up.
    let done = 0;
    transport.script('bo', ...Array.from({ length: 10 }, () => async (request: DeliveryRequest): Promise<DeliveryResult> => {
      done += 100;
      request.onProgress(done, 1000);
      return { outcome: 'failed', retry: true, message: 'link down' };
    }));
    const second = await outbox.send({ paths: [file], recipients: to('bo') });
    for (let attempt = 1; attempt <= 10; attempt++) {
      await waitFor(`bo attempt ${attempt}`, () => transport.callsFor('bo') === attempt && stateOf(outbox, second.id, 'bo') === 'pending');
      const delay = timers.nextAt()! - timers.now();
      assert.ok(delay <= 6000, `count restarted: ${delay}`);
      timers.advance(delay);
    }
    await waitFor('bo delivered', () => stateOf(outbox, second.id, 'bo') === 'delivered');
  });
});

test('held: retried with backoff while online, when back, and at once on ready()', async () => {
  await withOutbox({ online: ['ana'] }, async ({ outbox, transport, peers, timers, file, settled }) => {
    const held: DeliveryResult = { outcome: 'held', expiresAt: T0 + 3600_000 };
    transport.script('ana', answer(held), answer(held), answer(held), answer(held));
    const { id } = await outbox.send({ paths: [file], recipients: to('ana') });
    await waitFor('held', () => stateOf(outbox, id, 'ana') === 'held');
    assert.is(settled.length, 1, 'held is settled: it waits for the child');
    assert.is(settled[0]!.held, 1);
    assert.is(timers.nextAt()! - timers.now(), 60_000);
    timers.advance(60_000);
    await waitFor('held again', () => transport.calls.length === 2 && stateOf(outbox, id, 'ana') === 'held');
    assert.is(timers.nextAt()! - timers.now(), 120_000, 'doubled');

    // Away when the retry falls due: no retry, no timer; retried when back.
    peers.vanish('ana');
    timers.advance(120_000);
    await tick();
    assert.is(transport.calls.length, 2);
    assert.is(stateOf(outbox, id, 'ana'), 'held');
    assert.is(timers.pendingCount, 0);
    peers.appear('ana');
    await waitFor('retried when back', () => transport.calls.length === 3 && stateOf(outbox, id, 'ana') === 'held');

    // ready(): at once, without waiting for the timer.
    outbox.ready('ana', id);
    await waitFor('retried on ready', () => transport.calls.length === 4 && stateOf(outbox, id, 'ana') === 'held');
    outbox.ready('ana', id);
    await waitFor('delivered', () => stateOf(outbox, id, 'ana') === 'delivered');
    assert.is(transport.calls.length, 5);
    assert.is(timers.pendingCount, 0, 'the held retry timer was cleared');
    outbox.ready('ana', id);
    outbox.ready('ana', 'f'.repeat(32));
    outbox.ready('nobody', id);
    await tick();
    assert.is(transport.calls.length, 5, 'ready() for a delivered, unknown transfer or unknown peer is ignored');
  });
});

test('ready() during a delivery that then answers held retries at once', async () => {
  await withOutbox({ online: ['ana'] }, async ({ outbox, transport, file }) => {
    const gate = new Gate();
    transport.script('ana', gate.behaviour);
    const { id } = await outbox.send({ paths: [file], recipients: to('ana') });
    await waitFor('sending', () => gate.request);
    outbox.ready('ana', id);
    gate.release({ outcome: 'held', expiresAt: T0 + 1000 });
    await waitFor('delivered', () => stateOf(outbox, id, 'ana') === 'delivered');
    assert.is(transport.calls.length, 2);
  });
});

test('a decline is final and reported with its reason; busy is retried', async () => {
  await withOutbox({ online: ['ana', 'bo', 'chen'] }, async ({ outbox, transport, timers, file, finished }) => {
    transport.script('ana', answer({ outcome: 'declined', reason: 'disk-full', message: 'only 20 MB free' }));
    transport.script('bo', answer({ outcome: 'declined', reason: 'declined', message: '' }));
    transport.script('chen', answer({ outcome: 'declined', reason: 'busy', message: 'too many transfers' }));
    const { id } = await outbox.send({ paths: [file], recipients: to('ana', 'bo', 'chen') });
    await waitFor('chen backing off', () => transport.callsFor('chen') === 1 && stateOf(outbox, id, 'chen') === 'pending');
    assert.is(stateOf(outbox, id, 'ana'), 'failed');
    assert.is(recipient(outbox, id, 'ana').reason, 'disk-full: only 20 MB free');
    assert.is(recipient(outbox, id, 'bo').reason, 'declined: they said no');
    timers.advance(5000);
    await waitFor('chen delivered', () => stateOf(outbox, id, 'chen') === 'delivered');
    assert.is(finished.length, 1);
    const report = finished[0]!;
    assert.equal([report.delivered, report.failed], [1, 2]);
    assert.equal(report.recipients.find((x) => x.peerId === 'ana'), { peerId: 'ana', nick: 'nick-ana', state: 'failed', reason: 'disk-full: only 20 MB free' });
    assert.is(transport.callsFor('ana'), 1);
  });
});

test('cancel aborts running deliveries and cancels pending and waiting ones', async () => {
  await withOutbox({ online: ['ana', 'bo'], concurrency: 1 }, async ({ dataDir, outbox, transport, timers, file, finished }) => {
    const gate = new Gate();
    transport.script('ana', gate.behaviour);
    const { id } = await outbox.send({ paths: [file], recipients: to('ana', 'bo', 'chen') });
    await waitFor('ana sending', () => gate.request);
    assert.equal(outbox.get(id)!.recipients.map((r) => r.state), ['sending', 'pending', 'waiting']);
    const after = await outbox.cancel(id);
    assert.ok(gate.request!.signal.aborted, 'the running delivery was aborted');
    assert.equal(after.recipients.map((r) => [r.state, r.reason]), [
      ['cancelled', 'cancelled by the sender'],
      ['cancelled', 'cancelled by the sender'],
      ['cancelled', 'cancelled by the sender'],
    ]);
    assert.is(finished.length, 1);
    assert.is(finished[0]!.cancelled, 3);
    await waitFor('slot freed', () => outbox.running === 0);
    await tick();
    assert.is(transport.calls.length, 1, 'bo never started');
    assert.is(timers.pendingCount, 0);
    const onDisk = JSON.parse(await readFile(join(dataDir, 'outbox', `${id}.json`), 'utf8')) as TransferRecord;
    assert.equal(onDisk.recipients.map((r) => r.state), ['cancelled', 'cancelled', 'cancelled']);
    assert.ok(typeof onDisk.finishedAt === 'number');
    try {
      await outbox.cancel('0'.repeat(32));
      assert.unreachable('unknown id');
    } catch (error) {
      assert.instance(error, OutboxError);
      assert.is((error as OutboxError).code, 'not-found');
      assert.match((error as Error).message, /mesh-share outbox/);
    }
  });
});

test('after a crash a new outbox on the same data dir continues the undelivered and keeps the delivered', async () => {
  await withOutbox({ online: ['ana', 'bo'] }, async ({ dataDir, outbox, transport, timers, store, file }) => {
    const gate = new Gate();
    transport.script('bo', async (request) => {
      request.onProgress(400, 1000);
      return gate.behaviour(request);
    });
    const { id } = await outbox.send({ paths: [file], recipients: to('ana', 'bo', 'chen') });
    await waitFor('ana delivered, bo at 400', () => stateOf(outbox, id, 'ana') === 'delivered' && recipient(outbox, id, 'bo').done === 400);
    timers.advance(2000); // the debounced progress write
    await store.flush();
    const before = JSON.parse(await readFile(join(dataDir, 'outbox', `${id}.json`), 'utf8')) as TransferRecord;
    assert.equal(before.recipients.map((r) => [r.peerId, r.state, r.done]), [['ana', 'delivered', 1000], ['bo', 'sending', 400], ['chen', 'waiting', 0]]);
    store.crashed = true; // the old process is gone: nothing it does reaches the disk any more

    const transport2 = new FakeTransport();
    transport2.script('bo', async (request) => {
      request.onProgress(400, 1000);
      request.onProgress(1000, 1000);
      return { outcome: 'delivered', files: 1, bytesSent: 600, resumedFrom: 400 };
    });
    const peers2 = new FakePeers('ana', 'bo');
    const timers2 = new ManualTimers(T0 + 60_000);
    const restarted = new Outbox({ store: new OutboxStore({ dataDir, log: silentLogger, now: timers2.now }), transport: transport2, peers: peers2, log: silentLogger, from: { nick: 'Teacher' }, timers: timers2, now: timers2.now });
    const finished: TransferReport[] = [];
    restarted.on('finished', (_id, report) => finished.push(report));
    await restarted.start();
    try {
      assert.equal(restarted.list().map((t) => t.id), [id]);
      await waitFor('bo delivered after the restart', () => stateOf(restarted, id, 'bo') === 'delivered');
      const bo = recipient(restarted, id, 'bo');
      assert.equal([bo.resumedFrom, bo.attempts, bo.done], [400, 2, 1000]);
      assert.is(transport2.callsFor('ana'), 0, 'ana already has it');
      assert.equal(recipient(restarted, id, 'ana'), before.recipients[0]);
      assert.is(stateOf(restarted, id, 'chen'), 'waiting');
      assert.equal(transport2.calls[0]!.from, { nick: 'Teacher', color: '#FF2B34,#005FE4' }, 'the sender as stored with the transfer');
      peers2.appear('chen');
      await waitFor('chen delivered', () => stateOf(restarted, id, 'chen') === 'delivered');
      assert.is(finished.length, 1);
    } finally {
      await restarted.stop();
    }
  });
});

test('stop() aborts running deliveries and leaves them due for the next start', async () => {
  await withOutbox({ online: ['ana'] }, async ({ dataDir, outbox, transport, timers, file, newOutbox }) => {
    const gate = new Gate();
    transport.script('ana', gate.behaviour);
    const { id } = await outbox.send({ paths: [file], recipients: to('ana') });
    await waitFor('sending', () => gate.request);
    await outbox.stop();
    assert.ok(gate.request!.signal.aborted);
    assert.is(outbox.running, 0);
    assert.is(timers.pendingCount, 0);
    const onDisk = JSON.parse(await readFile(join(dataDir, 'outbox', `${id}.json`), 'utf8')) as TransferRecord;
    assert.is(onDisk.recipients[0]!.state, 'pending');
    try {
      await outbox.send({ paths: [file], recipients: to('ana') });
      assert.unreachable('stopped');
    } catch (error) {
      assert.is((error as OutboxError).code, 'not-running');
    }
    const again = newOutbox();
    await again.start();
    try {
      await waitFor('delivered after the restart', () => stateOf(again, id, 'ana') === 'delivered');
    } finally {
      await again.stop();
    }
  });
});

test('a file changed after the send fails the recipients not served yet, with the message', async () => {
  await withOutbox({ online: ['ana'] }, async ({ outbox, transport, peers, file, finished }) => {
    const { id } = await outbox.send({ paths: [file], recipients: to('ana', 'bo') });
    await waitFor('ana delivered', () => stateOf(outbox, id, 'ana') === 'delivered');
    await writeFile(file, 'y'.repeat(1000));
    await utimes(file, new Date(), new Date(Date.now() + 10_000));
    peers.appear('bo');
    await waitFor('bo failed', () => stateOf(outbox, id, 'bo') === 'failed');
    assert.is(recipient(outbox, id, 'bo').reason, 'worksheet.txt was changed after it was sent; send it again.');
    assert.is(transport.callsFor('bo'), 0, 'nothing was offered');
    assert.is(stateOf(outbox, id, 'ana'), 'delivered');
    assert.equal([finished[0]!.delivered, finished[0]!.failed], [1, 1]);
  });
});

test('unreachable means waiting: retried with backoff while the list says online, else when it appears', async () => {
  await withOutbox({ online: ['ana', 'bo'] }, async ({ outbox, transport, peers, timers, file }) => {
    const unreachable: DeliveryResult = { outcome: 'unreachable', message: 'no route to host' };
    transport.script('ana', answer(unreachable));
    transport.script('bo', answer(unreachable));
    const { id } = await outbox.send({ paths: [file], recipients: to('ana', 'bo') });
    await waitFor('both waiting', () => stateOf(outbox, id, 'ana') === 'waiting' && stateOf(outbox, id, 'bo') === 'waiting');
    assert.is(recipient(outbox, id, 'ana').reason, 'no route to host');
    assert.is(timers.pendingCount, 2, 'still listed online: a retry each');
    peers.vanish('bo');
    timers.advance(5000);
    await waitFor('ana delivered', () => stateOf(outbox, id, 'ana') === 'delivered');
    await tick();
    assert.is(transport.callsFor('bo'), 1, 'bo is gone: its retry waits for discovery');
    assert.is(timers.pendingCount, 0);
    peers.appear('bo');
    await waitFor('bo delivered', () => stateOf(outbox, id, 'bo') === 'delivered');
  });
});

test('progress events are throttled, the last always sent, and progress is written to disk debounced', async () => {
  await withOutbox({ online: ['ana'] }, async ({ outbox, transport, timers, file, events, store }) => {
    const gate = new Gate();
    transport.script('ana', async (request) => {
      for (let done = 0; done <= 900; done += 100) request.onProgress(done, 1000);
      return gate.behaviour(request);
    });
    const { id } = await outbox.send({ paths: [file], recipients: to('ana') });
    await waitFor('sending', () => gate.request);
    const progress = (): unknown[] => events.filter((e) => e[0] === 'progress').map((e) => e[3]);
    assert.equal(progress(), [0], 'the clock did not move: one event');
    assert.is(timers.pendingCount, 1, 'a progress write is due');
    timers.advance(2000);
    await store.flush();
    assert.is(timers.pendingCount, 0);
    assert.is(recipient(outbox, id, 'ana').done, 900);
    gate.release();
    await waitFor('delivered', () => stateOf(outbox, id, 'ana') === 'delivered');
    assert.equal(progress(), [0, 1000]);
    assert.is(timers.pendingCount, 0, 'the state change wrote the progress too');
  });
});

test('send checks its input; a refused send leaves nothing in the outbox', async () => {
  await withOutbox({ online: ['ana'] }, async ({ dataDir, outbox, transport, file }) => {
    try {
      await outbox.send({ paths: [file], recipients: [] });
      assert.unreachable('no recipients');
    } catch (error) {
      assert.instance(error, OutboxError);
      assert.is((error as OutboxError).code, 'no-recipients');
    }
    try {
      await outbox.send({ paths: [join(dataDir, 'missing.pdf')], recipients: to('ana') });
      assert.unreachable('missing file');
    } catch (error) {
      assert.instance(error, SendError);
      assert.is((error as SendError).code, 'not-found');
    }
    assert.equal(await readdir(join(dataDir, 'outbox')), []);
    assert.equal(outbox.list(), []);
    assert.is(transport.calls.length, 0);
    const hashed: number[] = [];
    const sent = await outbox.send({ paths: [file], recipients: [...to('ana'), ...to('ana')], metadata: { title: 'Week 3' }, onHashProgress: (h) => hashed.push(h) });
    assert.is(sent.recipients.length, 1, 'repeats count once');
    assert.is(sent.files[0]!.name, 'Week 3.txt');
    assert.equal(hashed, [1000]);
    assert.is(sent.size, 1000);
  });
});

test('a finished transfer stays listed for 7 days, then is forgotten (file removed)', async () => {
  await withOutbox({ online: ['ana'] }, async ({ dataDir, outbox, timers, file }) => {
    const { id } = await outbox.send({ paths: [file], recipients: to('ana') });
    await waitFor('delivered', () => stateOf(outbox, id, 'ana') === 'delivered');
    const path = join(dataDir, 'outbox', `${id}.json`);
    timers.advance(7 * 24 * 3600_000 - 1);
    assert.equal(outbox.list().map((t) => t.id), [id]);
    assert.ok(outbox.get(id)!.finished);
    timers.advance(1);
    assert.equal(outbox.list(), []);
    assert.is(outbox.get(id), undefined);
    await waitFor('file removed', async () => access(path).then(() => false, () => true));
  });
});

test('a held recipient whose laptop is away at restart stays held, and is asked again when back', async () => {
  await withOutbox({ online: ['ana'] }, async ({ outbox, transport, peers, file, newOutbox }) => {
    transport.script('ana', answer({ outcome: 'held', expiresAt: T0 + 3600_000 }));
    const { id } = await outbox.send({ paths: [file], recipients: to('ana') });
    await waitFor('held', () => stateOf(outbox, id, 'ana') === 'held');
    await outbox.stop();
    peers.vanish('ana');
    const again = newOutbox();
    await again.start();
    try {
      assert.is(stateOf(again, id, 'ana'), 'held');
      assert.is(transport.calls.length, 1);
      peers.appear('ana');
      await waitFor('delivered when back', () => stateOf(again, id, 'ana') === 'delivered');
    } finally {
      await again.stop();
    }
  });
});

test('peerViewOf: online and appeared come from the PeerList, by PeerId', () => {
  let now = T0;
  const list = new PeerList({ now: () => now });
  const view = peerViewOf(list);
  const seen: string[] = [];
  const stop = view.onAppeared((peerId) => seen.push(peerId));
  const observation = { key: 'webdavs:Ana', source: 'webdavs' as const, peerId: '12D3KooWAna', nick: 'Ana', host: 'xo-ana.local', addresses: ['169.254.1.2'], lastSeen: now };
  list.observe({ key: 'presence:maria', source: 'presence', nick: 'Maria', host: 'xo-maria.local', addresses: [], lastSeen: now });
  assert.not.ok(view.isOnline('12D3KooWAna'));
  list.observe(observation);
  assert.ok(view.isOnline('12D3KooWAna'));
  list.lose('webdavs:Ana');
  assert.not.ok(view.isOnline('12D3KooWAna'));
  now += 1000;
  list.observe({ ...observation, lastSeen: now });
  stop();
  list.lose('webdavs:Ana');
  list.observe({ ...observation, lastSeen: now + 1 });
  assert.equal(seen, ['12D3KooWAna', '12D3KooWAna'], 'maria has no PeerId; nothing after unsubscribing');
  list.stop();
});

test.run();
