import { join } from 'node:path';
import type { Logger } from '../../agent/logger.js';
import { createBasicAuthStep } from '../auth/basic-auth-step.js';
import type { HtpasswdFile } from '../auth/htpasswd.js';
import { createBrowserStep } from '../browser/browser-step.js';
import { createDavStep, type DavStep } from '../dav/dav-step.js';
import { keyOf } from '../dav/share-path.js';
import type { ShareFs } from '../dav/share-fs.js';
import type { RequestStep } from '../pipeline.js';
import { ticketDavExtension, ticketMethods } from '../tickets/ticket-methods.js';
import { createTicketStep } from '../tickets/ticket-step.js';
import { TicketStore } from '../tickets/ticket-store.js';
import { AccessStore } from './access-store.js';
import type { PeerAccess } from './policy.js';
import { ShareAccess } from './share-access.js';

/** Files in the data dir (never in the share). */
export const TICKETS_FILE = 'tickets.json';
export const ACCESS_FILE = 'access.json';

export interface ShareStepsOptions {
  share: ShareFs;
  dataDir: string;
  htpasswd: HtpasswdFile;
  realm: string;
  log: Logger;
  maxUploadBytes: number;
  maxXmlBytes: number;
  peerAccess: PeerAccess;
}

/** The share's request handling, in pieces, so another transport (libp2p) can pick the ones it needs. */
export interface ShareSteps {
  readonly tickets: TicketStore;
  readonly owners: AccessStore;
  readonly access: ShareAccess;
  /** A presented ticket becomes the principal (before Basic auth). */
  readonly ticketStep: RequestStep;
  readonly basicAuth: RequestStep;
  /** The access rules, after authentication, before the browser view and WebDAV. */
  readonly accessStep: RequestStep;
  readonly browser: RequestStep;
  readonly dav: DavStep;
  /** The HTTPS share's pipeline, in order: tickets, Basic auth, access, browser, WebDAV. */
  readonly steps: RequestStep[];
  /** Waits for state writes in flight, then closes the WebDAV step. */
  close(): Promise<void>;
}

export async function openShareSteps(options: ShareStepsOptions): Promise<ShareSteps> {
  const { share, dataDir, htpasswd, realm, log } = options;
  const tickets = await TicketStore.open(join(dataDir, TICKETS_FILE), log);
  const owners = await AccessStore.open(join(dataDir, ACCESS_FILE), log);
  const access = new ShareAccess({ store: owners, tickets, share, peerAccess: options.peerAccess, realm, log });
  const dav = await createDavStep({
    share,
    dataDir,
    log,
    maxUploadBytes: options.maxUploadBytes,
    maxXmlBytes: options.maxXmlBytes,
    extraMethods: ticketMethods({ tickets, mayGrant: access.mayGrant }),
  });
  dav.server.extend(ticketDavExtension(tickets));
  dav.server.extend(access.davExtension());
  const ticketStep = createTicketStep({
    tickets,
    realm,
    log,
    // A ticket made by a user who was removed from the password file dies with their access.
    makerActive: async (owner) => {
      if (!owner.startsWith('user:')) return true;
      await htpasswd.refresh();
      return htpasswd.has(owner.slice(5));
    },
  });
  const basicAuth = createBasicAuthStep({ htpasswd, realm, log });
  const accessStep = access.step();
  const browser = createBrowserStep({
    share,
    log,
    maxUploadBytes: options.maxUploadBytes,
    access: access.browser(),
    onWritten: async (segments, created, ctx) => {
      await dav.resourceWritten(segments, created);
      await dav.server.written(ctx, keyOf(segments), created);
    },
  });
  return {
    tickets,
    owners,
    access,
    ticketStep,
    basicAuth,
    accessStep,
    browser,
    dav,
    steps: [ticketStep, basicAuth, accessStep, browser, dav],
    async close() {
      await Promise.all([tickets.flush(), owners.flush()]);
      await dav.close();
    },
  };
}
