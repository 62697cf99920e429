/**
 * Our access properties as XML (namespace http://sugarlabs.org/ns/mesh-share/):
 *
 *   <ms:owner><ms:principal>user:ana</ms:principal></ms:owner>     live; empty when the share's users own it
 *   <ms:recipients>                                                   set by the owner with PROPPATCH
 *     <ms:principal>peer:12D3KooW...</ms:principal>
 *     <ms:principal>user:bruno</ms:principal>
 *   </ms:recipients>                                                  empty = pending: nobody but the owner yet
 *
 * Pure.
 */
import { elementChildren, escapeXml, type XmlElement } from '../dav/xml.js';
import { MAX_RECIPIENTS } from './access-store.js';
import { MS_NS, parsePrincipalName } from './principals.js';

const principalXml = (name: string): string => `<principal>${escapeXml(name)}</principal>`;

export function ownerXml(owner: string | null): string {
  return owner === null ? `<owner xmlns="${MS_NS}"/>` : `<owner xmlns="${MS_NS}">${principalXml(owner)}</owner>`;
}

export function recipientsXml(recipients: readonly string[]): string {
  return recipients.length === 0 ? `<recipients xmlns="${MS_NS}"/>` : `<recipients xmlns="${MS_NS}">${recipients.map(principalXml).join('')}</recipients>`;
}

/** The principals a PROPPATCH sets as recipients, or a sentence saying what is wrong with the value. */
export function parseRecipients(element: XmlElement): string[] | { problem: string } {
  const explain = { problem: 'ms:recipients holds ms:principal elements, each peer:PEERID or user:NAME (none at all: nobody yet but the owner).' };
  for (const child of element.children) if (typeof child === 'string' && child.trim() !== '') return explain;
  const names = new Set<string>();
  for (const child of elementChildren(element)) {
    if (child.ns !== MS_NS || child.local !== 'principal') return explain;
    if (elementChildren(child).length > 0) return explain;
    const text = child.children.join('');
    const name = parsePrincipalName(text);
    if (name === null) return { problem: `"${text.trim().slice(0, 80)}" is not a principal: write peer:PEERID (a laptop) or user:NAME (someone who signs in here).` };
    names.add(name);
  }
  if (names.size > MAX_RECIPIENTS) return { problem: `A recipient list holds at most ${MAX_RECIPIENTS} principals.` };
  return [...names];
}
