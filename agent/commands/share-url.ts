import { resolve } from 'node:path';
import { EXIT, type Command, type CommandIo } from '../command.js';
import type { ShareUrlOptions } from '../dbus-client.js';
import { callAgent, emit } from './agent-call.js';
import { jsonLine, toJson, usageFailureOutput, wantsJson } from './format.js';
import { parseCommandLine } from './command-line.js';
import { formatMadeLinks, parseDuration, parseVisits } from './links-format.js';

const USAGE = `Usage: mesh-share share-url PATH [--read-only] [--expires DURATION] [--visits N] [--json]

Makes links to a file or folder in the shared folder, ready to paste into a
message. Whoever has the read-only link can open it in a browser or a
WebDAV client (a file manager, cadaver, rclone) without a password, look
and download, and change nothing. The read-write link also lets them
upload, change and delete files there. Neither opens anything outside
PATH. End a link with: mesh-share revoke URL

PATH must be in the shared folder ('mesh-share status' shows which); put a
file there first with 'mesh-share share FILE' or by copying it.

Options:
  --read-only    make only the read-only link
  --expires D    the links stop working after D: 30m, 2h, 3d, 1w (minutes,
                 hours, days, weeks; default: never)
  --visits N     each link works for N requests (every page or file opened
                 counts), then stops
  --json         print the agent's answer as one line of JSON (keys as in
                 D-Bus MakeShareUrls)
  -h, --help     show this help

Exit codes: 0 made; 1 the path is not in the shared folder or does not
exist, or the agent said no (the reason is printed); 2 wrong usage; 3 no
agent is running or there is no D-Bus session bus.

Examples:
  mesh-share share-url ~/Public/Class
  mesh-share share-url ~/Public/story.odt --read-only --expires 3d
`;

export const shareUrlCommand: Command = {
  name: 'share-url',
  usage: USAGE,
  async run(argv: string[], io: CommandIo): Promise<number> {
    const json = wantsJson(argv);
    const usage = (message: string): number => emit(io, usageFailureOutput('share-url', message, json));
    const line = parseCommandLine(argv, { 'read-only': { type: 'boolean' }, expires: { type: 'string' }, visits: { type: 'string' } });
    if (line.kind === 'usage') return usage(line.message);
    if (line.kind === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const { values, positionals } = line;
    const expires = typeof values.expires === 'string' ? values.expires : undefined;
    const visitsText = typeof values.visits === 'string' ? values.visits : undefined;
    if (positionals.length === 0 || positionals[0]!.trim() === '') return usage('say which file or folder in the shared folder to link to, for example: mesh-share share-url ~/Public/Class');
    if (positionals.length > 1) return usage(`give one file or folder at a time (got ${positionals.length}).`);
    if (positionals[0]!.includes('\0')) return usage('the path cannot hold a NUL character.');
    const options: ShareUrlOptions = {};
    if (values['read-only'] === true) options.write = false;
    if (expires !== undefined) {
      const duration = parseDuration(expires);
      if ('error' in duration) return usage(`--expires: ${duration.error}`);
      if (duration.seconds !== null) options.timeout_seconds = duration.seconds;
    }
    if (visitsText !== undefined) {
      const visits = parseVisits(visitsText);
      if ('error' in visits) return usage(visits.error);
      options.visits = visits.visits;
    }
    // The agent runs in its own folder, so it gets the full path.
    const path = resolve(positionals[0]!);
    const result = await callAgent(io, json, (client) => client.makeShareUrls(path, options));
    if (!result.ok) return result.exitCode;
    io.stdout.write(`${json ? jsonLine(toJson(result.value)) : formatMadeLinks(result.value, Date.now())}\n`);
    return EXIT.ok;
  },
};
