/**
 * Principal names as the access rules, owner records and recipient lists
 * write them: `user:NAME` (an htpasswd user) and `peer:PEERID` (a laptop
 * proven by libp2p Noise). Pure.
 */
import type { Principal } from '../pipeline.js';
import { nameOfPrincipal } from '../dav/dav-server.js';

/** Our properties' namespace: `<ms:owner>`, `<ms:recipients>`, `<ms:principal>`. */
export const MS_NS = 'http://sugarlabs.org/ns/mesh-share/';

const PEER_ID = /^(12D3KooW[1-9A-HJ-NP-Za-km-z]{44}|Qm[1-9A-HJ-NP-Za-km-z]{44})$/;

/** `user:NAME` or `peer:PEERID`, as written in a recipient list; null for anything else. */
export function parsePrincipalName(text: string): string | null {
  const value = text.trim();
  if (value.startsWith('peer:')) return PEER_ID.test(value.slice(5)) ? value : null;
  if (value.startsWith('user:')) {
    const name = value.slice(5);
    // The htpasswd file's rules (web/auth/htpasswd.ts): no colon, no control characters, at most 64 characters.
    // eslint-disable-next-line no-control-regex
    if (name === '' || /[:\u0000-\u001f\u007f-\u009f]/.test(name) || [...name].length > 64) return null;
    return value;
  }
  return null;
}

/**
 * Who a request acts as, for the owner and recipient rules. A ticket acts on
 * behalf of whoever made it (it can never do more than they could); users
 * are the share's owners, so they own whatever nobody else owns.
 */
export interface Identity {
  /** The principal names it may act as. */
  readonly names: readonly string[];
  /** An htpasswd user, or a ticket one made: owns what has no recorded owner. */
  readonly shareOwner: boolean;
}

export function identityOf(principal: Principal): Identity {
  switch (principal.kind) {
    case 'user':
      return { names: [nameOfPrincipal(principal)], shareOwner: true };
    case 'peer':
      return { names: [nameOfPrincipal(principal)], shareOwner: false };
    case 'ticket':
      return { names: [principal.ticket.owner], shareOwner: principal.ticket.owner.startsWith('user:') };
    case 'anonymous':
      return { names: [], shareOwner: false };
  }
}

/** The name recorded as owner of what a request creates: a ticket holder creates on behalf of the ticket's maker. */
export function creatorName(principal: Principal): string {
  return principal.kind === 'ticket' ? principal.ticket.owner : nameOfPrincipal(principal);
}

/** A principal name in a sentence for a teacher or a child: `ana`, `the laptop 12D3KooW…x9Qe`. */
export function describePrincipal(name: string): string {
  if (name.startsWith('user:')) return name.slice(5);
  if (name.startsWith('peer:')) {
    const id = name.slice(5);
    return `the laptop ${id.length > 16 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id}`;
  }
  if (name.startsWith('ticket:')) return 'someone with a shared link';
  return name;
}
