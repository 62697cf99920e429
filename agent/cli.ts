#!/usr/bin/env -S MALLOC_ARENA_MAX=2 node --max-semi-space-size=2
import './node20.js';
import { EXIT, type CommandIo } from './command.js';
import { readPackageVersion } from './config.js';
import { COMMANDS, type CatalogEntry } from './commands/catalog.js';

function overview(commands: readonly CatalogEntry[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: mesh-share COMMAND [OPTIONS]',
    '',
    'Share folders between the laptops around you: an HTTPS WebDAV share that',
    'browsers, file managers and other XOs can open; send files to the whole',
    'class, each copy checked, also to laptops that are away now.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  -h, --help     show this help',
    '  --version      print the version',
    '',
    "Run 'mesh-share COMMAND --help' for the options of one command.",
  ].join('\n');
}

/** `--help` anywhere before a `--` asks for the command's usage, whatever else is on the line. */
function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

async function main(argv: string[], io: CommandIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    io.stdout.write(`${overview(COMMANDS)}\n`);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${await readPackageVersion()}\n`);
    return EXIT.ok;
  }
  const name = first === 'help' ? rest[0]! : first;
  const entry = COMMANDS.find((candidate) => candidate.name === name);
  if (!entry) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command '${name}'`;
    io.stderr.write(`mesh-share: ${what}. Run 'mesh-share --help' to see the commands.\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (first === 'help' || wantsHelp(rest)) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT.ok;
  }
  return command.run(rest, io);
}

// `mesh-share --help | head -1` closes the pipe early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const io: CommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
    // A command is finished when run() returns; a handle something forgot to close must not keep the process (and the port) alive.
    setTimeout(() => process.exit(code), 5_000).unref();
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`mesh-share: internal error: ${message}\n`);
    if (process.env.MESH_SHARE_LOG === 'debug' && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT.failure;
  },
);
