/**
 * The laptop's libp2p identity: an Ed25519 key made on the first start and
 * kept in DATA_DIR/peer-key (mode 0600). Its PeerId is how other laptops
 * recognise this one across restarts and address changes, and what trust
 * lists and recipient lists name, so a damaged key file is never replaced
 * silently: the agent refuses to start and says how to make a new identity.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import type { PrivateKey } from '@libp2p/interface';
import { writeFileAtomically } from './files.js';
import type { Logger } from './logger.js';

export const PEER_KEY_FILE = 'peer-key';

export interface PeerIdentity {
  readonly privateKey: PrivateKey;
  /** Base58 text, e.g. `12D3KooW...`. */
  readonly peerId: string;
  /** True on the start that made the key. */
  readonly created: boolean;
}

export class IdentityError extends Error {
  readonly code = 'identity';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IdentityError';
  }
}

export async function loadOrCreateIdentity(dataDir: string, log: Logger): Promise<PeerIdentity> {
  const path = join(dataDir, PEER_KEY_FILE);
  let text: string | null = null;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new IdentityError(`The laptop's identity key ${path} cannot be read (${(error as Error).message}); check its owner and permissions.`, { cause: error });
    }
  }
  if (text !== null) {
    const privateKey = decodeKey(text, path);
    return { privateKey, peerId: peerIdFromPrivateKey(privateKey).toString(), created: false };
  }
  const privateKey = await generateKeyPair('Ed25519');
  await writeFileAtomically(path, encodeKey(privateKey), { mode: 0o600, durable: true });
  const peerId = peerIdFromPrivateKey(privateKey).toString();
  log.info('made a new identity for this laptop', { peerId });
  return { privateKey, peerId, created: true };
}

/** One line of base64 (the libp2p protobuf form), so the file survives being opened in a text editor. */
export function encodeKey(privateKey: PrivateKey): string {
  return `${Buffer.from(privateKeyToProtobuf(privateKey)).toString('base64')}\n`;
}

export function decodeKey(text: string, path = PEER_KEY_FILE): PrivateKey {
  const damaged = (cause?: unknown): IdentityError =>
    new IdentityError(
      `The laptop's identity key ${path} is damaged. Other laptops know this one by that key; to start with a new identity, move the file away (mv ${path} ${path}.broken) and start again.`,
      cause === undefined ? undefined : { cause },
    );
  const body = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) throw damaged();
  try {
    const key = privateKeyFromProtobuf(Buffer.from(body, 'base64'));
    if (key.type !== 'Ed25519') throw damaged();
    return key;
  } catch (error) {
    if (error instanceof IdentityError) throw error;
    throw damaged(error);
  }
}
