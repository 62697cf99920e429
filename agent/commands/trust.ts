import { EXIT, type Command, type CommandIo } from '../command.js';
import { callAgent, emit } from './agent-call.js';
import { formatTable, formatTimestamp, jsonLine, toJson, usageFailureOutput, wantsJson } from './format.js';
import { parseOneArgument } from './command-line.js';

const USAGE = `Usage: mesh-share trust PEER [--remove] [--json]
       mesh-share trust --list [--json]

Files from a trusted laptop (the teacher's) are received without asking;
from any other laptop they wait in 'mesh-share offers' until you accept.
PEER is a name as 'mesh-share peers' shows it, or a PeerId.

Options:
  --remove    stop trusting PEER
  --list      list the trusted laptops
  --json      one line of JSON
  -h, --help  show this help

Exit codes: 0 done; 1 no such laptop, or the agent said no; 2 wrong usage;
3 no agent is running.
`;

export const trustCommand: Command = {
  name: 'trust',
  usage: USAGE,
  async run(argv: string[], io: CommandIo): Promise<number> {
    const json = wantsJson(argv);
    if (argv.includes('--list')) {
      const rest = argv.filter((a) => a !== '--list' && a !== '--json');
      if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout.write(USAGE);
        return EXIT.ok;
      }
      if (rest.length > 0) return emit(io, usageFailureOutput('trust', '--list takes no other arguments.', json));
      const result = await callAgent(io, json, (client) => client.listTrusted());
      if (!result.ok) return result.exitCode;
      const rows = result.value.map((p) => [String(p.nick ?? ''), String(p.peer_id ?? ''), formatTimestamp(p.trusted_at)]);
      const plain = rows.length === 0 ? 'No laptop is trusted yet. Trust the teacher\'s with: mesh-share trust NAME' : formatTable(['Name', 'PeerId', 'Since'], rows);
      io.stdout.write(`${json ? jsonLine({ trusted: result.value.map((p) => toJson(p)) }) : plain}\n`);
      return EXIT.ok;
    }
    const arg = parseOneArgument(argv, "a laptop's name or PeerId ('mesh-share peers' lists them)", ['remove']);
    if (arg.kind === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (arg.kind === 'usage') return emit(io, usageFailureOutput('trust', arg.message, json));
    const remove = arg.flags.remove === true;
    const result = await callAgent(io, json, async (client) => (remove ? (await client.untrustPeer(arg.value), arg.value) : client.trustPeer(arg.value)));
    if (!result.ok) return result.exitCode;
    const plain = remove ? `${arg.value} is no longer trusted: its files will wait for you to accept.` : `Trusted ${arg.value === result.value ? arg.value : `${arg.value} (${result.value})`}: its files are received without asking.`;
    io.stdout.write(`${json ? jsonLine({ peer: arg.value, peer_id: result.value, trusted: !remove }) : plain}\n`);
    return EXIT.ok;
  },
};
