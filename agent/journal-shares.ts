/**
 * Journal entries shared into the WebDAV share (ShareEntry, ListShared,
 * Unshare). A shared entry is an ordinary file in the share root, named
 * after its title, whose Journal metadata is kept as WebDAV dead properties
 * in our namespace, so a classmate's PROPFIND sees title, activity, tags and
 * preview next to the file. A small registry in the data dir remembers which
 * files came from the Journal, so the list survives restarts.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { constants } from 'node:fs';
import { link, lstat, open, readFile, realpath, rename, rm } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import mime from 'mime-types';
import { MeshShareError } from '../dbus/errors.js';
import { checkFullPath } from './full-path.js';
import type { DeadProperty, DeadPropertyStore } from '../web/dav/dead-properties.js';
import type { Resource, ShareFs } from '../web/dav/share-fs.js';
import { checkSegment, hrefFor, keyOf } from '../web/dav/share-path.js';
import { escapeXml } from '../web/dav/xml.js';
import { writeFileAtomically } from './files.js';
import type { Logger } from './logger.js';
import type { JournalMetadata } from '../dbus/api.js';

/** The WebDAV namespace of the Journal properties (one property per metadata key). */
export const JOURNAL_NS = 'http://sugarlabs.org/ns/mesh-share/journal/';
export const REGISTRY_FILE = 'journal-shares.json';
export type { JournalMetadata };

export const FALLBACK_TITLE = 'Journal entry';

/** One shared entry as ListShared reports it (keys lower_snake_case, as in the Journal). */
export type ShareInfo = {
  url: string;
  /** The file's name in the share. */
  name: string;
  /** The Journal title, or the file name when none was given. */
  title: string;
  mime_type: string;
  size: number;
  /** ISO 8601, UTC. */
  shared_at: string;
  activity?: string;
  activity_id?: string;
  description?: string;
  tags?: string;
  timestamp?: number;
};

export type JournalShareEvents = {
  shared: [ShareInfo];
  /** The entry's URL; also fired when a shared file is found deleted from the share. */
  unshared: [string];
};

export interface JournalSharesOptions {
  share: ShareFs;
  /** The running DAV server's store (davStep.server.props): the same instance, so PROPFIND sees new properties at once. */
  props: DeadPropertyStore;
  /** The main share URL, `https://HOST:PORT/`. */
  shareUrl: string;
  /** Every other URL of the share (IP addresses, 127.0.0.1); Unshare accepts an entry's URL under any of them. */
  shareUrls?: readonly string[];
  dataDir: string;
  log: Logger;
  now?: () => Date;
}

interface RegistryEntry {
  /** The URL when it was shared (the port or host may differ after a restart). */
  url: string;
  name: string;
  metadata: JournalMetadata;
  shared_at: string;
}

interface RegistryFile {
  version: 1;
  entries: RegistryEntry[];
}

const MAX_TEXT_CHARS = 64 * 1024;
const MAX_PREVIEW_BYTES = 1024 * 1024;
const MAX_TITLE_CHARS = 100;
/** Leaves room for " (999).extension" within the 255-byte name limit. */
const MAX_TITLE_BYTES = 200;
const MAX_CLASH_NUMBER = 999;
const LIST_BATCH = 16;
const TEXT_KEYS = ['title', 'mime_type', 'activity', 'activity_id', 'description'] as const;

/** Metadata as checked and cleaned from a ShareEntry call, plus the preview that only goes to the properties. */
export interface ParsedMetadata {
  metadata: JournalMetadata;
  preview: Buffer | null;
}

/**
 * Check the metadata dictionary of a ShareEntry call. Unknown keys are
 * ignored; a known key with a wrong type is InvalidArgs. Characters XML
 * cannot carry (control characters other than tab and newlines) are
 * dropped, so every value can be served in a PROPFIND answer.
 */
export function parseJournalMetadata(input: Readonly<Record<string, unknown>>): ParsedMetadata {
  const metadata: JournalMetadata = {};
  const invalid = (message: string): MeshShareError => new MeshShareError('InvalidArgs', message);
  const has = (key: string): boolean => Object.hasOwn(input, key) && input[key] !== undefined;
  for (const key of TEXT_KEYS) {
    if (!has(key)) continue;
    const value = input[key];
    if (typeof value !== 'string') throw invalid(`The metadata "${key}" must be text, not ${kindOf(value)}.`);
    if (value.length > MAX_TEXT_CHARS) throw invalid(`The metadata "${key}" is longer than ${MAX_TEXT_CHARS} characters.`);
    metadata[key] = cleanText(value);
  }
  if (has('tags')) {
    const value = input.tags;
    if (typeof value === 'string') metadata.tags = cleanText(value);
    else if (Array.isArray(value) && value.every((tag) => typeof tag === 'string')) metadata.tags = cleanText((value as string[]).join(', '));
    else throw invalid(`The metadata "tags" must be text or a list of texts, not ${kindOf(value)}.`);
    if (metadata.tags.length > MAX_TEXT_CHARS) throw invalid(`The metadata "tags" is longer than ${MAX_TEXT_CHARS} characters.`);
  }
  if (has('timestamp')) {
    const value = input.timestamp;
    // The Journal's datastore hands every value over as text, so "1700000000" is as good as 1700000000.
    const number = typeof value === 'bigint' ? Number(value) : typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isSafeInteger(number)) throw invalid(`The metadata "timestamp" must be a whole number of seconds since 1970, not ${kindOf(value)}.`);
    metadata.timestamp = number;
  }
  let preview: Buffer | null = null;
  if (has('preview')) {
    const value = input.preview;
    if (!(value instanceof Uint8Array)) throw invalid(`The metadata "preview" must be bytes (dbus.ByteArray), not ${kindOf(value)}.`);
    if (value.byteLength > MAX_PREVIEW_BYTES) throw invalid(`The preview is larger than ${MAX_PREVIEW_BYTES / 1024} KiB.`);
    preview = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  return { metadata, preview };
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'bigint') return `the number ${value}`;
  if (typeof value === 'boolean') return 'true/false';
  if (value instanceof Uint8Array) return 'bytes';
  if (Array.isArray(value)) return 'a list';
  return 'a dictionary';
}

// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function cleanText(text: string): string {
  return text.toWellFormed().replace(NOT_IN_XML, '');
}

/**
 * A file name from a Journal title: no slashes, backslashes, NUL or other
 * control characters, no leading dots (a hidden file, or `..`), no trailing
 * dots or spaces (Windows clients trip on them), whitespace collapsed, at
 * most 100 characters and 200 bytes. Empty results become "Journal entry".
 */
export function sanitizeTitle(title: string | undefined): string {
  let text = (title ?? '').toWellFormed().normalize('NFC');
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/[/\\]/g, '-');
  text = text.replace(/\s+/gu, ' ').trim().replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');
  let chars = Array.from(text).slice(0, MAX_TITLE_CHARS);
  while (chars.length > 0 && Buffer.byteLength(chars.join('')) > MAX_TITLE_BYTES) chars = chars.slice(0, -1);
  text = chars.join('').replace(/[.\s]+$/u, '');
  return text === '' ? FALLBACK_TITLE : text;
}

const SANE_EXTENSION = /^[a-z0-9]{1,10}$/;

/**
 * The extension (without the dot) for a shared file: the one mime-types
 * gives for `mime_type`, unless the source file's own extension means the
 * same type (keeps `.jpeg` as `.jpeg`); with no usable type, the source's
 * extension; otherwise none.
 */
export function extensionFor(mimeType: string | undefined, sourcePath: string): string {
  const source = extname(sourcePath).slice(1).toLowerCase();
  const sourceOk = SANE_EXTENSION.test(source);
  const type = mimeType?.trim().toLowerCase().split(';')[0]?.trim();
  if (type && type !== 'application/octet-stream') {
    if (sourceOk && mime.lookup(source) === type) return source;
    const fromType = mime.extension(type);
    if (fromType && SANE_EXTENSION.test(fromType)) return fromType;
  }
  return sourceOk ? source : '';
}

/** "Title.ext", then "Title (2).ext", "Title (3).ext", ... */
export function candidateName(base: string, extension: string, n: number): string {
  const suffix = extension === '' ? '' : `.${extension}`;
  return n <= 1 ? `${base}${suffix}` : `${base} (${n})${suffix}`;
}

/** The base name and extension for an entry; a title already ending in the extension is not given it twice. */
export function journalFileName(title: string | undefined, mimeType: string | undefined, sourcePath: string): { base: string; extension: string } {
  const extension = extensionFor(mimeType, sourcePath);
  let base = sanitizeTitle(title);
  if (extension !== '' && base.toLowerCase().endsWith(`.${extension}`) && base.length > extension.length + 1) {
    base = sanitizeTitle(base.slice(0, -(extension.length + 1)));
  }
  // checkSegment is the share's own rule for names; a title it refuses (it cannot, after the cleaning above) falls back.
  try {
    checkSegment(candidateName(base, extension, MAX_CLASH_NUMBER));
  } catch {
    base = FALLBACK_TITLE;
  }
  return { base, extension };
}

/** Errors of link() that mean "no hard links here" rather than "name taken". */
const NO_HARD_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EACCES']);

export class JournalShares extends EventEmitter<JournalShareEvents> {
  private readonly share: ShareFs;
  private readonly props: DeadPropertyStore;
  private readonly shareUrl: string;
  private readonly shareUrls: readonly string[];
  private readonly dataDir: string;
  private readonly realDataDir: string;
  private readonly registryPath: string;
  private readonly log: Logger;
  private readonly now: () => Date;
  /** By file name, in the order shared. */
  private readonly entries = new Map<string, RegistryEntry>();
  /** Registry changes run one at a time; copies run outside it. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(options: JournalSharesOptions, realDataDir: string) {
    super();
    this.share = options.share;
    this.props = options.props;
    this.shareUrl = options.shareUrl;
    this.shareUrls = [options.shareUrl, ...(options.shareUrls ?? [])];
    this.dataDir = options.dataDir;
    this.realDataDir = realDataDir;
    this.registryPath = join(options.dataDir, REGISTRY_FILE);
    this.log = options.log;
    this.now = options.now ?? (() => new Date());
  }

  static async open(options: JournalSharesOptions): Promise<JournalShares> {
    const shares = new JournalShares(options, await realpath(options.dataDir));
    await shares.load();
    return shares;
  }

  /** Entries in the registry (some may since have been deleted from the share; list() notices). */
  get count(): number {
    return this.entries.size;
  }

  /**
   * Put a Journal entry's file into the share and keep its metadata as
   * WebDAV properties. Never overwrites: a taken name gets " (2)", " (3)"...
   */
  async shareEntry(path: string, metadataInput: Readonly<Record<string, unknown>>): Promise<ShareInfo> {
    const { metadata, preview } = parseJournalMetadata(metadataInput);
    const source = await this.checkSource(path);
    const { base, extension } = journalFileName(metadata.title, metadata.mime_type, source.real);
    const name = await this.place(source, base, extension);
    const key = keyOf([name]);
    try {
      const effective: JournalMetadata = { ...metadata, title: metadata.title ?? name, mime_type: metadata.mime_type ?? typeOf(name) };
      // A file deleted outside WebDAV leaves its properties behind; they belong to nobody now.
      await this.props.forgetTree(key);
      await this.props.apply(key, propertiesFor(effective, preview).map((prop) => ({ kind: 'set' as const, prop })));
      const entry: RegistryEntry = { url: this.urlOf(name), name, metadata, shared_at: this.now().toISOString() };
      await this.exclusive(async () => {
        this.entries.set(name, entry);
        await this.save();
      });
      const info = this.infoOf(entry, source.size);
      this.log.info('shared a Journal entry', { name, url: info.url });
      this.fire('shared', info);
      return info;
    } catch (error) {
      this.entries.delete(name);
      await rm(this.share.pathOf([name]), { force: true }).catch(() => undefined);
      await this.props.forgetTree(key).catch(() => undefined);
      throw error;
    }
  }

  /** Waits for registry changes in progress (used on shutdown). */
  async flush(): Promise<void> {
    await this.exclusive(async () => undefined);
  }

  /** Every shared entry still in the share; entries whose file is gone are dropped (and announced as unshared). */
  list(): Promise<ShareInfo[]> {
    return this.exclusive(async () => {
      const infos: ShareInfo[] = [];
      const gone: RegistryEntry[] = [];
      const all = [...this.entries.values()];
      // Status() lists too, so keep it quick; batches of 16 leave libuv's threads to the requests being served.
      for (let i = 0; i < all.length; i += LIST_BATCH) {
        const batch = all.slice(i, i + LIST_BATCH);
        const sizes = await Promise.all(batch.map((entry) => this.sizeOf(entry.name)));
        batch.forEach((entry, j) => {
          const size = sizes[j]!;
          if (size === null) gone.push(entry);
          else infos.push(this.infoOf(entry, size));
        });
      }
      if (gone.length > 0) {
        for (const entry of gone) this.entries.delete(entry.name);
        await this.save();
        for (const entry of gone) {
          this.log.info('a shared Journal entry was deleted from the share; it is no longer listed', { name: entry.name });
          this.fire('unshared', this.urlOf(entry.name));
        }
      }
      return infos;
    });
  }

  /** Remove an entry shared with shareEntry: its file and its properties. Only URLs of such entries are accepted. */
  unshare(url: string): Promise<void> {
    return this.exclusive(async () => {
      const entry = this.entryForUrl(url);
      if (entry === null) throw new MeshShareError('NotFound', `Nothing was shared at ${url} with ShareEntry, so there is nothing to unshare.`);
      const key = keyOf([entry.name]);
      if ((await this.sizeOf(entry.name)) !== null) {
        await rm(this.share.pathOf([entry.name]), { force: true });
        await this.props.forgetTree(key);
      }
      this.entries.delete(entry.name);
      await this.save();
      this.log.info('unshared a Journal entry', { name: entry.name });
      this.fire('unshared', this.urlOf(entry.name));
    });
  }

  private async checkSource(path: string): Promise<{ real: string; size: number; insideShare: boolean }> {
    const invalid = (message: string): MeshShareError => new MeshShareError('InvalidArgs', message);
    checkFullPath(path, 'Give the full path of the file to share, for example /home/olpc/Documents/story.odt.');
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      throw fsRefusal(error, path);
    }
    if (real === this.realDataDir || real.startsWith(this.realDataDir + sep)) {
      throw invalid(`${path} is in the agent's private folder (${this.dataDir}), which is never shared.`);
    }
    let handle;
    try {
      // Opening proves it is readable; O_NONBLOCK so a FIFO given by mistake cannot hang the agent.
      handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      throw fsRefusal(error, path);
    }
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw invalid(`${path} is a folder; ShareEntry shares one file.`);
      if (!info.isFile()) throw invalid(`${path} is not an ordinary file.`);
      const root = this.share.root;
      return { real, size: info.size, insideShare: real === root || real.startsWith(root + sep) };
    } finally {
      await handle.close();
    }
  }

  /**
   * Give the file its name in the share: a hard link when the source is on
   * the same file system and outside the share (no copy, no extra space),
   * otherwise a complete copy made aside first. The final step is link(),
   * which fails rather than replace an existing name.
   */
  private async place(source: { real: string; insideShare: boolean }, base: string, extension: string): Promise<string> {
    if (!source.insideShare) {
      const linked = await this.linkUnderFreeName(source.real, base, extension);
      if (linked !== null) return linked;
    }
    // In ShareFs's staging folder: the final link() or rename() into the share then stays on one mount,
    // and the "upload-" prefix gets a leftover cleared by ShareFs.open after a crash.
    const temp = join(this.share.staging, `upload-journal-${randomBytes(12).toString('hex')}`);
    const resource: Resource = { segments: [], path: source.real, stats: null, isCollection: false };
    try {
      await this.share.copyTree(resource, temp, '0');
      const linked = await this.linkUnderFreeName(temp, base, extension);
      return linked ?? (await this.renameToFreeName(temp, base, extension));
    } catch (error) {
      throw fsRefusal(error, source.real);
    } finally {
      await rm(temp, { force: true });
    }
  }

  /** The name it was linked under, or null when this file system cannot hard-link it. */
  private async linkUnderFreeName(from: string, base: string, extension: string): Promise<string | null> {
    for (let n = 1; n <= MAX_CLASH_NUMBER; n += 1) {
      const name = candidateName(base, extension, n);
      try {
        await link(from, this.share.pathOf([name]));
        return name;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (code === 'EEXIST') continue;
        if (NO_HARD_LINK.has(code)) return null;
        throw error;
      }
    }
    throw tooManyClashes(base);
  }

  /** For file systems without hard links (a FAT memory stick): check, then rename; a client racing us for the same new name is the only risk. */
  private async renameToFreeName(from: string, base: string, extension: string): Promise<string> {
    for (let n = 1; n <= MAX_CLASH_NUMBER; n += 1) {
      const name = candidateName(base, extension, n);
      const target = this.share.pathOf([name]);
      if (await exists(target)) continue;
      await rename(from, target);
      return name;
    }
    throw tooManyClashes(base);
  }

  private async sizeOf(name: string): Promise<number | null> {
    try {
      const resource = await this.share.resolve([name]);
      if (resource.stats === null || !resource.stats.isFile()) return null;
      return Number(resource.stats.size);
    } catch {
      // A link out of the share, or unreadable: not something we serve, so not shared any more.
      return null;
    }
  }

  private urlOf(name: string): string {
    return this.shareUrl.replace(/\/+$/, '') + hrefFor([name], false);
  }

  private infoOf(entry: RegistryEntry, size: number): ShareInfo {
    const { metadata } = entry;
    return {
      ...metadata,
      url: this.urlOf(entry.name),
      name: entry.name,
      title: metadata.title ?? entry.name,
      mime_type: metadata.mime_type ?? typeOf(entry.name),
      size,
      shared_at: entry.shared_at,
    };
  }

  /** Any URL naming the entry's file on this share (under any of its addresses, or the one it had when shared). */
  private entryForUrl(url: string): RegistryEntry | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new MeshShareError('InvalidArgs', `"${url}" is not a web address; give the URL that ShareEntry or ListShared returned.`);
    }
    let path: string;
    try {
      path = decodeURIComponent(parsed.pathname);
    } catch {
      return null;
    }
    const name = path.startsWith('/') ? path.slice(1) : path;
    const entry = this.entries.get(name);
    if (!entry || parsed.search !== '' || parsed.hash !== '') return null;
    const origins = new Set<string>();
    for (const known of [...this.shareUrls, entry.url]) {
      try {
        origins.add(new URL(known).origin);
      } catch {
        // a damaged registry URL simply does not match
      }
    }
    return origins.has(parsed.origin) ? entry : null;
  }

  private fire(event: 'shared', info: ShareInfo): void;
  private fire(event: 'unshared', url: string): void;
  private fire(event: keyof JournalShareEvents, value: ShareInfo | string): void {
    // A listener that throws must not turn a finished share into a failed call.
    try {
      (this.emit as (event: string, value: unknown) => boolean)(event, value);
    } catch (error) {
      this.log.error(`a listener of '${event}' failed`, { error: String(error) });
    }
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.registryPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    let file: Partial<RegistryFile>;
    try {
      file = JSON.parse(text) as Partial<RegistryFile>;
    } catch {
      this.log.warn(`${this.registryPath} is damaged; the list of shared Journal entries starts empty (the files stay in the share)`);
      return;
    }
    for (const raw of Array.isArray(file.entries) ? file.entries : []) {
      const entry = readRegistryEntry(raw);
      if (entry === null) {
        this.log.warn('a damaged entry in the list of shared Journal entries was skipped', { entry: JSON.stringify(raw).slice(0, 200) });
        continue;
      }
      this.entries.set(entry.name, entry);
    }
  }

  private save(): Promise<void> {
    const file: RegistryFile = { version: 1, entries: [...this.entries.values()] };
    return writeFileAtomically(this.registryPath, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  }
}

function readRegistryEntry(raw: unknown): RegistryEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (typeof value.name !== 'string' || typeof value.url !== 'string' || typeof value.shared_at !== 'string') return null;
  try {
    checkSegment(value.name);
  } catch {
    return null;
  }
  let metadata: JournalMetadata;
  try {
    metadata = parseJournalMetadata(typeof value.metadata === 'object' && value.metadata !== null ? (value.metadata as Record<string, unknown>) : {}).metadata;
  } catch {
    return null;
  }
  return { url: value.url, name: value.name, metadata, shared_at: value.shared_at };
}

/** One dead property per metadata key; the preview as base64 text. */
export function propertiesFor(metadata: JournalMetadata, preview: Buffer | null): DeadProperty[] {
  const props: DeadProperty[] = [];
  const add = (local: string, text: string): void => {
    props.push({ ns: JOURNAL_NS, local, value: escapeXml(text) });
  };
  for (const key of [...TEXT_KEYS, 'tags'] as const) {
    const text = metadata[key];
    if (text !== undefined) add(key, text);
  }
  if (metadata.timestamp !== undefined) add('timestamp', String(metadata.timestamp));
  if (preview !== null) add('preview', preview.toString('base64'));
  return props;
}

function typeOf(name: string): string {
  return mime.lookup(name) || 'application/octet-stream';
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function tooManyClashes(base: string): MeshShareError {
  return new MeshShareError('Busy', `The share already has ${MAX_CLASH_NUMBER} files called "${base}"; rename or remove some of them first.`);
}

/** A file-system refusal in words a teacher understands, with the right error name. */
function fsRefusal(error: unknown, path: string): Error {
  if (error instanceof MeshShareError) return error;
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
      return new MeshShareError('NotFound', `There is no file at ${path}.`);
    case 'ENOTDIR':
      return new MeshShareError('NotFound', `There is no file at ${path} (a part of the path is a file, not a folder).`);
    case 'EACCES':
    case 'EPERM':
      return new MeshShareError('Denied', `The agent is not allowed to read ${path}.`);
    case 'ELOOP':
      return new MeshShareError('InvalidArgs', `${path} is a link that goes round in circles.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new MeshShareError('Failed', 'The disk is full, so the entry could not be copied into the share.');
    case 'EROFS':
      return new MeshShareError('Failed', 'The share is on a disk that can only be read, so nothing can be added to it.');
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
