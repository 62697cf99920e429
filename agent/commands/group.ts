import { EXIT, type Command, type CommandIo } from '../command.js';
import { callAgent, emit } from './agent-call.js';
import { formatTable, jsonLine, usageFailureOutput, wantsJson } from './format.js';
import { parseCommandLine } from './command-line.js';

const USAGE = `Usage: mesh-share group NAME MEMBER... [--json]
       mesh-share group NAME --remove [--json]
       mesh-share group [--json]

Saves a group of laptops to send to by name: 'mesh-share send FILE --to
NAME'. Members are names as 'mesh-share peers' shows them, or PeerIds.
Saving a group again replaces its members. Without arguments, lists the
groups.

Options:
  --remove    delete the group
  --json      one line of JSON
  -h, --help  show this help

Exit codes: 0 done; 1 the agent said no; 2 wrong usage; 3 no agent is
running.

Example:
  mesh-share group reading-club Ana Bo Chen
`;

export const groupCommand: Command = {
  name: 'group',
  usage: USAGE,
  async run(argv: string[], io: CommandIo): Promise<number> {
    const json = wantsJson(argv);
    const parsed = parseCommandLine(argv, { remove: { type: 'boolean' } });
    if (parsed.kind === 'usage') return emit(io, usageFailureOutput('group', parsed.message, json));
    if (parsed.kind === 'help') {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const [name, ...members] = parsed.positionals.flatMap((p) => p.split(',')).map((p) => p.trim()).filter((p) => p !== '');
    const remove = parsed.values.remove === true;
    if (name === undefined) {
      if (remove) return emit(io, usageFailureOutput('group', 'say which group to remove.', json));
      const result = await callAgent(io, json, (client) => client.listGroups());
      if (!result.ok) return result.exitCode;
      const rows = Object.entries(result.value).map(([group, list]) => [group, list.join(', ')]);
      const plain = rows.length === 0 ? 'No groups yet. Save one with: mesh-share group NAME MEMBER...' : formatTable(['Group', 'Members'], rows);
      io.stdout.write(`${json ? jsonLine({ groups: result.value }) : plain}\n`);
      return EXIT.ok;
    }
    if (remove && members.length > 0) return emit(io, usageFailureOutput('group', '--remove takes only the group name.', json));
    if (!remove && members.length === 0) return emit(io, usageFailureOutput('group', `say who is in ${name}, or give --remove to delete it.`, json));
    const result = await callAgent(io, json, (client) => client.setGroup(name, remove ? [] : members));
    if (!result.ok) return result.exitCode;
    const plain = remove ? `Removed the group ${name}.` : `Saved the group ${name}: ${members.join(', ')}.`;
    io.stdout.write(`${json ? jsonLine({ group: name, members: remove ? [] : members }) : plain}\n`);
    return EXIT.ok;
  },
};
