/**
 * Self-test of test/harness/mesh-agent.ts: real agents in host namespaces,
 * each with its own session bus, reachable from the other laptop at its
 * link-local address; restart keeps the identity; cleanup leaves nothing.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { Mesh, listNetns, pidsInNamespaces } from '../harness/mesh.js';
import { startMeshAgents, type MeshAgent } from '../harness/mesh-agent.js';
import { requireRoot } from '../harness/root.js';

let mesh: Mesh | null = null;
let agents: MeshAgent[] = [];

test.before(async () => {
  if (!requireRoot('test/integration/harness-agent.test.ts')) throw new Error('needs root (see the banner above)');
  mesh = await Mesh.create({ hosts: 2 });
  agents = await startMeshAgents(mesh.hosts, (host) => ({ nick: ['Ana', 'Bruno'][host.index]! }));
});

test.after(async () => {
  await Promise.all(agents.map((agent) => agent.cleanup().catch(() => undefined)));
  await mesh?.destroy();
});

test('each agent runs in its host namespace and agent.json says where', async () => {
  for (const [i, agent] of agents.entries()) {
    assert.is(agent.host, mesh!.hosts[i]);
    const info = await agent.info();
    assert.is(info.pid, agent.pid);
    assert.is(typeof info.peerId, 'string');
    assert.is(typeof info.p2pPort, 'number');
    assert.is(typeof info.davPort, 'number');
    assert.is(info.dataDir, agent.dataDir);
    assert.is(info.shareDir, agent.shareDir);
    assert.ok(pidsInNamespaces([agent.host.name]).includes(agent.pid!), 'the agent process is inside the host namespace');
  }
  assert.is.not((await agents[0]!.info()).peerId, (await agents[1]!.info()).peerId);
  assert.is.not(agents[0]!.busEnv.DBUS_SESSION_BUS_ADDRESS, agents[1]!.busEnv.DBUS_SESSION_BUS_ADDRESS, 'one bus each');
});

test('cli() talks to this agent over its own bus', async () => {
  for (const [i, agent] of agents.entries()) {
    const result = await agent.cli(['status', '--json']);
    assert.is(result.code, 0, result.stderr);
    const status = JSON.parse(result.stdout) as Record<string, unknown>;
    assert.is(status.nick, ['Ana', 'Bruno'][i]);
    assert.is(status.peer_id, (await agent.info()).peerId);
  }
});

test("the other laptop reaches the share at the host's link-local address", async () => {
  const [ana, bruno] = agents as [MeshAgent, MeshAgent];
  const port = String((await ana.info()).davPort);
  const result = await bruno.host.exec('curl', ['-k', '-s', '-o', '/dev/null', '-w', '%{http_code}', '-u', `${ana.user}:${ana.password}`, `https://${ana.host.address}:${port}/`]);
  assert.is(result.stdout, '200', result.stderr);
});

test('restart keeps the data dir and identity, with a new process', async () => {
  const agent = agents[0]!;
  const before = await agent.info();
  await agent.restart();
  const after = await agent.info();
  assert.is.not(after.pid, before.pid);
  assert.is(after.pid, agent.pid);
  assert.is(after.peerId, before.peerId);
  assert.is(after.dataDir, before.dataDir);
  assert.match(agent.stdout(), /certificate/i);
  assert.is((await agent.cli(['status', '--json'])).code, 0);
});

test('stop: SIGTERM ends it cleanly, agent.json goes; kill() and cleanup() leave nothing', async () => {
  const [ana, bruno] = agents as [MeshAgent, MeshAgent];
  assert.is(await ana.stop(), 0);
  assert.is(ana.pid, null);
  assert.not.ok(existsSync(`${ana.dataDir}/agent.json`));
  await bruno.kill();
  assert.is(bruno.pid, null);
  const dirs = agents.flatMap((agent) => [agent.dataDir, agent.shareDir]);
  await Promise.all(agents.map((agent) => agent.cleanup()));
  for (const dir of dirs) assert.not.ok(existsSync(dir), `${dir} removed`);
  assert.equal(pidsInNamespaces(mesh!.namespaces()), []);
  await mesh!.destroy();
  assert.equal(
    listNetns().filter((name) => name.startsWith(`${mesh!.prefix}-`)),
    [],
  );
});

test.run();
