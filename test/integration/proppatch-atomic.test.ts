/**
 * PROPPATCH is all or nothing (RFC 4918 9.2) also when an extension's own
 * store fails while writing (ms:recipients lives in access.json, not with
 * the dead properties): the dead properties set or removed by the same
 * request go back to what they were, and the client gets a clear 507.
 * The WebDAV step runs on a real HTTP server in this process; the failing
 * store is an extension whose write fails as a full disk does.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../agent/logger.js';
import { createDavStep, type DavStep } from '../../web/dav/dav-step.js';
import { ShareFs } from '../../web/dav/share-fs.js';
import { RequestPipeline } from '../../web/pipeline.js';
import { parseMultistatus, textOf } from '../helpers/raw-https.js';

const NS = 'urn:test:props';
let dir: string;
let dav: DavStep;
let server: Server;
let port: number;
/** Whether the extension's store fails its next write. */
let diskFull = false;
/** What the extension's store holds (its value per resource). */
const stored = new Map<string, string>();

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'proppatch-atomic-'));
  await mkdir(join(dir, 'share'));
  await mkdir(join(dir, 'data'));
  await writeFile(join(dir, 'share', 'note.txt'), 'hello');
  const share = await ShareFs.open(join(dir, 'share'), join(dir, 'data', 'staging'));
  dav = await createDavStep({ share, dataDir: join(dir, 'data'), log: silentLogger, maxUploadBytes: 1 << 20, maxXmlBytes: 1 << 20 });
  dav.server.extend({
    name: 'stored-elsewhere',
    properties: [
      {
        ns: NS,
        local: 'kept-elsewhere',
        inAllprop: true,
        render: (_ctx, subject) => {
          const value = stored.get(subject.key);
          return value === undefined ? null : `<kept-elsewhere xmlns="${NS}">${value}</kept-elsewhere>`;
        },
        patch: {
          check: () => null,
          apply: async (_ctx, target, change) => {
            if (diskFull) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${dir}/data/x.json'`), { code: 'ENOSPC' });
            if (change.kind === 'remove') stored.delete(target.key);
            else stored.set(target.key, 'set');
          },
        },
      },
    ],
  });
  const pipeline = new RequestPipeline([dav], { log: silentLogger, scheme: 'http' });
  server = createServer(pipeline.listener);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});

test.after(async () => {
  server?.closeAllConnections();
  server?.close();
  await dav?.close();
  await rm(dir, { recursive: true, force: true });
});

function send(method: string, path: string, body = '', headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { 'content-type': 'application/xml', ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const update = (inner: string): string => `<?xml version="1.0" encoding="utf-8"?><D:propertyupdate xmlns:D="DAV:" xmlns:t="${NS}">${inner}</D:propertyupdate>`;

/** The dead and computed properties of note.txt, by local name. */
async function props(): Promise<Record<string, string>> {
  const reply = await send('PROPFIND', '/note.txt', '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>', { depth: '0' });
  assert.is(reply.status, 207);
  const out: Record<string, string> = {};
  for (const propstat of parseMultistatus(reply.body)[0]!.propstats) {
    if (propstat.status !== 200) continue;
    for (const prop of propstat.props) if (prop.ns === NS) out[prop.local] = textOf(prop);
  }
  return out;
}

test('a store that fails mid-PROPPATCH: 507, and the dead properties of the same request are as before', async () => {
  const first = await send('PROPPATCH', '/note.txt', update('<D:set><D:prop><t:colour>red</t:colour><t:size>big</t:size></D:prop></D:set>'));
  assert.is(first.status, 207, first.body);
  assert.equal(await props(), { colour: 'red', size: 'big' });

  diskFull = true;
  // Changes one dead property, removes another, adds a third, and sets the one kept elsewhere, whose write fails.
  const failed = await send(
    'PROPPATCH',
    '/note.txt',
    update('<D:set><D:prop><t:colour>blue</t:colour><t:shape>round</t:shape></D:prop></D:set><D:remove><D:prop><t:size/></D:prop></D:remove><D:set><D:prop><t:kept-elsewhere>x</t:kept-elsewhere></D:prop></D:set>'),
  );
  assert.is(failed.status, 507);
  assert.match(failed.body, /out of space/);
  assert.not.match(failed.body, dir);
  assert.equal(await props(), { colour: 'red', size: 'big' }, 'nothing of the failed request stayed');

  diskFull = false;
  const again = await send('PROPPATCH', '/note.txt', update('<D:set><D:prop><t:colour>blue</t:colour><t:kept-elsewhere>x</t:kept-elsewhere></D:prop></D:set>'));
  assert.is(again.status, 207, again.body);
  assert.equal(await props(), { colour: 'blue', size: 'big', 'kept-elsewhere': 'set' });
});

test.run();
