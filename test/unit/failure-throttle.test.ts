import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FailureThrottle, type Admission } from '../../web/auth/failure-throttle.js';

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

function waitOf(admission: Admission): number {
  if (!admission.admitted) throw new Error(`expected admission, got refusal (retry after ${admission.retryAfterMs} ms)`);
  return admission.waitMs;
}

/** One complete wrong attempt that honours the wait it was given; returns that wait. */
function failOnce(throttle: FailureThrottle, time: ReturnType<typeof clock>, address: string): number {
  const wait = waitOf(throttle.admit(address));
  time.advance(wait);
  throttle.failed(address);
  return wait;
}

test('five free failures, then a delay that doubles up to 30 s', () => {
  const time = clock();
  const throttle = new FailureThrottle({ now: time.now });
  const waits: number[] = [];
  for (let i = 0; i < 12; i += 1) waits.push(failOnce(throttle, time, '10.0.0.5'));
  assert.equal(waits, [0, 0, 0, 0, 0, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
});

test('a success resets the address', () => {
  const time = clock();
  const throttle = new FailureThrottle({ now: time.now });
  for (let i = 0; i < 7; i += 1) failOnce(throttle, time, 'a');
  const wait = waitOf(throttle.admit('a'));
  assert.ok(wait > 0);
  time.advance(wait);
  throttle.succeeded('a');
  assert.is(throttle.size, 0, 'forgotten after success');
  for (let i = 0; i < 5; i += 1) assert.is(failOnce(throttle, time, 'a'), 0, 'free failures again');
  assert.is(failOnce(throttle, time, 'a'), 1000);
});

test('addresses are counted separately', () => {
  const time = clock();
  const throttle = new FailureThrottle({ now: time.now });
  for (let i = 0; i < 8; i += 1) failOnce(throttle, time, 'a');
  assert.ok(waitOf(throttle.admit('a')) > 0);
  assert.is(waitOf(throttle.admit('b')), 0);
});

test('waiting out the delay is honoured: the wait shrinks as time passes', () => {
  const time = clock();
  const throttle = new FailureThrottle({ now: time.now });
  for (let i = 0; i < 6; i += 1) failOnce(throttle, time, 'a');
  // After 6 failures the next check may happen 2 s after the last one.
  time.advance(1500);
  assert.is(waitOf(throttle.admit('a')), 500);
});

test('failures older than the window are forgotten', () => {
  const time = clock();
  const throttle = new FailureThrottle({ now: time.now, windowMs: 60_000 });
  for (let i = 0; i < 9; i += 1) failOnce(throttle, time, 'a');
  time.advance(60_001);
  assert.is(waitOf(throttle.admit('a')), 0);
  throttle.failed('a');
  // Counting restarted at one failure: four more are free.
  for (let i = 0; i < 4; i += 1) assert.is(failOnce(throttle, time, 'a'), 0);
  assert.is(failOnce(throttle, time, 'a'), 1000);
});

test('parallel attempts do not buy extra guesses', () => {
  const time = clock();
  const throttle = new FailureThrottle({ now: time.now });
  // Twenty requests at the same instant from one address: only five are free,
  // the rest get successive slots, and the queue is cut off at 30 s.
  const results = Array.from({ length: 20 }, () => throttle.admit('a'));
  const admitted = results.filter((r) => r.admitted).map(waitOf);
  const refused = results.filter((r) => !r.admitted);
  assert.equal(admitted, [0, 0, 0, 0, 0, 1000, 3000, 7000, 15000]);
  assert.is(refused.length, 11);
  for (const r of refused) assert.ok(!r.admitted && r.retryAfterMs > 30_000);
});

test('an attempt the client abandoned is not counted as a failure', () => {
  const time = clock();
  const throttle = new FailureThrottle({ now: time.now });
  for (let i = 0; i < 5; i += 1) {
    waitOf(throttle.admit('a'));
    throttle.abandoned('a');
  }
  assert.is(throttle.size, 0);
  assert.is(waitOf(throttle.admit('a')), 0);
});

test('memory stays bounded: the address left alone longest is forgotten', () => {
  const time = clock();
  const throttle = new FailureThrottle({ now: time.now, maxEntries: 3 });
  for (const address of ['a', 'b', 'c', 'd']) {
    for (let i = 0; i < 7; i += 1) failOnce(throttle, time, address);
    time.advance(1);
  }
  assert.is(throttle.size, 3);
  assert.is(waitOf(throttle.admit('a')), 0, 'a was evicted');
  assert.ok(waitOf(throttle.admit('d')) > 0, 'd is still remembered');
});

test('many one-off addresses do not grow the table past its limit', () => {
  const time = clock();
  const throttle = new FailureThrottle({ now: time.now, maxEntries: 100 });
  for (let i = 0; i < 10_000; i += 1) failOnce(throttle, time, `10.1.${i >> 8}.${i & 255}`);
  assert.ok(throttle.size <= 100, `size ${throttle.size}`);
});

test('delayAfter is the documented curve and custom limits apply', () => {
  const throttle = new FailureThrottle({ freeFailures: 2, baseDelayMs: 100, maxDelayMs: 500 });
  assert.equal([0, 1, 2, 3, 4, 5, 6, 1000].map((n) => throttle.delayAfter(n)), [0, 0, 100, 200, 400, 500, 500, 500]);
});

test.run();
