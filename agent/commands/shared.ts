import { queryCommand } from './agent-call.js';
import { formatSharedList, jsonLine, sharedListJson } from './format.js';

const USAGE = `Usage: mesh-share shared [--json]

Lists what was shared with 'mesh-share share' (or by a Sugar activity) and
is still in the share: title, file name, size, when it was shared (in UTC,
as the share's web page shows it) and its address.

Options:
  --json      print {"entries":[...]} as one line of JSON; each entry has
              url, name, title, mime_type, size, shared_at and the rest of
              its metadata (keys as in D-Bus; preview as base64)
  -h, --help  show this help

Exit codes: 0 listed (also when nothing is shared); 1 the agent failed to
answer; 2 wrong usage; 3 no agent is running or there is no D-Bus session
bus.
`;

export const sharedCommand = queryCommand({
  name: 'shared',
  usage: USAGE,
  call: (client) => client.listShared(),
  plain: formatSharedList,
  json: (entries) => jsonLine(sharedListJson(entries)),
});
