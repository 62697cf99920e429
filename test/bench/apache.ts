/**
 * The reference server for the WebDAV benchmark: a private Apache httpd 2.4
 * with mod_dav/mod_dav_fs over HTTPS on 127.0.0.1, Basic auth from an
 * htpasswd file (bcrypt), ECDSA P-256 certificate (like the agent's), MPM
 * event with its compiled-in defaults. It runs in the foreground
 * (-DFOREGROUND) as a child of the benchmark, in its own process group, and
 * never touches the system's /etc/apache2 configuration.
 *
 * When the benchmark runs as root, Apache must switch to an unprivileged
 * user for its workers (it refuses to serve as root), so the folders it
 * writes to are given to that user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childPids, freePort, procStatusKiB, resetPeakRss, run, runOk, stopChild } from './proc.js';
import { waitForHttps } from './client.js';

export const APACHE_BIN = '/usr/sbin/apache2';
const MODULE_DIR = '/usr/lib/apache2/modules';

/** Modules loaded, in order. mod_dav_lock is not needed: mod_dav_fs has its own lock database (DAVLockDB). */
const MODULES: Array<[string, string]> = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authn_core_module', 'mod_authn_core.so'],
  ['authn_file_module', 'mod_authn_file.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['authz_user_module', 'mod_authz_user.so'],
  ['auth_basic_module', 'mod_auth_basic.so'],
  ['dav_module', 'mod_dav.so'],
  ['dav_fs_module', 'mod_dav_fs.so'],
  ['socache_shmcb_module', 'mod_socache_shmcb.so'],
  ['ssl_module', 'mod_ssl.so'],
  ['mime_module', 'mod_mime.so'],
];

export interface ApacheOptions {
  /** A private, empty folder for the configuration, certificate, logs and runtime files. */
  dir: string;
  /** The folder served by WebDAV (created if missing). */
  root: string;
  user: string;
  password: string;
  /**
   * How htpasswd stores the password: 'bcrypt' (htpasswd -B, cost 5, the
   * default) or 'sha' (htpasswd -s, unsalted SHA-1). Apache checks the hash
   * on every request; mod_authn_socache would not help, as it caches the
   * hash, not the outcome. 'sha' shows Apache's speed without bcrypt.
   */
  hash?: 'bcrypt' | 'sha';
}

export interface ApacheServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly root: string;
  readonly configPath: string;
  /** Sum over the parent and its worker processes (KiB); shared pages are counted once per process. */
  memory(): { rssKiB: number; hwmKiB: number; processes: number };
  /** Starts every process's peak (VmHWM) afresh; false when the kernel refuses for one of them. */
  resetPeak(): boolean;
  /** Gives files created in root by someone else (the benchmark) to the user the workers run as. */
  adopt(path: string): Promise<void>;
  errorLog(): string;
  stop(): Promise<void>;
}

function q(path: string): string {
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

async function runAs(): Promise<{ user: string; group: string } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  for (const [user, group] of [['www-data', 'www-data'], ['nobody', 'nogroup'], ['daemon', 'daemon']] as const) {
    const u = await run('getent', ['passwd', user]);
    const g = await run('getent', ['group', group]);
    if (u.code === 0 && g.code === 0) return { user, group };
  }
  throw new Error('running as root, but found no unprivileged user (www-data, nobody, daemon) for Apache workers');
}

export async function startApache(options: ApacheOptions): Promise<ApacheServer> {
  const { dir, root, user, password } = options;
  const hash = options.hash ?? 'bcrypt';
  const runDir = join(dir, 'run');
  const lockDir = join(dir, 'davlock');
  const logDir = join(dir, 'logs');
  for (const d of [dir, root, runDir, lockDir, logDir]) mkdirSync(d, { recursive: true });

  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  await runOk('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-addext', 'basicConstraints=critical,CA:FALSE',
  ]);
  const htpasswd = join(dir, 'htpasswd');
  await runOk('htpasswd', [hash === 'sha' ? '-cbs' : '-cbB', htpasswd, user, password]);

  const as = await runAs();
  if (as) await runOk('chown', ['-R', `${as.user}:${as.group}`, root, lockDir]);

  const port = await freePort();
  const mimeTypes = existsSync('/etc/mime.types') ? `TypesConfig /etc/mime.types` : '# no /etc/mime.types';
  const conf = [
    `# Private Apache for test/bench/dav.ts; generated, do not edit.`,
    `ServerRoot ${q(dir)}`,
    `ServerName 127.0.0.1`,
    `PidFile ${q(join(runDir, 'httpd.pid'))}`,
    `DefaultRuntimeDir ${q(runDir)}`,
    `Mutex file:${runDir} default`,
    `ErrorLog ${q(join(logDir, 'error.log'))}`,
    `LogLevel warn`,
    ...MODULES.map(([name, file]) => `LoadModule ${name} ${q(join(MODULE_DIR, file))}`),
    ...(as ? [`User ${as.user}`, `Group ${as.group}`] : []),
    `Listen 127.0.0.1:${port}`,
    // MPM event: compiled-in defaults (no StartServers/ThreadsPerChild/... here).
    `KeepAlive On`,
    // Node's server has no per-connection request limit; Apache's default of 100
    // would add a TLS handshake every 100 requests to the wrk run.
    `MaxKeepAliveRequests 0`,
    // Since 2.4.54 the default is 1 GiB, which would refuse --size-mib > 1024.
    `LimitRequestBody 0`,
    `HostnameLookups Off`,
    mimeTypes,
    `SSLEngine on`,
    `SSLCertificateFile ${q(cert)}`,
    `SSLCertificateKeyFile ${q(key)}`,
    `SSLSessionCache ${q(`shmcb:${join(runDir, 'ssl_scache')}(512000)`)}`,
    `DAVLockDB ${q(join(lockDir, 'DAVLock'))}`,
    `DocumentRoot ${q(root)}`,
    `<Directory />`,
    `  AllowOverride None`,
    `  Require all denied`,
    `</Directory>`,
    `<Directory ${q(root)}>`,
    `  AllowOverride None`,
    `  Options None`,
    `  Dav On`,
    `  AuthType Basic`,
    `  AuthName "mesh-share bench"`,
    `  AuthBasicProvider file`,
    `  AuthUserFile ${q(htpasswd)}`,
    `  Require valid-user`,
    `</Directory>`,
    '',
  ].join('\n');
  const configPath = join(dir, 'httpd.conf');
  writeFileSync(configPath, conf);
  await runOk(APACHE_BIN, ['-t', '-f', configPath]);

  const outPath = join(logDir, 'stdout.log');
  const out = openSync(outPath, 'a');
  const child: ChildProcess = spawn(APACHE_BIN, ['-f', configPath, '-DFOREGROUND'], {
    stdio: ['ignore', out, out],
    detached: true,
    env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C' },
  });
  closeSync(out);
  let exitNote: string | undefined;
  child.on('exit', (code, signal) => { exitNote = `apache2 exited (${code ?? signal})`; });
  const errorLog = (): string => {
    const read = (p: string): string => { try { return readFileSync(p, 'utf8'); } catch { return ''; } };
    return `${read(join(logDir, 'error.log'))}${read(outPath)}`;
  };
  const url = `https://127.0.0.1:${port}/`;
  try {
    await waitForHttps(url, 20_000, () => (exitNote ? `${exitNote}:\n${errorLog().slice(-3000)}` : undefined));
  } catch (err) {
    await stopChild(child, { group: true, graceMs: 3000 });
    throw err;
  }
  const pid = child.pid!;

  return {
    url,
    port,
    pid,
    root,
    configPath,
    memory() {
      let rssKiB = 0;
      let hwmKiB = 0;
      let processes = 0;
      for (const p of [pid, ...childPids(pid)]) {
        const s = procStatusKiB(p);
        if (!s) continue;
        rssKiB += s.VmRSS ?? 0;
        hwmKiB += s.VmHWM ?? 0;
        processes += 1;
      }
      return { rssKiB, hwmKiB, processes };
    },
    resetPeak() {
      return [pid, ...childPids(pid)].map(resetPeakRss).every(Boolean);
    },
    async adopt(path: string) {
      if (as) await runOk('chown', ['-R', `${as.user}:${as.group}`, path]);
    },
    errorLog,
    async stop() {
      await stopChild(child, { group: true, graceMs: 10_000 });
    },
  };
}
