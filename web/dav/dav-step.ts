import type { Logger } from '../../agent/logger.js';
import type { RequestStep } from '../pipeline.js';
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
}

export interface DavStep extends RequestStep {
  /** Called by other steps (the browser upload form) after they create or replace a resource. */
  resourceWritten(segments: readonly string[], created: boolean): Promise<void>;
  close(): Promise<void>;
}

export async function createDavStep(_options: DavOptions): Promise<DavStep> {
  throw new Error('the WebDAV step is being written');
}
