import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkUnchanged, prepareSourceFiles, SendError, toSourceFile, type SendErrorCode } from '../../agent/outbox/source-files.js';

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'outbox-files-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function rejects(promise: Promise<unknown>, code: SendErrorCode, text?: RegExp): Promise<SendError> {
  try {
    await promise;
  } catch (error) {
    assert.instance(error, SendError);
    const e = error as SendError;
    assert.is(e.code, code, e.message);
    if (text) assert.match(e.message, text);
    return e;
  }
  assert.unreachable(`expected a SendError '${code}'`);
  throw new Error('unreachable');
}

async function listenSocket(path: string): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, resolve);
  });
  return server;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) text += chunk.toString('utf8');
  return text;
}

test('a single file: name, size, SHA-256, MIME type from the name, metadata kept', async () => {
  await withDir(async (dir) => {
    const path = join(dir, 'worksheet.pdf');
    await writeFile(path, 'pretend pdf');
    const { files, skipped } = await prepareSourceFiles([path], { metadata: { tags: 'maths', timestamp: 1_700_000_000 } });
    assert.is(files.length, 1);
    assert.equal(skipped, []);
    const f = files[0]!;
    assert.is(f.name, 'worksheet.pdf');
    assert.is(f.size, 11);
    assert.is(f.sha256, sha('pretend pdf'));
    assert.is(f.mimeType, 'application/pdf');
    assert.equal(f.metadata, { tags: 'maths', timestamp: 1_700_000_000 });
    assert.ok(f.mtimeMs > 0);
    assert.is(f.path, path);
  });
});

test('a Journal entry is named after its title and typed by its mime_type', async () => {
  await withDir(async (dir) => {
    const path = join(dir, 'data');
    await writeFile(path, 'png bytes');
    const { files } = await prepareSourceFiles([path], { metadata: { title: 'My drawing', mime_type: 'image/png', activity: 'org.laptop.Oficina' } });
    assert.is(files[0]!.name, 'My drawing.png');
    assert.is(files[0]!.mimeType, 'image/png');
    assert.is(files[0]!.metadata.activity, 'org.laptop.Oficina');
    const plain = await prepareSourceFiles([path]);
    assert.is(plain.files[0]!.name, 'data');
    assert.is(plain.files[0]!.mimeType, 'application/octet-stream');
  });
});

test('a folder is walked: relative names with /, sorted, symlinks skipped, empty folders left out', async () => {
  await withDir(async (dir) => {
    const outside = join(dir, 'outside.txt');
    await writeFile(outside, 'secret');
    const folder = join(dir, 'Project');
    await mkdir(join(folder, 'img', 'deep'), { recursive: true });
    await mkdir(join(folder, 'empty'));
    await writeFile(join(folder, 'b.txt'), 'b');
    await writeFile(join(folder, 'a.odt'), 'a');
    await writeFile(join(folder, 'img', 'sun.png'), 'sun');
    await writeFile(join(folder, 'img', 'deep', 'x.jpg'), 'x');
    await symlink(outside, join(folder, 'link-out.txt'));
    await symlink(join(folder, 'a.odt'), join(folder, 'link-in.odt'));
    await symlink(dir, join(folder, 'loop'));
    const { files, skipped } = await prepareSourceFiles([`${folder}/`], { metadata: { title: 'ignored for many files' } });
    assert.equal(
      files.map((f) => f.name),
      ['Project/a.odt', 'Project/b.txt', 'Project/img/deep/x.jpg', 'Project/img/sun.png'],
    );
    assert.equal(files.map((f) => f.mimeType), ['application/vnd.oasis.opendocument.text', 'text/plain', 'image/jpeg', 'image/png']);
    assert.equal(files[3]!.metadata, {}, 'metadata is for a single file');
    assert.is(files[2]!.sha256, sha('x'));
    assert.equal(skipped.map((s) => s.path).sort(), [join(folder, 'link-in.odt'), join(folder, 'link-out.txt'), join(folder, 'loop')]);
  });
});

test('a link the user names is followed; the same file twice is sent once; two files with one name are refused', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'real.txt'), 'hello');
    await symlink(join(dir, 'real.txt'), join(dir, 'alias.txt'));
    const { files } = await prepareSourceFiles([join(dir, 'alias.txt')]);
    assert.is(files[0]!.name, 'alias.txt');
    assert.is(files[0]!.path, join(dir, 'real.txt'));
    const twice = await prepareSourceFiles([join(dir, 'real.txt'), join(dir, 'real.txt'), join(dir, 'alias.txt')]);
    assert.is(twice.files.length, 1);
    await mkdir(join(dir, 'other'));
    await writeFile(join(dir, 'other', 'real.txt'), 'other');
    await rejects(prepareSourceFiles([join(dir, 'real.txt'), join(dir, 'other', 'real.txt')]), 'duplicate-name', /both arrive as "real.txt"/);
  });
});

test('sockets and devices are refused, also inside a folder', async () => {
  await withDir(async (dir) => {
    await rejects(prepareSourceFiles(['/dev/null']), 'special-file', /device/);
    const folder = join(dir, 'Class');
    await mkdir(folder);
    await writeFile(join(folder, 'ok.txt'), 'ok');
    const socketPath = join(folder, 'agent.sock');
    const server = await listenSocket(socketPath);
    try {
      await rejects(prepareSourceFiles([socketPath]), 'special-file', /socket/);
      await rejects(prepareSourceFiles([folder]), 'special-file', /agent\.sock is a socket/);
    } finally {
      server.close();
    }
  });
});

test('missing, relative, empty: typed errors that say what to do', async () => {
  await withDir(async (dir) => {
    await rejects(prepareSourceFiles([join(dir, 'nope.pdf')]), 'not-found', /no file or folder/);
    await rejects(prepareSourceFiles(['notes.txt']), 'invalid', /full path/);
    await rejects(prepareSourceFiles([]), 'empty');
    await mkdir(join(dir, 'Empty', 'inner'), { recursive: true });
    await rejects(prepareSourceFiles([join(dir, 'Empty')]), 'empty', /no files/);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.txt');
      await writeFile(locked, 'x', { mode: 0o000 });
      await rejects(prepareSourceFiles([locked]), 'unreadable', /not allowed/);
    }
  });
});

test('hashing streams and reports progress up to the total', async () => {
  await withDir(async (dir) => {
    const big = Buffer.alloc(9 * 1024 * 1024, 7);
    await writeFile(join(dir, 'big.bin'), big);
    await writeFile(join(dir, 'small.txt'), 'tiny');
    const reports: Array<[number, number]> = [];
    const { files } = await prepareSourceFiles([join(dir, 'big.bin'), join(dir, 'small.txt')], { onProgress: (hashed, total) => reports.push([hashed, total]) });
    const total = big.byteLength + 4;
    assert.is(files[0]!.sha256, sha(big));
    assert.ok(reports.length >= 3, `${reports.length} reports`);
    assert.ok(reports.every(([, t]) => t === total));
    assert.ok(reports.every(([h], i) => i === 0 || h >= reports[i - 1]![0]), 'monotonic');
    assert.equal(reports.at(-1), [total, total]);
  });
});

test('open(start) streams the file from an offset', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'abc.txt'), 'abcdefghij');
    const { files } = await prepareSourceFiles([join(dir, 'abc.txt')]);
    const source = toSourceFile(files[0]!, 0);
    assert.is(source.index, 0);
    assert.is(await readAll(source.open(0)), 'abcdefghij');
    assert.is(await readAll(source.open(7)), 'hij');
    assert.is(await readAll(source.open(10)), '');
  });
});

test('checkUnchanged: same file passes; changed or deleted says so by name', async () => {
  await withDir(async (dir) => {
    const path = join(dir, 'worksheet.pdf');
    await writeFile(path, 'version 1');
    const { files } = await prepareSourceFiles([path]);
    const file = files[0]!;
    assert.is(await checkUnchanged(file), null);
    await writeFile(path, 'version 2');
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    const changed = await checkUnchanged(file);
    assert.is(changed?.code, 'changed');
    assert.is(changed?.message, 'worksheet.pdf was changed after it was sent; send it again.');
    await unlink(path);
    const gone = await checkUnchanged(file);
    assert.is(gone?.code, 'not-found');
    assert.match(gone!.message, /worksheet\.pdf was moved or deleted after it was sent; send it again/);
  });
});

test('an aborted send stops hashing with a cancelled error', async () => {
  await withDir(async (dir) => {
    await writeFile(join(dir, 'f.bin'), Buffer.alloc(1024 * 1024));
    const controller = new AbortController();
    controller.abort();
    await rejects(prepareSourceFiles([join(dir, 'f.bin')], { signal: controller.signal }), 'cancelled');
  });
});

test.run();
