import { callAgent, emit } from './agent-call.js';
import { EXIT, type Command, type CommandIo } from '../command.js';
import { formatUnshared, jsonLine, usageFailureOutput, wantsJson } from './format.js';
import { parseCommandLine } from './command-line.js';

const USAGE = `Usage: mesh-share unshare URL [--json]

Removes a file shared with 'mesh-share share' from the share. URL is the
address 'mesh-share share' printed ('mesh-share shared' lists them all).
Only the copy in the share is removed: your own file, or the Journal
entry, stays where it is.

Options:
  --json      print {"url":...,"unshared":true} as one line of JSON
  -h, --help  show this help

Exit codes: 0 removed; 1 the agent said no, for example because nothing is
shared at that address (the reason is printed); 2 wrong usage; 3 no agent
is running or there is no D-Bus session bus.

Example:
  mesh-share unshare https://ana-xo.local:8443/Our%20school%20garden.png
`;

export const unshareCommand: Command = {
  name: 'unshare',
  usage: USAGE,
  async run(argv: string[], io: CommandIo): Promise<number> {
    const json = wantsJson(argv);
    const usage = (message: string): number => emit(io, usageFailureOutput('unshare', message, json));
    const line = parseCommandLine(argv, {});
    if (line.kind === 'usage') return usage(line.message);
    if (line.kind === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const { positionals } = line;
    if (positionals.length === 0 || positionals[0]!.trim() === '') return usage("say which address to stop sharing; 'mesh-share shared' lists them.");
    if (positionals.length > 1) return usage(`give one address at a time (got ${positionals.length}).`);
    const url = positionals[0]!.trim();
    const result = await callAgent(io, json, (client) => client.unshare(url));
    if (!result.ok) return result.exitCode;
    io.stdout.write(`${json ? jsonLine({ url, unshared: true }) : formatUnshared(url)}\n`);
    return EXIT.ok;
  },
};

