import { join } from 'node:path';
import type { Logger } from '../../agent/logger.js';
import type { RequestStep } from '../pipeline.js';
import { DavServer, type MethodHandler } from './dav-server.js';
import { DeadPropertyStore } from './dead-properties.js';
import { LockManager } from './locks.js';
import { copyOrMove } from './methods/copy-move.js';
import { lock, unlock } from './methods/locking.js';
import { propfind, proppatch } from './methods/properties.js';
import { get, options } from './methods/read.js';
import { del, mkcol, put } from './methods/write.js';
import { keyOf } from './share-path.js';
import type { ShareFs } from './share-fs.js';

export interface DavOptions {
  share: ShareFs;
  /** The agent's data dir: dead properties are kept under it, never in the share. */
  dataDir: string;
  log: Logger;
  /** Largest PUT body accepted, in bytes. */
  maxUploadBytes: number;
  /** Largest XML request body (PROPFIND, PROPPATCH, LOCK), in bytes. */
  maxXmlBytes: number;
  /** Extra methods from extensions (tickets, CalDAV), by upper-case name. */
  extraMethods?: ReadonlyMap<string, MethodHandler>;
}

export interface DavStep extends RequestStep {
  readonly server: DavServer;
  /** Called by other steps (the browser upload form) after they create or replace a resource. */
  resourceWritten(segments: readonly string[], created: boolean): Promise<void>;
  close(): Promise<void>;
}

/** RFC 4918 class 1 and 2 methods. */
const CORE_METHODS: [string, MethodHandler][] = [
  ['OPTIONS', options],
  ['GET', get],
  ['HEAD', get],
  ['PUT', put],
  ['DELETE', del],
  ['MKCOL', mkcol],
  ['COPY', copyOrMove],
  ['MOVE', copyOrMove],
  ['PROPFIND', propfind],
  ['PROPPATCH', proppatch],
  ['LOCK', lock],
  ['UNLOCK', unlock],
];

/** The last step of the share's pipeline: answers every WebDAV method. */
export async function createDavStep(options: DavOptions): Promise<DavStep> {
  const props = await DeadPropertyStore.open(join(options.dataDir, 'properties'), options.log);
  const server = new DavServer({
    share: options.share,
    props,
    locks: new LockManager(),
    log: options.log,
    limits: { maxUploadBytes: options.maxUploadBytes, maxXmlBytes: options.maxXmlBytes },
  });
  for (const [name, handler] of CORE_METHODS) server.methods.set(name, handler);
  for (const [name, handler] of options.extraMethods ?? []) server.methods.set(name, handler);
  return {
    name: 'webdav',
    server,
    handle: (ctx) => server.handle(ctx),
    async resourceWritten(segments, created) {
      if (created) await props.forgetTree(keyOf(segments));
    },
    close: () => props.flush(),
  };
}
