/**
 * The inbox's own check of an offer, whatever transport brought it. The
 * push protocol validates its messages already; this is the recipient's
 * policy (and its defence should another transport, or a bug, hand over
 * something else): a problem is a sentence, the offer is then declined
 * 'invalid' and nothing is stored.
 */
import { MAX_FOLDER_DEPTH, pathFits, sanitiseRelativePath } from './file-names.js';

export const MAX_OFFER_FILES = 10_000;
const MAX_NAME_BYTES = 4096;
const TRANSFER_ID = /^[0-9a-f]{32}$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** What is wrong with the offer, in words, or null when it can be received into `inboxDir`. */
export function offerProblem(offer: unknown, inboxDir: string): string | null {
  if (!isObject(offer)) return 'it is not an offer';
  if (typeof offer.transferId !== 'string' || !TRANSFER_ID.test(offer.transferId)) return 'its transfer id is not 32 hexadecimal digits';
  if (!isObject(offer.from) || typeof offer.from.nick !== 'string') return 'it does not say who sends it';
  if (offer.from.color !== undefined && typeof offer.from.color !== 'string') return "the sender's colour is not text";
  const files = offer.files;
  if (!Array.isArray(files) || files.length === 0) return 'it has no files';
  if (files.length > MAX_OFFER_FILES) return `it has ${files.length} files; at most ${MAX_OFFER_FILES} can be sent at once`;
  let total = 0;
  for (const [position, file] of files.entries()) {
    const problem = fileProblem(file, position, inboxDir);
    if (problem !== null) return problem;
    total += (file as { size: number }).size;
  }
  if (!Number.isSafeInteger(total)) return 'its files add up to an impossible size';
  return null;
}

function fileProblem(file: unknown, position: number, inboxDir: string): string | null {
  const which = `file ${position + 1}`;
  if (!isObject(file)) return `${which} is not described`;
  if (file.index !== position) return `${which} has the number ${String(file.index).slice(0, 20)}`;
  if (typeof file.name !== 'string' || file.name === '' || Buffer.byteLength(file.name) > MAX_NAME_BYTES) return `${which} has no usable name`;
  if (typeof file.size !== 'number' || !Number.isSafeInteger(file.size) || file.size < 0) return `${which} has an impossible size`;
  if (typeof file.sha256 !== 'string' || !SHA256.test(file.sha256)) return `${which} has no valid SHA-256`;
  if (typeof file.mimeType !== 'string') return `${which} has no type`;
  if (!isObject(file.metadata)) return `${which} has no Journal metadata`;
  const segments = sanitiseRelativePath(file.name);
  if (segments.length - 1 > MAX_FOLDER_DEPTH) return `${which} is ${segments.length - 1} folders deep; at most ${MAX_FOLDER_DEPTH} are accepted`;
  if (!pathFits(inboxDir, segments)) return `the name of ${which} is too long for this laptop's inbox`;
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
