import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Variant } from 'dbus-next';
import { fromTyped, fromVariantDict, toVariantDict, toWire } from '../../dbus/variants.js';

const sig = (dict: Record<string, Variant>): Record<string, string> => Object.fromEntries(Object.entries(dict).map(([k, v]) => [k, v.signature]));

test('toVariantDict picks one signature per kind of value', () => {
  const dict = toVariantDict({
    title: 'Ma fête',
    shared: true,
    size: 3,
    negative: -5,
    big: 2n ** 63n,
    ratio: 0.5,
    unsafe: 2 ** 60,
    preview: Buffer.from([0, 255]),
    bytes: new Uint8Array([1, 2]),
    urls: ['https://a/', 'https://b/'],
    empty: [],
    nested: { ok: false, n: 1 },
    list: [{ a: 'x' }, { a: 'y' }],
    chosen: new Variant('u', 7),
    gone: undefined,
    nothing: null,
  });
  assert.equal(sig(dict), {
    title: 's',
    shared: 'b',
    size: 'x',
    negative: 'x',
    big: 't',
    ratio: 'd',
    unsafe: 'd',
    preview: 'ay',
    bytes: 'ay',
    urls: 'as',
    empty: 'as',
    nested: 'a{sv}',
    list: 'aa{sv}',
    chosen: 'u',
  });
  // dbus-next marshals 64-bit integers from bigints.
  assert.is(dict.size!.value, 3n);
  assert.equal(sig(dict.nested!.value as Record<string, Variant>), { ok: 'b', n: 'x' });
  assert.equal((dict.list!.value as Record<string, Variant>[]).map(sig), [{ a: 's' }, { a: 's' }]);
  assert.ok(Buffer.isBuffer(dict.bytes!.value));
});

test('toVariantDict refuses what D-Bus cannot carry, naming the key', () => {
  assert.throws(() => toVariantDict({ n: Number.NaN }), /n: NaN/);
  assert.throws(() => toVariantDict({ when: new Date() as never }), /when: a Date/);
  assert.throws(() => toVariantDict({ mixed: ['a', 1] as never }), /mixed: an array/);
  assert.throws(() => toVariantDict({ outer: { inner: Symbol('x') as never } }), /outer\.inner/);
  assert.throws(() => toVariantDict({ huge: 2n ** 64n }), /huge: .* 64 bits/);
});

test('fromVariantDict unwraps by signature: safe 64-bit integers become numbers, ay a Buffer', () => {
  const record = fromVariantDict({
    title: new Variant('s', 'x'),
    small: new Variant('i', -3),
    ts: new Variant('x', 1_700_000_000n),
    huge: new Variant('t', 2n ** 60n),
    preview: new Variant('ay', Buffer.from('png')),
    tags: new Variant('as', ['a', 'b']),
    nested: new Variant('a{sv}', { deep: new Variant('v', new Variant('b', true)) }),
    pairs: new Variant('a(sx)', [['a', 1n]]),
    ['__proto__']: new Variant('s', 'just a key'),
  });
  assert.is(Object.getPrototypeOf(record), null);
  assert.is(record.title, 'x');
  assert.is(record.small, -3);
  assert.is(record.ts, 1_700_000_000);
  assert.is(record.huge, 2n ** 60n);
  assert.ok(Buffer.isBuffer(record.preview));
  assert.is((record.preview as Buffer).toString(), 'png');
  assert.equal(record.tags, ['a', 'b']);
  assert.equal({ ...(record.nested as object) }, { deep: true });
  assert.equal(record.pairs, [['a', 1]]);
  assert.is(record.__proto__ as unknown, 'just a key');
  assert.throws(() => fromVariantDict({ raw: 'not a variant' }), /variant/);
});

test('a round trip keeps every value', () => {
  const original = { title: 't', n: 42, ok: true, urls: ['u'], preview: Buffer.from([1, 2, 3]), inner: { x: 'y' } };
  const back = fromVariantDict(toVariantDict(original));
  assert.equal({ ...back, inner: { ...(back.inner as object) } }, original);
});

test('toWire converts only what needs variants', () => {
  assert.is(toWire('s', 'x'), 'x');
  assert.is(toWire('u', 5), 5);
  assert.equal(sig(toWire('a{sv}', { a: 1 }) as Record<string, Variant>), { a: 'x' });
  assert.equal((toWire('aa{sv}', [{ a: 'b' }]) as Record<string, Variant>[]).map(sig), [{ a: 's' }]);
  assert.is(fromTyped('a{ss}', { k: 'v' }) instanceof Object, false, 'dictionaries come back without a prototype');
});

test.run();
