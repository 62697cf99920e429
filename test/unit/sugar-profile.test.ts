import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { colorForPeer, parseGVariantString, resolveSugarProfile, type SettingsReader } from '../../agent/sugar-profile.js';

const PEER = '12D3KooWGzBmVHVL6hRs4HhSBZSLbCVt5Zhz5k3pGWW4hNTqUGch';
const settings = (values: Record<string, string | null>): SettingsReader => async (_schema, key) => values[key] ?? null;

test("flags win; then Sugar's settings; then the user name and a colour from the PeerId", async () => {
  assert.equal(await resolveSugarProfile({ user: 'ana', nick: 'Ana B', color: '#FF2B34,#005FE4' }, PEER, settings({ nick: 'X', color: '#000000,#FFFFFF' })), { nick: 'Ana B', color: '#FF2B34,#005FE4' });
  assert.equal(await resolveSugarProfile({ user: 'ana' }, PEER, settings({ nick: 'Anita', color: '#00a0ff,#005fe4' })), { nick: 'Anita', color: '#00A0FF,#005FE4' });
  const fallback = await resolveSugarProfile({ user: 'ana' }, PEER, settings({}));
  assert.equal(fallback, { nick: 'ana', color: colorForPeer(PEER) });
  assert.match(fallback.color, /^#[0-9A-F]{6},#[0-9A-F]{6}$/);
});

test('broken settings are ignored, a failing reader too', async () => {
  assert.equal(await resolveSugarProfile({ user: 'ana' }, PEER, settings({ nick: '', color: 'purple' })), { nick: 'ana', color: colorForPeer(PEER) });
  const throwing: SettingsReader = async () => {
    throw new Error('no dconf');
  };
  assert.is((await resolveSugarProfile({ user: 'ana' }, PEER, throwing)).nick, 'ana');
});

test('gsettings output', () => {
  assert.is(parseGVariantString("'Maria'"), 'Maria');
  assert.is(parseGVariantString(`"O'Neil"`), "O'Neil");
  assert.is(parseGVariantString("'it\\'s'"), "it's");
  assert.is(parseGVariantString('42'), null);
  assert.is(parseGVariantString(''), null);
});

test('the made-up colour is stable per PeerId', () => {
  assert.is(colorForPeer(PEER), colorForPeer(PEER));
});

test.run();
