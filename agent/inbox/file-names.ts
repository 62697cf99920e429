/**
 * Names chosen by another laptop, made safe for this one. Pure functions:
 * no file-system access except through the `exists` callback.
 *
 * What a received name may not do, and why:
 * - climb out of the inbox or hide in it: '..' and '.' vanish, and so does
 *   every leading dot. A hidden file is one a child never sees, and when the
 *   inbox is (wrongly) set to the home folder, a folder send of
 *   `.config/autostart/x.desktop` or a file `.profile` would run code at the
 *   next login. So `.hidden` arrives as `hidden`, `.git/config` as `git/config`.
 * - carry bytes that break terminals, logs or other programs: control
 *   characters (C0, DEL, C1) become spaces; a lone surrogate becomes U+FFFD.
 * - break a memory stick or a Windows classmate: `\ : * ? " < > |` become
 *   `_` (FAT refuses them), trailing dots and spaces go (Windows drops
 *   them), each name is at most 255 bytes of UTF-8.
 * - disguise its type: the explicit bidi embedding, override and isolate
 *   characters (U+202A..U+202E, U+2066..U+2069) are removed, so
 *   `photo\u202Egnp.exe` cannot display as `photoexe.png`. Bidi *marks*
 *   (U+200E, U+200F), which right-to-left names legitimately use and which
 *   cannot reorder a run of Latin letters, are kept, and so are lookalike
 *   letters (Cyrillic 'а' for Latin 'a'): telling those apart is the file
 *   manager's job, not something a name filter can do without mangling
 *   every non-Latin name.
 * Windows device names (CON, NUL) are not changed: Linux, FAT on Linux
 * included, stores them fine.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { FileReceiveError } from './errors.js';

/** The name of a file whose own name had nothing usable left. */
export const FALLBACK_NAME = 'received file';
/** Linux's (and FAT's) limit for one name. */
export const MAX_SEGMENT_BYTES = 255;
/** Folder levels a folder send may have; deeper offers are refused as invalid. */
export const MAX_FOLDER_DEPTH = 32;
/** An extension longer than this (with its dot) is not an extension worth keeping when cutting. */
const MAX_EXTENSION_BYTES = 32;
/** Linux's PATH_MAX, less room for a " (123456)" that uniqueName may add. */
const MAX_PATH_BYTES = 4096 - 16;
const MAX_NUMBERED = 999;
const MAX_RANDOM = 100;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const NOT_ON_FAT = /[\\:*?"<>|]/g;
const LEADING = /^[\s.]+/u;
const TRAILING = /[\s.]+$/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * A sender's relative path ('/'-separated, as in OfferedFile.name) as safe
 * path segments: folders first, the file's own name last. Never empty, never
 * a '.' or '..' or empty segment, never a '/' or '\' inside a segment.
 * Folders whose names clean to nothing are dropped (`a/../b` is `a/b`); a
 * file name that cleans to nothing becomes "received file".
 */
export function sanitiseRelativePath(name: string): string[] {
  const parts = name.split('/');
  const file = sanitiseSegment(parts.pop() ?? '');
  const folders = parts.map(sanitiseSegment).filter((segment) => segment !== '');
  return [...folders, file === '' ? FALLBACK_NAME : file];
}

/** One name made safe (see the file comment); '' when nothing is left of it. */
export function sanitiseSegment(raw: string): string {
  let name = raw.toWellFormed().normalize('NFC');
  name = name.replace(CONTROL, ' ').replace(BIDI_CONTROLS, '').replace(NOT_ON_FAT, '_');
  name = name.replace(LEADING, '').replace(TRAILING, '');
  if (name === '' || bytes(name) <= MAX_SEGMENT_BYTES) return name;
  const { base, extension } = splitExtension(name);
  return fitName(base, '', extension);
}

/** `report.final.pdf` → base `report.final`, extension `.pdf`; a name with no usable extension has ''. */
export function splitExtension(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return { base: name, extension: '' };
  const extension = name.slice(dot);
  if (bytes(extension) > MAX_EXTENSION_BYTES || /\s/u.test(extension)) return { base: name, extension: '' };
  return { base: name.slice(0, dot), extension };
}

/** base + suffix + extension in at most 255 bytes, cutting the base (between characters, never inside one). */
function fitName(base: string, suffix: string, extension: string): string {
  const room = MAX_SEGMENT_BYTES - bytes(suffix) - bytes(extension);
  if (bytes(base) <= room) return `${base}${suffix}${extension}`;
  // A cut can leave a trailing space or dot behind, which the name may not end with (nor put before " (2)").
  const cut = cutToBytes(base, room).replace(TRAILING, '');
  return `${cut === '' ? FALLBACK_NAME : cut}${suffix}${extension}`;
}

/** The longest prefix of whole characters (grapheme clusters, else code points) within maxBytes. */
function cutToBytes(text: string, maxBytes: number): string {
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = bytes(segment);
    if (used + size <= maxBytes) {
      out += segment;
      used += size;
      continue;
    }
    // One cluster bigger than the whole room (a letter under 200 accents): fill with its code points instead.
    if (out === '') {
      for (const codePoint of segment) {
        const n = bytes(codePoint);
        if (used + n > maxBytes) break;
        out += codePoint;
        used += n;
      }
    }
    break;
  }
  return out;
}

/**
 * The names to try, in order, for `name` in a folder where it may be taken:
 * `name.ext`, `name (2).ext` ... `name (999).ext`, then 100 with a random
 * tag (`name (3fa9c1).ext`), so even a folder holding a thousand copies
 * costs a bounded number of tries. Every candidate fits in 255 bytes.
 */
export function* nameCandidates(name: string, random: () => string = () => randomBytes(3).toString('hex')): Generator<string> {
  yield name;
  const { base, extension } = splitExtension(name);
  for (let n = 2; n <= MAX_NUMBERED; n += 1) yield fitName(base, ` (${n})`, extension);
  for (let i = 0; i < MAX_RANDOM; i += 1) yield fitName(base, ` (${random()})`, extension);
}

/**
 * The first candidate for `name` that does not exist in `dir` (per
 * `exists`, given the full path). Only advice: another program can take the
 * name before it is used, so whoever creates the file must still do it
 * exclusively (link(), open 'wx') and come back on EEXIST.
 */
export async function uniqueName(dir: string, name: string, exists: (path: string) => boolean | Promise<boolean>, random?: () => string): Promise<string> {
  for (const candidate of nameCandidates(name, random)) {
    if (!(await exists(join(dir, candidate)))) return candidate;
  }
  throw new FileReceiveError('io', `There are too many files called "${name}" in ${dir}; rename or remove some of them.`);
}

/** Whether the segments under `root` still make a path Linux accepts (with room for a clash number). */
export function pathFits(root: string, segments: readonly string[]): boolean {
  return bytes(join(root, ...segments)) <= MAX_PATH_BYTES;
}
