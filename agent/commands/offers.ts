import { EXIT, type Command, type CommandIo } from '../command.js';
import { callAgent, emit, queryCommand } from './agent-call.js';
import { jsonLine, toJson, usageFailureOutput, wantsJson } from './format.js';
import { parseOneArgument } from './command-line.js';
import { formatOffers } from './transfer-format.js';

export const offersCommand: Command = queryCommand({
  name: 'offers',
  usage: `Usage: mesh-share offers [--json]

Lists files that laptops not trusted here (see 'mesh-share trust') want to
send, and what was decided. Nothing is received until you accept; an offer
not accepted expires after a day.

Options:
  --json      print {"offers":[...]} as one line of JSON (keys as in D-Bus
              ListOffers)
  -h, --help  show this help

Exit codes: 0 listed; 1 the agent failed to answer; 2 wrong usage; 3 no
agent is running.
`,
  call: (client) => client.listOffers(),
  plain: formatOffers,
  json: (offers) => jsonLine({ offers: offers.map((o) => toJson(o)) }),
});

function decisionCommand(accept: boolean): Command {
  const name = accept ? 'accept' : 'decline';
  const usage = `Usage: mesh-share ${name} ID [--json]

${accept ? 'Accepts an offer: the sender is told, and the files come into your inbox.' : 'Declines an offer: the sender is told "declined" and nothing is received.'}
ID is the offer's id as 'mesh-share offers' shows it.

Options:
  --json      print {"offer_id":...,"${accept ? 'accepted' : 'declined'}":true} as one line of JSON
  -h, --help  show this help

Exit codes: 0 done; 1 no such offer, or it expired; 2 wrong usage; 3 no
agent is running.
`;
  return {
    name,
    usage,
    async run(argv: string[], io: CommandIo): Promise<number> {
      const json = wantsJson(argv);
      const arg = parseOneArgument(argv, "an offer id ('mesh-share offers' lists them)");
      if (arg.kind === 'help') {
        io.stdout.write(usage);
        return EXIT.ok;
      }
      if (arg.kind === 'usage') return emit(io, usageFailureOutput(name, arg.message, json));
      const result = await callAgent(io, json, (client) => client.decideOffer(arg.value, accept));
      if (!result.ok) return result.exitCode;
      const text = accept ? `Accepted: the files are on their way to your inbox.` : `Declined: the sender is told.`;
      io.stdout.write(`${json ? jsonLine({ offer_id: arg.value, [accept ? 'accepted' : 'declined']: true }) : text}\n`);
      return EXIT.ok;
    },
  };
}

export const acceptCommand = decisionCommand(true);
export const declineCommand = decisionCommand(false);
