import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger, type Logger } from '../../agent/logger.js';
import { DEFAULT_RETENTION_MS, OUTBOX_DIR, OutboxStore, readRecord, type TransferRecord } from '../../agent/outbox/outbox-store.js';

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'outbox-store-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const T0 = 1_700_000_000_000;

function transfer(id: string, over: Partial<TransferRecord> = {}): TransferRecord {
  return {
    version: 1,
    id,
    createdAt: T0,
    from: { nick: 'Teacher', color: '#FF2B34,#005FE4' },
    files: [{ path: '/home/olpc/worksheet.pdf', name: 'worksheet.pdf', size: 1000, sha256: 'a'.repeat(64), mimeType: 'application/pdf', metadata: { title: 'Worksheet', timestamp: 1_700_000_000 }, mtimeMs: 1_699_999_999_123.456 }],
    recipients: [
      { peerId: '12D3KooWAna', nick: 'Ana', state: 'delivered', done: 1000, total: 1000, attempts: 1, lastAttemptAt: T0 + 10, deliveredAt: T0 + 20, resumedFrom: 0 },
      { peerId: '12D3KooWBo', nick: 'Bo', state: 'waiting', done: 250, total: 1000, attempts: 2, reason: 'no route' },
    ],
    ...over,
  };
}

const ID1 = '0123456789abcdef0123456789abcdef';
const ID2 = 'fedcba9876543210fedcba9876543210';
const ID3 = '11111111111111111111111111111111';

test('records are saved one file each (folder 0700, files 0600) and load back as they were', async () => {
  await withDir(async (dataDir) => {
    const store = new OutboxStore({ dataDir, log: silentLogger });
    assert.equal(await store.load(), []);
    assert.is((await stat(join(dataDir, OUTBOX_DIR))).mode & 0o777, 0o700);
    const a = transfer(ID1);
    const b = transfer(ID2, { createdAt: T0 - 5 });
    await store.save(a);
    await store.save(b);
    assert.equal((await readdir(store.dir)).sort(), [`${ID1}.json`, `${ID2}.json`]);
    assert.is((await stat(join(store.dir, `${ID1}.json`))).mode & 0o777, 0o600);
    const loaded = await new OutboxStore({ dataDir, log: silentLogger }).load();
    assert.equal(loaded, [b, a], 'oldest first, exactly as saved (mtime fractions included)');
  });
});

test('saves of one transfer are coalesced and the newest always wins', async () => {
  await withDir(async (dataDir) => {
    const store = new OutboxStore({ dataDir, log: silentLogger });
    await store.load();
    const record = transfer(ID1);
    const saves: Promise<void>[] = [];
    for (let i = 0; i <= 50; i++) {
      record.recipients[1]!.done = i * 10;
      saves.push(store.save(record));
    }
    await Promise.all(saves);
    const onDisk = JSON.parse(await readFile(join(store.dir, `${ID1}.json`), 'utf8')) as TransferRecord;
    assert.is(onDisk.recipients[1]!.done, 500);
    await store.remove(ID1);
    await store.flush();
    assert.equal(await readdir(store.dir), []);
  });
});

test('a damaged record is moved aside with a warning; leftovers of crashed writes are removed', async () => {
  await withDir(async (dataDir) => {
    const dir = join(dataDir, OUTBOX_DIR);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${ID1}.json`), '{"version":1,"id":"trunc');
    const wrongState = transfer(ID2);
    (wrongState.recipients[0] as { state: string }).state = 'exploded';
    await writeFile(join(dir, `${ID2}.json`), JSON.stringify(wrongState));
    await writeFile(join(dir, `${ID3}.json`), JSON.stringify(transfer(ID3)));
    await writeFile(join(dir, `.${ID3}.json.123.abcdef.tmp`), '{"half":');
    await writeFile(join(dir, 'README'), 'not ours, left alone');
    const warnings: Array<Record<string, unknown> | undefined> = [];
    const log: Logger = { ...silentLogger, warn: (_message, fields) => void warnings.push(fields) };
    const loaded = await new OutboxStore({ dataDir, log }).load();
    assert.equal(loaded.map((r) => r.id), [ID3]);
    assert.is(warnings.length, 2);
    assert.equal((await readdir(dir)).sort(), [`${ID1}.json.damaged`, `${ID3}.json`, 'README', `${ID2}.json.damaged`]);
  });
});

test('finished transfers are kept for the retention, then removed; unfinished ones never', async () => {
  await withDir(async (dataDir) => {
    let now = T0;
    const store = new OutboxStore({ dataDir, log: silentLogger, now: () => now });
    await store.load();
    const finished = transfer(ID1, { finishedAt: T0 });
    finished.recipients[1]!.state = 'failed';
    const open = transfer(ID2, { createdAt: T0 - 30 * DEFAULT_RETENTION_MS });
    await store.save(finished);
    await store.save(open);
    now = T0 + DEFAULT_RETENTION_MS - 1;
    assert.ok(!store.isExpired(finished));
    assert.equal((await store.load()).map((r) => r.id), [ID2, ID1]);
    now = T0 + DEFAULT_RETENTION_MS;
    assert.ok(store.isExpired(finished));
    assert.ok(!store.isExpired(open));
    assert.equal((await store.load()).map((r) => r.id), [ID2]);
    assert.equal(await readdir(store.dir), [`${ID2}.json`]);
  });
});

test('readRecord refuses what is not a transfer', () => {
  assert.ok(readRecord(transfer(ID1)) !== null);
  assert.is(readRecord(null), null);
  assert.is(readRecord({ ...transfer(ID1), id: 'short' }), null);
  assert.is(readRecord({ ...transfer(ID1), files: [] }), null);
  assert.is(readRecord({ ...transfer(ID1), files: [{ ...transfer(ID1).files[0], path: 'relative.pdf' }] }), null);
  assert.is(readRecord({ ...transfer(ID1), files: [{ ...transfer(ID1).files[0], sha256: 'xyz' }] }), null);
  assert.is(readRecord({ ...transfer(ID1), recipients: [{ ...transfer(ID1).recipients[0], done: -1 }] }), null);
  assert.is(readRecord({ ...transfer(ID1), from: { nick: 3 } }), null);
});

test.run();
