/**
 * Errors of the recipient's inbox, each with a code so the push protocol,
 * the D-Bus service and the CLI can tell them apart without parsing text.
 * Messages are written for a teacher, not for a programmer.
 */

export type FileReceiveErrorCode =
  /** Size or SHA-256 did not match the offer: the bytes were thrown away. */
  | 'corrupt'
  /** Larger than this laptop accepts. */
  | 'too-big'
  /** The disk (data folder or inbox) is full. */
  | 'disk-full'
  /** Any other file-system failure; what arrived is kept for a resume. */
  | 'io'
  /** The same file of the same transfer is already being received. */
  | 'busy'
  /** Nobody accepted this transfer (not trusted, not accepted). */
  | 'refused';

export class FileReceiveError extends Error {
  constructor(
    readonly code: FileReceiveErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FileReceiveError';
  }
}

export type InboxErrorCode =
  /** Not a PeerId (trust, untrust). */
  | 'invalid-peer-id'
  /** No held offer has that id (or it was dropped long ago). */
  | 'no-such-offer'
  /** Nobody decided in time. */
  | 'offer-expired'
  /** Accepting a declined offer, or declining an accepted one. */
  | 'already-decided'
  /** Too many offers are waiting already (from this laptop or in all). */
  | 'too-many-offers';

export class InboxError extends Error {
  constructor(
    readonly code: InboxErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InboxError';
  }
}

/** A file-system failure as a FileReceiveError: a full disk is told apart, the rest is 'io'. */
export function receiveErrorFromFs(error: unknown, doing: string): FileReceiveError {
  if (error instanceof FileReceiveError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new FileReceiveError('disk-full', `The disk is full (${doing}).`, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new FileReceiveError('io', `${doing} failed: ${detail}`, { cause: error });
}
