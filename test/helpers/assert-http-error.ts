import * as assert from 'uvu/assert';
import { HttpError } from '../../web/http-error.js';

/** `run` must refuse with an HttpError of this status (a client's mistake, never a crash or a 500). */
export function assertRefused(run: () => unknown, status: number): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) assert.unreachable(`expected a refusal with ${status}, but nothing was thrown`);
  assert.instance(thrown, HttpError);
  assert.is((thrown as HttpError).status, status);
}
