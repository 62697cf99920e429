/**
 * The sender's side of `send --via HOLDER` (XEP-0129 with PeerIds): each
 * file is PUT on the holder, over `/mesh-share/dav/1.0.0`, at
 * `/.mesh-share-relay/<our PeerId>/<transfer>/<name>` with
 * `If-None-Match: *` and `X-Mesh-Share-Recipients: pending` (nobody but us
 * can read it yet), then one PROPPATCH sets what it is (`ms:relay-info`)
 * and who may fetch it (`ms:recipients`). The holder tells the recipients.
 *
 * Nothing is kept in the outbox: the holder must be reachable now, and the
 * error says so. A send that fails part-way takes back what it left (a
 * DELETE of each file it placed: we own those, not the folder the holder
 * made for them), so no half-sent transfer sits on the holder, pending for
 * nobody, eating our quota there.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { DavClient } from '../../protocols/dav/dav-client.js';
import { DavClientError } from '../../protocols/dav/dav-client.js';
import type { SenderInfo } from '../../protocols/push/types.js';
import type { Logger } from '../logger.js';
import { prepareSourceFiles, type PrepareOptions } from '../outbox/source-files.js';
import { RECIPIENTS_HEADER } from '../../web/access/share-access.js';
import { RELAY_FOLDER } from '../../web/access/policy.js';
import { relayProppatchBody } from './relay-info.js';

export class RelaySendError extends Error {
  constructor(
    readonly code: 'unreachable' | 'refused' | 'full' | 'failed',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RelaySendError';
  }
}

export interface RelaySendRequest {
  paths: readonly string[];
  /** PeerIds. */
  recipients: readonly string[];
  holder: { peerId: string; nick: string };
  metadata?: PrepareOptions['metadata'];
  signal?: AbortSignal;
}

export interface RelaySent {
  transferId: string;
  /** Holder paths, one per file. */
  paths: string[];
}

export async function sendVia(dav: Pick<DavClient, 'request'>, self: { peerId: string; from: SenderInfo }, request: RelaySendRequest, log: Logger): Promise<RelaySent> {
  const holderName = request.holder.nick === '' ? request.holder.peerId : request.holder.nick;
  const prepared = await prepareSourceFiles(request.paths, { ...(request.metadata ? { metadata: request.metadata } : {}), ...(request.signal ? { signal: request.signal } : {}) });
  const transferId = randomBytes(16).toString('hex');
  const paths: string[] = [];
  /** Files of this transfer that landed on the holder: what a failure takes back. */
  const placed: string[] = [];
  try {
    await leaveFiles();
  } catch (error) {
    for (const path of placed) {
      await dav
        .request(request.holder.peerId, { method: 'DELETE', path, signal: AbortSignal.timeout(15_000) })
        .then((response) => response.body.resume())
        .catch((cleanup: unknown) => log.info('could not take back a file of a half-sent transfer; the holder deletes it when it expires', { holder: request.holder.peerId, path, error: String(cleanup) }));
    }
    throw error;
  }
  return { transferId, paths };

  async function leaveFiles(): Promise<void> {
    for (const file of prepared.files) {
      const path = `/${[RELAY_FOLDER, self.peerId, transferId, ...file.name.split('/')].map(encodeURIComponent).join('/')}`;
      const put = await call(dav, request.holder.peerId, holderName, {
        method: 'PUT',
        path,
        headers: { 'if-none-match': '*', [RECIPIENTS_HEADER]: 'pending', 'content-length': String(file.size), 'content-type': file.mimeType },
        body: createReadStream(file.path),
        ...(request.signal ? { signal: request.signal } : {}),
      });
      if (put.status !== 201 && put.status !== 204) throw refusal(holderName, put.status, await put.text().catch(() => ''));
      placed.push(path);
      const info = { sha256: file.sha256, size: file.size, name: file.name, mimeType: file.mimeType, metadata: file.metadata, nick: self.from.nick, ...(self.from.color === undefined ? {} : { color: self.from.color }) };
      const patch = await call(dav, request.holder.peerId, holderName, {
        method: 'PROPPATCH',
        path,
        headers: { 'content-type': 'application/xml; charset=utf-8' },
        body: relayProppatchBody(info, request.recipients),
        ...(request.signal ? { signal: request.signal } : {}),
      });
      const text = await patch.text().catch(() => '');
      if (patch.status !== 207 || /HTTP\/1\.1 (?!200)\d{3}/.test(text)) throw refusal(holderName, patch.status, text);
      log.info('left a file on another laptop', { holder: request.holder.peerId, path, size: file.size });
      paths.push(path);
    }
  }
}

async function call(dav: Pick<DavClient, 'request'>, peerId: string, holderName: string, request: Parameters<DavClient['request']>[1]) {
  try {
    return await dav.request(peerId, request);
  } catch (error) {
    if (error instanceof DavClientError && (error.code === 'unreachable' || error.code === 'timeout' || error.code === 'unsupported')) {
      throw new RelaySendError('unreachable', `${holderName} cannot be reached now; the laptop that keeps the file must be here when you send (${error.message}).`, { cause: error });
    }
    throw new RelaySendError('failed', `Leaving the file with ${holderName} failed: ${(error as Error).message}`, { cause: error });
  }
}

function refusal(holderName: string, status: number, body: string): RelaySendError {
  const said = /<(?:\w+:)?(?:responsedescription|message)[^>]*>([^<]{1,300})</.exec(body)?.[1] ?? body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  if (status === 507) return new RelaySendError('full', `${holderName} has no room for it: ${said}`);
  return new RelaySendError('refused', `${holderName} refused to keep the file (${status})${said === '' ? '' : `: ${said}`}`);
}
