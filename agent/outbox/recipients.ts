/**
 * Who "--to" means: pure resolution of what the user typed against the
 * peer list and the saved groups. No I/O, so the CLI, D-Bus and tests get
 * the same answers.
 *
 * Each comma-separated word is, in this order:
 * 1. `all`: every laptop in the list that runs mesh-share (has a PeerId
 *    and a `webdavs` or `libp2p` record), here now or recently gone (the
 *    gone ones get it when they come back);
 * 2. a saved group (case-insensitive): its members, each a nick or PeerId.
 *    A group wins over a laptop of the same name: the teacher made it on
 *    this laptop on purpose, a child's nick is chance;
 * 3. a PeerId: taken even when the laptop is not in the list (a group
 *    saved last week, a laptop not seen since the agent restarted);
 * 4. a nick (case-insensitive): must name exactly one mesh-share laptop.
 * This laptop's own PeerId is never a recipient; repeats count once.
 */
import { peerIdFromString } from '@libp2p/peer-id';
import type { PeerSource } from '../../protocols/discovery/observation.js';

/** What resolution needs of a peer-list entry (PeerEntry fits). */
export interface KnownPeer {
  peerId?: string;
  nick: string;
  online: boolean;
  sources: readonly PeerSource[];
}

export interface ResolvedRecipient {
  peerId: string;
  /** As the peer list shows it; '' for a PeerId never seen. */
  nick: string;
}

export type RecipientErrorCode =
  | 'empty' // nothing was typed
  | 'unknown' // no laptop, group or PeerId by that name
  | 'ambiguous' // several laptops have that nick
  | 'not-mesh-share' // a Sugar buddy that does not run mesh-share
  | 'nobody'; // everything resolved to nobody (only this laptop, an empty list for 'all')

export interface RecipientError {
  code: RecipientErrorCode;
  /** The word that failed ('' for 'empty' and 'nobody'). */
  input: string;
  message: string;
  /** For 'ambiguous': the laptops it could mean. */
  candidates?: ResolvedRecipient[];
}

export type Resolution = { ok: true; recipients: ResolvedRecipient[] } | { ok: false; errors: RecipientError[] };

export interface ResolveContext {
  peers: readonly KnownPeer[];
  /** Group name -> members (nicks or PeerIds, as typed when saved). */
  groups: ReadonlyMap<string, readonly string[]>;
  selfPeerId: string;
}

const PEERS_HINT = "'mesh-share peers' shows who is here";

export function resolveRecipients(input: string | readonly string[], context: ResolveContext): Resolution {
  const words = (typeof input === 'string' ? [input] : input)
    .flatMap((part) => part.split(','))
    .map((word) => word.trim())
    .filter((word) => word !== '');
  if (words.length === 0) {
    return fail([{ code: 'empty', input: '', message: "Say who gets the files: 'all', names as 'mesh-share peers' shows them, PeerIds, or a group." }]);
  }
  const found: ResolvedRecipient[] = [];
  const errors: RecipientError[] = [];
  for (const word of words) {
    if (word.toLowerCase() === 'all') {
      found.push(...meshSharePeers(context.peers).map(recipientOf));
      continue;
    }
    const group = findGroup(context.groups, word);
    if (group !== undefined) {
      for (const member of group.members) {
        const one = resolveOne(member.trim(), context);
        if ('code' in one) errors.push({ ...one, message: `In the group '${group.name}': ${one.message}` });
        else found.push(one);
      }
      continue;
    }
    const one = resolveOne(word, context);
    if ('code' in one) errors.push(one);
    else found.push(one);
  }
  if (errors.length > 0) return fail(errors);

  const seen = new Set<string>([context.selfPeerId]);
  const recipients: ResolvedRecipient[] = [];
  for (const r of found) {
    if (seen.has(r.peerId)) continue;
    seen.add(r.peerId);
    recipients.push(r);
  }
  if (recipients.length === 0) {
    const onlyAll = words.every((w) => w.toLowerCase() === 'all');
    const message = onlyAll
      ? `No other laptop running mesh-share has been seen yet, so there is nobody to send to; ${PEERS_HINT}.`
      : 'That names only this laptop, so there is nobody to send to.';
    return fail([{ code: 'nobody', input: '', message }]);
  }
  return { ok: true, recipients };
}

/** One laptop, by PeerId or nick. */
function resolveOne(word: string, context: ResolveContext): ResolvedRecipient | RecipientError {
  const byId = context.peers.find((p) => p.peerId === word);
  if (byId) return recipientOf(byId);
  if (looksLikePeerId(word)) return { peerId: word, nick: '' };

  const key = foldName(word);
  const named = context.peers.filter((p) => p.peerId !== undefined && p.peerId !== context.selfPeerId && foldName(p.nick) === key);
  const reachable = named.filter(runsMeshShare);
  if (reachable.length === 1) return recipientOf(reachable[0]!);
  if (reachable.length > 1) {
    const candidates = reachable.map(recipientOf);
    const list = reachable.map((p) => `${p.nick} ${p.peerId} (${p.online ? 'here' : 'gone'})`).join('; ');
    return { code: 'ambiguous', input: word, candidates, message: `${reachable.length} laptops are called '${word}': ${list}. Give the PeerId of the one you mean.` };
  }
  if (context.peers.some((p) => foldName(p.nick) === key)) {
    return { code: 'not-mesh-share', input: word, message: `'${word}' does not run mesh-share, so it cannot receive files; ${PEERS_HINT} and what they run.` };
  }
  return { code: 'unknown', input: word, message: `No laptop called '${word}' is in the list; ${PEERS_HINT}.` };
}

/** Every laptop 'all' means, in the peer list's order. */
export function meshSharePeers(peers: readonly KnownPeer[]): KnownPeer[] {
  return peers.filter((p) => p.peerId !== undefined && runsMeshShare(p));
}

function runsMeshShare(peer: KnownPeer): boolean {
  return peer.sources.includes('webdavs') || peer.sources.includes('libp2p');
}

function recipientOf(peer: KnownPeer): ResolvedRecipient {
  return { peerId: peer.peerId!, nick: peer.nick };
}

function findGroup(groups: ReadonlyMap<string, readonly string[]>, word: string): { name: string; members: readonly string[] } | undefined {
  const key = foldName(word);
  for (const [name, members] of groups) if (foldName(name) === key) return { name, members };
  return undefined;
}

/** Names compare as people read them: case and Unicode composition do not matter. */
export function foldName(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/** A syntactically valid libp2p PeerId (Ed25519 `12D3KooW...`, RSA `Qm...`, or CIDv1). */
export function looksLikePeerId(text: string): boolean {
  if (!/^[1-9A-HJ-NP-Za-km-z]{40,}$|^b[a-z2-7]{50,}$/.test(text)) return false;
  try {
    peerIdFromString(text);
    return true;
  } catch {
    return false;
  }
}

function fail(errors: RecipientError[]): Resolution {
  return { ok: false, errors };
}
