import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import { COMMANDS } from '../../agent/commands/catalog.js';
import type { CommandIo } from '../../agent/command.js';

/** Runs a command with captured output and no agent to talk to. */
async function run(name: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const entry = COMMANDS.find((candidate) => candidate.name === name)!;
  const command = await entry.load();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io = { stdin: new PassThrough(), stdout, stderr, env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' } } as unknown as CommandIo;
  const code = await command.run(argv, io);
  return { code, stdout: out, stderr: err };
}

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

test('every command: an unknown option is a usage error (exit 2) that names it; --help prints the usage (exit 0)', async () => {
  for (const { name } of COMMANDS) {
    const bad = await run(name, ['--no-such-option']);
    assert.is(bad.code, 2, `${name}: ${bad.stdout}${bad.stderr}`);
    assert.match(bad.stderr, '--no-such-option', name);
    const help = await run(name, ['--help']);
    assert.is(help.code, 0, name);
    assert.match(help.stdout, `mesh-share ${name}`, name);
  }
});

test('with --json, a usage error is JSON on stdout too', async () => {
  for (const name of ['send', 'share', 'peers', 'group', 'unshare', 'share-url', 'cancel']) {
    const bad = await run(name, ['--json', '--no-such-option']);
    assert.is(bad.code, 2, name);
    const reply = JSON.parse(bad.stdout.trim()) as { error?: { code?: string; message?: string } };
    assert.match(JSON.stringify(reply), '--no-such-option', name);
  }
});

test.run();
