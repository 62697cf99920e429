/**
 * avahi-daemon inside one host namespace of a Mesh: what a Sugar laptop runs
 * (Salut, the Neighborhood view and anything else doing DNS-SD talk to it).
 *
 * Recipe (FACTS.md, mDNS / DNS-SD / Salut): a private tmpfs `/run` in a
 * mount namespace of its own (so the laptop's real avahi and system bus are
 * never seen), a system dbus-daemon started by hand whose policy allows
 * everything including `receive_sender="*"`, and
 * `avahi-daemon --no-drop-root --no-chroot --no-rlimits` with IPv4 only on
 * `v0`. `ip netns exec` already gives the first process a mount namespace
 * of its own; the dbus-daemon is that process, and the daemon,
 * avahi-browse and avahi-publish-service join its mount namespace with
 * `nsenter -t PID -m`. `/etc/avahi/services` is hidden too (an empty tmpfs),
 * so only what a test publishes is announced.
 *
 * Needs: avahi-daemon, avahi-utils (avahi-browse, avahi-publish-service),
 * dbus-daemon, util-linux (nsenter), mount.
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecResult, MeshHost } from './mesh.js';

const START_TIMEOUT_MS = 15_000;

/** Config folders of avahis not yet stopped: removed if the process exits first (the processes die with the mesh). */
const liveDirs = new Set<string>();
let exitHookInstalled = false;

export interface AvahiOptions {
  /** The mDNS host name (without `.local`); default `xo-hN` for host N. */
  hostName?: string;
}

export interface AvahiPublication {
  /** The instance name avahi settled on (it renames on a collision). */
  readonly name: string;
  withdraw(): Promise<void>;
}

export interface Avahi {
  readonly host: MeshHost;
  readonly hostName: string;
  /** `avahi-browse -r -t -p -k` for one type, or `-a` for all: resolved (`=`) lines with addresses, ports and TXT. */
  browse(type?: string): Promise<string>;
  /** Browses again every half second until the output satisfies `check`; returns that output (throws after `timeoutMs`, default 10 s). */
  waitFor(check: (output: string) => boolean, options?: { type?: string; timeoutMs?: number }): Promise<string>;
  /** `avahi-publish-service NAME TYPE PORT TXT...`, running until withdraw(); resolves once avahi says it is established. */
  publish(name: string, type: string, port: number, txt: string[]): Promise<AvahiPublication>;
  /** Any command inside this avahi's mount and network namespace (e.g. `avahi-resolve`). */
  exec(command: string, args: string[], options?: { input?: string; timeoutMs?: number }): Promise<ExecResult>;
  /** Everything avahi-daemon logged so far. */
  log(): string;
  stop(): Promise<void>;
}

function busConfig(): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=/run/dbus/system_bus_socket</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow receive_sender="*"/>
    <allow eavesdrop="true"/>
  </policy>
</busconfig>
`;
}

function avahiConfig(hostName: string, iface: string): string {
  return `[server]
host-name=${hostName}
use-ipv4=yes
use-ipv6=no
allow-interfaces=${iface}
enable-dbus=yes
ratelimit-interval-usec=1000000
ratelimit-burst=1000

[wide-area]
enable-wide-area=no

[publish]
publish-hinfo=no
publish-workstation=no
`;
}

/** Collects a child's stdout and stderr, and waits for a line. */
class Output {
  text = '';
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  constructor(child: ChildProcess) {
    this.child = child;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (this.text += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.text += chunk));
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', () => resolve({ code: null, signal: null }));
    });
  }
  running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
  async waitFor(pattern: RegExp, what: string, timeoutMs = START_TIMEOUT_MS): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(this.text);
      if (match) return match;
      if (!this.running()) {
        await this.exited;
        throw new Error(`${what} exited (${this.child.exitCode ?? this.child.signalCode}) first:\n${this.text.trim() || '(no output)'}`);
      }
      if (Date.now() > deadline) throw new Error(`${what}: nothing matched ${pattern} within ${timeoutMs / 1000} s:\n${this.text.trim() || '(no output)'}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (!this.running()) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3_000);
    await this.exited;
    clearTimeout(timer);
  }
}

export async function startAvahi(host: MeshHost, options: AvahiOptions = {}): Promise<Avahi> {
  const hostName = options.hostName ?? `xo-h${host.index}`;
  if (!/^[A-Za-z0-9-]{1,63}$/.test(hostName)) throw new Error(`bad avahi host name ${JSON.stringify(hostName)}`);
  const dir = await mkdtemp(join(tmpdir(), 'mesh-share-avahi-'));
  liveDirs.add(dir);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const made of liveDirs) rmSync(made, { recursive: true, force: true });
    });
  }
  const busConf = join(dir, 'bus.conf');
  const avahiConf = join(dir, 'avahi-daemon.conf');
  await writeFile(busConf, busConfig());
  await writeFile(avahiConf, avahiConfig(hostName, host.iface));

  const processes: Output[] = [];
  const publications = new Set<AvahiPublication>();
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await Promise.all([...publications].map((publication) => publication.withdraw()));
    // avahi-daemon says goodbye (records with TTL 0) before the bus goes.
    for (const output of processes.slice().reverse()) await output.stop();
    await rm(dir, { recursive: true, force: true });
    liveDirs.delete(dir);
  };

  try {
    const script = [
      'set -e',
      'mount -t tmpfs -o mode=0755 tmpfs /run',
      'mkdir -p /run/dbus /run/avahi-daemon',
      'if [ -d /etc/avahi/services ]; then mount -t tmpfs -o mode=0755 tmpfs /etc/avahi/services; fi',
      `exec dbus-daemon --config-file=${busConf} --nofork --nopidfile --print-address=1`,
    ].join('\n');
    const bus = new Output(host.spawn('sh', ['-c', script]));
    processes.push(bus);
    await bus.waitFor(/^unix:\S+$/m, `the system dbus-daemon for avahi in ${host.name}`);
    const anchor = String(bus.child.pid);
    const inMountNs = (command: string, args: string[]): [string, string[]] => ['nsenter', ['-t', anchor, '-m', '--', command, ...args]];

    const daemon = new Output(host.spawn(...inMountNs('avahi-daemon', ['-f', avahiConf, '--no-drop-root', '--no-chroot', '--no-rlimits'])));
    processes.push(daemon);
    await daemon.waitFor(/Server startup complete/, `avahi-daemon in ${host.name}`);

    const exec = (command: string, args: string[], execOptions: { input?: string; timeoutMs?: number } = {}): Promise<ExecResult> => {
      if (stopped) return Promise.reject(new Error('avahi has been stopped'));
      return host.exec(...inMountNs(command, args), execOptions);
    };

    const browse = async (type?: string): Promise<string> => {
      const result = await exec('avahi-browse', ['-r', '-t', '-p', '-k', type ?? '-a'], { timeoutMs: 20_000 });
      if (result.code !== 0) throw new Error(`avahi-browse in ${host.name} failed (${result.code ?? result.signal}): ${result.stderr.trim()}`);
      return result.stdout;
    };

    return {
      host,
      hostName,
      browse,
      exec,
      log: () => daemon.text,
      stop,
      async waitFor(check, waitOptions = {}) {
        const timeoutMs = waitOptions.timeoutMs ?? 10_000;
        const deadline = Date.now() + timeoutMs;
        let last = '';
        for (;;) {
          last = await browse(waitOptions.type);
          if (check(last)) return last;
          if (Date.now() > deadline) throw new Error(`avahi-browse in ${host.name} did not show what was awaited within ${timeoutMs / 1000} s; last output:\n${last.trim() || '(nothing)'}`);
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      },
      async publish(name, type, port, txt) {
        if (stopped) throw new Error('avahi has been stopped');
        const child = new Output(host.spawn(...inMountNs('avahi-publish-service', [name, type, String(port), ...txt])));
        processes.push(child);
        let established: RegExpExecArray;
        try {
          established = await child.waitFor(/Established under name '(.*)'/, `avahi-publish-service ${name} ${type}`);
        } catch (error) {
          await child.stop('SIGKILL');
          throw error;
        }
        const publication: AvahiPublication = {
          name: established[1]!,
          async withdraw() {
            publications.delete(publication);
            await child.stop();
          },
        };
        publications.add(publication);
        return publication;
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface BrowseEntry {
  /** `+` appeared, `-` went away, `=` resolved. */
  event: '+' | '-' | '=';
  iface: string;
  protocol: string;
  /** Instance name, unescaped (avahi prints a space as `\032`). */
  name: string;
  type: string;
  domain: string;
  /** Only on `=` lines. */
  hostName?: string;
  address?: string;
  port?: number;
  /** Only on `=` lines: each `"k=v"` string unquoted, as avahi prints them. */
  txt?: string[];
}

/** Parses `avahi-browse -p` output. */
export function parseBrowse(output: string): BrowseEntry[] {
  const entries: BrowseEntry[] = [];
  for (const line of output.split('\n')) {
    const fields = line.split(';');
    const event = fields[0];
    if ((event !== '+' && event !== '-' && event !== '=') || fields.length < 6) continue;
    const entry: BrowseEntry = { event, iface: fields[1]!, protocol: fields[2]!, name: unescapeAvahi(fields[3]!), type: fields[4]!, domain: fields[5]! };
    if (event === '=' && fields.length >= 10) {
      entry.hostName = fields[6]!;
      entry.address = fields[7]!;
      entry.port = Number(fields[8]);
      const txt = fields.slice(9).join(';');
      entry.txt = [...txt.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => unescapeAvahi(match[1]!));
    }
    entries.push(entry);
  }
  return entries;
}

/** avahi-browse escapes `.` and `\` as `\.` `\\`, and other bytes as `\DDD` (decimal). */
function unescapeAvahi(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && /^\d{3}$/.test(text.slice(i + 1, i + 4))) {
      bytes.push(Number(text.slice(i + 1, i + 4)));
      i += 3;
    } else if (ch === '\\' && i + 1 < text.length) {
      bytes.push(...Buffer.from(text[i + 1]!, 'utf8'));
      i += 1;
    } else {
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
