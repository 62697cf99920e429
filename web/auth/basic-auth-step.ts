import type { ServerResponse } from 'node:http';
import type { Logger } from '../../agent/logger.js';
import { HttpError } from '../http-error.js';
import type { RequestContext, RequestStep } from '../pipeline.js';
import { CredentialCache } from './credential-cache.js';
import { FailureThrottle } from './failure-throttle.js';
import type { HtpasswdFile } from './htpasswd.js';

export interface BasicAuthOptions {
  htpasswd: HtpasswdFile;
  /** Shown by browsers in the sign-in box. */
  realm: string;
  log: Logger;
  /** Defaults to a fresh cache: without one, bcrypt would run on every request. */
  cache?: CredentialCache;
  /** Defaults to a fresh throttle with the standard limits. */
  throttle?: FailureThrottle;
}

export interface BasicCredentials {
  user: string;
  password: string;
}

/**
 * Reads an `Authorization: Basic` header. Returns undefined for anything
 * unreadable, which callers treat exactly like a wrong password.
 */
export function parseBasicAuthorization(header: string | undefined): BasicCredentials | undefined {
  if (header === undefined) return undefined;
  const match = /^Basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i.exec(header);
  if (match === null) return undefined;
  const encoded = match[1] ?? '';
  // Node's base64 decoder skips junk silently; a length that no encoder produces means a broken header.
  if (encoded.length % 4 === 1) return undefined;
  const bytes = Buffer.from(encoded, 'base64');
  let text: string;
  try {
    // We announce charset="UTF-8"; older clients send Latin-1, which is never valid UTF-8 for non-ASCII.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const password = text.slice(colon + 1);
  if (password === '') return undefined;
  return { user: text.slice(0, colon), password };
}

function quoteRealm(realm: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = realm.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `"${clean.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** The `WWW-Authenticate` header every 401 of the share carries (RFC 9110 11.6.1), also when a ticket was refused. */
export function basicChallenge(realm: string): Record<string, string> {
  return { 'WWW-Authenticate': `Basic realm=${quoteRealm(realm)}, charset="UTF-8"` };
}

/** User names come from the client: keep control characters out of text logs. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.slice(0, 64).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** Wait, but stop early if the client hangs up; resolves false in that case. */
function pause(ms: number, res: ServerResponse): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(!res.destroyed);
  return new Promise((resolve) => {
    const onClose = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(!res.destroyed);
    }, ms);
    res.once('close', onClose);
  });
}

/**
 * HTTP Basic authentication against the htpasswd file. Requests that an
 * earlier step already identified (e.g. by ticket) pass through untouched.
 */
export function createBasicAuthStep(options: BasicAuthOptions): RequestStep {
  const { htpasswd, log } = options;
  const cache = options.cache ?? new CredentialCache();
  const throttle = options.throttle ?? new FailureThrottle();
  const challenge = basicChallenge(options.realm);
  const unauthorized = (): HttpError => new HttpError(401, 'unauthorized', 'This share needs a user name and password.', { headers: challenge });

  const signIn = (ctx: RequestContext, user: string): void => {
    ctx.principal = { kind: 'user', name: user };
  };

  return {
    name: 'basic-auth',
    async handle(ctx, next) {
      if (ctx.principal.kind !== 'anonymous') return next();
      const header = ctx.req.headers.authorization;
      // The first request of a browser carries no credentials: answer the challenge without counting a failure.
      if (header === undefined || header.trim() === '') throw unauthorized();

      const credentials = parseBasicAuthorization(header);
      if (credentials !== undefined) {
        await htpasswd.refresh();
        if (cache.has(credentials.user, credentials.password, htpasswd.version)) {
          signIn(ctx, credentials.user);
          return next();
        }
      }

      const address = ctx.remoteAddress;
      const admission = throttle.admit(address);
      if (!admission.admitted) {
        log.info('sign-in refused without checking: too many wrong passwords from this address', { address, retryAfterSeconds: Math.ceil(admission.retryAfterMs / 1000) });
        throw unauthorized();
      }
      if (!(await pause(admission.waitMs, ctx.res))) {
        throttle.abandoned(address);
        throw unauthorized();
      }
      // Read before checking: if the file changes during the check, the cached entry is simply stale.
      const version = htpasswd.version;
      let ok = false;
      try {
        ok = credentials !== undefined && (await htpasswd.verify(credentials.user, credentials.password));
      } catch (error) {
        // Not the client's fault (e.g. the file became unreadable): do not count it against them.
        throttle.abandoned(address);
        throw error;
      }
      if (!ok || credentials === undefined) {
        throttle.failed(address);
        log.info('sign-in refused: wrong user name or password', { address, user: credentials === undefined ? null : printable(credentials.user) });
        throw unauthorized();
      }
      throttle.succeeded(address);
      cache.add(credentials.user, credentials.password, version);
      signIn(ctx, credentials.user);
      return next();
    },
  };
}
