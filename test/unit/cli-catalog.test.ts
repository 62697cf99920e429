import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { COMMANDS } from '../../agent/commands/catalog.js';

test('every catalog entry loads the command of its name, with a usage that names it', async () => {
  for (const entry of COMMANDS) {
    const command = await entry.load();
    assert.is(command.name, entry.name);
    assert.match(command.usage, `mesh-share ${entry.name}`, entry.name);
    assert.ok(entry.summary.length > 0 && entry.summary.length <= 80 && !entry.summary.endsWith('.'), `${entry.name}: ${entry.summary}`);
  }
});

test('names are unique', () => {
  const names = COMMANDS.map((entry) => entry.name);
  assert.equal([...new Set(names)], names);
});

test.run();
