import { mkdir } from 'node:fs/promises';
import { PassThrough, type Readable } from 'node:stream';
import busboy from 'busboy';
import { lookup } from 'mime-types';
import type { Logger } from '../../agent/logger.js';
import { badRequest, conflict, forbidden, HttpError, httpErrorFromErrno, isHttpError } from '../http-error.js';
import type { RequestContext, RequestStep, Next } from '../pipeline.js';
import type { Resource, ShareFs } from '../dav/share-fs.js';
import { checkSegment, encodeSegment, hrefFor, keyOf, parseSharePath } from '../dav/share-path.js';
import { renderListing, type ListingEntry, type ListingNotice } from './listing-page.js';
import { prefersHtml } from './negotiate.js';

export interface BrowserStepOptions {
  share: ShareFs;
  log: Logger;
  /** Largest single file the upload form accepts, in bytes. */
  maxUploadBytes: number;
  /** Told about every file or folder the upload form creates (the WebDAV step keeps its state in step: properties, owners). */
  onWritten: (segments: readonly string[], created: boolean, ctx: RequestContext) => Promise<void>;
  /** The access rules, as far as the page needs them; without it, only signed-in users may upload and everything is listed. */
  access?: BrowserAccess;
}

/**
 * What the folder page asks the access rules (web/access/): which members
 * to list, whether to offer the upload forms, and how to keep a ticket that
 * came in the URL on every link so a child can click through a shared folder.
 */
export interface BrowserAccess {
  visible(ctx: RequestContext, segments: readonly string[]): boolean;
  mayAddTo(ctx: RequestContext, folder: readonly string[]): boolean;
  /** `?ticket=ID` or ''. */
  linkQuery(ctx: RequestContext): string;
  /** The top bar's sentence (who is looking). */
  who(ctx: RequestContext): string | undefined;
  /** Folders shallower than this are outside what the caller may open (a ticket's root): no links to them. */
  topFor(ctx: RequestContext): number;
}

const MAX_FILES = 100;
const MAX_FIELDS = 20;
const MAX_FIELD_BYTES = 4096;
/** Beyond this a browser cannot show the names in a notice anyway; the URL would only grow. */
const MAX_NOTICE_NAMES = 10;
const MAX_NAME_ATTEMPTS = 1000;

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/**
 * A shared HTML or SVG file opened from the listing would otherwise run its
 * scripts on the share's own origin, where the visitor's credentials are
 * cached: one classmate's page could delete everybody's files.
 */
const ACTIVE_CONTENT_CSP = "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'";
const ACTIVE_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml', 'image/svg+xml', 'text/xml', 'application/xml']);

/** The client went away mid-request; nobody is left to answer. */
class ClientGoneError extends Error {
  constructor() {
    super('client disconnected during the upload');
    this.name = 'ClientGoneError';
  }
}

/** The upload stopped part-way; what was saved before the failure stays saved. */
class UploadFailure extends Error {
  readonly reason: unknown;
  readonly saved: readonly string[];
  constructor(reason: unknown, saved: readonly string[]) {
    super('upload failed');
    this.name = 'UploadFailure';
    this.reason = reason;
    this.saved = saved;
  }
}

interface FormOutcome {
  saved: string[];
  made: string[];
  /** File parts with an empty file name: the browser's way of saying no file was chosen. */
  emptyFileFields: number;
}

/** Names read by people: keep the quotes visible and right-to-left names from reordering the sentence. */
const quote = (name: string): string => `\u201C\u2068${name}\u2069\u201D`;

/**
 * The share as a web page: folder listings for browsers, downloads with a
 * save-as prompt, and an upload form that needs no JavaScript. WebDAV
 * clients never see any of it; their requests go straight to `next()`.
 */
export function createBrowserStep(options: BrowserStepOptions): RequestStep {
  const { share, log, maxUploadBytes, onWritten, access } = options;
  const linkQueryOf = (ctx: RequestContext): string => access?.linkQuery(ctx) ?? '';
  // Names chosen for uploads still streaming in: two classmates sending "photo.jpg" to one folder at once must not both pick "photo (2).jpg".
  const claimed = new Set<string>();

  async function handleRead(ctx: RequestContext, next: Next): Promise<void> {
    const wantsDownload = ctx.query.get('download') === '1';
    const html = prefersHtml(ctx.req.headers.accept);
    if (!wantsDownload && !html) return next();
    const path = parseSharePath(ctx.rawPath);
    const resource = await share.resolve(path.segments);
    if (resource.stats === null) return next();
    if (!resource.isCollection) {
      const name = path.segments[path.segments.length - 1]!;
      if (wantsDownload) {
        ctx.res.setHeader('Content-Disposition', attachmentHeader(name));
      } else if (isActiveContent(name)) {
        ctx.res.setHeader('Content-Security-Policy', ACTIVE_CONTENT_CSP);
      }
      return next();
    }
    if (!html) return next();
    if (!path.trailingSlash) {
      // Relative links in the listing resolve against the folder only with the slash.
      const search = ctx.query.toString();
      ctx.res.statusCode = 301;
      ctx.res.setHeader('Location', hrefFor(path.segments, true) + (search ? `?${search}` : ''));
      ctx.res.setHeader('Content-Length', 0);
      ctx.res.setHeader('Cache-Control', 'no-store');
      ctx.res.end();
      return;
    }
    await sendListing(ctx, resource, 200, noticeFromQuery(ctx.query));
  }

  async function sendListing(ctx: RequestContext, folder: Resource, status: number, notice: ListingNotice | undefined): Promise<void> {
    const all = await share.list(folder);
    const entries = access ? all.filter((entry) => access.visible(ctx, [...folder.segments, entry.name])) : all;
    const linkQuery = linkQueryOf(ctx);
    const who = access?.who(ctx);
    const page = renderListing({
      segments: folder.segments,
      entries: entries.map((entry): ListingEntry => ({
        name: entry.name,
        isCollection: entry.isCollection,
        size: entry.stats.size,
        mtimeMs: Number(entry.stats.mtimeMs),
        contentType: entry.isCollection ? '' : lookup(entry.name) || 'application/octet-stream',
      })),
      ...(who !== undefined ? { who } : ctx.principal.kind === 'user' ? { user: ctx.principal.name } : {}),
      ...(notice ? { notice } : {}),
      maxUploadBytes,
      canUpload: access ? access.mayAddTo(ctx, folder.segments) : ctx.principal.kind === 'user',
      ...(linkQuery !== '' ? { linkQuery: linkQuery.slice(1) } : {}),
      ...(access ? { top: access.topFor(ctx) } : {}),
    });
    const body = Buffer.from(page, 'utf8');
    const { res } = ctx;
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', body.length);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    // Browse on older Sugar builds predates frame-ancestors.
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Vary', 'Accept');
    res.end(ctx.method === 'HEAD' ? undefined : body);
  }

  async function handlePost(ctx: RequestContext, next: Next): Promise<void> {
    const path = parseSharePath(ctx.rawPath);
    const folder = await share.resolve(path.segments);
    if (folder.stats === null || !folder.isCollection) return next();
    if (!fromOurOwnPage(ctx)) throw forbidden('This upload came from another web site and was refused.');
    if (!(access ? access.mayAddTo(ctx, folder.segments) : ctx.principal.kind === 'user')) throw forbidden('Sign in to add files to this share.');

    let outcome: FormOutcome;
    try {
      outcome = await receiveForm(ctx, folder);
    } catch (error) {
      const failure = error instanceof UploadFailure ? error : new UploadFailure(error, []);
      if (failure.reason instanceof ClientGoneError) {
        log.info('browser upload cut off by the client', { path: keyOf(folder.segments), saved: failure.saved.length });
        if (!ctx.res.writableEnded) ctx.res.destroy();
        return;
      }
      // Whatever of the body is still coming must be read, or the browser never gets to show our answer.
      ctx.req.resume();
      const { status, text } = describeFailure(failure.reason, log);
      const savedNote = failure.saved.length > 0 ? ` (${savedSentence(failure.saved)})` : '';
      await sendListing(ctx, folder, status, { kind: 'error', text: text + savedNote });
      return;
    }

    if (outcome.saved.length === 0 && outcome.made.length === 0) {
      const text = outcome.emptyFileFields > 0 ? 'Choose a file first, then press Upload.' : 'The form was empty: nothing was added.';
      await sendListing(ctx, folder, 400, { kind: 'error', text });
      return;
    }
    // 303 turns the POST into a GET, so reloading the page does not send the files again.
    const query = new URLSearchParams();
    for (const name of outcome.saved.slice(0, MAX_NOTICE_NAMES)) query.append('saved', name);
    if (outcome.saved.length > MAX_NOTICE_NAMES) query.set('more', String(outcome.saved.length - MAX_NOTICE_NAMES));
    for (const name of outcome.made.slice(0, MAX_NOTICE_NAMES)) query.append('made', name);
    // A ticket that came in the URL must survive the redirect, or the page after an upload would ask to sign in.
    const ticket = linkQueryOf(ctx);
    if (ticket !== '') query.set('ticket', new URLSearchParams(ticket.slice(1)).get('ticket') ?? '');
    ctx.res.statusCode = 303;
    ctx.res.setHeader('Location', `${hrefFor(folder.segments, true)}?${query.toString()}`);
    ctx.res.setHeader('Cache-Control', 'no-store');
    ctx.res.setHeader('Content-Length', 0);
    ctx.res.end();
  }

  /**
   * Stream the multipart body part by part: each file goes through
   * writeAtomically as it arrives, one after the other so that clashing
   * names are resolved in order. Resolves once every part is handled;
   * rejects with an UploadFailure on the first problem, after the part being
   * written has been cleaned up.
   */
  function receiveForm(ctx: RequestContext, folder: Resource): Promise<FormOutcome> {
    const { req } = ctx;
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Path stripping is done below, where ".." can be told apart from "no file chosen".
        preservePath: true,
        // Browsers send file names as raw UTF-8; busboy's default would read them as Latin-1.
        defParamCharset: 'utf8',
        limits: {
          files: MAX_FILES,
          fields: MAX_FIELDS,
          parts: MAX_FILES + MAX_FIELDS,
          fieldSize: MAX_FIELD_BYTES,
          fieldNameSize: 100,
          headerPairs: 20,
          // One byte over, so that writeAtomically sees the excess and refuses, rather than busboy silently cutting the file.
          fileSize: maxUploadBytes + 1,
        },
      });
    } catch {
      return Promise.reject(new UploadFailure(badRequest('The upload arrived damaged (no multipart boundary). Please try again.'), []));
    }

    return new Promise<FormOutcome>((resolve, reject) => {
      const outcome: FormOutcome = { saved: [], made: [], emptyFileFields: 0 };
      const tasks: Promise<void>[] = [];
      let queue: Promise<void> = Promise.resolve();
      let failure: { error: unknown } | undefined;
      let finishing = false;

      const finish = (): void => {
        if (finishing) return;
        finishing = true;
        // Wait for the part being written to finish or clean up, so a refusal never leaves a staging file behind.
        void Promise.allSettled(tasks).then(() => {
          req.off('close', onRequestClose);
          req.off('error', onRequestError);
          if (failure) reject(new UploadFailure(failure.error, outcome.saved));
          else resolve(outcome);
        });
      };
      const fail = (error: unknown): void => {
        if (failure) return;
        failure = { error };
        req.unpipe(parser);
        // Destroying the parser also errors the file stream in flight, which makes writeAtomically drop its staging file.
        parser.destroy();
        finish();
      };
      const enqueue = (task: () => Promise<void>): void => {
        const run = queue.then(() => (failure ? undefined : task()));
        queue = run.catch(fail);
        tasks.push(queue);
      };
      const onRequestClose = (): void => {
        if (!req.complete) fail(new ClientGoneError());
      };
      const onRequestError = (): void => fail(new ClientGoneError());

      parser.on('file', (field, stream, info) => {
        // Stopping the parser errors the stream of the part in flight, which may still wait its turn in the queue:
        // an 'error' nobody listens to would take the whole agent down.
        stream.on('error', () => {});
        if (field !== 'file' || failure) {
          stream.resume();
          return;
        }
        // A browser sends `filename=""` when no file was chosen; busboy reports that as no file name at all.
        const sentName = info.filename;
        if (sentName === undefined || sentName === '') {
          outcome.emptyFileFields += 1;
          stream.resume();
          return;
        }
        enqueue(() => saveFile(ctx, folder, sentName, stream, outcome));
      });
      parser.on('field', (field, value, info) => {
        if (field !== 'mkdir' || failure) return;
        if (info.valueTruncated) {
          fail(badRequest('That folder name is too long (255 bytes at most).'));
          return;
        }
        enqueue(() => makeFolder(ctx, folder, value, outcome));
      });
      parser.on('filesLimit', () => fail(new HttpError(413, 'too-large', `At most ${MAX_FILES} files can be uploaded at once; the others were not sent.`)));
      parser.on('fieldsLimit', () => fail(badRequest('The form had too many fields.')));
      parser.on('partsLimit', () => fail(badRequest('The form had too many parts.')));
      parser.on('error', () => fail(badRequest('The upload arrived damaged. Please try again.')));
      parser.on('close', finish);
      req.on('close', onRequestClose);
      req.on('error', onRequestError);
      req.pipe(parser);
    });
  }

  async function saveFile(ctx: RequestContext, folder: Resource, sentName: string, stream: Readable, outcome: FormOutcome): Promise<void> {
    let name: string;
    try {
      name = uploadName(sentName);
    } catch (error) {
      stream.resume();
      throw error;
    }
    const { resource, key } = await claimFreeName(folder, name);
    const body = new PassThrough();
    // Failures reach us as writeAtomically's rejection; an unheard 'error' event would take the whole agent down.
    body.on('error', () => {});
    // Errors do not travel along pipe(); without this a cut connection would leave writeAtomically waiting forever.
    stream.on('error', (error) => body.destroy(error));
    stream.on('limit', () => body.destroy(tooLarge(name)));
    stream.pipe(body);
    let bytes: number;
    try {
      ({ bytes } = await share.writeAtomically(resource, body, maxUploadBytes));
    } catch (error) {
      // Keep busboy moving: a file stream nobody reads stalls the whole form.
      stream.unpipe(body);
      stream.resume();
      throw isHttpError(error) && error.status === 413 ? tooLarge(name) : error;
    } finally {
      claimed.delete(key);
    }
    const finalName = resource.segments[resource.segments.length - 1]!;
    outcome.saved.push(finalName);
    log.info('browser upload saved', { path: key, bytes });
    await notifyWritten(ctx, resource.segments);
  }

  async function makeFolder(ctx: RequestContext, folder: Resource, value: string, outcome: FormOutcome): Promise<void> {
    const name = value.normalize('NFC').replace(CONTROL_CHARS, '').trim();
    if (name === '') throw badRequest('Type a name for the new folder first.');
    if (name.includes('/') || name.includes('\\')) throw badRequest(`${quote(name)} cannot be a folder name: names may not contain slashes (/ or \\).`);
    checkName(name);
    const segments = [...folder.segments, name];
    const target = await share.resolve(segments);
    if (target.stats !== null) throw conflict(`There is already something called ${quote(name)} here.`);
    try {
      await mkdir(target.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw conflict(`There is already something called ${quote(name)} here.`);
      throw error;
    }
    outcome.made.push(name);
    log.info('browser folder made', { path: keyOf(segments) });
    await notifyWritten(ctx, segments);
  }

  async function notifyWritten(ctx: RequestContext, segments: readonly string[]): Promise<void> {
    try {
      await onWritten(segments, true, ctx);
    } catch (error) {
      // The file is in place whatever the listener thinks; telling the user it failed would be false.
      log.warn('after-write hook failed', { path: keyOf(segments), error: String(error) });
    }
  }

  /** The first of "name.ext", "name (2).ext", ... that is free on disk and not being uploaded right now. */
  async function claimFreeName(folder: Resource, name: string): Promise<{ resource: Resource; key: string }> {
    for (let n = 1; n <= MAX_NAME_ATTEMPTS; n += 1) {
      const candidate = n === 1 ? name : numberedName(name, n);
      const segments = [...folder.segments, candidate];
      const key = keyOf(segments);
      if (claimed.has(key)) continue;
      let resource: Resource;
      try {
        resource = await share.resolve(segments);
      } catch (error) {
        // A link leading outside, or a reserved name: not usable, but the next number may be.
        if (isHttpError(error) && error.status === 403) continue;
        throw error;
      }
      // Checked again after the await: another upload may have claimed it meanwhile.
      if (resource.stats !== null || claimed.has(key)) continue;
      claimed.add(key);
      return { resource, key };
    }
    throw conflict(`This folder already holds too many files called ${quote(name)}.`);
  }

  return {
    name: 'browser',
    async handle(ctx: RequestContext, next: Next): Promise<void> {
      if (ctx.method === 'GET' || ctx.method === 'HEAD') return handleRead(ctx, next);
      if (ctx.method === 'POST' && isMultipartForm(ctx.req.headers['content-type'])) return handlePost(ctx, next);
      return next();
    },
  };
}

// C0 and C1 controls, DEL, and the line/paragraph separators: invisible or line-breaking in a listing.
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * The name a browser sent, reduced to a plain file name: only the last path
 * component survives (old browsers and hostile clients send whole paths).
 */
export function uploadName(sent: string): string {
  // Browsers escape a double quote in a file name as %22 (HTML form encoding); nothing else is escaped.
  const unquoted = sent.replace(/%22/g, '"');
  const base = unquoted.slice(Math.max(unquoted.lastIndexOf('/'), unquoted.lastIndexOf('\\')) + 1);
  const name = base.normalize('NFC').replace(CONTROL_CHARS, '').trim();
  if (name === '') throw badRequest(`The file name ${quote(sent)} leaves nothing to save it under.`);
  checkName(name);
  return name;
}

/** checkSegment's rules, with messages about names rather than addresses. */
function checkName(name: string): void {
  if (name === '.' || name === '..') throw badRequest(`${quote(name)} cannot be used as a name.`);
  if (Buffer.byteLength(name) > 255) throw badRequest('That name is too long (255 bytes at most).');
  try {
    checkSegment(name);
  } catch {
    throw badRequest(`${quote(name)} cannot be used as a name here.`);
  }
}

const MULTI_EXTENSION = /\.tar\.(?:gz|bz2|xz|zst|lz|lzma|z)$/i;

/** "photo.jpg" -> "photo (2).jpg", "src.tar.gz" -> "src (2).tar.gz", shortening the stem if the name would pass 255 bytes. */
export function numberedName(name: string, n: number): string {
  let ext = MULTI_EXTENSION.exec(name)?.[0] ?? '';
  if (ext === '' || ext.length === name.length) {
    const dot = name.lastIndexOf('.');
    ext = dot > 0 && dot < name.length - 1 && name.length - dot <= 16 ? name.slice(dot) : '';
  }
  const suffix = ` (${n})${ext}`;
  const stem = Array.from(name.slice(0, name.length - ext.length));
  while (stem.length > 1 && Buffer.byteLength(stem.join('') + suffix) > 255) stem.pop();
  return stem.join('') + suffix;
}

export function attachmentHeader(name: string): string {
  // The plain filename is for clients that predate RFC 6266; filename* carries the real name.
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeSegment(name)}`;
}

function isActiveContent(name: string): boolean {
  const type = lookup(name);
  return type !== false && ACTIVE_TYPES.has(type);
}

function isMultipartForm(contentType: string | undefined): boolean {
  return contentType !== undefined && contentType.split(';', 1)[0]!.trim().toLowerCase() === 'multipart/form-data';
}

/**
 * Refuse uploads a page elsewhere makes the browser send (it would carry the
 * visitor's cached credentials). Clients without these headers are not
 * browsers and hold the credentials themselves.
 */
function fromOurOwnPage(ctx: RequestContext): boolean {
  const site = ctx.req.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = ctx.req.headers.origin;
  if (origin !== undefined) return origin.toLowerCase() === ctx.origin.toLowerCase();
  return true;
}

function tooLarge(name: string): HttpError {
  return new HttpError(413, 'too-large', `${quote(name)} is too big to share here.`);
}

function describeFailure(error: unknown, log: Logger): { status: number; text: string } {
  const known = isHttpError(error) ? error : httpErrorFromErrno(error);
  if (known !== null) {
    if (known.status === 507) log.warn('browser upload refused: the disk is full', { code: (error as NodeJS.ErrnoException).code });
    return { status: known.status, text: known.message };
  }
  log.error('browser upload failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  return { status: 500, text: 'Something went wrong while saving. Please try again.' };
}

function savedSentence(names: readonly string[]): string {
  if (names.length === 1) return `${quote(names[0]!)} was saved`;
  return `${names.length} files before it were saved`;
}

function noticeFromQuery(query: URLSearchParams): ListingNotice | undefined {
  // Only names come from the query and the sentences are ours: a crafted link can at most claim that some name was saved.
  const clean = (value: string): string => Array.from(value.replace(CONTROL_CHARS, '')).slice(0, 255).join('');
  const saved = query.getAll('saved').slice(0, MAX_NOTICE_NAMES).map(clean).filter(Boolean);
  const more = Math.min(Math.max(Number.parseInt(query.get('more') ?? '0', 10) || 0, 0), MAX_FILES);
  const made = query.getAll('made').slice(0, MAX_NOTICE_NAMES).map(clean).filter(Boolean);
  const sentences: string[] = [];
  if (saved.length > 0) {
    const names = saved.map(quote).join(', ');
    const total = saved.length + more;
    sentences.push(total === 1 ? `Saved ${names}.` : `Saved ${total} files: ${names}${more > 0 ? ` and ${more} more` : ''}.`);
  }
  if (made.length > 0) sentences.push(made.length === 1 ? `Made the folder ${quote(made[0]!)}.` : `Made the folders ${made.map(quote).join(', ')}.`);
  return sentences.length > 0 ? { kind: 'ok', text: sentences.join(' ') } : undefined;
}
