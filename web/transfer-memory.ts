import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Uploads arrive as one small Buffer per 16 KiB TLS record. Each leaves
 * only a few hundred bytes on V8's heap, so the young generation fills (and
 * frees their 16 KiB backing stores) only after tens of MiB have passed: on
 * a 1 GB XO that is a large part of the agent's memory budget spent on
 * garbage. A minor collection (a scavenge, well under a millisecond for the
 * agent's small heap) every MiB of body keeps that garbage to about a MiB.
 * The agent's peak RSS over three 1 GiB PUTs and GETs (test/bench/dav.ts,
 * uploads written through FileSink): a scavenge every 8 MiB 120 MiB, 4 MiB
 * 102, 2 MiB 97, 1 MiB 96; upload speed did not change measurably.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/** Bytes of upload after which the young generation is collected. */
export const COLLECT_EVERY_BYTES = 1024 * 1024;

export function collectTransferGarbage(): void {
  gc({ type: 'minor' });
}
