import { queryCommand } from './agent-call.js';
import { formatStatus, jsonLine, statusJson } from './format.js';

const USAGE = `Usage: mesh-share status [--json]

Asks the running mesh-share agent how it is doing: its version, the folder
it shares and the address to open it at, the user name classmates sign in
with, this laptop's peer id (once discovery runs), how long it has been
running, how many Journal entries it shares and how many requests it has
answered.

The agent is reached over D-Bus (the session bus of your desktop). If no
agent is running, this says so and how to start one.

Options:
  --json      print the status as one line of JSON (keys as in D-Bus:
              version, peer_id, share_dir, share_url, share_urls, user,
              uptime_seconds, shared_entries, requests)
  -h, --help  show this help

Exit codes: 0 the agent answered; 1 it failed to answer; 2 wrong usage;
3 no agent is running or there is no D-Bus session bus.

Examples:
  mesh-share status
  mesh-share status --json
`;

export const statusCommand = queryCommand({
  name: 'status',
  usage: USAGE,
  call: (client) => client.status(),
  plain: formatStatus,
  json: (status) => jsonLine(statusJson(status)),
});
