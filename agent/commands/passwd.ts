import { mkdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { parseArgs } from 'node:util';
import { BCRYPT_MAX_BYTES, checkPassword, checkUserName, HtpasswdFile } from '../../web/auth/htpasswd.js';
import { EXIT, type Command, type CommandIo } from '../command.js';
import { createLogger } from '../logger.js';
import { defaultDataDir } from '../paths.js';
import { describeFsError } from '../files.js';

const USAGE = `Usage: mesh-share passwd USER [--data-dir DIR]

Sets the password that USER types to open this laptop's share. A new user
is added; for an existing user the old password stops working. The running
agent uses the new password at once.

On a terminal the password is asked twice and not shown. Otherwise one
line is read from standard input, for example:
  echo 'a good password' | mesh-share passwd ana

Options:
  --data-dir DIR  the folder where the agent keeps its files
                  (default: $XDG_DATA_HOME/mesh-share or ~/.local/share/mesh-share)
  -h, --help      show this help
`;

export const passwdCommand: Command = {
  name: 'passwd',
  usage: USAGE,
  async run(argv: string[], io: CommandIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      io.stderr.write(`${describeArgError(error)}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (parsed.values.help === true) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1) {
      io.stderr.write(`${parsed.positionals.length === 0 ? 'Say which user, for example: mesh-share passwd ana' : 'Give only one user name.'}\n\n${USAGE}`);
      return EXIT.usage;
    }
    const user = parsed.positionals[0] ?? '';
    const userProblem = checkUserName(user);
    if (userProblem !== undefined) {
      io.stderr.write(`${userProblem}\n`);
      return EXIT.usage;
    }
    const dataDirFlag = parsed.values['data-dir'];
    let dataDir: string;
    if (dataDirFlag === undefined) {
      dataDir = defaultDataDir(io.env);
    } else {
      const expanded = expandHome(dataDirFlag, io.env);
      if (expanded === undefined) {
        io.stderr.write('--data-dir needs a folder, for example --data-dir ~/.local/share/mesh-share\n');
        return EXIT.usage;
      }
      dataDir = resolve(expanded);
    }

    let typed: Typed;
    try {
      typed = io.stdin.isTTY === true ? await askTwice(io, user) : { password: await readOneLine(io.stdin) };
    } catch (error) {
      io.stderr.write(`Could not read the password: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.failure;
    }
    if ('mismatch' in typed) {
      io.stderr.write('The two passwords are different. Nothing was changed.\n');
      return EXIT.failure;
    }
    const password = typed.password;
    if (password === null) {
      io.stderr.write('No password was given. Nothing was changed.\n');
      return EXIT.failure;
    }
    const passwordProblem = checkPassword(password);
    if (passwordProblem !== undefined) {
      io.stderr.write(`${passwordProblem} Nothing was changed.\n`);
      return EXIT.failure;
    }

    const file = join(dataDir, 'htpasswd');
    try {
      await mkdir(dataDir, { recursive: true, mode: 0o700 });
      const log = createLogger({ level: 'warn', json: false, write: (line) => io.stderr.write(`${line}\n`) });
      const htpasswd = await HtpasswdFile.open(file, log, { watch: false });
      await htpasswd.setPassword(user, password);
    } catch (error) {
      io.stderr.write(`Could not save the password in ${file}: ${describeFsError(error)}. Nothing was changed.\n`);
      return EXIT.failure;
    }
    io.stdout.write(`Password for ${user} saved. The running agent uses it at once.\n`);
    if (Buffer.byteLength(password, 'utf8') > BCRYPT_MAX_BYTES) {
      io.stderr.write(`Note: only the first ${BCRYPT_MAX_BYTES} characters of this password are checked.\n`);
    }
    return EXIT.ok;
  },
};

/** What was typed; a null password means none (empty input, Ctrl-C or Ctrl-D). */
type Typed = { password: string | null } | { mismatch: true };

function expandHome(value: string, env: NodeJS.ProcessEnv): string | undefined {
  if (value.trim() === '' || value.includes('\0')) return undefined;
  // `--data-dir=~/x` reaches us unexpanded: the shell only expands a ~ at the start of a word.
  if (value === '~' || value.startsWith('~/')) {
    const home = env.HOME;
    if (home === undefined || !isAbsolute(home)) return undefined;
    return join(home, value.slice(1));
  }
  return value;
}

async function askTwice(io: CommandIo, user: string): Promise<Typed> {
  const first = await readHidden(io, `New password for ${user}: `);
  if (first === null || first === '') return { password: null };
  const second = await readHidden(io, 'Type it again: ');
  if (second === null) return { password: null };
  return first === second ? { password: first } : { mismatch: true };
}

/**
 * Reads one line from the terminal without showing it. Raw mode turns off
 * echo and line editing, so backspace, Ctrl-U and Ctrl-C are handled here.
 */
function readHidden(io: CommandIo, prompt: string): Promise<string | null> {
  const { stdin, stderr } = io;
  stderr.write(prompt);
  return new Promise((resolvePromise, reject) => {
    const decoder = new StringDecoder('utf8');
    let value = '';
    let escape: 'none' | 'start' | 'sequence' = 'none';
    const finish = (result: string | null, error?: Error): void => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
      try {
        stdin.setRawMode(false);
      } catch {
        // The terminal went away; nothing to restore.
      }
      stdin.pause();
      stderr.write('\n');
      if (error !== undefined) reject(error);
      else resolvePromise(result);
    };
    const onData = (chunk: Buffer | string): void => {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      for (const ch of text) {
        // Arrow keys and the like arrive as ESC [ ... letter; they are not part of a password.
        if (escape === 'start') {
          escape = ch === '[' || ch === 'O' ? 'sequence' : 'none';
          continue;
        }
        if (escape === 'sequence') {
          if (/[A-Za-z~]/.test(ch)) escape = 'none';
          continue;
        }
        if (ch === '\r' || ch === '\n') return finish(value);
        if (ch === '\u0003') return finish(null); // Ctrl-C
        if (ch === '\u0004') return finish(value === '' ? null : value); // Ctrl-D
        if (ch === '\u007f' || ch === '\b') {
          value = [...value].slice(0, -1).join('');
        } else if (ch === '\u0015') {
          value = ''; // Ctrl-U
        } else if (ch === '\u001b') {
          escape = 'start';
        } else if (ch >= ' ') {
          value += ch;
        }
      }
    };
    const onEnd = (): void => finish(null);
    const onError = (error: Error): void => finish(null, error);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
    stdin.setRawMode(true);
    stdin.resume();
  });
}

/**
 * Reads exactly one line (up to the first newline, or to the end), leaving
 * anything after it unread for whoever reads next. Null when there was nothing.
 */
function readOneLine(stdin: NodeJS.ReadableStream): Promise<string | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (line: Buffer | null, rest?: Buffer, error?: Error): void => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
      stdin.pause();
      if (rest !== undefined && rest.length > 0) stdin.unshift(rest);
      if (error !== undefined) return reject(error);
      if (line === null) return resolvePromise(null);
      resolvePromise(line.toString('utf8').replace(/\r$/, ''));
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      const newline = bytes.indexOf(0x0a);
      if (newline === -1) {
        chunks.push(bytes);
        total += bytes.length;
        // Far longer than any allowed password: stop reading instead of filling memory.
        if (total > 64 * 1024) finish(Buffer.concat(chunks));
        return;
      }
      chunks.push(bytes.subarray(0, newline));
      finish(Buffer.concat(chunks), bytes.subarray(newline + 1));
    };
    const onEnd = (): void => finish(total === 0 ? null : Buffer.concat(chunks));
    const onError = (error: Error): void => finish(null, undefined, error);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
    stdin.resume();
  });
}

function describeArgError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1];
    return `Unknown option${option === undefined ? '' : ` ${option}`}.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return '--data-dir needs a folder after it.';
  return message;
}

