import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileSink } from '../../web/dav/file-sink.js';

const SLAB = 4096;

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'file-sink-'));
}

/** `data` cut into chunks of the given sizes, repeated until it is used up. */
function chunked(data: Buffer, sizes: number[]): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0, k = 0; at < data.length; k++) {
    const size = sizes[k % sizes.length]!;
    chunks.push(data.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

function openFds(path: string): number[] {
  const fds: number[] = [];
  for (const name of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${name}`) === path) fds.push(Number(name));
    } catch {
      // closed while listing
    }
  }
  return fds;
}

test('the file holds exactly the bytes streamed, whatever the chunk sizes (smaller, equal to, larger than a slab)', async () => {
  const dir = await folder();
  try {
    const data = randomBytes(10 * SLAB + 123);
    const cases: Array<[string, number[]]> = [
      ['16 KiB-like', [1024]],
      ['slab-sized', [SLAB]],
      ['bigger than two slabs', [3 * SLAB + 7]],
      ['ragged', [1, 4095, 4097, 13, 8192, 300]],
    ];
    for (const [name, sizes] of cases) {
      const path = join(dir, name);
      await pipeline(Readable.from(chunked(data, sizes)), new FileSink(path, { mode: 0o640, slabBytes: SLAB }));
      assert.ok((await readFile(path)).equals(data), name);
      assert.is((await stat(path)).mode & 0o777, 0o640, name);
      assert.equal(openFds(path), [], `${name}: the file is closed`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an announced size is only a hint: a longer or shorter body is written whole', async () => {
  const dir = await folder();
  try {
    const data = randomBytes(3 * SLAB + 5);
    for (const expectedBytes of [0, 10, data.length, 100 * SLAB, -1, Number.NaN]) {
      const path = join(dir, `hint-${expectedBytes}`);
      await pipeline(Readable.from(chunked(data, [1000])), new FileSink(path, { mode: 0o644, slabBytes: SLAB, expectedBytes }));
      assert.ok((await readFile(path)).equals(data), String(expectedBytes));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an empty stream makes an empty file; an exact multiple of the slab leaves nothing behind', async () => {
  const dir = await folder();
  try {
    await pipeline(Readable.from([]), new FileSink(join(dir, 'empty'), { mode: 0o644, slabBytes: SLAB }));
    assert.is((await stat(join(dir, 'empty'))).size, 0);
    const data = randomBytes(4 * SLAB);
    await pipeline(Readable.from(chunked(data, [SLAB / 2])), new FileSink(join(dir, 'exact'), { mode: 0o644, slabBytes: SLAB }));
    assert.ok((await readFile(join(dir, 'exact'))).equals(data));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an existing file is refused (EEXIST) and left as it was', async () => {
  const dir = await folder();
  try {
    const path = join(dir, 'taken');
    await writeFile(path, 'keep me');
    const error = await pipeline(Readable.from([Buffer.from('new')]), new FileSink(path, { mode: 0o644 })).then(
      () => null,
      (e: NodeJS.ErrnoException) => e,
    );
    assert.is(error?.code, 'EEXIST');
    assert.is(await readFile(path, 'utf8'), 'keep me');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('destroyed mid-stream (a cut upload, a size limit): the error comes out and the file is closed', async () => {
  const dir = await folder();
  try {
    const path = join(dir, 'cut');
    const sink = new FileSink(path, { mode: 0o644, slabBytes: SLAB });
    let sent = 0;
    const source = new Readable({
      read() {
        sent += 1024;
        this.push(randomBytes(1024));
        if (sent === 6 * SLAB) sink.destroy(Object.assign(new Error('too large'), { code: 'too-large' }));
      },
    });
    const error = await pipeline(source, sink).then(() => null, (e: Error & { code?: string }) => e);
    assert.is(error?.code, 'too-large');
    assert.equal(openFds(path), []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a failing write (a full disk; here: a file size limit, EFBIG) fails the stream instead of being lost', async () => {
  const dir = await folder();
  try {
    // Node ignores SIGXFSZ, so writing past RLIMIT_FSIZE fails with EFBIG, as a full disk fails with ENOSPC.
    const script = `
      import { Readable } from 'node:stream';
      import { pipeline } from 'node:stream/promises';
      import { FileSink } from ${JSON.stringify(new URL('../../web/dav/file-sink.js', import.meta.url).href)};
      const chunks = Array.from({ length: 64 }, () => Buffer.alloc(1024, 1));
      await pipeline(Readable.from(chunks), new FileSink(process.argv[1], { mode: 0o644, slabBytes: ${SLAB} })).then(
        () => console.log('written'),
        (error) => console.log(error.code),
      );`;
    const child = spawnSync('prlimit', [`--fsize=${5 * SLAB}`, process.execPath, '--input-type=module', '-e', script, join(dir, 'big')], { encoding: 'utf8' });
    assert.is(child.status, 0, child.stderr);
    assert.is(child.stdout.trim(), 'EFBIG');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('backpressure: a slow file is not outrun (the sink holds its two slabs and a few chunks, no more)', async () => {
  const dir = await folder();
  try {
    const sink = new FileSink(join(dir, 'slow'), { mode: 0o644, slabBytes: SLAB });
    let refused = 0;
    let most = 0;
    for (let k = 0; k < 64; k++) {
      if (!sink.write(randomBytes(1024))) {
        refused++;
        most = Math.max(most, sink.writableLength);
        await new Promise((resolve) => sink.once('drain', resolve));
      }
    }
    await new Promise<void>((resolve, reject) => sink.end((error?: Error | null) => (error ? reject(error) : resolve())));
    assert.ok(refused > 0, 'write() never asked the writer to wait');
    assert.ok(most <= 64 * 1024 + 1024, `${most} bytes waited in the sink`);
    assert.is((await stat(join(dir, 'slow'))).size, 64 * 1024);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test.run();
