import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReceiveError } from '../../agent/inbox/errors.js';
import { FALLBACK_NAME, MAX_SEGMENT_BYTES, nameCandidates, pathFits, sanitiseRelativePath, sanitiseSegment, splitExtension, uniqueName } from '../../agent/inbox/file-names.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** What every segment must be, whatever came in. */
function assertSafe(segments: readonly string[], input: string): void {
  assert.ok(segments.length >= 1, `no segments for ${JSON.stringify(input.slice(0, 40))}`);
  for (const segment of segments) {
    const why = `${JSON.stringify(segment.slice(0, 40))} from ${JSON.stringify(input.slice(0, 40))}`;
    assert.ok(segment !== '' && segment !== '.' && segment !== '..', `empty or dot segment: ${why}`);
    assert.not.match(segment, /[/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, `forbidden character: ${why}`);
    assert.not.match(segment, /^[.\s]/u, `leading dot or space: ${why}`);
    assert.not.match(segment, /[.\s]$/u, `trailing dot or space: ${why}`);
    assert.ok(bytes(segment) <= MAX_SEGMENT_BYTES, `${bytes(segment)} bytes: ${why}`);
    assert.ok(segment.isWellFormed(), `lone surrogate: ${why}`);
  }
}

test('ordinary names and folder paths pass through', () => {
  assert.equal(sanitiseRelativePath('worksheet.pdf'), ['worksheet.pdf']);
  assert.equal(sanitiseRelativePath('Project/img/a.png'), ['Project', 'img', 'a.png']);
  assert.equal(sanitiseRelativePath('Ma fête à l’école.odt'), ['Ma fête à l’école.odt']);
  assert.equal(sanitiseRelativePath('مدرسة/درس.pdf'), ['مدرسة', 'درس.pdf']);
  assert.equal(sanitiseRelativePath('a  b (2).txt'), ['a  b (2).txt'], 'inner spaces and numbers are kept');
});

test('climbing out: .., absolute paths and empty segments vanish', () => {
  assert.equal(sanitiseRelativePath('../../etc/passwd'), ['etc', 'passwd']);
  assert.equal(sanitiseRelativePath('/etc/passwd'), ['etc', 'passwd']);
  assert.equal(sanitiseRelativePath('a/./b/../c'), ['a', 'b', 'c']);
  assert.equal(sanitiseRelativePath('a//b///c.txt'), ['a', 'b', 'c.txt']);
  assert.equal(sanitiseRelativePath('Project/'), ['Project', FALLBACK_NAME], 'a path ending in / names no file');
  assert.equal(sanitiseRelativePath('Project/..'), ['Project', FALLBACK_NAME]);
  assert.equal(sanitiseRelativePath('..\\..\\windows\\win.ini'), ['_.._windows_win.ini'], 'a backslash is no separator');
  assert.equal(sanitiseRelativePath('C:\\Users\\x.txt'), ['C__Users_x.txt']);
});

test('names of nothing but dots, spaces or control characters become "received file"', () => {
  for (const name of ['', '.', '..', '...', '. . .', ' ', '/', '//', '../..', '\u0000', '\u0001\u0002', '\u202e', '.\u0000.']) {
    assert.equal(sanitiseRelativePath(name), [FALLBACK_NAME], JSON.stringify(name));
  }
});

test('hidden names are brought into view (a received .profile must not run at login)', () => {
  assert.equal(sanitiseRelativePath('.bashrc'), ['bashrc']);
  assert.equal(sanitiseRelativePath('.config/autostart/evil.desktop'), ['config', 'autostart', 'evil.desktop']);
  assert.equal(sanitiseRelativePath('...and then.txt'), ['and then.txt']);
  assert.equal(sanitiseRelativePath('. .hidden'), ['hidden']);
});

test('trailing dots and spaces go; characters FAT refuses become _', () => {
  assert.equal(sanitiseRelativePath('name. . '), ['name']);
  assert.equal(sanitiseRelativePath('trailing...'), ['trailing']);
  assert.equal(sanitiseRelativePath('  padded.txt  '), ['padded.txt']);
  assert.equal(sanitiseRelativePath('what? "really" <yes>|no*:.txt'), ['what_ _really_ _yes__no__.txt']);
});

test('control characters become spaces, text is NFC and well formed', () => {
  assert.equal(sanitiseRelativePath('a\u0000b\nc\u007f\u009bd.txt'), ['a b c  d.txt']);
  assert.equal(sanitiseRelativePath('e\u0301.txt'), ['\u00e9.txt']);
  assert.equal(sanitiseRelativePath('lone \ud800.txt'), ['lone \ufffd.txt']);
});

test('bidi overrides cannot disguise a type; bidi marks and look-alike letters are kept (documented)', () => {
  assert.equal(sanitiseRelativePath('photo\u202egnp.exe'), ['photognp.exe']);
  assert.equal(sanitiseRelativePath('a\u202bb\u202cc\u2066d\u2069.txt'), ['abcd.txt']);
  assert.equal(sanitiseRelativePath('\u200fدرس\u200e.pdf'), ['\u200fدرس\u200e.pdf'], 'RLM and LRM stay');
  assert.equal(sanitiseRelativePath('p\u0430ypal.pdf'), ['p\u0430ypal.pdf'], 'Cyrillic а stays');
});

test('a 10 000-character name is cut to 255 bytes, keeping its extension', () => {
  const [long] = sanitiseRelativePath(`${'a'.repeat(10_000)}.pdf`);
  assert.is(bytes(long!), 255);
  assert.ok(long!.endsWith('a.pdf'));
  const [wide] = sanitiseRelativePath(`${'日本'.repeat(5_000)}.txt`);
  assert.ok(bytes(wide!) <= 255 && bytes(wide!) > 240, `${bytes(wide!)} bytes`);
  assert.ok(wide!.endsWith('.txt'));
  assert.not.match(wide!, /\ufffd/, 'never half a character');
  const family = '👨‍👩‍👧';
  const [emoji] = sanitiseRelativePath(`${family.repeat(100)}.png`);
  assert.ok(bytes(emoji!) <= 255);
  assert.is(emoji!.slice(0, -4).split(family).join(''), '', 'whole grapheme clusters only');
  const [zalgo] = sanitiseRelativePath(`a${'\u0301'.repeat(400)}.txt`);
  assert.ok(bytes(zalgo!) <= 255 && zalgo!.startsWith('\u00e1\u0301') && zalgo!.endsWith('.txt'), 'one huge cluster is cut between code points');
  const [noExtension] = sanitiseRelativePath(`x.${'y'.repeat(400)}`);
  assert.is(bytes(noExtension!), 255, 'a 400-byte "extension" is not kept whole');
  const folders = sanitiseRelativePath(`${'d'.repeat(300)}/f.txt`);
  assert.is(bytes(folders[0]!), 255, 'folder names are cut too');
  const [cutAtSpace] = sanitiseRelativePath(`${'a'.repeat(250)}     ${'b'.repeat(10)}.pdf`);
  assert.is(cutAtSpace, `${'a'.repeat(250)}.pdf`, 'a cut does not leave a trailing space before the extension');
});

test('hostile names are always safe segments', () => {
  const hostile = [
    '../../etc/passwd',
    '/etc/shadow',
    '....//....//x',
    '..\\..\\..\\boot.ini',
    '\u0000/\u0000/\u0000',
    '.\u202e./..',
    'a/'.repeat(2000),
    '.'.repeat(10_000),
    ' '.repeat(300),
    `${'.'.repeat(254)}a`,
    `${'\u00e9'.repeat(200)}/${'\ud83c'.repeat(300)}`,
    `${'a'.repeat(10_000)}/${'b'.repeat(10_000)}.${'c'.repeat(30)}`,
    'con/nul/aux.txt',
  ];
  for (const name of hostile) assertSafe(sanitiseRelativePath(name), name);
  assert.is(sanitiseSegment('..'), '');
  assert.is(sanitiseSegment('.'), '');
});

test('splitExtension: last dot, not a leading one, not a long or spaced one', () => {
  assert.equal(splitExtension('report.final.pdf'), { base: 'report.final', extension: '.pdf' });
  assert.equal(splitExtension('archive.tar.gz'), { base: 'archive.tar', extension: '.gz' });
  assert.equal(splitExtension('notes'), { base: 'notes', extension: '' });
  assert.equal(splitExtension('.profile'), { base: '.profile', extension: '' });
  assert.equal(splitExtension('Mr. Smith goes'), { base: 'Mr. Smith goes', extension: '' });
});

test('uniqueName: name (2).ext, name (3).ext ... for names taken', async () => {
  const taken = new Set<string>();
  const exists = (path: string): boolean => taken.has(path);
  assert.is(await uniqueName('/inbox', 'a.pdf', exists), 'a.pdf');
  taken.add('/inbox/a.pdf');
  assert.is(await uniqueName('/inbox', 'a.pdf', exists), 'a (2).pdf');
  taken.add('/inbox/a (2).pdf');
  assert.is(await uniqueName('/inbox', 'a.pdf', exists), 'a (3).pdf');
  taken.add('/inbox/notes');
  assert.is(await uniqueName('/inbox', 'notes', exists), 'notes (2)');
  taken.add('/inbox/archive.tar.gz');
  assert.is(await uniqueName('/inbox', 'archive.tar.gz', exists), 'archive.tar (2).gz');
  assert.is(await uniqueName('/inbox', 'a.pdf', async (path) => taken.has(path)), 'a (3).pdf', 'an async exists works too');
});

test('uniqueName: numbered names fit in 255 bytes; after 999, a random tag; then it gives up', async () => {
  const long = `${'x'.repeat(251)}.pdf`;
  const second = await uniqueName('/d', long, (path) => path === `/d/${long}`);
  assert.is(bytes(second), 255);
  assert.ok(second.endsWith(' (2).pdf'));
  const candidates = [...nameCandidates('a.txt', () => 'tag')];
  assert.is(candidates.length, 1099);
  assert.is(candidates[998], 'a (999).txt');
  assert.is(candidates[999], 'a (tag).txt');
  assert.is(await uniqueName('/d', 'a.txt', (path) => path !== '/d/a (tag).txt', () => 'tag'), 'a (tag).txt');
  try {
    await uniqueName('/d', 'a.txt', () => true);
    assert.unreachable('every name is taken');
  } catch (error) {
    assert.instance(error, FileReceiveError);
    assert.is((error as FileReceiveError).code, 'io');
  }
});

test('uniqueName against a real folder never names an existing file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-inbox-names-'));
  try {
    for (let i = 0; i < 5; i += 1) {
      const name = await uniqueName(dir, 'photo.jpg', existsSync);
      assert.is(name, i === 0 ? 'photo.jpg' : `photo (${i + 1}).jpg`);
      await writeFile(join(dir, name), String(i), { flag: 'wx' });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('pathFits: deep or long paths under the inbox are refused', () => {
  assert.ok(pathFits('/home/olpc/Downloads', ['Project', 'a.png']));
  assert.not.ok(pathFits('/home/olpc/Downloads', Array.from({ length: 20 }, () => 'd'.repeat(250))));
});

test.run();
