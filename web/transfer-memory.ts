import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Uploads arrive as one small Buffer per 16 KiB TLS record. Each leaves
 * only a few hundred bytes on V8's heap, so the young generation fills (and
 * frees their 16 KiB backing stores) only after ~32 MiB has passed: on a
 * 1 GB XO that is a third of the agent's memory budget spent on garbage.
 * A minor collection (a scavenge, well under a millisecond for the agent's
 * small heap) every few MiB of body keeps that garbage to a few MiB; the
 * benchmark (test/bench/dav.ts) shows the effect on peak RSS and none on speed.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/** Bytes of upload after which the young generation is collected. */
export const COLLECT_EVERY_BYTES = 8 * 1024 * 1024;

export function collectTransferGarbage(): void {
  gc({ type: 'minor' });
}
