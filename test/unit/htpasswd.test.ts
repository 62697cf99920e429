import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { passwdCommand } from '../../agent/commands/passwd.js';
import { EXIT, type CommandIo } from '../../agent/command.js';
import type { Logger } from '../../agent/logger.js';
import { defaultDataDir, defaultShareDir, parseUserDir } from '../../agent/paths.js';
import { checkPassword, checkUserName, HtpasswdFile } from '../../web/auth/htpasswd.js';

const run = promisify(execFile);
const HTPASSWD = '/usr/bin/htpasswd';

interface CapturedLog extends Logger {
  lines: { level: string; message: string }[];
}

function captureLog(): CapturedLog {
  const lines: { level: string; message: string }[] = [];
  const push = (level: string) => (message: string): void => {
    lines.push({ level, message });
  };
  return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'mesh-share-htpasswd-'));
}

/** htpasswd -v exits 0 when the password matches, 3 when it does not. */
async function apacheAccepts(file: string, user: string, password: string): Promise<boolean> {
  try {
    await run(HTPASSWD, ['-vb', file, user, password]);
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 3) return false;
    throw error;
  }
}

test('the htpasswd tool from apache2-utils is installed', async () => {
  const info = await stat(HTPASSWD);
  assert.ok(info.isFile(), 'install apache2-utils: the interop tests below need it');
});

test('accepts bcrypt ($2y$), APR1 and {SHA} hashes written by Apache htpasswd', async () => {
  const dir = await tempDir();
  try {
    const file = join(dir, 'htpasswd');
    await run(HTPASSWD, ['-cbB', file, 'ana', 'bcrypt secret']);
    await run(HTPASSWD, ['-bm', file, 'ben', 'apr1 secret']);
    await run(HTPASSWD, ['-bs', file, 'cleo', 'sha secret']);
    const text = await readFile(file, 'utf8');
    assert.match(text, /^ana:\$2y\$/m);
    assert.match(text, /^ben:\$apr1\$/m);
    assert.match(text, /^cleo:\{SHA\}/m);

    const log = captureLog();
    const htpasswd = await HtpasswdFile.open(file, log);
    try {
      assert.equal(htpasswd.users().sort(), ['ana', 'ben', 'cleo']);
      assert.ok(htpasswd.has('ben'));
      assert.not.ok(htpasswd.has('dora'));
      assert.is(await htpasswd.verify('ana', 'bcrypt secret'), true);
      assert.is(await htpasswd.verify('ana', 'bcrypt secreT'), false);
      assert.is(await htpasswd.verify('ben', 'apr1 secret'), true);
      assert.is(await htpasswd.verify('ben', 'apr1 secre'), false);
      assert.is(await htpasswd.verify('cleo', 'sha secret'), true);
      assert.is(await htpasswd.verify('cleo', 'sha secret '), false);
      assert.is(await htpasswd.verify('dora', 'anything'), false);
      // A right password under another user's name must not pass.
      assert.is(await htpasswd.verify('ana', 'apr1 secret'), false);
      assert.equal(log.lines.filter((line) => line.level === 'warn'), []);
    } finally {
      htpasswd.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('non-ASCII passwords hash the same as in Apache, for every format', async () => {
  const dir = await tempDir();
  try {
    const file = join(dir, 'htpasswd');
    const password = 'café ñandú 日本';
    await run(HTPASSWD, ['-cbB', file, 'ana', password]);
    await run(HTPASSWD, ['-bm', file, 'ben', password]);
    await run(HTPASSWD, ['-bs', file, 'cleo', password]);
    const htpasswd = await HtpasswdFile.open(file, captureLog(), { watch: false });
    for (const user of ['ana', 'ben', 'cleo']) {
      assert.is(await htpasswd.verify(user, password), true, `${user} with the right password`);
      assert.is(await htpasswd.verify(user, 'cafe nandu 日本'), false, `${user} with a look-alike`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('setPassword writes $2y$ bcrypt that htpasswd -v accepts, keeps other lines, file mode 0600', async () => {
  const dir = await tempDir();
  try {
    const file = join(dir, 'htpasswd');
    await run(HTPASSWD, ['-cbm', file, 'ben', 'ben pass']);
    // Comments, blank lines and lines we do not understand must survive a rewrite.
    const original = await readFile(file, 'utf8');
    await writeFile(file, `# class 5B\n\n${original}zoe:$1$abcdefgh$0123456789abcdefghijkl\n`);
    await chmod(file, 0o644);

    const htpasswd = await HtpasswdFile.open(file, captureLog(), { watch: false });
    await htpasswd.setPassword('ana', 'ana pass ñ');
    const text = await readFile(file, 'utf8');
    assert.match(text, /^ana:\$2y\$10\$[./A-Za-z0-9]{53}$/m);
    assert.ok(text.startsWith(`# class 5B\n\n${original}zoe:$1$abcdefgh$0123456789abcdefghijkl\n`), text);
    assert.ok(text.endsWith('\n'));
    assert.is((await stat(file)).mode & 0o777, 0o600);
    assert.is(await apacheAccepts(file, 'ana', 'ana pass ñ'), true);
    assert.is(await apacheAccepts(file, 'ana', 'ana pass n'), false);
    assert.is(await apacheAccepts(file, 'ben', 'ben pass'), true);
    assert.is(await htpasswd.verify('ana', 'ana pass ñ'), true);

    // Changing an existing user replaces the line in place; the old password stops working.
    await htpasswd.setPassword('ben', 'new ben pass');
    const lines = (await readFile(file, 'utf8')).split('\n');
    assert.is(lines.filter((line) => line.startsWith('ben:')).length, 1);
    assert.is(lines.findIndex((line) => line.startsWith('ben:')), 2, 'ben stays where he was');
    assert.is(await apacheAccepts(file, 'ben', 'new ben pass'), true);
    assert.is(await htpasswd.verify('ben', 'ben pass'), false);
    assert.is(await htpasswd.verify('ben', 'new ben pass'), true);

    // A line Apache itself calls invalid is still kept as it was (apache's own tool would refuse the file).
    await writeFile(file, `${await readFile(file, 'utf8')}not a user line\n`);
    await htpasswd.setPassword('cleo', 'cleo pass');
    const last = (await readFile(file, 'utf8')).split('\n');
    assert.ok(last.includes('not a user line'));
    assert.match(last[last.length - 2] ?? '', /^cleo:\$2y\$/);
    assert.is(await htpasswd.verify('cleo', 'cleo pass'), true);
    assert.is(await htpasswd.verify('ben', 'new ben pass'), true);

    // No temporary files left behind.
    assert.equal((await readdir(dir)).sort(), ['htpasswd']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a missing file means no users, and setPassword creates it', async () => {
  const dir = await tempDir();
  try {
    const file = join(dir, 'htpasswd');
    const htpasswd = await HtpasswdFile.open(file, captureLog());
    try {
      assert.equal(htpasswd.users(), []);
      assert.is(await htpasswd.verify('ana', 'x'), false);
      await htpasswd.setPassword('ana', 'first');
      assert.equal(htpasswd.users(), ['ana']);
      assert.is(await htpasswd.verify('ana', 'first'), true);
      assert.is(await apacheAccepts(file, 'ana', 'first'), true);
    } finally {
      htpasswd.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('unknown formats are refused with one warning naming the user and the fix', async () => {
  const dir = await tempDir();
  try {
    const file = join(dir, 'htpasswd');
    // crypt(3) DES and a plain-text password: Apache on Linux accepts some of these, we do not.
    await writeFile(file, 'old:rl.3StKT.4T8M\nplain:secret\n');
    const log = captureLog();
    const htpasswd = await HtpasswdFile.open(file, log, { watch: false });
    assert.is(await htpasswd.verify('plain', 'secret'), false);
    assert.is(await htpasswd.verify('plain', 'secret'), false);
    assert.is(await htpasswd.verify('old', 'password'), false);
    const warnings = log.lines.filter((line) => line.level === 'warn');
    assert.is(warnings.length, 2, JSON.stringify(warnings));
    assert.match(warnings[0]?.message ?? '', /"plain".*mesh-share passwd plain/);
    assert.match(warnings[1]?.message ?? '', /mesh-share passwd old/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('changes made by htpasswd while open are picked up, with and without the folder watch', async () => {
  for (const watch of [true, false]) {
    const dir = await tempDir();
    try {
      const file = join(dir, 'htpasswd');
      await run(HTPASSWD, ['-cbB', file, 'ana', 'one']);
      const htpasswd = await HtpasswdFile.open(file, captureLog(), { watch });
      try {
        assert.is(await htpasswd.verify('ana', 'one'), true);
        const before = htpasswd.version;
        await run(HTPASSWD, ['-bB', file, 'ana', 'two']);
        assert.is(await htpasswd.verify('ana', 'two'), true, `watch=${watch}: new password`);
        assert.is(await htpasswd.verify('ana', 'one'), false, `watch=${watch}: old password`);
        assert.ok(htpasswd.version > before, 'version moves on');
        await run(HTPASSWD, ['-D', file, 'ana']);
        assert.is(await htpasswd.verify('ana', 'two'), false, `watch=${watch}: deleted user`);
        assert.not.ok(htpasswd.has('ana'));
      } finally {
        htpasswd.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
});

test('refresh() alone notices an outside change once the watcher has seen it', async () => {
  const dir = await tempDir();
  try {
    const file = join(dir, 'htpasswd');
    await run(HTPASSWD, ['-cbB', file, 'ana', 'one']);
    const htpasswd = await HtpasswdFile.open(file, captureLog());
    try {
      const before = htpasswd.version;
      await htpasswd.refresh();
      assert.is(htpasswd.version, before, 'nothing changed, nothing reloaded');
      await run(HTPASSWD, ['-bB', file, 'ben', 'two']);
      // The inotify event is delivered through the event loop; give it a moment.
      const deadline = Date.now() + 2000;
      while (!htpasswd.has('ben') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await htpasswd.refresh();
      }
      assert.ok(htpasswd.has('ben'));
      assert.ok(htpasswd.version > before);
    } finally {
      htpasswd.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('user names and passwords are validated', async () => {
  assert.is(checkUserName('ana'), undefined);
  assert.is(checkUserName('a'.repeat(64)), undefined);
  assert.is(checkUserName('ñ'.repeat(64)), undefined, '64 characters, more bytes');
  assert.type(checkUserName(''), 'string');
  assert.type(checkUserName('a'.repeat(65)), 'string');
  assert.type(checkUserName('a:b'), 'string');
  assert.type(checkUserName('a\nb'), 'string');
  assert.type(checkUserName('a\tb'), 'string');
  assert.type(checkUserName('a\u007fb'), 'string');
  assert.is(checkPassword('x'), undefined);
  assert.is(checkPassword('x'.repeat(1024)), undefined);
  assert.type(checkPassword(''), 'string');
  assert.type(checkPassword('x'.repeat(1025)), 'string');
  assert.type(checkPassword('ñ'.repeat(513)), 'string', '1026 bytes');

  const dir = await tempDir();
  try {
    const htpasswd = await HtpasswdFile.open(join(dir, 'htpasswd'), captureLog(), { watch: false });
    for (const [user, password] of [['a:b', 'x'], ['', 'x'], ['ana', ''], ['ana', 'x'.repeat(1025)], ['a\nb', 'x']] as const) {
      let failed = false;
      try {
        await htpasswd.setPassword(user, password);
      } catch (error) {
        failed = true;
        assert.instance(error, Error);
      }
      assert.ok(failed, `setPassword(${JSON.stringify(user)}, ...) must refuse`);
    }
    assert.equal(htpasswd.users(), []);
    assert.equal(await readdir(dir), [], 'nothing written');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// ---- mesh-share passwd ----

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString('utf8');
    callback();
  }
}

function fakeIo(input: string | Readable, env: NodeJS.ProcessEnv = {}): { io: CommandIo; stdout: Sink; stderr: Sink; stdin: Readable } {
  const stdin = typeof input === 'string' ? Readable.from([Buffer.from(input, 'utf8')]) : input;
  const stdout = new Sink();
  const stderr = new Sink();
  const io: CommandIo = {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    env,
  };
  return { io, stdout, stderr, stdin };
}

test('passwd: sets a password from one line of stdin, readable by Apache and by us', async () => {
  const dir = await tempDir();
  try {
    const dataDir = join(dir, 'data', 'mesh-share');
    const { io, stdout, stderr } = fakeIo('s3cret pass\nthis second line is not read\n');
    const code = await passwdCommand.run(['ana', '--data-dir', dataDir], io);
    assert.is(code, EXIT.ok, stderr.text);
    assert.is(stdout.text, 'Password for ana saved. The running agent uses it at once.\n');
    assert.is((await stat(dataDir)).mode & 0o777, 0o700, 'data folder is private');
    const file = join(dataDir, 'htpasswd');
    assert.is((await stat(file)).mode & 0o777, 0o600);
    assert.is(await apacheAccepts(file, 'ana', 's3cret pass'), true);
    assert.is(await apacheAccepts(file, 'ana', 'this second line is not read'), false);
    const htpasswd = await HtpasswdFile.open(file, captureLog(), { watch: false });
    assert.is(await htpasswd.verify('ana', 's3cret pass'), true);

    // Windows line endings from a pipe: the \r is not part of the password.
    const again = fakeIo('other\r\n');
    assert.is(await passwdCommand.run(['ben', `--data-dir=${dataDir}`], again.io), EXIT.ok, again.stderr.text);
    assert.is(await apacheAccepts(file, 'ben', 'other'), true);
    assert.is(await apacheAccepts(file, 'ana', 's3cret pass'), true, 'ana kept');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('passwd: leaves the rest of stdin unread', async () => {
  const dir = await tempDir();
  try {
    const { io, stdin } = fakeIo('first\nsecond\n');
    assert.is(await passwdCommand.run(['ana', '--data-dir', dir], io), EXIT.ok);
    const rest: Buffer[] = [];
    for await (const chunk of stdin) rest.push(chunk as Buffer);
    assert.is(Buffer.concat(rest).toString('utf8'), 'second\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('passwd: uses the XDG data folder by default', async () => {
  const dir = await tempDir();
  try {
    const { io, stderr } = fakeIo('pw\n', { HOME: join(dir, 'home'), XDG_DATA_HOME: join(dir, 'xdg') });
    assert.is(await passwdCommand.run(['ana'], io), EXIT.ok, stderr.text);
    assert.ok((await stat(join(dir, 'xdg', 'mesh-share', 'htpasswd'))).isFile());
    const home = fakeIo('pw\n', { HOME: join(dir, 'home') });
    assert.is(await passwdCommand.run(['ana'], home.io), EXIT.ok, home.stderr.text);
    assert.ok((await stat(join(dir, 'home', '.local', 'share', 'mesh-share', 'htpasswd'))).isFile());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('passwd: refuses bad input with plain words and the right exit codes', async () => {
  const dir = await tempDir();
  try {
    const empty = fakeIo('');
    assert.is(await passwdCommand.run(['ana', '--data-dir', dir], empty.io), EXIT.failure);
    assert.match(empty.stderr.text, /No password was given/);

    const blankLine = fakeIo('\n');
    assert.is(await passwdCommand.run(['ana', '--data-dir', dir], blankLine.io), EXIT.failure);
    assert.match(blankLine.stderr.text, /password is empty/);

    const noUser = fakeIo('pw\n');
    assert.is(await passwdCommand.run(['--data-dir', dir], noUser.io), EXIT.usage);
    assert.match(noUser.stderr.text, /Say which user/);

    const twoUsers = fakeIo('pw\n');
    assert.is(await passwdCommand.run(['ana', 'ben', '--data-dir', dir], twoUsers.io), EXIT.usage);

    const colon = fakeIo('pw\n');
    assert.is(await passwdCommand.run(['an:a', '--data-dir', dir], colon.io), EXIT.usage);
    assert.match(colon.stderr.text, /colon/);

    const unknown = fakeIo('pw\n');
    assert.is(await passwdCommand.run(['ana', '--colour'], unknown.io), EXIT.usage);
    assert.match(unknown.stderr.text, /Unknown option --colour/);

    const tooLong = fakeIo(`${'x'.repeat(2000)}\n`);
    assert.is(await passwdCommand.run(['ana', '--data-dir', dir], tooLong.io), EXIT.failure);
    assert.match(tooLong.stderr.text, /too long/);

    assert.equal(await readdir(dir), [], 'nothing was written');

    const help = fakeIo('');
    assert.is(await passwdCommand.run(['--help'], help.io), EXIT.ok);
    assert.match(help.stdout.text, /^Usage: mesh-share passwd USER/);
    for (const text of [empty, blankLine, noUser, colon, unknown, tooLong].map((io) => io.stderr.text)) {
      assert.not.match(text, /\n\s+at /, 'no stack traces');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('passwd: a folder it cannot write is reported in plain words', async () => {
  if (process.getuid?.() === 0) {
    // root may write anywhere; use a path under a file instead.
    const dir = await tempDir();
    try {
      await writeFile(join(dir, 'file'), '');
      const { io, stderr } = fakeIo('pw\n');
      assert.is(await passwdCommand.run(['ana', '--data-dir', join(dir, 'file', 'data')], io), EXIT.failure);
      assert.match(stderr.text, /Could not save the password .*part of that path is a file, not a folder/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return;
  }
  const dir = await tempDir();
  try {
    await chmod(dir, 0o500);
    const { io, stderr } = fakeIo('pw\n');
    assert.is(await passwdCommand.run(['ana', '--data-dir', dir], io), EXIT.failure);
    assert.match(stderr.text, /not allowed to write there/);
  } finally {
    await chmod(dir, 0o700);
    await rm(dir, { recursive: true, force: true });
  }
});

// ---- default paths ----

test('defaultDataDir follows XDG_DATA_HOME, ignoring relative values', () => {
  assert.is(defaultDataDir({ HOME: '/home/ana', XDG_DATA_HOME: '/data' }), '/data/mesh-share');
  assert.is(defaultDataDir({ HOME: '/home/ana' }), '/home/ana/.local/share/mesh-share');
  assert.is(defaultDataDir({ HOME: '/home/ana', XDG_DATA_HOME: 'relative' }), '/home/ana/.local/share/mesh-share');
});

test('defaultShareDir reads XDG_PUBLICSHARE_DIR from user-dirs.dirs', async () => {
  const dir = await tempDir();
  try {
    const home = join(dir, 'home');
    const config = join(dir, 'config');
    assert.is(defaultShareDir({ HOME: home, XDG_CONFIG_HOME: config }), join(home, 'Public'), 'no file');
    await mkdir(config, { recursive: true });
    await writeFile(join(config, 'user-dirs.dirs'), '# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/Desktop"\nXDG_PUBLICSHARE_DIR="$HOME/Öffentlich"\n');
    assert.is(defaultShareDir({ HOME: home, XDG_CONFIG_HOME: config }), join(home, 'Öffentlich'));
    await writeFile(join(config, 'user-dirs.dirs'), 'XDG_PUBLICSHARE_DIR="/srv/class share"\n');
    assert.is(defaultShareDir({ HOME: home, XDG_CONFIG_HOME: config }), '/srv/class share');
    // Pointing at $HOME means "disabled": never share the whole home folder.
    await writeFile(join(config, 'user-dirs.dirs'), 'XDG_PUBLICSHARE_DIR="$HOME/"\n');
    assert.is(defaultShareDir({ HOME: home, XDG_CONFIG_HOME: config }), join(home, 'Public'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  assert.is(parseUserDir('XDG_PUBLICSHARE_DIR="${HOME}/Pub \\"x\\""\n', 'XDG_PUBLICSHARE_DIR', '/h'), '/h/Pub "x"');
  assert.is(parseUserDir('XDG_PUBLICSHARE_DIR="relative/x"\n', 'XDG_PUBLICSHARE_DIR', '/h'), undefined);
  assert.is(parseUserDir('XDG_PUBLICSHARE_DIR="$HOME/A"\nXDG_PUBLICSHARE_DIR="$HOME/B"\n', 'XDG_PUBLICSHARE_DIR', '/h'), '/h/B');
});

test.run();
