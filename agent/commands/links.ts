import { queryCommand } from './agent-call.js';
import { jsonLine, toJson } from './format.js';
import { formatLinks } from './links-format.js';

export const linksCommand = queryCommand({
  name: 'links',
  usage: `Usage: mesh-share links [--json]

Lists the shared links made with 'mesh-share share-url' (or by an activity,
or with MKTICKET): the file or folder each opens, whether it allows only
looking (read-only) or changing too (read-write), when it expires, how many
visits it has left, and its address. Links that ended in the last day are
listed too, so you can see why someone's link stopped working.

Options:
  --json      print {"links":[...]} as one line of JSON (keys as in D-Bus
              ListTickets)
  -h, --help  show this help

Exit codes: 0 listed (also when there are none); 1 the agent failed to
answer; 2 wrong usage; 3 no agent is running or there is no D-Bus session
bus.
`,
  call: (client) => client.listTickets(),
  plain: (tickets) => formatLinks(tickets, Date.now()),
  json: (tickets) => jsonLine({ links: tickets.map((t) => toJson(t)) }),
});
