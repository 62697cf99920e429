/**
 * Real libp2p peers on loopback running the push protocol, with a simple
 * recipient that stores into a temp dir and really hashes, for the push
 * tests. Import `agent/node20.js` before this module (libp2p on Node 20).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rename, rm, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromString } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';
import type { Logger } from '../../agent/logger.js';
import { startP2pNode, type P2pNode } from '../../protocols/p2p-node.js';
import { ProtocolHost } from '../../protocols/protocol-host.js';
import { PushClient, type PushSenderTimeouts } from '../../protocols/push/push-sender.js';
import { pushProtocol, type PushReceiverTimeouts } from '../../protocols/push/push-receiver.js';
import type { Answer, FileAnswer, IncomingFile, Offer, PushRecipient, SourceFile, TransferId } from '../../protocols/push/types.js';

export interface LogLine {
  level: string;
  message: string;
  fields?: Record<string, unknown>;
}

export function captureLogger(lines: LogLine[]): Logger {
  const push = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(fields === undefined ? { level, message } : { level, message, fields });
  };
  return { debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

export interface SuspendRecord {
  transferId: TransferId;
  index: number;
  /** Bytes stored when suspended. */
  stored: number;
}

/**
 * Stores into DIR/partial/<transfer>-<index> and moves into DIR/inbox once
 * the SHA-256 matches. Answers by default: 'have' when the inbox holds the
 * same content, else 'send' from what a partial file already holds.
 */
export class TempRecipient implements PushRecipient {
  readonly partialDir: string;
  readonly inboxDir: string;
  decide: ((peerId: string, offer: Offer) => Answer | Promise<Answer>) | null = null;
  /** Slows every write down, like a slow SD card. */
  writeDelayMs = 0;
  bytesWritten = 0;
  readonly suspended: SuspendRecord[] = [];
  /** Files that landed in the inbox (the received() hook). */
  readonly landed: Array<{ peerId: string; transferId: TransferId; index: number; path: string }> = [];
  readonly offers: Array<{ peerId: string; offer: Offer }> = [];

  constructor(readonly dir: string) {
    this.partialDir = join(dir, 'partial');
    this.inboxDir = join(dir, 'inbox');
  }

  static async create(): Promise<TempRecipient> {
    const recipient = new TempRecipient(await mkdtemp(join(tmpdir(), 'push-recipient-')));
    await mkdir(recipient.partialDir, { recursive: true });
    await mkdir(recipient.inboxDir, { recursive: true });
    return recipient;
  }

  partialPath(transferId: TransferId, index: number): string {
    return join(this.partialDir, `${transferId}-${index}`);
  }

  async answer(peerId: string, offer: Offer): Promise<Answer> {
    this.offers.push({ peerId, offer });
    if (this.decide) return this.decide(peerId, offer);
    const files: FileAnswer[] = [];
    for (const file of offer.files) {
      const inInbox = await readFile(join(this.inboxDir, basename(file.name))).catch(() => null);
      if (inInbox && sha256(inInbox) === file.sha256) {
        files.push({ index: file.index, action: 'have' });
        continue;
      }
      const partial = await stat(this.partialPath(offer.transferId, file.index)).catch(() => null);
      files.push({ index: file.index, action: 'send', offset: partial && partial.size <= file.size ? partial.size : 0 });
    }
    return { decision: 'accept', files };
  }

  async open(_peerId: string, offer: Offer, index: number): Promise<IncomingFile> {
    const file = offer.files[index]!;
    const path = this.partialPath(offer.transferId, index);
    const hash = createHash('sha256');
    const existing = await readFile(path).catch(() => Buffer.alloc(0));
    hash.update(existing);
    let stored = existing.byteLength;
    const handle: FileHandle = await open(path, 'a');
    let closed = false;
    const close = async (): Promise<void> => {
      if (closed) return;
      closed = true;
      await handle.close();
    };
    return {
      offset: stored,
      write: async (chunk) => {
        if (this.writeDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.writeDelayMs));
        await handle.write(chunk);
        hash.update(chunk);
        stored += chunk.byteLength;
        this.bytesWritten += chunk.byteLength;
      },
      finish: async () => {
        await close();
        const digest = hash.digest('hex');
        if (stored !== file.size || digest !== file.sha256) {
          await unlink(path);
          throw Object.assign(new Error(`SHA-256 mismatch for ${file.name}`), { code: 'corrupt' });
        }
        const target = join(this.inboxDir, basename(file.name));
        await rename(path, target);
        return { path: target };
      },
      suspend: async () => {
        await close();
        this.suspended.push({ transferId: offer.transferId, index, stored });
      },
    };
  }

  received(peerId: string, offer: Offer, index: number, path: string): void {
    this.landed.push({ peerId, transferId: offer.transferId, index, path });
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function randomBytes(size: number, seed = 1): Buffer {
  // Deterministic and cheap: a hash-chain would be slow for MiBs, this is enough to catch reordering.
  const out = Buffer.allocUnsafe(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A file on disk offered by a sender; `opened` records each open() offset. */
export async function sourceFile(dir: string, index: number, name: string, content: Buffer, declaredSha256 = sha256(content)): Promise<SourceFile & { opened: number[] }> {
  const path = join(dir, `source-${index}-${basename(name)}`);
  await writeFile(path, content);
  const opened: number[] = [];
  return {
    index,
    name,
    size: content.byteLength,
    sha256: declaredSha256,
    mimeType: 'application/octet-stream',
    metadata: { title: name, timestamp: 1_700_000_000 },
    opened,
    open(start: number) {
      opened.push(start);
      return createReadStream(path, { start });
    },
  };
}

export interface TestPeer {
  node: P2pNode;
  host: ProtocolHost;
  client: PushClient;
  recipient: TempRecipient;
  readies: Array<{ peerId: string; transferId: TransferId }>;
  logs: LogLine[];
  stop(): Promise<void>;
}

export async function startPeer(options: { receiverTimeouts?: Partial<PushReceiverTimeouts>; senderTimeouts?: Partial<PushSenderTimeouts>; maxStreamsPerPeer?: number } = {}): Promise<TestPeer> {
  const logs: LogLine[] = [];
  const log = captureLogger(logs);
  const node = await startP2pNode({ privateKey: await generateKeyPair('Ed25519'), host: '127.0.0.1', port: 0, discovery: false, mdnsQueryIntervalMs: 10_000, log });
  const recipient = await TempRecipient.create();
  const readies: TestPeer['readies'] = [];
  const host = new ProtocolHost({ libp2p: node.libp2p, log, stopTimeoutMs: 2_000, lingerMs: 2_000 });
  host.register(
    pushProtocol({
      recipient,
      sender: { ready: (peerId, transferId) => readies.push({ peerId, transferId }) },
      log,
      ...(options.receiverTimeouts ? { timeouts: options.receiverTimeouts } : {}),
      ...(options.maxStreamsPerPeer !== undefined ? { maxStreamsPerPeer: options.maxStreamsPerPeer } : {}),
    }),
  );
  await host.start();
  const client = new PushClient({ host, connect: (peerId, signal) => node.connect(peerId, signal), log, ...(options.senderTimeouts ? { timeouts: options.senderTimeouts } : {}) });
  return {
    node,
    host,
    client,
    recipient,
    readies,
    logs,
    async stop() {
      await host.stop();
      await node.stop();
      await recipient.remove();
    },
  };
}

/** Loopback is never announced, so each node is told where the other listens. */
export async function introduce(a: TestPeer, b: TestPeer): Promise<void> {
  await a.node.libp2p.peerStore.merge(peerIdFromString(b.node.peerId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${b.node.port}`)] });
  await b.node.libp2p.peerStore.merge(peerIdFromString(a.node.peerId), { multiaddrs: [multiaddr(`/ip4/127.0.0.1/tcp/${a.node.port}`)] });
}

export function transferId(n: number): TransferId {
  return n.toString(16).padStart(32, '0');
}
