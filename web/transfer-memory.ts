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
i/**
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
m/**
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
p/**
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
o/**
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
r/**
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
t/**
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
{/**
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
s/**
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
e/**
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
t/**
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
F/**
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
l/**
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
a/**
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
g/**
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
s/**
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
F/**
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
r/**
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
o/**
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
m/**
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
S/**
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
t/**
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
r/**
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
i/**
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
n/**
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
g/**
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
}/**
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
f/**
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
r/**
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
o/**
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
m/**
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
'/**
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
n/**
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
o/**
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
d/**
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
e/**
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
:/**
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
v/**
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
8/**
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
'/**
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
;/**
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
i/**
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
m/**
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
p/**
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
o/**
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
r/**
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
t/**
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
{/**
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
r/**
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
u/**
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
n/**
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
I/**
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
n/**
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
N/**
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
e/**
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
w/**
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
C/**
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
o/**
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
n/**
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
t/**
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
e/**
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
x/**
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
t/**
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
}/**
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
f/**
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
r/**
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
o/**
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
m/**
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
'/**
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
n/**
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
o/**
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
d/**
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
e/**
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
:/**
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
v/**
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
m/**
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
'/**
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
;/**
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
//**
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
*/**
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
*/**
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
*/**
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
U/**
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
p/**
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
l/**
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
o/**
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
a/**
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
d/**
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
s/**
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
a/**
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
r/**
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
r/**
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
i/**
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
v/**
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
e/**
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
a/**
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
s/**
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
o/**
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
n/**
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
e/**
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
s/**
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
m/**
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
a/**
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
l/**
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
l/**
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
B/**
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
u/**
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
f/**
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
f/**
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
e/**
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
r/**
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
p/**
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
e/**
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
r/**
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
1/**
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
6/**
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
K/**
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
i/**
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
B/**
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
T/**
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
L/**
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
S/**
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
r/**
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
e/**
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
c/**
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
o/**
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
r/**
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
d/**
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
./**
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
E/**
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
a/**
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
c/**
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
h/**
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
l/**
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
e/**
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
a/**
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
v/**
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
e/**
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
s/**
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
*/**
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
o/**
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
n/**
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
l/**
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
y/**
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
a/**
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
f/**
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
e/**
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
w/**
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
h/**
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
u/**
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
n/**
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
d/**
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
r/**
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
e/**
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
d/**
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
b/**
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
y/**
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
t/**
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
e/**
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
s/**
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
o/**
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
n/**
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
V/**
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
8/**
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
'/**
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
s/**
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
h/**
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
e/**
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
a/**
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
p/**
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
,/**
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
s/**
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
o/**
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
t/**
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
h/**
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
e/**
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
y/**
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
o/**
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
u/**
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
n/**
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
g/**
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
g/**
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
e/**
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
n/**
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
e/**
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
r/**
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
a/**
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
t/**
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
i/**
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
o/**
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
n/**
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
f/**
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
i/**
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
l/**
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
l/**
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
s/**
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
(/**
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
a/**
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
n/**
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
d/**
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
*/**
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
f/**
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
r/**
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
e/**
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
e/**
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
s/**
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
t/**
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
h/**
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
e/**
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
i/**
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
r/**
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
1/**
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
6/**
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
K/**
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
i/**
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
B/**
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
b/**
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
a/**
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
c/**
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
k/**
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
i/**
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
n/**
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
g/**
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
s/**
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
t/**
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
o/**
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
r/**
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
e/**
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
s/**
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
)/**
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
o/**
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
n/**
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
l/**
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
y/**
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
a/**
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
f/**
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
t/**
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
e/**
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
r/**
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
t/**
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
e/**
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
n/**
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
s/**
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
o/**
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
f/**
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
M/**
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
i/**
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
B/**
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
h/**
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
a/**
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
v/**
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
e/**
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
p/**
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
a/**
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
s/**
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
s/**
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
e/**
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
d/**
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
:/**
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
o/**
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
n/**
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
*/**
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
a/**
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
1/**
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
G/**
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
B/**
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
X/**
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
O/**
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
t/**
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
h/**
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
a/**
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
t/**
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
i/**
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
s/**
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
a/**
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
l/**
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
a/**
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
r/**
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
g/**
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
e/**
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
p/**
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
a/**
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
r/**
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
t/**
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
o/**
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
f/**
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
t/**
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
h/**
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
e/**
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
a/**
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
g/**
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
e/**
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
n/**
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
t/**
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
'/**
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
s/**
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
m/**
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
e/**
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
m/**
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
o/**
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
r/**
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
y/**
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
b/**
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
u/**
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
d/**
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
g/**
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
e/**
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
t/**
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
s/**
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
p/**
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
e/**
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
n/**
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
t/**
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
o/**
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
n/**
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
*/**
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
g/**
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
a/**
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
r/**
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
b/**
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
a/**
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
g/**
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
e/**
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
./**
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
A/**
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
m/**
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
i/**
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
n/**
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
o/**
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
r/**
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
c/**
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
o/**
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
l/**
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
l/**
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
e/**
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
c/**
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
t/**
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
i/**
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
o/**
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
n/**
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
(/**
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
a/**
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
s/**
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
c/**
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
a/**
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
v/**
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
e/**
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
n/**
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
g/**
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
e/**
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
,/**
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
w/**
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
e/**
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
l/**
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
l/**
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
u/**
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
n/**
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
d/**
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
e/**
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
r/**
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
a/**
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
m/**
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
i/**
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
l/**
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
l/**
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
i/**
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
s/**
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
e/**
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
c/**
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
o/**
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
n/**
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
d/**
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
f/**
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
o/**
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
r/**
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
t/**
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
h/**
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
e/**
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
*/**
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
a/**
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
g/**
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
e/**
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
n/**
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
t/**
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
'/**
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
s/**
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
s/**
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
m/**
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
a/**
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
l/**
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
l/**
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
h/**
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
e/**
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
a/**
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
p/**
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
)/**
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
e/**
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
v/**
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
e/**
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
r/**
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
y/**
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
M/**
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
i/**
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
B/**
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
o/**
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
f/**
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
b/**
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
o/**
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
d/**
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
y/**
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
k/**
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
e/**
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
e/**
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
p/**
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
s/**
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
t/**
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
h/**
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
a/**
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
t/**
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
g/**
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
a/**
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
r/**
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
b/**
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
a/**
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
g/**
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
e/**
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
t/**
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
o/**
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
a/**
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
b/**
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
o/**
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
u/**
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
t/**
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
a/**
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
M/**
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
i/**
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
B/**
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
./**
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
*/**
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
M/**
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
e/**
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
a/**
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
s/**
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
u/**
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
r/**
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
e/**
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
d/**
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
o/**
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
n/**
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
a/**
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
1/**
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
G/**
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
i/**
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
B/**
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
P/**
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
U/**
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
T/**
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
(/**
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
R/**
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
S/**
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
S/**
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
a/**
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
b/**
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
o/**
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
v/**
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
e/**
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
i/**
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
d/**
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
l/**
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
e/**
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
)/**
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
:/**
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
8/**
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
M/**
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
i/**
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
B/**
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
b/**
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
e/**
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
t/**
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
w/**
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
e/**
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
e/**
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
n/**
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
c/**
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
o/**
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
l/**
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
l/**
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
e/**
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
c/**
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
t/**
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
i/**
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
o/**
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
n/**
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
s/**
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
*/**
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
+/**
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
1/**
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
6/**
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
M/**
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
i/**
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
B/**
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
,/**
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
2/**
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
M/**
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
i/**
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
B/**
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
+/**
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
2/**
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
M/**
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
i/**
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
B/**
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
,/**
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
1/**
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
M/**
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
i/**
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
B/**
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
+/**
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
0/**
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
./**
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
5/**
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
M/**
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
i/**
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
B/**
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
,/**
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
a/**
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
n/**
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
d/**
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
n/**
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
o/**
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
l/**
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
o/**
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
s/**
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
s/**
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
o/**
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
f/**
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
s/**
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
p/**
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
e/**
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
e/**
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
d/**
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
*/**
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
(/**
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
t/**
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
e/**
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
s/**
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
t/**
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
//**
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
b/**
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
e/**
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
n/**
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
c/**
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
h/**
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
//**
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
d/**
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
a/**
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
v/**
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
./**
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
t/**
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
s/**
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
)/**
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
./**
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
*/**
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
//**
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
s/**
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
e/**
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
t/**
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
F/**
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
l/**
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
a/**
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
g/**
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
s/**
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
F/**
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
r/**
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
o/**
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
m/**
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
S/**
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
t/**
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
r/**
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
i/**
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
n/**
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
g/**
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
(/**
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
'/**
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
-/**
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
-/**
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
e/**
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
x/**
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
p/**
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
o/**
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
s/**
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
e/**
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
-/**
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
g/**
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
c/**
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
'/**
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
)/**
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
;/**
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
c/**
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
o/**
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
n/**
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
s/**
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
t/**
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
g/**
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
c/**
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
=/**
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
r/**
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
u/**
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
n/**
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
I/**
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
n/**
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
N/**
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
e/**
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
w/**
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
C/**
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
o/**
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
n/**
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
t/**
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
e/**
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
x/**
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
t/**
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
(/**
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
'/**
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
g/**
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
c/**
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
'/**
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
)/**
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
a/**
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
s/**
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
(/**
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
o/**
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
p/**
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
t/**
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
i/**
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
o/**
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
n/**
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
s/**
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
?/**
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
:/**
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
{/**
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
t/**
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
y/**
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
p/**
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
e/**
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
:/**
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
'/**
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
m/**
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
i/**
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
n/**
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
o/**
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
r/**
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
'/**
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
|/**
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
'/**
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
m/**
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
a/**
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
j/**
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
o/**
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
r/**
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
'/**
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
}/**
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
)/**
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
=/**
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
>/**
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
v/**
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
o/**
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
i/**
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
d/**
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
;/**
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
//**
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
*/**
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
*/**
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
B/**
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
y/**
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
t/**
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
e/**
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
s/**
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
o/**
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
f/**
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
u/**
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
p/**
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
l/**
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
o/**
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
a/**
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
d/**
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
a/**
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
f/**
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
t/**
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
e/**
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
r/**
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
w/**
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
h/**
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
i/**
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
c/**
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
h/**
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
t/**
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
h/**
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
e/**
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
y/**
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
o/**
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
u/**
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
n/**
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
g/**
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
g/**
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
e/**
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
n/**
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
e/**
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
r/**
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
a/**
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
t/**
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
i/**
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
o/**
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
n/**
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
i/**
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
s/**
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
c/**
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
o/**
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
l/**
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
l/**
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
e/**
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
c/**
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
t/**
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
e/**
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
d/**
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
./**
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
*/**
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
//**
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
e/**
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
x/**
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
p/**
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
o/**
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
r/**
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
t/**
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
c/**
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
o/**
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
n/**
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
s/**
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
t/**
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
C/**
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
O/**
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
L/**
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
L/**
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
E/**
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
C/**
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
T/**
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
_/**
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
E/**
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
V/**
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
E/**
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
R/**
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
Y/**
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
_/**
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
B/**
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
Y/**
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
T/**
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
E/**
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
S/**
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
=/**
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
1/**
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
0/**
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
2/**
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
4/**
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
*/**
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
1/**
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
0/**
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
2/**
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
4/**
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
;/**
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
e/**
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
x/**
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
p/**
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
o/**
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
r/**
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
t/**
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
f/**
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
u/**
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
n/**
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
c/**
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
t/**
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
i/**
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
o/**
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
n/**
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
c/**
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
o/**
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
l/**
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
l/**
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
e/**
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
c/**
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
t/**
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
T/**
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
r/**
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
a/**
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
n/**
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
s/**
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
f/**
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
e/**
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
r/**
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
G/**
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
a/**
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
r/**
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
b/**
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
a/**
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
g/**
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
e/**
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
(/**
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
)/**
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
:/**
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
v/**
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
o/**
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
i/**
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
d/**
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
{/**
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
g/**
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
c/**
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
(/**
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
{/**
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
t/**
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
y/**
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
p/**
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
e/**
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
:/**
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
'/**
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
m/**
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
i/**
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
n/**
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
o/**
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
r/**
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
'/**
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
}/**
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
)/**
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
;/**
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
}/**
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
