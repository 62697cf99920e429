/**
 * A refusal the client caused or may act on. Every handler throws these for
 * client mistakes; anything else that escapes a handler is our bug and is
 * answered with a bare 500 (no stack, no path) while the agent carries on.
 */
export type HttpErrorCode =
  | 'bad-request'
  | 'bad-path'
  | 'bad-xml'
  | 'bad-header'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'precondition-failed'
  | 'too-large'
  | 'unsupported-media-type'
  | 'range-not-satisfiable'
  | 'locked'
  | 'insufficient-storage'
  | 'not-implemented'
  | 'bad-gateway';

export class HttpError extends Error {
  readonly status: number;
  readonly code: HttpErrorCode;
  readonly headers: Record<string, string>;
  /** Optional XML body (e.g. a DAV:error precondition element), already serialised. */
  readonly xmlBody: string | undefined;

  constructor(status: number, code: HttpErrorCode, message: string, options: { headers?: Record<string, string>; xmlBody?: string } = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = options.headers ?? {};
    this.xmlBody = options.xmlBody;
  }
}

export const badRequest = (message: string, code: HttpErrorCode = 'bad-request'): HttpError => new HttpError(400, code, message);
export const forbidden = (message: string): HttpError => new HttpError(403, 'forbidden', message);
export const notFound = (message = 'Nothing is at this address.'): HttpError => new HttpError(404, 'not-found', message);
export const conflict = (message: string): HttpError => new HttpError(409, 'conflict', message);
export const preconditionFailed = (message: string): HttpError => new HttpError(412, 'precondition-failed', message);

export function isHttpError(value: unknown): value is HttpError {
  return value instanceof HttpError;
}

/**
 * A file-system failure as the client should hear it, whichever step hit it
 * (WebDAV or the browser's upload form); null for failures that are our bug
 * and stay 500s.
 */
export function httpErrorFromErrno(error: unknown): HttpError | null {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new HttpError(507, 'insufficient-storage', 'This laptop is out of space, so nothing more could be saved. Ask its owner to free some space.');
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new HttpError(403, 'forbidden', 'This cannot be changed: the laptop does not allow writing here.');
    case 'ENAMETOOLONG':
      return badRequest('That name is too long for this laptop.', 'bad-path');
    case 'ENOENT':
      return new HttpError(409, 'conflict', 'A folder on the way to this address does not exist (it may have been moved or deleted).');
    case 'ENOTDIR':
      return new HttpError(409, 'conflict', 'A part of this address is a file, not a folder.');
    case 'EISDIR':
      return new HttpError(409, 'conflict', 'This address is a folder.');
    case 'EEXIST':
    case 'ENOTEMPTY':
      return new HttpError(409, 'conflict', 'Something is already at this address.');
    case 'EXDEV':
      return new HttpError(502, 'bad-gateway', 'The destination is on another disk.');
    default:
      return null;
  }
}
