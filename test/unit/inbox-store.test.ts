import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash, randomBytes } from 'node:crypto';
import { link as fsLink, lstat, mkdir, mkdtemp, open, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { FileReceiveError } from '../../agent/inbox/errors.js';
import { IncomingStore, SPACE_MARGIN, type IncomingStoreOptions } from '../../agent/inbox/incoming-store.js';
import { RECEIVED_FILE } from '../../agent/inbox/received-index.js';
import { silentLogger } from '../../agent/logger.js';
import type { FileAnswer, IncomingFile, Offer } from '../../protocols/push/types.js';

const PEER = '12D3KooWRemoteSenderOfTheseTestFilesXXXXXXXXXXXXXXXX';
const OTHER_PEER = '12D3KooWSomebodyElseEntirelyXXXXXXXXXXXXXXXXXXXXXXX';

interface Place {
  root: string;
  dataDir: string;
  inboxDir: string;
  incomingDir: string;
}

async function withPlace(run: (place: Place) => Promise<void>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'mesh-share-inbox-store-'));
  try {
    const place = { root, dataDir: join(root, 'data'), inboxDir: join(root, 'inbox'), incomingDir: join(root, 'data', 'incoming') };
    await mkdir(place.dataDir, { mode: 0o700 });
    await run(place);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

function storeAt(place: Place, extra: Partial<IncomingStoreOptions> = {}): Promise<IncomingStore> {
  return IncomingStore.open({ dataDir: place.dataDir, inboxDir: place.inboxDir, log: silentLogger, freeSpace: async () => 1e15, ...extra });
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

function offerOf(files: { name: string; data: Buffer; sha256?: string; size?: number }[], transferId = randomBytes(16).toString('hex')): Offer {
  return {
    transferId,
    from: { nick: 'Teacher', color: '#FF2B34,#005FE4' },
    files: files.map((file, index) => ({ index, name: file.name, size: file.size ?? file.data.byteLength, sha256: file.sha256 ?? sha256(file.data), mimeType: 'application/octet-stream', metadata: { title: file.name } })),
  };
}

async function writeAll(incoming: IncomingFile, data: Buffer, from: number, to = data.byteLength, chunk = 64 * 1024): Promise<void> {
  for (let at = from; at < to; at += chunk) await incoming.write(data.subarray(at, Math.min(to, at + chunk)));
}

/** Every file under dir, relative, '/'-separated. */
async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() || entry.isSymbolicLink()) out.push(relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'));
  }
  return out.sort();
}

async function assertCode(promise: Promise<unknown>, code: FileReceiveError['code']): Promise<FileReceiveError> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, FileReceiveError, String(error));
    assert.is((error as FileReceiveError).code, code, (error as Error).message);
    return error as FileReceiveError;
  }
  assert.unreachable(`expected a FileReceiveError '${code}'`);
  throw new Error('unreachable');
}

test('a file arrives whole: verified, moved into the inbox, recorded, nothing left behind', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const data = randomBytes(300_000);
    const offer = offerOf([{ name: 'worksheet.pdf', data }]);
    assert.is(await store.resumeOffset(PEER, offer, 0), 0);
    const incoming = await store.open(PEER, offer, 0);
    assert.is(incoming.offset, 0);
    await writeAll(incoming, data, 0);
    const { path } = await incoming.finish();
    assert.is(path, join(place.inboxDir, 'worksheet.pdf'));
    assert.ok((await readFile(path)).equals(data));
    assert.equal(await readdir(place.incomingDir), [], 'no part and no sidecar left');
    await store.flush();
    const index = JSON.parse(await readFile(join(place.dataDir, RECEIVED_FILE), 'utf8'));
    const entry = index.files[sha256(data)];
    assert.is(entry.path, path);
    assert.is(entry.size, data.byteLength);
    assert.is(entry.from, PEER);
    assert.type(entry.receivedAt, 'number');
  });
});

test('the incoming folder is private (0700), parts are 0600, a received file is readable (0644)', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const data = Buffer.from('hello');
    const offer = offerOf([{ name: 'a.txt', data }]);
    const incoming = await store.open(PEER, offer, 0);
    assert.is((await stat(place.incomingDir)).mode & 0o777, 0o700);
    const [part] = (await readdir(place.incomingDir)).filter((name) => name.endsWith('.part'));
    assert.is((await stat(join(place.incomingDir, part!))).mode & 0o777, 0o600);
    await incoming.write(data);
    const { path } = await incoming.finish();
    assert.is((await stat(path)).mode & 0o777, 0o644);
  });
});

test('resume in the same run: write half, suspend, reopen: offset is half and the hash verifies', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const data = randomBytes(1_000_000);
    const half = 500_000;
    const offer = offerOf([{ name: 'film.ogv', data }]);
    const first = await store.open(PEER, offer, 0);
    await writeAll(first, data, 0, half, 100_000);
    await first.suspend();
    assert.equal(await tree(place.inboxDir), [], 'nothing in the inbox while suspended');
    assert.is(await store.resumeOffset(PEER, offer, 0), half);
    const second = await store.open(PEER, offer, 0);
    assert.is(second.offset, half);
    await writeAll(second, data, half);
    const { path } = await second.finish();
    assert.ok((await readFile(path)).equals(data));
  });
});

test('resume after a restart: a new store hashes the part again (in pieces) and verifies', async () => {
  await withPlace(async (place) => {
    const data = randomBytes(6 * 1024 * 1024 + 123);
    const half = 3 * 1024 * 1024 + 7;
    const offer = offerOf([{ name: 'big.bin', data }]);
    const before = await storeAt(place);
    const first = await before.open(PEER, offer, 0);
    await writeAll(first, data, 0, half);
    await first.suspend();

    const after = await storeAt(place);
    assert.is(await after.resumeOffset(PEER, offer, 0), half);
    const second = await after.open(PEER, offer, 0);
    assert.is(second.offset, half);
    await writeAll(second, data, half);
    const { path } = await second.finish();
    assert.ok((await readFile(path)).equals(data));
  });
});

test('a part changed on disk while suspended is hashed from disk, so the damage is caught', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const data = randomBytes(200_000);
    const offer = offerOf([{ name: 'a.bin', data }]);
    const first = await store.open(PEER, offer, 0);
    await writeAll(first, data, 0, 100_000);
    await first.suspend();
    const [part] = (await readdir(place.incomingDir)).filter((name) => name.endsWith('.part'));
    const handle = await open(join(place.incomingDir, part!), 'r+');
    await handle.write(Buffer.from([data[0]! ^ 0xff]), 0, 1, 0);
    await handle.close();
    await utimes(join(place.incomingDir, part!), new Date(), new Date(Date.now() + 5_000));
    const second = await store.open(PEER, offer, 0);
    assert.is(second.offset, 100_000);
    await writeAll(second, data, 100_000);
    await assertCode(second.finish(), 'corrupt');
    assert.equal(await tree(place.inboxDir), []);
    assert.equal(await readdir(place.incomingDir), [], 'the damaged part is gone');
    assert.is(await store.resumeOffset(PEER, offer, 0), 0, 'the next delivery starts over');
  });
});

test('a part longer than the file, or made for other content, is not resumed', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const data = randomBytes(1000);
    const offer = offerOf([{ name: 'a.bin', data }]);
    const first = await store.open(PEER, offer, 0);
    await first.write(data.subarray(0, 600));
    await first.suspend();
    const [part] = (await readdir(place.incomingDir)).filter((name) => name.endsWith('.part'));
    await writeFile(join(place.incomingDir, part!), randomBytes(1500));
    assert.is(await store.resumeOffset(PEER, offer, 0), 0, 'longer than the file');
    const again = await store.open(PEER, offer, 0);
    assert.is(again.offset, 0);
    await writeAll(again, data, 0);
    assert.ok((await readFile((await again.finish()).path)).equals(data));

    const other = offerOf([{ name: 'b.bin', data }]);
    assert.is(await store.resumeOffset(OTHER_PEER, other, 0), 0, 'another sender or transfer has its own part');
  });
});

test('corrupt data is thrown away and never visible in the inbox', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const data = randomBytes(100_000);
    const offer = offerOf([{ name: 'lies.pdf', data }]);
    const incoming = await store.open(PEER, offer, 0);
    await writeAll(incoming, randomBytes(100_000), 0);
    const error = await assertCode(incoming.finish(), 'corrupt');
    assert.match(error.message, /lies\.pdf.*SHA-256/);
    assert.equal(await tree(place.inboxDir), []);
    assert.equal(await readdir(place.incomingDir), []);

    const short = await store.open(PEER, offer, 0);
    await short.write(data.subarray(0, 50_000));
    await assertCode(short.finish(), 'corrupt');
    assert.equal(await tree(place.inboxDir), []);
    assert.equal(await readdir(place.incomingDir), []);
  });
});

test('more bytes than offered are refused, not written', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const data = randomBytes(1000);
    const offer = offerOf([{ name: 'a.bin', data }]);
    const incoming = await store.open(PEER, offer, 0);
    await incoming.write(data.subarray(0, 900));
    await assertCode(incoming.write(data.subarray(0, 200)), 'corrupt');
    await incoming.write(data.subarray(900));
    assert.ok((await readFile((await incoming.finish()).path)).equals(data));
  });
});

test('no partial file is ever visible in the inbox while a folder arrives', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const files = [0, 1, 2].map((i) => ({ name: `Project/part ${i}.bin`, data: randomBytes(2 * 1024 * 1024) }));
    const offer = offerOf(files);
    const expected = new Map(files.map((file) => [file.name, file.data]));
    const problems: string[] = [];
    let looks = 0;
    let stop = false;
    const watcher = (async () => {
      while (!stop) {
        await mkdir(place.inboxDir, { recursive: true });
        for (const name of await tree(place.inboxDir)) {
          const content = await readFile(join(place.inboxDir, name)).catch(() => null);
          if (content !== null && !content.equals(expected.get(name) ?? Buffer.alloc(0))) problems.push(`${name}: ${content.byteLength} bytes`);
        }
        looks += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (const [index, file] of files.entries()) {
      const incoming = await store.open(PEER, offer, index);
      await writeAll(incoming, file.data, 0, file.data.byteLength, 32 * 1024);
      await incoming.finish();
    }
    stop = true;
    await watcher;
    assert.ok(looks > 10, `the inbox was looked at ${looks} times`);
    assert.equal(problems, []);
    assert.equal(await tree(place.inboxDir), files.map((file) => file.name));
  });
});

test('a name clash gets a new name; an existing file is never overwritten', async () => {
  await withPlace(async (place) => {
    await mkdir(place.inboxDir);
    await writeFile(join(place.inboxDir, 'worksheet.pdf'), 'the child’s own');
    let raced = false;
    const store = await storeAt(place, {
      // Another program creates "notes.txt" between our look and our link: link() must notice.
      link: async (from, to) => {
        if (!raced && basename(to) === 'notes.txt') {
          raced = true;
          await writeFile(to, 'created meanwhile');
        }
        await fsLink(from, to);
      },
    });
    const worksheet = Buffer.from('from the teacher');
    const notes = Buffer.from('teacher notes');
    const offer = offerOf([{ name: 'worksheet.pdf', data: worksheet }, { name: 'notes.txt', data: notes }]);
    for (const [index, data] of [worksheet, notes].entries()) {
      const incoming = await store.open(PEER, offer, index);
      await incoming.write(data);
      await incoming.finish();
    }
    assert.is(await readFile(join(place.inboxDir, 'worksheet.pdf'), 'utf8'), 'the child’s own');
    assert.is(await readFile(join(place.inboxDir, 'worksheet (2).pdf'), 'utf8'), 'from the teacher');
    assert.is(await readFile(join(place.inboxDir, 'notes.txt'), 'utf8'), 'created meanwhile');
    assert.is(await readFile(join(place.inboxDir, 'notes (2).txt'), 'utf8'), 'teacher notes');
  });
});

test('folder sends land in sub-folders; hostile paths stay inside the inbox', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const names = ['Project/img/a.png', 'Project/readme.txt', '../../escape.txt', '/etc/passwd', 'Project/../../../up.txt', '.config/autostart/x.desktop', '..'];
    const files = names.map((name) => ({ name, data: randomBytes(100) }));
    const offer = offerOf(files);
    const paths: string[] = [];
    for (const [index, file] of files.entries()) {
      const incoming = await store.open(PEER, offer, index);
      await incoming.write(file.data);
      paths.push((await incoming.finish()).path);
    }
    for (const path of paths) assert.ok(path.startsWith(place.inboxDir + sep), path);
    assert.equal(await tree(place.inboxDir), ['Project/img/a.png', 'Project/readme.txt', 'Project/up.txt', 'config/autostart/x.desktop', 'escape.txt', 'etc/passwd', 'received file'].sort());
    assert.equal((await readdir(place.root)).sort(), ['data', 'inbox'], 'nothing next to the inbox');
  });
});

test('a symbolic link in the inbox is never followed: the folder gets another name', async () => {
  await withPlace(async (place) => {
    const outside = join(place.root, 'outside');
    await mkdir(outside);
    await mkdir(place.inboxDir);
    await symlink(outside, join(place.inboxDir, 'Project'));
    await writeFile(join(place.inboxDir, 'img'), 'a file, not a folder');
    const store = await storeAt(place);
    const files = [{ name: 'Project/a.txt', data: Buffer.from('a') }, { name: 'img/b.txt', data: Buffer.from('b') }];
    const offer = offerOf(files);
    for (const [index, file] of files.entries()) {
      const incoming = await store.open(PEER, offer, index);
      await incoming.write(file.data);
      await incoming.finish();
    }
    assert.equal(await readdir(outside), [], 'nothing went through the link');
    assert.is(await readFile(join(place.inboxDir, 'Project (2)', 'a.txt'), 'utf8'), 'a');
    assert.is(await readFile(join(place.inboxDir, 'img (2)', 'b.txt'), 'utf8'), 'b');
    assert.is(await readFile(join(place.inboxDir, 'img'), 'utf8'), 'a file, not a folder');
  });
});

test('with the inbox on another disk the file is copied aside, then linked; without hard links, a reserved name is replaced', async () => {
  const noLink = (code: string) => Object.assign(new Error(`link: ${code}`), { code });
  await withPlace(async (place) => {
    const store = await storeAt(place, {
      link: async (from, to) => {
        if (from.startsWith(place.incomingDir)) throw noLink('EXDEV');
        await fsLink(from, to);
      },
    });
    const data = randomBytes(50_000);
    const offer = offerOf([{ name: 'Music/song.ogg', data }]);
    const incoming = await store.open(PEER, offer, 0);
    await incoming.write(data);
    const { path } = await incoming.finish();
    assert.is(path, join(place.inboxDir, 'Music', 'song.ogg'));
    assert.ok((await readFile(path)).equals(data));
    assert.equal(await tree(place.inboxDir), ['Music/song.ogg'], 'no staging left behind');
    assert.equal(await readdir(place.incomingDir), []);
  });
  await withPlace(async (place) => {
    await mkdir(place.inboxDir);
    await writeFile(join(place.inboxDir, 'song.ogg'), 'mine');
    const store = await storeAt(place, {
      link: async () => {
        throw noLink('EPERM');
      },
    });
    const data = randomBytes(50_000);
    const offer = offerOf([{ name: 'song.ogg', data }]);
    const incoming = await store.open(PEER, offer, 0);
    await incoming.write(data);
    const { path } = await incoming.finish();
    assert.is(path, join(place.inboxDir, 'song (2).ogg'));
    assert.ok((await readFile(path)).equals(data));
    assert.is(await readFile(join(place.inboxDir, 'song.ogg'), 'utf8'), 'mine');
    assert.equal((await readdir(place.inboxDir)).sort(), ['song (2).ogg', 'song.ogg']);
  });
});

test('a staging folder left by a crash is removed when the store starts', async () => {
  await withPlace(async (place) => {
    await mkdir(join(place.inboxDir, '.mesh-share-staging-0123'), { recursive: true });
    await writeFile(join(place.inboxDir, '.mesh-share-staging-0123', 'file'), 'half');
    await writeFile(join(place.inboxDir, '.other-hidden'), 'kept');
    await storeAt(place);
    assert.equal(await readdir(place.inboxDir), ['.other-hidden']);
  });
});

test('the same file cannot be received twice at once; another file of the transfer can', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const offer = offerOf([{ name: 'a', data: Buffer.from('a') }, { name: 'b', data: Buffer.from('b') }]);
    const first = await store.open(PEER, offer, 0);
    assert.ok(store.isOpen(PEER, offer.transferId));
    assert.ok(store.isOpen(PEER, offer.transferId, 0));
    assert.not.ok(store.isOpen(PEER, offer.transferId, 1));
    assert.not.ok(store.isOpen(OTHER_PEER, offer.transferId));
    await assertCode(store.open(PEER, offer, 0), 'busy');
    const second = await store.open(PEER, offer, 1);
    await second.suspend();
    await first.suspend();
    assert.not.ok(store.isOpen(PEER, offer.transferId));
    await (await store.open(PEER, offer, 0)).suspend();
  });
});

test('alreadyHave: only while the received file is there, unchanged', async () => {
  await withPlace(async (place) => {
    const store = await storeAt(place);
    const data = randomBytes(4096);
    const hash = sha256(data);
    assert.not.ok(await store.alreadyHave(hash, data.byteLength));
    const offer = offerOf([{ name: 'a.bin', data }]);
    const incoming = await store.open(PEER, offer, 0);
    await incoming.write(data);
    const { path } = await incoming.finish();
    assert.ok(await store.alreadyHave(hash, data.byteLength));
    assert.not.ok(await store.alreadyHave(hash, data.byteLength + 1), 'another size is other content');
    assert.ok(await (await storeAt(place)).alreadyHave(hash, data.byteLength), 'remembered across a restart');
    await utimes(path, new Date(), new Date(Date.now() - 60_000));
    assert.not.ok(await store.alreadyHave(hash, data.byteLength), 'touched since: maybe edited');
    await rm(path);
    assert.not.ok(await store.alreadyHave(hash, data.byteLength), 'deleted by the child');
  });
});

test('checkRoom: too big and no room are refused with sizes a teacher understands', async () => {
  await withPlace(async (place) => {
    let free = 10 * 1024 ** 3;
    const asked: string[] = [];
    const store = await storeAt(place, {
      maxFileSize: 2e9,
      freeSpace: async (path) => {
        asked.push(path);
        return free;
      },
    });
    const film = { index: 0, name: 'film.mp4', size: 3.2e9, sha256: 'a'.repeat(64), mimeType: 'video/mp4', metadata: {} };
    const offer: Offer = { transferId: 'b'.repeat(32), from: { nick: 'T' }, files: [film] };
    const send = (offset: number): FileAnswer[] => [{ index: 0, action: 'send', offset }];
    assert.equal(await store.checkRoom(offer, send(0)), { reason: 'too-big', message: 'The file "film.mp4" is 3.2 GB; this laptop accepts files of at most 2.0 GB.' });
    assert.is(await store.checkRoom(offer, [{ index: 0, action: 'have' }]), null, 'a file already had needs no room');

    const book = { ...film, name: 'book.pdf', size: 1.5e9 };
    const small: Offer = { ...offer, files: [book] };
    assert.is(await store.checkRoom(small, send(0)), null);
    assert.ok(asked.length > 0 && asked.every((path) => path.startsWith(place.root)), 'asks about its own disks');
    free = 1.5e9 + SPACE_MARGIN - 1;
    const refusal = await store.checkRoom(small, send(0));
    assert.is(refusal?.reason, 'disk-full');
    assert.match(refusal!.message, /need 1\.5 GB and only 1\.5 GB can be used \(67\.1 MB are kept free\)/);
    assert.is(await store.checkRoom(small, send(1e9)), null, 'a resume needs only the rest');
    free = 0;
    assert.match((await store.checkRoom(small, send(0)))!.message, /only 0 bytes can be used/);
    await assertCode(store.open(PEER, offer, 0), 'too-big');
    assert.equal(await readdir(place.incomingDir), [], 'nothing was created for a refused file');
  });
});

test('cleanStale removes parts untouched for a week, keeps fresh and open ones', async () => {
  await withPlace(async (place) => {
    let now = Date.now();
    const store = await storeAt(place, { now: () => now });
    const data = randomBytes(1000);
    const old = offerOf([{ name: 'old', data }]);
    const fresh = offerOf([{ name: 'fresh', data }]);
    const busy = offerOf([{ name: 'busy', data }]);
    for (const offer of [old, fresh]) {
      const incoming = await store.open(PEER, offer, 0);
      await incoming.write(data.subarray(0, 10));
      await incoming.suspend();
    }
    const open = await store.open(PEER, busy, 0);
    await open.write(data.subarray(0, 10));
    const week = 7 * 24 * 3600 * 1000;
    for (const name of await readdir(place.incomingDir)) {
      const path = join(place.incomingDir, name);
      const info = await lstat(path);
      await utimes(path, info.atime, new Date(now - week - 1000));
    }
    // Everything looks a week old; a delivery resuming "fresh" touches it again.
    assert.is(await store.resumeOffset(PEER, fresh, 0), 10);
    const again = await store.open(PEER, fresh, 0);
    await again.write(data.subarray(10, 20));
    await again.suspend();
    assert.is(await store.cleanStale(), 1, 'only the old part goes; the open one is skipped');
    assert.is(await store.resumeOffset(PEER, old, 0), 0);
    assert.is(await store.resumeOffset(PEER, fresh, 0), 20);
    await open.write(data.subarray(10));
    assert.ok((await readFile((await open.finish()).path)).equals(data), 'the open file was not disturbed');
    now += week + 60_000;
    assert.is(await store.cleanStale(), 1);
    assert.equal(await readdir(place.incomingDir), []);
  });
});

test('a damaged received.json starts empty; the store still works', async () => {
  await withPlace(async (place) => {
    await writeFile(join(place.dataDir, RECEIVED_FILE), '{ not json');
    const store = await storeAt(place);
    const data = Buffer.from('x');
    assert.not.ok(await store.alreadyHave(sha256(data), 1));
    const incoming = await store.open(PEER, offerOf([{ name: 'x', data }]), 0);
    await incoming.write(data);
    await incoming.finish();
    assert.ok(await store.alreadyHave(sha256(data), 1));
  });
});

test.run();
