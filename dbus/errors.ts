/**
 * Errors of the org.sugarlabs.MeshShare1 API. Implementations throw
 * `MeshShareError`; the D-Bus service turns it into the named D-Bus error
 * `org.sugarlabs.MeshShare1.Error.<code>`, which dbus-python callers catch
 * by `get_dbus_name()`. The message is shown to people as is.
 */

export const ERROR_PREFIX = 'org.sugarlabs.MeshShare1.Error.';

export const MESH_SHARE_ERROR_CODES = ['NotFound', 'InvalidArgs', 'Denied', 'Busy', 'Failed'] as const;

export type MeshShareErrorCode = (typeof MESH_SHARE_ERROR_CODES)[number];

/** A refusal the caller can act on: the message says what was wrong in words a teacher understands. */
export class MeshShareError extends Error {
  readonly code: MeshShareErrorCode;

  constructor(code: MeshShareErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MeshShareError';
    this.code = code;
  }

  /** `org.sugarlabs.MeshShare1.Error.NotFound` and so on. */
  get dbusName(): string {
    return ERROR_PREFIX + this.code;
  }
}

export function isMeshShareError(error: unknown): error is MeshShareError {
  return error instanceof MeshShareError;
}

/** The code of a D-Bus error name of ours, or null for any other name (a client helper can map errors back). */
export function codeOfDbusName(name: string): MeshShareErrorCode | null {
  if (!name.startsWith(ERROR_PREFIX)) return null;
  const code = name.slice(ERROR_PREFIX.length);
  return (MESH_SHARE_ERROR_CODES as readonly string[]).includes(code) ? (code as MeshShareErrorCode) : null;
}

export type DbusStartErrorCode =
  /** No session bus to connect to: the agent runs without D-Bus. */
  | 'no-bus'
  /** Another process owns org.sugarlabs.MeshShare1 on this bus. */
  | 'name-taken'
  /** The checked-in interface XML and the implementation disagree (a bug, caught at startup). */
  | 'mismatch'
  /** The interface XML could not be read or parsed. */
  | 'bad-xml';

/** Why the D-Bus service could not start; the message is meant for the person running the agent. */
export class DbusStartError extends Error {
  readonly code: DbusStartErrorCode;

  constructor(code: DbusStartErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DbusStartError';
    this.code = code;
  }
}
