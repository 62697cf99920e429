import { badRequest } from '../http-error.js';

/** One condition of an If header list (RFC 4918 10.4). */
export type IfCondition =
  | { readonly not: boolean; readonly kind: 'token'; readonly token: string }
  | { readonly not: boolean; readonly kind: 'etag'; readonly etag: string };

export interface IfList {
  /** The tagged resource (an absolute URI or path), or null for the request URI. */
  readonly resource: string | null;
  readonly conditions: readonly IfCondition[];
}

const bad = (): Error => badRequest('The If header could not be understood.', 'bad-header');

/**
 * Parse an If header into its lists. Pure, so the grammar is tested without
 * a server. Throws 400 on anything that does not follow RFC 4918's grammar.
 */
export function parseIfHeader(header: string): IfList[] {
  const lists: IfList[] = [];
  let i = 0;
  let tag: string | null = null;
  let sawTagged = false;
  let sawUntagged = false;
  const skipSpace = (): void => {
    while (i < header.length && /[ \t]/.test(header[i]!)) i++;
  };
  const readUntil = (close: string): string => {
    const end = header.indexOf(close, i + 1);
    if (end === -1) throw bad();
    const value = header.slice(i + 1, end);
    i = end + 1;
    return value;
  };
  skipSpace();
  if (i >= header.length) throw bad();
  while (i < header.length) {
    const c = header[i];
    if (c === '<') {
      tag = readUntil('>');
      if (tag === '') throw bad();
      sawTagged = true;
      skipSpace();
      if (header[i] !== '(') throw bad();
      continue;
    }
    if (c !== '(') throw bad();
    if (tag === null) sawUntagged = true;
    i++;
    const conditions: IfCondition[] = [];
    for (;;) {
      skipSpace();
      if (header[i] === ')') {
        i++;
        break;
      }
      let not = false;
      if (/^not\b/i.test(header.slice(i, i + 4)) && /[ \t<[]/.test(header[i + 3] ?? '')) {
        not = true;
        i += 3;
        skipSpace();
      }
      if (header[i] === '<') {
        conditions.push({ not, kind: 'token', token: readUntil('>') });
      } else if (header[i] === '[') {
        const etag = readUntil(']');
        if (!/^(W\/)?"[^"]*"$/.test(etag)) throw bad();
        conditions.push({ not, kind: 'etag', etag });
      } else {
        throw bad();
      }
    }
    if (conditions.length === 0) throw bad();
    lists.push({ resource: tag, conditions });
    skipSpace();
  }
  // The grammar allows either all-untagged or all-tagged lists, not both.
  if (sawTagged && sawUntagged) throw bad();
  return lists;
}

/** What a condition is checked against: the resource's current state. */
export interface ResourceState {
  /** Current strong ETag, or null when the resource does not exist. */
  readonly etag: string | null;
  /** Tokens of the locks that cover the resource. */
  readonly lockTokens: ReadonlySet<string>;
}

/** True when one list holds for a resource: every condition in it is true. */
export function listHolds(list: IfList, state: ResourceState): boolean {
  return list.conditions.every((condition) => {
    const holds = condition.kind === 'token' ? state.lockTokens.has(condition.token) : state.etag !== null && condition.etag === state.etag;
    return condition.not ? !holds : holds;
  });
}

/** Every lock token the client names anywhere in the header ("submitted", RFC 4918 10.4.1). */
export function submittedTokens(lists: readonly IfList[]): Set<string> {
  const tokens = new Set<string>();
  for (const list of lists) for (const c of list.conditions) if (c.kind === 'token' && !c.not) tokens.add(c.token);
  return tokens;
}
