/**
 * `/mesh-share/relay/1.0.0` messages (protocols/relay/messages.ts) and the
 * sender's description of a left file (agent/relay/relay-info.ts): what is
 * valid round-trips exactly, anything else from the other side is refused.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { encode } from 'cborg';
import { decodeRelayMessage, encodeRelayMessage, MAX_RELAY_MESSAGE_BYTES, RelayProtocolError, type RelayMessage, type RelayNotice } from '../../protocols/relay/messages.js';
import { decodeRelayInfo, encodeRelayInfo, relayProppatchBody, RELAY_INFO_PROPERTY, type RelayInfo } from '../../agent/relay/relay-info.js';
import { parseRecipients } from '../../web/access/access-xml.js';
import { elementChildren, findChild, parseXml } from '../../web/dav/xml.js';
import { MS_NS } from '../../web/access/principals.js';

const P = `12D3KooW${'A'.repeat(44)}`;
const Q = `12D3KooW${'B'.repeat(44)}`;
const SHA = 'ab'.repeat(32);

const notice = (over: Partial<RelayNotice> = {}): RelayNotice => ({
  path: `/.mesh-share-relay/${P}/${'0'.repeat(32)}/drawing%20one.png`,
  size: 1234,
  sha256: SHA,
  name: 'drawing one.png',
  mimeType: 'image/png',
  metadata: { title: 'Drawing', timestamp: 1_700_000_000 },
  from: { peerId: P, nick: 'Ana', color: '#FF2B34,#005FE4' },
  expiresAt: 1_800_000_000_000,
  ...over,
});

function refusedBytes(value: unknown, mentions?: RegExp): void {
  try {
    decodeRelayMessage(encode(value as never));
  } catch (error) {
    assert.instance(error, RelayProtocolError);
    if (mentions) assert.match((error as Error).message, mentions);
    return;
  }
  assert.unreachable(`accepted ${JSON.stringify(value)}`);
}

test('a notice, each ack, collected and noted round-trip exactly', () => {
  const messages: RelayMessage[] = [
    { type: 'notice', notice: notice() },
    { type: 'ack', state: 'fetching' },
    { type: 'ack', state: 'held' },
    { type: 'ack', state: 'have' },
    { type: 'ack', state: 'refused', message: 'The files were declined on this laptop.' },
    { type: 'collected', path: notice().path, sha256: SHA },
    { type: 'noted', known: true },
    { type: 'noted', known: false },
  ];
  for (const message of messages) assert.equal(decodeRelayMessage(encodeRelayMessage(message)), message);
});

test('notices that break the rules are refused', () => {
  const bad: Array<[Partial<RelayNotice> | Record<string, unknown>, RegExp]> = [
    [{ path: 'relative/path' }, /path/],
    [{ path: '/a?b' }, /path/],
    [{ path: '/caf\u00e9' }, /path/],
    [{ size: -1 }, /size/],
    [{ size: 1.5 }, /size/],
    [{ sha256: 'AB'.repeat(32) }, /sha256/],
    [{ name: '' }, /name/],
    [{ mimeType: 'image/\u0001' }, /mimeType/],
    [{ from: { peerId: 'not-a-peer', nick: 'x' } }, /peerId/],
    [{ from: { peerId: P, nick: 'x', extra: 1 } as never }, /unknown key/],
    [{ metadata: { title: 1 } as never }, /title/],
    [{ metadata: { evil: 'x' } as never }, /unknown key/],
  ];
  for (const [over, mentions] of bad) refusedBytes({ type: 'notice', notice: { ...notice(), ...over } }, mentions);
  const { sha256: _dropped, ...missing } = notice();
  refusedBytes({ type: 'notice', notice: missing }, /lacks sha256/);
  refusedBytes({ type: 'notice', notice: notice(), extra: true }, /unknown key/);
  refusedBytes({ type: 'ack', state: 'maybe' }, /ack state/);
  refusedBytes({ type: 'collected', path: 'no/slash', sha256: SHA }, /path/);
  refusedBytes({ type: 'collected', path: '/a#b', sha256: SHA }, /path/);
  refusedBytes({ type: 'collected', path: '/a', sha256: 'x' }, /sha256/);
  refusedBytes({ type: 'collected', path: '/a' }, /lacks sha256/);
  refusedBytes({ type: 'collected', path: '/a', sha256: SHA, size: 1 }, /unknown key/);
  refusedBytes({ type: 'noted', known: 'yes' }, /known/);
  refusedBytes({ type: 'noted' }, /lacks known/);
  refusedBytes({ type: 'hello' }, /unknown message type/);
  refusedBytes([1, 2, 3], /not a map/);
  assert.throws(() => decodeRelayMessage(new Uint8Array([0xff, 0x00])), (e: unknown) => e instanceof RelayProtocolError);
  assert.throws(() => decodeRelayMessage(new Uint8Array(MAX_RELAY_MESSAGE_BYTES + 1)), (e: unknown) => e instanceof RelayProtocolError && /exceeds/.test(e.message));
  // What we send is checked as strictly.
  assert.throws(() => encodeRelayMessage({ type: 'notice', notice: notice({ sha256: 'nope' }) }), (e: unknown) => e instanceof RelayProtocolError);
  assert.throws(() => encodeRelayMessage({ type: 'notice', notice: notice({ name: 'x'.repeat(2000) }) }), (e: unknown) => e instanceof RelayProtocolError);
});

const info: RelayInfo = { sha256: SHA, size: 5, name: 'a <b> & "c".txt', mimeType: 'text/plain', metadata: { title: 'T', tags: 'x, y' }, nick: 'Ana', color: '#000000,#FFFFFF' };

test('relay info round-trips through its property value and refuses garbage', () => {
  assert.equal(decodeRelayInfo(encodeRelayInfo(info)), info);
  assert.equal(decodeRelayInfo(` ${encodeRelayInfo(info)}\n`), info);
  assert.is(decodeRelayInfo('<not base64>'), null);
  assert.is(decodeRelayInfo(Buffer.from('not json').toString('base64')), null);
  assert.is(decodeRelayInfo(encodeRelayInfo({ ...info, sha256: 'x' })), null);
  assert.is(decodeRelayInfo(encodeRelayInfo({ ...info, size: -3 })), null);
  assert.is(decodeRelayInfo(encodeRelayInfo({ ...info, name: '' })), null);
  // Unknown metadata keys are dropped, not passed on.
  const odd = decodeRelayInfo(Buffer.from(JSON.stringify({ ...info, metadata: { title: 'T', evil: 'x', timestamp: -1 } })).toString('base64'));
  assert.equal(odd?.metadata, { title: 'T' });
});

test('the PROPPATCH body sets the info and the recipient list the access layer reads', () => {
  const body = parseXml(relayProppatchBody(info, [P, Q]));
  const prop = findChild(findChild(body, 'DAV:', 'set')!, 'DAV:', 'prop')!;
  const [first, second] = elementChildren(prop);
  assert.is(first?.ns, MS_NS);
  assert.is(first?.local, RELAY_INFO_PROPERTY);
  assert.equal(decodeRelayInfo(first!.children.join('')), info);
  assert.is(second?.local, 'recipients');
  assert.equal(parseRecipients(second!), [`peer:${P}`, `peer:${Q}`]);
});

test.run();
