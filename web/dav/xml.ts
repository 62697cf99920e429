import { SaxesParser, type SaxesTagNS } from 'saxes';
import { HttpError } from '../http-error.js';

/**
 * A parsed XML element with resolved namespaces. Request bodies are small
 * (capped before parsing), so a tree is simpler than events and costs little.
 */
export interface XmlElement {
  readonly ns: string;
  readonly local: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
}

export interface XmlAttribute {
  readonly ns: string;
  readonly local: string;
  readonly value: string;
}

export type XmlNode = XmlElement | string;

export const DAV_NS = 'DAV:';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

const badXml = (detail: string): HttpError => new HttpError(400, 'bad-xml', `The request body is not well-formed XML (${detail}).`);

/**
 * Parse a request body. saxes is strict XML 1.0 + namespaces and never
 * expands external entities or DTD-declared entities, so entity tricks fail
 * as plain syntax errors.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: { ns: string; local: string; attributes: XmlAttribute[]; children: XmlNode[] }[] = [];
  let root: XmlElement | null = null;
  let failure: string | null = null;
  parser.on('error', (error) => {
    failure ??= error.message.replace(/^.*?:\d+:\d+: /, '');
  });
  parser.on('doctype', () => {
    failure ??= 'document type declarations are not accepted';
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes: XmlAttribute[] = [];
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === XMLNS_NS || attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes.push({ ns: attribute.uri, local: attribute.local, value: attribute.value });
    }
    for (const [prefix, uri] of Object.entries(tag.ns)) {
      // Namespaces in XML 1.0 forbids binding a prefix to the empty name (litmus propfind_invalid2).
      if (prefix !== '' && uri === '') failure ??= `prefix "${prefix}" is bound to an empty namespace`;
    }
    stack.push({ ns: tag.uri, local: tag.local, attributes, children: [] });
  });
  parser.on('text', (text) => {
    stack.at(-1)?.children.push(text);
  });
  parser.on('cdata', (text) => {
    stack.at(-1)?.children.push(text);
  });
  parser.on('closetag', () => {
    const done = stack.pop();
    if (!done) return;
    const element: XmlElement = done;
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= error instanceof Error ? error.message : 'parse error';
  }
  if (failure !== null) throw badXml(String(failure).slice(0, 120));
  if (root === null) throw badXml('no root element');
  return root;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

export function elementChildren(element: XmlElement): XmlElement[] {
  return element.children.filter(isElement);
}

export function findChild(element: XmlElement, ns: string, local: string): XmlElement | undefined {
  return elementChildren(element).find((child) => child.ns === ns && child.local === local);
}

export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

export function is(element: XmlElement, ns: string, local: string): boolean {
  return element.ns === ns && element.local === local;
}

// ---- writing -------------------------------------------------------------

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/**
 * Serialise an element so it stands alone: every element declares its own
 * default namespace and namespaced attributes get declared prefixes, so the
 * fragment means the same wherever it is pasted (dead property values, lock
 * owners).
 */
export function serializeElement(element: XmlElement, parentNs: string | null = null): string {
  let out = `<${element.local}`;
  if (element.ns !== parentNs) out += ` xmlns="${escapeXml(element.ns)}"`;
  let prefixCount = 0;
  for (const attribute of element.attributes) {
    if (attribute.ns === '') {
      out += ` ${attribute.local}="${escapeXml(attribute.value)}"`;
    } else if (attribute.ns === XML_NS) {
      out += ` xml:${attribute.local}="${escapeXml(attribute.value)}"`;
    } else {
      const prefix = `a${prefixCount++}`;
      out += ` xmlns:${prefix}="${escapeXml(attribute.ns)}" ${prefix}:${attribute.local}="${escapeXml(attribute.value)}"`;
    }
  }
  if (element.children.length === 0) return `${out}/>`;
  out += '>';
  out += serializeChildren(element.children, element.ns);
  return `${out}</${element.local}>`;
}

export function serializeChildren(children: readonly XmlNode[], parentNs: string | null): string {
  let out = '';
  for (const child of children) out += typeof child === 'string' ? escapeXml(child) : serializeElement(child, parentNs);
  return out;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

/** A DAV:error body naming a precondition or postcondition (RFC 4918 section 16). */
export function davErrorBody(condition: string, inner = ''): string {
  return `${XML_DECLARATION}<D:error xmlns:D="DAV:"><D:${condition}>${inner}</D:${condition}></D:error>\n`;
}
