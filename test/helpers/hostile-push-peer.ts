/**
 * A hostile laptop on `/mesh-share/push/1.0.0`, as its own process, for
 * the multi-host tests (test/integration/send-many.test.ts): started inside
 * a harness namespace, it dials a real agent and, one fresh stream per
 * case, sends what an honest sender never would (garbage, an oversized
 * frame, a malformed offer, data before any offer, bytes that do not match
 * the offered SHA-256, more bytes than offered, a wrong offset, an early
 * end, a file too big to accept, names that try to leave the inbox).
 *
 *   node dist/test/helpers/hostile-push-peer.js --key BASE64 --target MULTIADDR --cases a,b,...
 *
 * --key is a libp2p private key (protobuf, base64), so the test knows the
 * PeerId up front and can make the victim trust it (otherwise every offer
 * is merely held and no data ever flows). --target is the victim's
 * `/ip4/A/tcp/P/p2p/ID`. One JSON line per case on stdout:
 * `{"case":NAME,"outcome":"cut-off"|"refused"|"declined"|"delivered"|"held"|"unexpected",...}`,
 * then `{"done":true}`. Exit code 0 unless the script itself broke.
 */
import '../../agent/node20.js';
import { createHash, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { privateKeyFromProtobuf } from '@libp2p/crypto/keys';
import type { Connection, Stream } from '@libp2p/interface';
import { multiaddr } from '@multiformats/multiaddr';
import { encode } from 'cborg';
import { silentLogger } from '../../agent/logger.js';
import { startP2pNode, type P2pNode } from '../../protocols/p2p-node.js';
import { PushChannel } from '../../protocols/push/channel.js';
import { PROTOCOL_VERSION, type PushMessage } from '../../protocols/push/messages.js';
import { PUSH_PROTOCOL, PushError, type Answer, type Offer } from '../../protocols/push/types.js';
import { varint } from './varint.js';

export const HOSTILE_CASES = [
  'garbage',
  'oversized-frame',
  'malformed-offer',
  'data-before-offer',
  'wrong-hash',
  'extra-bytes',
  'wrong-offset',
  'short-end',
  'too-big',
  'escaping-names',
] as const;
export type HostileCase = (typeof HOSTILE_CASES)[number];

export interface HostileResult {
  case: HostileCase;
  /**
   * cut-off: the victim reset the stream; refused: a receipt with ok false;
   * declined/held: the answer; delivered: every receipt ok; unexpected:
   * anything else (the victim kept reading, answered wrongly, timed out).
   */
  outcome: 'cut-off' | 'refused' | 'declined' | 'held' | 'delivered' | 'unexpected';
  /** From sending the offending bytes to seeing the outcome. */
  ms: number;
  transferId?: string;
  /** Names offered, for the test to look for (or not) in the inbox. */
  names?: string[];
  answer?: Answer;
  reason?: string;
  detail?: string;
}

/** How long the victim may take to cut us off (its own limits are far below this). */
const OUTCOME_MS = 5_000;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function transferId(): string {
  return randomBytes(16).toString('hex');
}

function offerOf(files: Array<{ name: string; size: number; sha256: string }>): Offer {
  return {
    transferId: transferId(),
    from: { nick: 'mallory', color: '#FF2B34,#005FE4' },
    files: files.map((file, index) => ({ index, name: file.name, size: file.size, sha256: file.sha256, mimeType: 'application/octet-stream', metadata: { title: file.name } })),
  };
}

class Session {
  private connection: Connection | null = null;

  constructor(
    private readonly node: P2pNode,
    private readonly target: string,
  ) {}

  /** A fresh push stream (over the open connection when there is one). */
  async open(): Promise<{ stream: Stream; channel: PushChannel }> {
    if (this.connection === null || this.connection.status !== 'open') {
      this.connection = await this.node.libp2p.dial(multiaddr(this.target), { signal: AbortSignal.timeout(10_000) });
    }
    const stream = await this.connection.newStream(PUSH_PROTOCOL, { signal: AbortSignal.timeout(10_000) });
    return { stream, channel: new PushChannel(stream) };
  }
}

/** Raw bytes on the stream, ignoring a stream already reset under us. */
function sendRaw(stream: Stream, bytes: Uint8Array): void {
  try {
    stream.send(bytes);
  } catch {
    // reset already: the outcome read says so
  }
}

/** Writes, ignoring a reset (the victim may cut us off between two of our writes). */
async function write(channel: PushChannel, message: PushMessage): Promise<boolean> {
  try {
    await channel.write(message, OUTCOME_MS);
    return true;
  } catch {
    return false;
  }
}

/** What the victim did after the offending bytes: reset the stream, or said something (or nothing). */
async function outcome(stream: Stream, channel: PushChannel, started: number): Promise<Pick<HostileResult, 'outcome' | 'ms' | 'detail' | 'reason'>> {
  try {
    const message = await channel.read(OUTCOME_MS);
    const ms = Date.now() - started;
    if (message.type === 'receipt' && !message.receipt.ok) return { outcome: 'refused', ms, reason: message.receipt.reason ?? '' };
    return { outcome: 'unexpected', ms, detail: `the victim sent ${JSON.stringify(message).slice(0, 300)}` };
  } catch (error) {
    const ms = Date.now() - started;
    const code = error instanceof PushError ? error.code : 'other';
    if (code === 'closed' && stream.status === 'reset') return { outcome: 'cut-off', ms, detail: String(error) };
    return { outcome: 'unexpected', ms, detail: `${code} with the stream ${stream.status}: ${String(error)}` };
  } finally {
    if (stream.status === 'open') stream.abort(new Error('case over'));
  }
}

/** Offers `files` and reads the answer. */
async function offered(session: Session, files: Array<{ name: string; size: number; sha256: string }>): Promise<{ stream: Stream; channel: PushChannel; offer: Offer; answer: Answer }> {
  const { stream, channel } = await session.open();
  const offer = offerOf(files);
  await channel.write({ type: 'offer', version: PROTOCOL_VERSION, offer }, OUTCOME_MS);
  const reply = await channel.read(OUTCOME_MS);
  if (reply.type !== 'answer') throw new Error(`expected an answer, got ${reply.type}`);
  return { stream, channel, offer, answer: reply.answer };
}

/** For the cases that need the victim to take data: anything but accept-from-0 ends the case early. */
function notAccepted(offer: Offer, answer: Answer, name: HostileCase): HostileResult | null {
  if (answer.decision === 'accept' && answer.files.every((f) => f.action === 'send' && f.offset === 0)) return null;
  return { case: name, outcome: 'unexpected', ms: 0, transferId: offer.transferId, answer, detail: 'the victim did not accept the offer from byte 0 (is this peer trusted?)' };
}

async function runCase(session: Session, name: HostileCase): Promise<HostileResult> {
  switch (name) {
    case 'garbage': {
      // A 5-byte frame that is no CBOR map.
      const { stream, channel } = await session.open();
      const started = Date.now();
      sendRaw(stream, new Uint8Array([0x05, 0xff, 0xfe, 0x13, 0x37, 0x00]));
      return { case: name, ...(await outcome(stream, channel, started)) };
    }
    case 'oversized-frame': {
      // Announces a 64 MiB frame: the victim must refuse it at the length, not buffer it.
      const { stream, channel } = await session.open();
      const started = Date.now();
      sendRaw(stream, varint(64 * 1024 * 1024));
      sendRaw(stream, new Uint8Array(64 * 1024));
      return { case: name, ...(await outcome(stream, channel, started)) };
    }
    case 'malformed-offer': {
      // Well-formed CBOR, but the hash is no hash and there is a field nobody defined.
      const { stream, channel } = await session.open();
      const bad = encode({
        type: 'offer',
        version: PROTOCOL_VERSION,
        offer: { transferId: transferId(), from: { nick: 'mallory' }, files: [{ index: 0, name: 'malformed.bin', size: 10, sha256: 'NOT-A-HASH', mimeType: 'a/b', metadata: {}, owner: 'root' }] },
      });
      const started = Date.now();
      sendRaw(stream, varint(bad.byteLength));
      sendRaw(stream, bad);
      return { case: name, names: ['malformed.bin'], ...(await outcome(stream, channel, started)) };
    }
    case 'data-before-offer': {
      const { stream, channel } = await session.open();
      const started = Date.now();
      await write(channel, { type: 'data', index: 0, offset: 0, bytes: new Uint8Array(1000).fill(7) });
      return { case: name, ...(await outcome(stream, channel, started)) };
    }
    case 'wrong-hash': {
      // Offers one content and sends another of the same size: a lie only the hash reveals.
      const content = randomBytes(300_000);
      const { stream, channel, offer, answer } = await offered(session, [{ name: 'lying-hash.bin', size: content.byteLength, sha256: sha256(randomBytes(300_000)) }]);
      const early = notAccepted(offer, answer, name);
      if (early) return early;
      const started = Date.now();
      for (let at = 0; at < content.byteLength; at += 64 * 1024) {
        if (!(await write(channel, { type: 'data', index: 0, offset: at, bytes: content.subarray(at, Math.min(at + 64 * 1024, content.byteLength)) }))) break;
      }
      await write(channel, { type: 'end', index: 0 });
      return { case: name, transferId: offer.transferId, names: ['lying-hash.bin'], answer, ...(await outcome(stream, channel, started)) };
    }
    case 'extra-bytes': {
      // The offered 100 000 bytes, honestly hashed, then one byte more.
      const content = randomBytes(100_000);
      const { stream, channel, offer, answer } = await offered(session, [{ name: 'extra-bytes.bin', size: content.byteLength, sha256: sha256(content) }]);
      const early = notAccepted(offer, answer, name);
      if (early) return early;
      await write(channel, { type: 'data', index: 0, offset: 0, bytes: content.subarray(0, 60_000) });
      await write(channel, { type: 'data', index: 0, offset: 60_000, bytes: content.subarray(60_000) });
      const started = Date.now();
      await write(channel, { type: 'data', index: 0, offset: content.byteLength, bytes: new Uint8Array([0x42]) });
      await write(channel, { type: 'end', index: 0 });
      return { case: name, transferId: offer.transferId, names: ['extra-bytes.bin'], answer, ...(await outcome(stream, channel, started)) };
    }
    case 'wrong-offset': {
      const content = randomBytes(100_000);
      const { stream, channel, offer, answer } = await offered(session, [{ name: 'wrong-offset.bin', size: content.byteLength, sha256: sha256(content) }]);
      const early = notAccepted(offer, answer, name);
      if (early) return early;
      await write(channel, { type: 'data', index: 0, offset: 0, bytes: content.subarray(0, 1000) });
      const started = Date.now();
      await write(channel, { type: 'data', index: 0, offset: 5000, bytes: content.subarray(5000, 6000) });
      return { case: name, transferId: offer.transferId, names: ['wrong-offset.bin'], answer, ...(await outcome(stream, channel, started)) };
    }
    case 'short-end': {
      const content = randomBytes(100_000);
      const { stream, channel, offer, answer } = await offered(session, [{ name: 'short-end.bin', size: content.byteLength, sha256: sha256(content) }]);
      const early = notAccepted(offer, answer, name);
      if (early) return early;
      await write(channel, { type: 'data', index: 0, offset: 0, bytes: content.subarray(0, 500) });
      const started = Date.now();
      await write(channel, { type: 'end', index: 0 });
      return { case: name, transferId: offer.transferId, names: ['short-end.bin'], answer, ...(await outcome(stream, channel, started)) };
    }
    case 'too-big': {
      // 64 GiB: more than the victim accepts; refused before any data.
      const started = Date.now();
      const { stream, offer, answer } = await offered(session, [{ name: 'huge.iso', size: 64 * 1024 ** 3, sha256: sha256(Buffer.from('huge')) }]);
      stream.abort(new Error('case over'));
      const result: HostileResult = { case: name, transferId: offer.transferId, names: ['huge.iso'], answer, ms: Date.now() - started, outcome: answer.decision === 'decline' ? 'declined' : answer.decision === 'held' ? 'held' : 'unexpected' };
      if (answer.decision === 'decline') result.reason = answer.reason;
      return result;
    }
    case 'escaping-names': {
      // Honest bytes under names that try to climb out of the inbox or hide in it.
      const tag = randomBytes(4).toString('hex');
      const contents = [randomBytes(2_000), randomBytes(3_000), randomBytes(1_000)];
      const names = [`../../../../../../tmp/escaped-${tag}.txt`, `.profile-${tag}`, `/etc/cron.d/evil-${tag}`];
      const files = contents.map((content, i) => ({ name: names[i]!, size: content.byteLength, sha256: sha256(content) }));
      const { stream, channel, offer, answer } = await offered(session, files);
      const early = notAccepted(offer, answer, name);
      if (early) return early;
      const started = Date.now();
      for (const [index, content] of contents.entries()) {
        await channel.write({ type: 'data', index, offset: 0, bytes: content }, OUTCOME_MS);
        await channel.write({ type: 'end', index }, OUTCOME_MS);
        const receipt = await channel.read(OUTCOME_MS);
        if (receipt.type !== 'receipt' || !receipt.receipt.ok) {
          stream.abort(new Error('case over'));
          return { case: name, transferId: offer.transferId, names, answer, ms: Date.now() - started, outcome: 'unexpected', detail: `file ${index}: ${JSON.stringify(receipt)}` };
        }
      }
      await channel.close(OUTCOME_MS);
      return { case: name, transferId: offer.transferId, names, answer, ms: Date.now() - started, outcome: 'delivered', detail: tag };
    }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { key: { type: 'string' }, target: { type: 'string' }, cases: { type: 'string' } }, strict: true });
  if (values.key === undefined || values.target === undefined) throw new Error('usage: hostile-push-peer --key BASE64 --target MULTIADDR [--cases a,b]');
  const cases = (values.cases?.split(',') ?? [...HOSTILE_CASES]) as HostileCase[];
  for (const name of cases) if (!HOSTILE_CASES.includes(name)) throw new Error(`unknown case ${name}`);
  const privateKey = privateKeyFromProtobuf(Buffer.from(values.key, 'base64'));
  const node = await startP2pNode({ privateKey, host: '0.0.0.0', port: 0, discovery: false, mdnsQueryIntervalMs: 300_000, log: silentLogger });
  const session = new Session(node, values.target);
  try {
    for (const name of cases) {
      let result: HostileResult;
      try {
        result = await runCase(session, name);
      } catch (error) {
        result = { case: name, outcome: 'unexpected', ms: 0, detail: `the case broke: ${String(error)}` };
      }
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }
  } finally {
    await node.stop().catch(() => undefined);
  }
  process.stdout.write(`${JSON.stringify({ done: true })}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`hostile-push-peer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
