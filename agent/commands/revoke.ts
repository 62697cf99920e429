import { EXIT, type Command, type CommandIo } from '../command.js';
import { callAgent, emit } from './agent-call.js';
import { jsonLine, usageFailureOutput, wantsJson } from './format.js';
import { parseOneArgument } from './command-line.js';

const USAGE = `Usage: mesh-share revoke URL|ID [--json]

Ends a shared link made with 'mesh-share share-url' (or by an activity, or
with MKTICKET): from now on it opens nothing, and whoever tries it is asked
to sign in. URL is the link as it was given out (under any of this
laptop's addresses); ID is its ticket id, as 'mesh-share links --json'
shows it. The files stay where they are.

Options:
  --json      print {"revoked":...,"ended":true} as one line of JSON
  -h, --help  show this help

Exit codes: 0 ended; 1 there is no such link, or the agent said no (the
reason is printed); 2 wrong usage; 3 no agent is running or there is no
D-Bus session bus.

Example:
  mesh-share revoke 'https://ana-xo.local:8443/Class/?ticket=k3Jd9QxLm2PzR7vWt5YbN8cA'
`;

export const revokeCommand: Command = {
  name: 'revoke',
  usage: USAGE,
  async run(argv: string[], io: CommandIo): Promise<number> {
    const json = wantsJson(argv);
    const arg = parseOneArgument(argv, "the link's URL or ticket id ('mesh-share links' lists them)");
    if (arg.kind === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (arg.kind === 'usage') return emit(io, usageFailureOutput('revoke', arg.message, json));
    const result = await callAgent(io, json, (client) => client.revoke(arg.value));
    if (!result.ok) return result.exitCode;
    const plain = `Ended the link ${arg.value}\nIt no longer opens anything; whoever tries it is asked to sign in.`;
    io.stdout.write(`${json ? jsonLine({ revoked: arg.value, ended: true }) : plain}\n`);
    return EXIT.ok;
  },
};
