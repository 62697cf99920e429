import { EXIT, type Command, type CommandIo } from '../command.js';
import { callAgent, emit, queryCommand } from './agent-call.js';
import { jsonLine, localFailureOutput, toJson, usageFailureOutput, wantsJson } from './format.js';
import { parseOneArgument } from './command-line.js';
import { formatTransfers } from './transfer-format.js';

export const outboxCommand: Command = queryCommand({
  name: 'outbox',
  usage: `Usage: mesh-share outbox [--json]

Lists the transfers started with 'mesh-share send' (or by an activity) that
have not reached every laptop yet, and finished ones for a week: who has
the files, who is away (they get them when they come back), who has not
accepted yet, and who failed and why.

Options:
  --json      print {"transfers":[...]} as one line of JSON (keys as in
              D-Bus ListTransfers)
  -h, --help  show this help

Exit codes: 0 listed; 1 the agent failed to answer; 2 wrong usage; 3 no
agent is running.
`,
  call: (client) => client.listTransfers(),
  plain: formatTransfers,
  json: (transfers) => jsonLine({ transfers: transfers.map((t) => toJson(t)) }),
});

const CANCEL_USAGE = `Usage: mesh-share cancel ID [--json]

Stops a transfer: deliveries running now are cut and laptops that do not
have the files yet will not get them. ID is the transfer id that
'mesh-share send' and 'mesh-share outbox' print (its first characters are
enough when no other transfer starts with them).

Options:
  --json      print {"transfer_id":...,"cancelled":true} as one line of JSON
  -h, --help  show this help

Exit codes: 0 cancelled; 1 no such transfer, or the agent said no; 2 wrong
usage; 3 no agent is running.
`;

export const cancelCommand: Command = {
  name: 'cancel',
  usage: CANCEL_USAGE,
  async run(argv: string[], io: CommandIo): Promise<number> {
    const json = wantsJson(argv);
    const arg = parseOneArgument(argv, 'a transfer id (mesh-share outbox lists them)');
    if (arg.kind === 'help') {
      io.stdout.write(CANCEL_USAGE);
      return EXIT.ok;
    }
    if (arg.kind === 'usage') return emit(io, usageFailureOutput('cancel', arg.message, json));
    const result = await callAgent(io, json, async (client) => {
      const ids = (await client.listTransfers()).map((t) => String(t.id));
      const matches = ids.filter((id) => id === arg.value || (arg.value.length >= 4 && id.startsWith(arg.value.toLowerCase())));
      if (matches.length !== 1) return { id: null, matches: matches.length };
      await client.cancelTransfer(matches[0]!);
      return { id: matches[0]!, matches: 1 };
    });
    if (!result.ok) return result.exitCode;
    const { id, matches } = result.value;
    if (id === null) {
      const message = matches === 0 ? `No transfer ${arg.value} is in the outbox; 'mesh-share outbox' lists them.` : `${matches} transfers start with ${arg.value}; give more of the id.`;
      return emit(io, localFailureOutput(matches === 0 ? 'not-found' : 'ambiguous', message, json));
    }
    io.stdout.write(`${json ? jsonLine({ transfer_id: id, cancelled: true }) : `Cancelled transfer ${id}.`}\n`);
    return EXIT.ok;
  },
};
