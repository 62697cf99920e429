import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseXml, serializeChildren, textOf } from '../../web/dav/xml.js';
import { assertRefused } from '../helpers/assert-http-error.js';

test('namespaces are resolved', () => {
  const root = parseXml('<D:propfind xmlns:D="DAV:"><D:prop><x:title xmlns:x="urn:olpc"/></D:prop></D:propfind>');
  assert.is(root.ns, 'DAV:');
  assert.is(root.local, 'propfind');
  const prop = root.children[0];
  assert.ok(typeof prop !== 'string' && prop.local === 'prop');
});

test('a serialised value means the same when parsed again', () => {
  const source = '<p xmlns="urn:a"><q xmlns="urn:b" xmlns:z="urn:z" z:attr="1 &amp; 2">text &lt;x&gt; 𐀀</q><plain xmlns="">v</plain></p>';
  const root = parseXml(source);
  const value = serializeChildren(root.children, root.ns);
  const again = parseXml(`<p xmlns="urn:a">${value}</p>`);
  assert.equal(again, root);
  assert.is(textOf(again), 'text <x> 𐀀v');
});

for (const bad of ['<a>', '<a></b>', 'not xml', '<a xmlns:p=""><p:b/></a>', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', '<a>&undefined;</a>', '']) {
  test(`refuses malformed ${JSON.stringify(bad).slice(0, 40)}`, () => {
    assertRefused(() => parseXml(bad), 400);
  });
}

test.run();
