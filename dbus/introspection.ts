/**
 * Reads D-Bus introspection XML into plain member specs. The checked-in
 * dbus/org.sugarlabs.MeshShare1.xml is the single source of truth: the
 * service configures its exported interface from it, and tests compare the
 * live service (`gdbus introspect`) with it through the same parser.
 */
import { readFile } from 'node:fs/promises';
import { SaxesParser, type SaxesTag } from 'saxes';

export interface ArgSpec {
  /** Empty when the XML gives none (allowed by the spec, not by our file). */
  readonly name: string;
  /** One complete D-Bus type, e.g. `s` or `a{sv}`. */
  readonly type: string;
}

export interface MethodSpec {
  readonly name: string;
  readonly inArgs: readonly ArgSpec[];
  readonly outArgs: readonly ArgSpec[];
  /** The in types joined, e.g. `sa{sv}`; what a call's message signature must be. */
  readonly inSignature: string;
  readonly outSignature: string;
}

export interface SignalSpec {
  readonly name: string;
  readonly args: readonly ArgSpec[];
  readonly signature: string;
}

export type PropertyAccess = 'read' | 'write' | 'readwrite';

export interface PropertySpec {
  readonly name: string;
  readonly type: string;
  readonly access: PropertyAccess;
}

export interface InterfaceSpec {
  readonly name: string;
  readonly methods: Readonly<Record<string, MethodSpec>>;
  readonly signals: Readonly<Record<string, SignalSpec>>;
  readonly properties: Readonly<Record<string, PropertySpec>>;
}

export interface NodeSpec {
  /** The root node's `name` attribute (an object path), or null. */
  readonly name: string | null;
  readonly interfaces: Readonly<Record<string, InterfaceSpec>>;
  /** Names of child `<node>` elements (gdbus lists them; they carry no members here). */
  readonly children: readonly string[];
}

/** The introspection XML is malformed or breaks the D-Bus rules; the message names the element. */
export class IntrospectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntrospectionError';
  }
}

export const MESH_SHARE_INTERFACE = 'org.sugarlabs.MeshShare1';
export const MESH_SHARE_BUS_NAME = 'org.sugarlabs.MeshShare1';
export const MESH_SHARE_OBJECT_PATH = '/org/sugarlabs/MeshShare1';

/** Where the checked-in XML lives: dbus/ at the package root (this module runs from dist/dbus/). */
export const MESH_SHARE_XML_URL = new URL('../../dbus/org.sugarlabs.MeshShare1.xml', import.meta.url);

/** The org.sugarlabs.MeshShare1 interface as the checked-in XML declares it. */
export async function loadMeshShareSpec(xmlUrl: URL = MESH_SHARE_XML_URL): Promise<InterfaceSpec> {
  const node = parseIntrospection(await readFile(xmlUrl, 'utf8'));
  const spec = node.interfaces[MESH_SHARE_INTERFACE];
  if (!spec) throw new IntrospectionError(`${xmlUrl.pathname} does not declare the interface ${MESH_SHARE_INTERFACE}.`);
  return spec;
}

const MEMBER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const INTERFACE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

interface OpenInterface {
  name: string;
  methods: Map<string, MethodSpec>;
  signals: Map<string, SignalSpec>;
  properties: Map<string, PropertySpec>;
}

interface OpenMember {
  kind: 'method' | 'signal';
  name: string;
  inArgs: ArgSpec[];
  outArgs: ArgSpec[];
}

/**
 * Parse introspection XML (the format of `Introspect()` and of the
 * checked-in file). Comments, annotations and the DOCTYPE are ignored;
 * saxes never loads the DTD or expands entities it declares.
 */
export function parseIntrospection(xml: string): NodeSpec {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const interfaces = new Map<string, InterfaceSpec>();
  const children: string[] = [];
  let rootName: string | null = null;
  let depth = 0;
  let sawRoot = false;
  let iface: OpenInterface | null = null;
  let member: OpenMember | null = null;
  let failure: string | null = null;

  const fail = (message: string): void => {
    failure ??= message;
  };
  const attr = (tag: SaxesTag, name: string): string | undefined => {
    const value = (tag.attributes as Record<string, string>)[name];
    return typeof value === 'string' ? value : undefined;
  };

  parser.on('error', (error) => fail(error.message));
  parser.on('opentag', (tag) => {
    depth += 1;
    const where = `line ${parser.line}`;
    if (depth === 1) {
      if (tag.name !== 'node') return fail(`the root element must be <node>, not <${tag.name}> (${where})`);
      sawRoot = true;
      rootName = attr(tag, 'name') ?? null;
      return;
    }
    switch (tag.name) {
      case 'node':
        if (depth === 2) {
          const name = attr(tag, 'name');
          if (name) children.push(name);
        }
        return;
      case 'interface': {
        if (depth !== 2) return fail(`<interface> must be directly inside the root <node> (${where})`);
        const name = attr(tag, 'name') ?? '';
        if (!INTERFACE_NAME.test(name) || name.length > 255) return fail(`"${name}" is not a valid interface name (${where})`);
        if (interfaces.has(name)) return fail(`the interface ${name} is declared twice (${where})`);
        iface = { name, methods: new Map(), signals: new Map(), properties: new Map() };
        return;
      }
      case 'method':
      case 'signal': {
        if (depth !== 3 || iface === null) return fail(`<${tag.name}> must be directly inside an <interface> (${where})`);
        const name = attr(tag, 'name') ?? '';
        if (!MEMBER_NAME.test(name) || name.length > 255) return fail(`"${name}" is not a valid member name (${where})`);
        if (iface.methods.has(name) || iface.signals.has(name) || iface.properties.has(name)) return fail(`${iface.name}.${name} is declared twice (${where})`);
        member = { kind: tag.name, name, inArgs: [], outArgs: [] };
        return;
      }
      case 'property': {
        if (depth !== 3 || iface === null) return fail(`<property> must be directly inside an <interface> (${where})`);
        const name = attr(tag, 'name') ?? '';
        if (!MEMBER_NAME.test(name) || name.length > 255) return fail(`"${name}" is not a valid property name (${where})`);
        if (iface.methods.has(name) || iface.signals.has(name) || iface.properties.has(name)) return fail(`${iface.name}.${name} is declared twice (${where})`);
        const type = attr(tag, 'type') ?? '';
        if (!isSingleCompleteType(type)) return fail(`the property ${name} has the type "${type}", which is not one complete D-Bus type (${where})`);
        const access = attr(tag, 'access');
        if (access !== 'read' && access !== 'write' && access !== 'readwrite') return fail(`the property ${name} needs access="read", "write" or "readwrite" (${where})`);
        iface.properties.set(name, { name, type, access });
        return;
      }
      case 'arg': {
        if (depth !== 4 || member === null) return fail(`<arg> must be directly inside a <method> or <signal> (${where})`);
        const type = attr(tag, 'type') ?? '';
        if (!isSingleCompleteType(type)) return fail(`an argument of ${member.name} has the type "${type}", which is not one complete D-Bus type (${where})`);
        const name = attr(tag, 'name') ?? '';
        const direction = attr(tag, 'direction');
        if (member.kind === 'signal') {
          if (direction !== undefined && direction !== 'out') return fail(`signal arguments have no direction "in" (${member.name}, ${where})`);
          member.outArgs.push({ name, type });
        } else if (direction === undefined || direction === 'in') {
          member.inArgs.push({ name, type });
        } else if (direction === 'out') {
          member.outArgs.push({ name, type });
        } else {
          fail(`an argument of ${member.name} has direction "${direction}"; it must be "in" or "out" (${where})`);
        }
        return;
      }
      default:
        // <annotation> and anything newer: not part of the member structure.
        return;
    }
  });
  parser.on('closetag', (tag) => {
    if (depth === 3 && member !== null && iface !== null && (tag.name === 'method' || tag.name === 'signal')) {
      const done: OpenMember = member;
      if (done.kind === 'method') {
        iface.methods.set(done.name, {
          name: done.name,
          inArgs: done.inArgs,
          outArgs: done.outArgs,
          inSignature: done.inArgs.map((arg) => arg.type).join(''),
          outSignature: done.outArgs.map((arg) => arg.type).join(''),
        });
      } else {
        iface.signals.set(done.name, { name: done.name, args: done.outArgs, signature: done.outArgs.map((arg) => arg.type).join('') });
      }
      member = null;
    } else if (depth === 2 && iface !== null && tag.name === 'interface') {
      const done: OpenInterface = iface;
      interfaces.set(done.name, {
        name: done.name,
        methods: Object.fromEntries(done.methods),
        signals: Object.fromEntries(done.signals),
        properties: Object.fromEntries(done.properties),
      });
      iface = null;
    }
    depth -= 1;
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (failure !== null) throw new IntrospectionError(`The D-Bus introspection XML is not valid: ${failure}.`);
  if (!sawRoot) throw new IntrospectionError('The D-Bus introspection XML has no <node> element.');
  return { name: rootName, interfaces: Object.fromEntries(interfaces), children };
}

const BASIC_TYPES = 'ybnqiuxtdhsog';
const MAX_SIGNATURE_LENGTH = 255;
const MAX_NESTING = 32;

/**
 * Split a D-Bus signature into its complete types (`sa{sv}` -> `s`, `a{sv}`).
 * Throws IntrospectionError on anything the D-Bus specification refuses.
 */
export function splitSignature(signature: string): string[] {
  if (signature.length > MAX_SIGNATURE_LENGTH) throw new IntrospectionError(`The signature "${signature.slice(0, 40)}..." is longer than 255 characters.`);
  const types: string[] = [];
  let index = 0;
  while (index < signature.length) {
    const end = readCompleteType(signature, index, 0, 0);
    types.push(signature.slice(index, end));
    index = end;
  }
  return types;
}

/** True when `type` is exactly one complete type (what an `<arg>` or `<property>` carries). */
export function isSingleCompleteType(type: string): boolean {
  try {
    return splitSignature(type).length === 1;
  } catch {
    return false;
  }
}

/** Index just past the complete type starting at `index`. */
function readCompleteType(signature: string, index: number, arrays: number, structs: number): number {
  const bad = (why: string): IntrospectionError => new IntrospectionError(`The signature "${signature}" is not valid: ${why}.`);
  const c = signature[index];
  if (c === undefined) throw bad('it ends in the middle of a type');
  if (BASIC_TYPES.includes(c) || c === 'v') return index + 1;
  if (c === 'a') {
    if (arrays + 1 > MAX_NESTING) throw bad('arrays are nested too deeply');
    if (signature[index + 1] === '{') {
      const key = signature[index + 2];
      if (key === undefined || !BASIC_TYPES.includes(key)) throw bad('a dictionary key must be a basic type');
      const afterValue = readCompleteType(signature, index + 3, arrays + 1, structs + 1);
      if (signature[afterValue] !== '}') throw bad('a dictionary entry holds exactly one key and one value');
      return afterValue + 1;
    }
    return readCompleteType(signature, index + 1, arrays + 1, structs);
  }
  if (c === '(') {
    if (structs + 1 > MAX_NESTING) throw bad('structs are nested too deeply');
    let next = index + 1;
    if (signature[next] === ')') throw bad('a struct cannot be empty');
    while (signature[next] !== ')') next = readCompleteType(signature, next, arrays, structs + 1);
    return next + 1;
  }
  throw bad(`"${c}" is not a type code here`);
}
