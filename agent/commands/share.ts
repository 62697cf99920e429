import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { callAgent, emit } from './agent-call.js';
import { lookup } from 'mime-types';
import { EXIT, type Command, type CommandIo } from '../command.js';
import type { ShareMetadata } from '../dbus-client.js';
import { formatShared, jsonLine, localFailureOutput, usageFailureOutput, wantsJson, type JsonValue } from './format.js';
import { parseCommandLine } from './command-line.js';

const USAGE = `Usage: mesh-share share PATH [OPTIONS]

Puts a copy of the file PATH into the share, so classmates can open it, and
prints its address. The running agent makes a readable file name from the
title and keeps the title, description, tags and the rest as properties
that other laptops see when they list the share. Your file stays where it
is; remove the shared copy with: mesh-share unshare URL

Options:
  --title T          the title classmates see (default: the file name
                     without its extension)
  --description D    a sentence or two about it
  --tags T           words to find it by, for example "math fractions"
  --mime-type M      its type, for example application/pdf (default:
                     guessed from the file name)
  --activity A       the Sugar activity that opens it, for example
                     org.laptop.AbiWordActivity
  --json             print the result as one line of JSON
  -h, --help         show this help

Exit codes: 0 shared; 1 the file or the agent said no (the reason is
printed); 2 wrong usage; 3 no agent is running or there is no D-Bus
session bus.

Examples:
  mesh-share share ~/Documents/fractions.pdf
  mesh-share share drawing.png --title "Our school garden" --tags "art garden"
`;

const OPTIONS = {
  title: { type: 'string' },
  description: { type: 'string' },
  tags: { type: 'string' },
  'mime-type': { type: 'string' },
  activity: { type: 'string' },
} as const;

const MIME_TYPE = /^[A-Za-z0-9][\w!#$&^.+-]*\/[A-Za-z0-9][\w!#$&^.+-]*$/;

export const shareCommand: Command = {
  name: 'share',
  usage: USAGE,
  async run(argv: string[], io: CommandIo): Promise<number> {
    const json = wantsJson(argv);
    const usage = (message: string): number => emit(io, usageFailureOutput('share', message, json));
    const line = parseCommandLine(argv, OPTIONS);
    if (line.kind === 'usage') return usage(line.message);
    if (line.kind === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const { values, positionals } = line;
    if (positionals.length === 0) return usage('say which file to share, for example: mesh-share share ~/Documents/story.odt');
    if (positionals.length > 1) return usage(`give one file at a time (got ${positionals.length}: ${positionals.join(' ')}).`);
    const given = positionals[0]!;
    if (given.trim() === '' || given.includes('\0')) return usage('say which file to share, for example: mesh-share share ~/Documents/story.odt');
    for (const option of ['title', 'description', 'tags', 'activity', 'mime-type'] as const) {
      const value = values[option];
      if (value !== undefined && value.includes('\0')) return usage(`--${option} cannot hold a NUL character.`);
    }
    if (values.title !== undefined && values.title.trim() === '') return usage('--title needs some text, for example --title "Our school garden".');
    if (values['mime-type'] !== undefined && !MIME_TYPE.test(values['mime-type'])) {
      return usage(`--mime-type ${values['mime-type']} is not a file type; it looks like application/pdf or image/png.`);
    }

    // The agent runs in its own folder, so it gets the full path.
    const path = resolve(given);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message = code === 'ENOENT' || code === 'ENOTDIR'
        ? `There is no file at ${path}.`
        : code === 'EACCES' || code === 'EPERM'
          ? `mesh-share is not allowed to read ${path}.`
          : `mesh-share cannot read ${path} (${error instanceof Error ? error.message : String(error)}).`;
      return emit(io, localFailureOutput('no-file', message, json));
    }
    if (info.isDirectory()) return emit(io, localFailureOutput('not-a-file', `${path} is a folder. Share one file at a time: mesh-share share FILE`, json));
    if (!info.isFile()) return emit(io, localFailureOutput('not-a-file', `${path} is not a regular file, so it cannot be shared.`, json));

    const name = basename(path);
    const title = values.title ?? (basename(name, extname(name)) || name);
    const guessed = lookup(name);
    const mimeType = values['mime-type'] ?? (guessed === false ? undefined : guessed);
    const timestamp = Math.floor(info.mtimeMs / 1000);
    const metadata: ShareMetadata = {
      title,
      ...(mimeType === undefined ? {} : { mime_type: mimeType }),
      ...(values.description === undefined ? {} : { description: values.description }),
      ...(values.tags === undefined ? {} : { tags: values.tags }),
      ...(values.activity === undefined ? {} : { activity: values.activity }),
      timestamp,
    };

    const result = await callAgent(io, json, (client) => client.shareEntry(path, metadata));
    if (!result.ok) return result.exitCode;
    const url = result.value;
    if (json) {
      const result: { [key: string]: JsonValue } = { url, path, title, mime_type: mimeType ?? null, timestamp, size: info.size };
      if (values.description !== undefined) result.description = values.description;
      if (values.tags !== undefined) result.tags = values.tags;
      if (values.activity !== undefined) result.activity = values.activity;
      io.stdout.write(`${jsonLine(result)}\n`);
    } else {
      io.stdout.write(`${formatShared(title, url)}\n`);
    }
    return EXIT.ok;
  },
};

