import { EXIT, type Command, type CommandIo } from '../command.js';
import type { AgentClient, PlainDict, PlainValue } from '../dbus-client.js';
import { callAgent, emit } from './agent-call.js';
import { formatTable, jsonLine, toJson, toNumber, usageFailureOutput, wantsJson } from './format.js';
import { parseCommandLine } from './command-line.js';

const USAGE = `Usage: mesh-share peers [--json] [--watch]

Lists the laptops around this one: classmates running mesh-share and
Sugar buddies (Telepathy Salut), with their name, what they run, whether
they are here or gone (and since when), their address and, for
mesh-share, the address of their share.

Options:
  --json      print {"peers":[...]} as one line of JSON; each peer has id,
              peer_id, nick, color, host, addresses, share_url, status,
              message, sources, last_seen (seconds since 1970), online
              (keys as in D-Bus ListPeers; missing values left out)
  --watch     after the list, print each change as it happens (a laptop
              arrives, changes, leaves) until Ctrl-C; with --json, one
              line of JSON per change: {"event":"appeared"|"changed",
              "peer":{...}} or {"event":"vanished","id":"..."}
  -h, --help  show this help

Exit codes: 0 listed (also when nobody is around); 1 the agent failed to
answer; 2 wrong usage; 3 no agent is running or there is no D-Bus session
bus.
`;

export const peersCommand: Command = {
  name: 'peers',
  usage: USAGE,
  run: runPeers,
};

async function runPeers(argv: string[], io: CommandIo): Promise<number> {
  const json = wantsJson(argv);
  const line = parseCommandLine(argv, { watch: { type: 'boolean' } });
  if (line.kind === 'usage') return emit(io, usageFailureOutput('peers', line.message, json));
  if (line.kind === 'help') {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  // Same words as before the shared parser: peers takes no arguments.
  if (positionals.length > 0) return emit(io, usageFailureOutput('peers', `unexpected argument ${positionals[0]}.`, json));
  if (values.watch !== true) {
    const result = await callAgent(io, json, (client) => client.listPeers());
    if (!result.ok) return result.exitCode;
    io.stdout.write(`${json ? jsonLine({ peers: result.value.map((peer) => toJson(peer)) }) : formatPeers(result.value, nowSeconds())}\n`);
    return EXIT.ok;
  }
  const result = await callAgent(io, json, (client) => watch(client, io, json));
  return result.ok ? result.value : result.exitCode;
}

/** Subscribes first, then lists, so nothing that happens in between is missed; runs until a signal. */
async function watch(client: AgentClient, io: CommandIo, json: boolean): Promise<number> {
  const known = new Map<string, string>();
  const write = (line: string): void => void io.stdout.write(`${line}\n`);
  const buffered: Array<[string, PlainDict | string]> = [];
  let listed = false;
  const handle = (event: string, peer: PlainDict | string): void => {
    if (!listed) {
      buffered.push([event, peer]);
      return;
    }
    if (json) {
      write(jsonLine(typeof peer === 'string' ? { event, id: peer } : { event, peer: toJson(peer) }));
      return;
    }
    if (typeof peer === 'string') {
      write(`- ${known.get(peer) ?? peer} left`);
      return;
    }
    known.set(String(peer.id), describePeerName(peer));
    write(`${event === 'appeared' ? '+' : '~'} ${describePeerLine(peer)}`);
  };
  const stop = await client.onPeerEvent(handle);
  try {
    const peers = await client.listPeers();
    for (const peer of peers) known.set(String(peer.id), describePeerName(peer));
    write(json ? jsonLine({ event: 'list', peers: peers.map((peer) => toJson(peer)) }) : formatPeers(peers, nowSeconds()));
    if (!json) write('Watching for changes; press Ctrl-C to stop.');
    listed = true;
    for (const [event, peer] of buffered.splice(0)) handle(event, peer);
    let agentGone = false;
    let stopGone = (): void => undefined;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        process.off('SIGINT', done);
        process.off('SIGTERM', done);
        io.stdout.off('error', done);
        resolve();
      };
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
      // A closed pipe (`mesh-share peers --watch | head`) ends the watch instead of raising EPIPE.
      io.stdout.once('error', done);
      // The agent stopped: nothing more will come.
      client
        .onAgentGone(() => {
          agentGone = true;
          done();
        })
        .then((stopWatching) => (stopGone = stopWatching), done);
    });
    stopGone();
    if (agentGone) {
      const message = 'The mesh-share agent stopped; start it again to see who is around.';
      if (json) write(jsonLine({ event: 'agent-stopped', message }));
      else io.stderr.write(`${message}\n`);
      return EXIT.noAgent;
    }
    return EXIT.ok;
  } finally {
    stop();
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function str(value: PlainValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

function list(value: PlainValue | undefined): string[] {
  return Array.isArray(value) ? value.map((item) => String(item)) : [];
}

/** What the laptop runs, in words: mesh-share, a Sugar buddy, both, or some other WebDAV share. */
export function describeKind(peer: PlainDict): string {
  const sources = list(peer.sources);
  const meshShare = str(peer.peer_id) !== '';
  const sugar = sources.includes('presence');
  if (meshShare && sugar) return 'mesh-share, Sugar';
  if (meshShare) return 'mesh-share';
  if (sugar) return 'Sugar buddy';
  return sources.includes('webdavs') ? 'WebDAV share' : 'libp2p';
}

function describePeerName(peer: PlainDict): string {
  return str(peer.nick) || str(peer.id);
}

function describePeerLine(peer: PlainDict): string {
  const address = list(peer.addresses)[0];
  return [`${describePeerName(peer)} (${describeKind(peer)})`, address, str(peer.share_url)].filter(Boolean).join('  ');
}

/** "here" for online peers, "gone 5 min ago" for the others. */
export function describePresence(peer: PlainDict, now: number): string {
  if (peer.online === true) {
    const status = str(peer.status);
    return status === '' || status === 'avail' ? 'here' : `here (${status})`;
  }
  const seen = toNumber(peer.last_seen);
  if (seen === undefined) return 'gone';
  const minutes = Math.max(0, Math.round((now - seen) / 60));
  return minutes < 1 ? 'gone just now' : `gone ${minutes} min ago`;
}

export const NOBODY_AROUND = 'Nobody is around yet. Laptops appear here within seconds of joining the same network (with mesh-share running, or Sugar).';

export function formatPeers(peers: readonly PlainDict[], now: number): string {
  if (peers.length === 0) return NOBODY_AROUND;
  const rows = peers.map((peer) => [describePeerName(peer), describeKind(peer), describePresence(peer, now), list(peer.addresses)[0] ?? '—', str(peer.share_url) || '—']);
  const here = peers.filter((peer) => peer.online === true).length;
  return `${formatTable(['Name', 'Runs', 'Here', 'Address', 'Share'], rows)}\n\n${here} here${peers.length > here ? `, ${peers.length - here} gone` : ''}.`;
}
