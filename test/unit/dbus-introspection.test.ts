import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { MeshShareApi } from '../../dbus/api.js';
import { IntrospectionError, isSingleCompleteType, loadMeshShareSpec, parseIntrospection, splitSignature, type InterfaceSpec } from '../../dbus/introspection.js';
import { checkBindings } from '../../dbus/service.js';

test('the checked-in XML parses into every member with its arguments, types and access', async () => {
  const spec = await loadMeshShareSpec();
  assert.is(spec.name, 'org.sugarlabs.MeshShare1');
  assert.equal(spec.methods, {
    Status: { name: 'Status', inArgs: [], outArgs: [{ name: 'status', type: 'a{sv}' }], inSignature: '', outSignature: 'a{sv}' },
    ShareEntry: {
      name: 'ShareEntry',
      inArgs: [
        { name: 'path', type: 's' },
        { name: 'metadata', type: 'a{sv}' },
      ],
      outArgs: [{ name: 'url', type: 's' }],
      inSignature: 'sa{sv}',
      outSignature: 's',
    },
    ListShared: { name: 'ListShared', inArgs: [], outArgs: [{ name: 'entries', type: 'aa{sv}' }], inSignature: '', outSignature: 'aa{sv}' },
    Unshare: { name: 'Unshare', inArgs: [{ name: 'url', type: 's' }], outArgs: [], inSignature: 's', outSignature: '' },
    ListPeers: { name: 'ListPeers', inArgs: [], outArgs: [{ name: 'peers', type: 'aa{sv}' }], inSignature: '', outSignature: 'aa{sv}' },
    SendTo: { name: 'SendTo', inArgs: [{ name: 'paths', type: 'as' }, { name: 'recipients', type: 'as' }, { name: 'metadata', type: 'a{sv}' }], outArgs: [{ name: 'transfer_id', type: 's' }], inSignature: 'asasa{sv}', outSignature: 's' },
    SendVia: {
      name: 'SendVia',
      inArgs: [{ name: 'paths', type: 'as' }, { name: 'recipients', type: 'as' }, { name: 'holder', type: 's' }, { name: 'metadata', type: 'a{sv}' }],
      outArgs: [{ name: 'transfer_id', type: 's' }],
      inSignature: 'asassa{sv}',
      outSignature: 's',
    },
    ListTransfers: { name: 'ListTransfers', inArgs: [], outArgs: [{ name: 'transfers', type: 'aa{sv}' }], inSignature: '', outSignature: 'aa{sv}' },
    CancelTransfer: { name: 'CancelTransfer', inArgs: [{ name: 'transfer_id', type: 's' }], outArgs: [], inSignature: 's', outSignature: '' },
    ListOffers: { name: 'ListOffers', inArgs: [], outArgs: [{ name: 'offers', type: 'aa{sv}' }], inSignature: '', outSignature: 'aa{sv}' },
    AcceptOffer: { name: 'AcceptOffer', inArgs: [{ name: 'offer_id', type: 's' }], outArgs: [], inSignature: 's', outSignature: '' },
    DeclineOffer: { name: 'DeclineOffer', inArgs: [{ name: 'offer_id', type: 's' }], outArgs: [], inSignature: 's', outSignature: '' },
    TrustPeer: { name: 'TrustPeer', inArgs: [{ name: 'peer', type: 's' }], outArgs: [{ name: 'peer_id', type: 's' }], inSignature: 's', outSignature: 's' },
    UntrustPeer: { name: 'UntrustPeer', inArgs: [{ name: 'peer', type: 's' }], outArgs: [], inSignature: 's', outSignature: '' },
    ListTrusted: { name: 'ListTrusted', inArgs: [], outArgs: [{ name: 'peers', type: 'aa{sv}' }], inSignature: '', outSignature: 'aa{sv}' },
    SetGroup: { name: 'SetGroup', inArgs: [{ name: 'name', type: 's' }, { name: 'members', type: 'as' }], outArgs: [], inSignature: 'sas', outSignature: '' },
    ListGroups: { name: 'ListGroups', inArgs: [], outArgs: [{ name: 'groups', type: 'a{sas}' }], inSignature: '', outSignature: 'a{sas}' },
    MakeShareUrls: {
      name: 'MakeShareUrls',
      inArgs: [
        { name: 'path', type: 's' },
        { name: 'options', type: 'a{sv}' },
      ],
      outArgs: [{ name: 'links', type: 'a{sv}' }],
      inSignature: 'sa{sv}',
      outSignature: 'a{sv}',
    },
    Revoke: { name: 'Revoke', inArgs: [{ name: 'url_or_ticket', type: 's' }], outArgs: [], inSignature: 's', outSignature: '' },
    ListTickets: { name: 'ListTickets', inArgs: [], outArgs: [{ name: 'tickets', type: 'aa{sv}' }], inSignature: '', outSignature: 'aa{sv}' },
  });
  assert.equal(spec.signals, {
    Shared: { name: 'Shared', args: [{ name: 'entry', type: 'a{sv}' }], signature: 'a{sv}' },
    Unshared: { name: 'Unshared', args: [{ name: 'url', type: 's' }], signature: 's' },
    PeerAppeared: { name: 'PeerAppeared', args: [{ name: 'peer', type: 'a{sv}' }], signature: 'a{sv}' },
    PeerChanged: { name: 'PeerChanged', args: [{ name: 'peer', type: 'a{sv}' }], signature: 'a{sv}' },
    PeerVanished: { name: 'PeerVanished', args: [{ name: 'id', type: 's' }], signature: 's' },
    TransferProgress: { name: 'TransferProgress', args: [{ name: 'transfer_id', type: 's' }, { name: 'peer_id', type: 's' }, { name: 'done', type: 't' }, { name: 'total', type: 't' }], signature: 'sstt' },
    RecipientChanged: { name: 'RecipientChanged', args: [{ name: 'transfer_id', type: 's' }, { name: 'recipient', type: 'a{sv}' }], signature: 'sa{sv}' },
    TransferFinished: { name: 'TransferFinished', args: [{ name: 'transfer_id', type: 's' }, { name: 'report', type: 'a{sv}' }], signature: 'sa{sv}' },
    OfferReceived: { name: 'OfferReceived', args: [{ name: 'offer', type: 'a{sv}' }], signature: 'a{sv}' },
    FileReceived: { name: 'FileReceived', args: [{ name: 'file', type: 'a{sv}' }], signature: 'a{sv}' },
  });
  assert.equal(Object.keys(spec.properties), ['Version', 'ShareUrl', 'ShareDir', 'User', 'PeerId', 'SharedCount']);
  assert.equal(spec.properties.SharedCount, { name: 'SharedCount', type: 'u', access: 'read' });
  for (const property of Object.values(spec.properties)) assert.is(property.access, 'read', property.name);
});

test('introspection as a bus returns it: several interfaces, annotations, child nodes, a DOCTYPE', () => {
  const node = parseIntrospection(`<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node name="/a">
  <interface name="org.freedesktop.DBus.Peer"><method name="Ping"/></interface>
  <interface name="org.example.X">
    <method name="M"><arg type="s"/><annotation name="org.freedesktop.DBus.Deprecated" value="true"/><arg name="r" type="(ia{s(ay)})" direction="out"/></method>
    <signal name="S"><arg name="a" type="as" direction="out"/></signal>
  </interface>
  <node name="child"/>
</node>`);
  assert.is(node.name, '/a');
  assert.equal(Object.keys(node.interfaces), ['org.freedesktop.DBus.Peer', 'org.example.X']);
  assert.equal(node.children, ['child']);
  const x = node.interfaces['org.example.X']!;
  assert.equal(x.methods.M, { name: 'M', inArgs: [{ name: '', type: 's' }], outArgs: [{ name: 'r', type: '(ia{s(ay)})' }], inSignature: 's', outSignature: '(ia{s(ay)})' });
  assert.equal(x.signals.S!.args, [{ name: 'a', type: 'as' }]);
});

test('broken introspection is refused with the element named', () => {
  const refuses = (xml: string, pattern: RegExp): void => {
    try {
      parseIntrospection(xml);
    } catch (error) {
      assert.instance(error, IntrospectionError);
      assert.match((error as Error).message, pattern);
      return;
    }
    assert.unreachable(`accepted: ${xml}`);
  };
  refuses('<node><interface name="a.b"><method name="M"><arg type="sa{sv}"/></method></interface></node>', /not one complete D-Bus type/);
  refuses('<node><interface name="a.b"><method name="M"><arg type="a{vs}"/></method></interface></node>', /not one complete D-Bus type/);
  refuses('<node><interface name="a.b"><property name="P" type="s"/></interface></node>', /access=/);
  refuses('<node><interface name="a.b"><method name="M"/><signal name="M"/></interface></node>', /declared twice/);
  refuses('<node><interface name="nodots"/></node>', /not a valid interface name/);
  refuses('<node><interface name="a.b"><method name="has-dash"/></interface></node>', /not a valid member name/);
  refuses('<node><interface name="a.b"><method name="M"><arg type="s" direction="sideways"/></method></interface></node>', /direction/);
  refuses('<node><interface name="a.b"><signal name="S"><arg type="s" direction="in"/></signal></interface></node>', /no direction "in"/);
  refuses('<interface name="a.b"/>', /root element must be <node>/);
  refuses('<node><interface name="a.b">', /not valid/);
});

test('signatures split into complete types and bad ones are refused', () => {
  assert.equal(splitSignature(''), []);
  assert.equal(splitSignature('sa{sv}'), ['s', 'a{sv}']);
  assert.equal(splitSignature('aa{sv}(ii)ayv'), ['aa{sv}', '(ii)', 'ay', 'v']);
  assert.equal(splitSignature('a{s(a{sv}as)}x'), ['a{s(a{sv}as)}', 'x']);
  for (const bad of ['a', '(', '()', 'a{sv', 'a{svv}', 'a{(s)v}', 'z', '{sv}', ')', 'a'.repeat(33) + 's']) {
    assert.throws(() => splitSignature(bad), (error: unknown) => error instanceof IntrospectionError, bad);
    assert.is(isSingleCompleteType(bad), false, bad);
  }
  assert.is(isSingleCompleteType('a{sv}'), true);
  assert.is(isSingleCompleteType('ss'), false);
});

function apiFor(spec: InterfaceSpec): MeshShareApi {
  const fn = (): never => {
    throw new Error('not called');
  };
  return {
    methods: Object.fromEntries(Object.keys(spec.methods).map((name) => [name, fn])) as unknown as MeshShareApi['methods'],
    properties: Object.fromEntries(Object.keys(spec.properties).map((name) => [name, fn])) as unknown as MeshShareApi['properties'],
    signals: Object.fromEntries(Object.keys(spec.signals).map((name) => [name, fn])) as unknown as MeshShareApi['signals'],
    onPropertiesChanged: () => () => undefined,
  };
}

test('bindings: every XML member needs a handler, every handler a member', async () => {
  const spec = await loadMeshShareSpec();
  assert.equal(checkBindings(spec, apiFor(spec)), []);

  const missing = apiFor(spec);
  delete (missing.methods as unknown as Record<string, unknown>).Unshare;
  delete (missing.signals as unknown as Record<string, unknown>).Shared;
  assert.equal(checkBindings(spec, missing), [
    'the method Unshare is in the XML but the agent does not implement it',
    'the signal Shared is in the XML but the agent does not implement it',
  ]);

  const extra = apiFor(spec);
  (extra.methods as unknown as Record<string, unknown>).Secret = () => undefined;
  (extra.properties as unknown as Record<string, unknown>).Hidden = () => 1;
  assert.equal(checkBindings(spec, extra), [
    'the agent implements the method Secret, which the XML does not declare',
    'the agent implements the property Hidden, which the XML does not declare',
  ]);

  const writable: InterfaceSpec = { ...spec, properties: { ...spec.properties, Version: { name: 'Version', type: 's', access: 'readwrite' } } };
  assert.match(checkBindings(writable, apiFor(spec)).join(), /Version is writable/);
});

test.run();
