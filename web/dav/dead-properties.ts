import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { writeFileAtomically } from '../../agent/files.js';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from '../../agent/logger.js';
import { isWithin } from './share-path.js';

/** One dead property: its name and its value as a self-contained XML fragment (the element's children). */
export interface DeadProperty {
  readonly ns: string;
  readonly local: string;
  /** Serialised children of the property element (see xml.ts serializeChildren). */
  readonly value: string;
  /** xml:lang on the property element, kept as RFC 4918 section 4.3 asks. */
  readonly lang?: string;
}

export const propertyKey = (ns: string, local: string): string => `{${ns}}${local}`;

interface IndexFile {
  version: 1;
  /** Resource key (share-relative path) -> id of its property file. */
  entries: Record<string, string>;
}

/**
 * Dead properties, kept in the agent's data dir and never in the share, so
 * clients can neither see nor overwrite them as files. Layout: an index
 * (path -> id) plus one small file per resource, so a MOVE rewrites only the
 * index and a PROPPATCH only one small file. Everything is also held in
 * memory: PROPFIND of a large folder never waits on disk for properties.
 * Every change is on disk before the request that made it is answered.
 */
export class DeadPropertyStore {
  private readonly dir: string;
  private readonly log: Logger;
  private readonly byKey = new Map<string, { id: string; props: Map<string, DeadProperty> }>();
  private indexWrite: Promise<void> = Promise.resolve();
  private indexDirty = false;

  private constructor(dir: string, log: Logger) {
    this.dir = dir;
    this.log = log;
  }

  static async open(dir: string, log: Logger): Promise<DeadPropertyStore> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const store = new DeadPropertyStore(dir, log);
    await store.load();
    return store;
  }

  private async load(): Promise<void> {
    let index: IndexFile = { version: 1, entries: {} };
    try {
      index = JSON.parse(await readFile(join(this.dir, 'index.json'), 'utf8')) as IndexFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn('the property index could not be read; starting without dead properties', { error: String(error) });
    }
    const used = new Set<string>();
    for (const [key, id] of Object.entries(index.entries ?? {})) {
      if (!/^[0-9a-f]{24}$/.test(id)) continue;
      try {
        const list = JSON.parse(await readFile(join(this.dir, `${id}.json`), 'utf8')) as DeadProperty[];
        this.byKey.set(key, { id, props: new Map(list.map((p) => [propertyKey(p.ns, p.local), p])) });
        used.add(id);
      } catch {
        this.log.warn('a property file is missing or damaged; its properties are dropped', { resource: key });
      }
    }
    // Files no index entry points at are left by a crash between the two writes.
    for (const name of await readdir(this.dir)) {
      const id = name.replace(/\.json$/, '');
      if (name !== 'index.json' && !used.has(id)) await rm(join(this.dir, name), { force: true });
    }
  }

  get(key: string): ReadonlyMap<string, DeadProperty> | undefined {
    return this.byKey.get(key)?.props;
  }

  /**
   * Apply a PROPPATCH to one resource as a whole, in document order (RFC 4918
   * 9.2): either every change is stored or, on a write error, none is.
   */
  async apply(key: string, ops: readonly ({ kind: 'set'; prop: DeadProperty } | { kind: 'remove'; ns: string; local: string })[]): Promise<void> {
    const current = this.byKey.get(key);
    const next = new Map(current?.props);
    for (const op of ops) {
      if (op.kind === 'set') next.set(propertyKey(op.prop.ns, op.prop.local), op.prop);
      else next.delete(propertyKey(op.ns, op.local));
    }
    await this.replace(key, next, current?.id);
  }

  private async replace(key: string, props: Map<string, DeadProperty>, oldId: string | undefined): Promise<void> {
    if (props.size === 0) {
      if (oldId !== undefined) {
        this.byKey.delete(key);
        await this.saveIndex();
        await rm(join(this.dir, `${oldId}.json`), { force: true });
      }
      return;
    }
    const id = oldId ?? randomBytes(12).toString('hex');
    await this.writeAtomic(`${id}.json`, JSON.stringify([...props.values()]));
    this.byKey.set(key, { id, props });
    if (oldId === undefined) await this.saveIndex();
  }

  /** The resource (and, for a collection, everything below it) is gone. */
  async forgetTree(key: string): Promise<void> {
    const ids: string[] = [];
    for (const [k, entry] of this.byKey) {
      if (isWithin(k, key)) {
        ids.push(entry.id);
        this.byKey.delete(k);
      }
    }
    if (ids.length === 0) return;
    await this.saveIndex();
    await Promise.all(ids.map((id) => rm(join(this.dir, `${id}.json`), { force: true })));
  }

  /** A MOVE: properties follow the resource and its members. */
  async moveTree(from: string, to: string): Promise<void> {
    await this.forgetTree(to);
    const moved: [string, { id: string; props: Map<string, DeadProperty> }][] = [];
    for (const [k, entry] of this.byKey) {
      if (isWithin(k, from)) moved.push([to + k.slice(from.length), entry]);
    }
    if (moved.length === 0) return;
    for (const [k] of moved) this.byKey.delete(from + k.slice(to.length));
    for (const [k, entry] of moved) this.byKey.set(k, entry);
    await this.saveIndex();
  }

  /** A COPY: the copies get their own property files. */
  async copyTree(from: string, to: string): Promise<void> {
    await this.forgetTree(to);
    const copies: [string, Map<string, DeadProperty>][] = [];
    for (const [k, entry] of this.byKey) {
      if (isWithin(k, from)) copies.push([to + k.slice(from.length), entry.props]);
    }
    for (const [k, props] of copies) {
      const id = randomBytes(12).toString('hex');
      await this.writeAtomic(`${id}.json`, JSON.stringify([...props.values()]));
      this.byKey.set(k, { id, props: new Map(props) });
    }
    if (copies.length > 0) await this.saveIndex();
  }

  /** Wait for pending index writes (used on shutdown). */
  async flush(): Promise<void> {
    await this.indexWrite;
  }

  private saveIndex(): Promise<void> {
    // Coalesce: while one write runs, the next one picks up every change made meanwhile.
    this.indexDirty = true;
    const run = async (): Promise<void> => {
      if (!this.indexDirty) return;
      this.indexDirty = false;
      const entries: Record<string, string> = {};
      for (const [k, entry] of this.byKey) entries[k] = entry.id;
      await this.writeAtomic('index.json', JSON.stringify({ version: 1, entries } satisfies IndexFile));
    };
    this.indexWrite = this.indexWrite.then(run, run);
    return this.indexWrite;
  }

  private writeAtomic(name: string, text: string): Promise<void> {
    return writeFileAtomically(join(this.dir, name), text, { mode: 0o600 });
  }

}
