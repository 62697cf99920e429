import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { duplicatesToClose, isIdleExpired, type ConnectionFacts } from '../../protocols/connection-policy.js';

const A = '12D3KooWAAAA';
const B = '12D3KooWBBBB';

const conn = (id: string, remotePeer: string, direction: ConnectionFacts['direction'], open = true): ConnectionFacts => ({ id, remotePeer, direction, open });

test('one connection is never a duplicate', () => {
  assert.equal(duplicatesToClose(A, [conn('1', B, 'outbound')]), []);
  assert.equal(duplicatesToClose(A, [conn('1', B, 'outbound'), conn('2', B, 'inbound', false)]), []);
});

test('both sides keep the connection dialled by the smaller PeerId', () => {
  // A < B: A keeps its outbound one, B keeps its inbound one: the same TCP connection.
  assert.equal(duplicatesToClose(A, [conn('a-in', B, 'inbound'), conn('a-out', B, 'outbound')]), ['a-in']);
  assert.equal(duplicatesToClose(B, [conn('b-out', A, 'outbound'), conn('b-in', A, 'inbound')]), ['b-out']);
});

test('with no connection in the preferred direction the oldest is kept', () => {
  assert.equal(duplicatesToClose(A, [conn('1', B, 'inbound'), conn('2', B, 'inbound')]), ['2']);
});

test('idle expiry', () => {
  assert.is(isIdleExpired(undefined, 10_000, 1_000, false), false, 'a connection with streams is never idle');
  assert.is(isIdleExpired(0, 999, 1_000, false), false);
  assert.is(isIdleExpired(0, 1_000, 1_000, false), true);
  assert.is(isIdleExpired(0, 1, 1_000, true), true, 'an unused duplicate goes at once');
});

test.run();
