import { resolve } from 'node:path';
import { EXIT, type Command, type CommandIo } from '../command.js';
import type { AgentClient, PlainDict, TransferEvent } from '../dbus-client.js';
import { callAgent, emit } from './agent-call.js';
import { jsonLine, toJson, usageFailureOutput, wantsJson, type JsonValue } from './format.js';
import { parseCommandLine } from './command-line.js';
import { TransferProgressView } from './transfer-progress.js';
import { describeRecipient, recipientsOf, type ReportCounts, reportCounts } from './transfer-format.js';

const USAGE = `Usage: mesh-share send PATH... --to WHO [--to WHO...] [options]

Sends files or folders to other laptops. Every copy is checked (SHA-256)
before it lands in the other laptop's inbox; a cut transfer continues where
it stopped. Laptops that are away now get the files when they come back,
also after this laptop restarts (see 'mesh-share outbox').

WHO is 'all' (every laptop running mesh-share that this one has seen), a
name as 'mesh-share peers' shows it, a PeerId, or a group saved with
'mesh-share group'; several may be given, separated by commas or with more
--to options.

Options:
  --to WHO       who gets the files (required)
  --via HOLDER   leave the files with HOLDER (a laptop that is here now, e.g.
                 the teacher's: a name or PeerId) for recipients who are
                 away; only they can open them there, their laptops fetch
                 them when they next see HOLDER, and HOLDER then deletes
                 them (or after a week). HOLDER must be reachable now.
                 Recipients not in 'mesh-share peers' are named by PeerId.
  --title TEXT   Journal title for a single file (default: its name)
  --no-wait      print the transfer id and return at once; the agent sends
                 in the background
  --json         one line of JSON per event ({"event":"progress"|"recipient"
                 |"finished",...}), then the report
  -h, --help     show this help

While it runs, one line per laptop shows its progress. At the end:
delivered, waiting (away now: delivered automatically later) and failed
(with the reason: declined, not enough space, ...).

Exit codes: 0 every laptop has the files; 1 some failed, or the agent said
no; 2 wrong usage; 3 no agent is running; 4 some laptops are away or have
not accepted yet (they get the files later; nothing failed).

Examples:
  mesh-share send worksheet.pdf --to all
  mesh-share send Photos/ --to Ana,Bo
  mesh-share send story.odt --to class-3b --no-wait
  mesh-share send drawing.png --to Maria --via Teacher
`;

/** Some recipients will get it later (away, or the child has not accepted yet). */
export const EXIT_LATER = 4;

export const sendCommand: Command = {
  name: 'send',
  usage: USAGE,
  run: runSend,
};

async function runSend(argv: string[], io: CommandIo): Promise<number> {
  const json = wantsJson(argv);
  const usage = (message: string): number => emit(io, usageFailureOutput('send', message, json));
  const line = parseCommandLine(argv, {
    to: { type: 'string', multiple: true },
    via: { type: 'string' },
    title: { type: 'string' },
    'no-wait': { type: 'boolean' },
  });
  if (line.kind === 'usage') return usage(line.message);
  if (line.kind === 'help') {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const { values, positionals } = line;
  if (positionals.length === 0) return usage('say which files or folders to send, for example: mesh-share send worksheet.pdf --to all');
  const recipients = (values.to ?? []).flatMap((to) => to.split(',')).map((to) => to.trim()).filter((to) => to !== '');
  if (recipients.length === 0) return usage("say who gets the files with --to: 'all', names from 'mesh-share peers', or a group.");
  if (values.title !== undefined && positionals.length > 1) return usage('--title names one file; give it with a single file.');
  const paths = positionals.map((path) => resolve(path));
  const metadata = values.title === undefined ? {} : { title: values.title };
  const wait = values['no-wait'] !== true;
  if (values.via !== undefined) {
    const holder = values.via.trim();
    if (holder === '') return usage("say which laptop keeps the files with --via: a name from 'mesh-share peers' or a PeerId.");
    const via = await callAgent(io, json, (client) => sendVia(client, io, { paths, recipients, metadata, json, wait }, holder));
    return via.ok ? via.value : via.exitCode;
  }

  const result = await callAgent(io, json, (client) => send(client, io, { paths, recipients, metadata, json, wait }));
  return result.ok ? result.value : result.exitCode;
}

interface SendRequest {
  paths: string[];
  recipients: string[];
  metadata: { title?: string };
  json: boolean;
  wait: boolean;
}

async function send(client: AgentClient, io: CommandIo, request: SendRequest): Promise<number> {
  const write = (line: string): void => void io.stdout.write(`${line}\n`);
  if (!request.wait) {
    const id = await client.sendTo(request.paths, request.recipients, request.metadata);
    write(request.json ? jsonLine({ transfer_id: id }) : `Sending (transfer ${id}); 'mesh-share outbox' shows how it goes.`);
    return EXIT.ok;
  }

  // Subscribe before asking, so no event is lost; events of this transfer are held until its id is known.
  let transferId: string | null = null;
  const early: TransferEvent[] = [];
  let view: TransferProgressView | null = null;
  const settled = Promise.withResolvers<PlainDict>();
  const handle = (event: TransferEvent): void => {
    if (transferId === null) {
      early.push(event);
      return;
    }
    if (event.transferId !== transferId) return;
    if (request.json) write(jsonLine(eventJson(event)));
    else view?.update(event);
    if (event.kind === 'finished') settled.resolve(event.report);
  };
  const stop = await client.onTransferEvent(handle);
  // The agent may stop while we wait (shut down, or the laptop goes to sleep): the transfer stays in its outbox.
  const gone = Promise.withResolvers<'gone'>();
  const stopGone = await client.onAgentGone(() => gone.resolve('gone'));
  try {
    if (!request.json) io.stderr.write(`Checking ${request.paths.length === 1 ? 'the file' : 'the files'}...\n`);
    transferId = await client.sendTo(request.paths, request.recipients, request.metadata);
    const transfer = (await client.listTransfers()).find((item) => item.id === transferId);
    if (!request.json) {
      view = new TransferProgressView(io.stderr, recipientsOf(transfer));
      write(`Sending ${describeFiles(transfer)} to ${view.size} ${view.size === 1 ? 'laptop' : 'laptops'} (transfer ${transferId}).`);
    } else {
      write(jsonLine({ event: 'started', transfer_id: transferId, transfer: transfer === undefined ? null : toJson(transfer) }));
    }
    for (const event of early.splice(0)) handle(event);
    // Settled before we listened (everyone away, say): the outbox already says so.
    if (transfer !== undefined && transfer.settled === true) settled.resolve(transfer);
    const report = await Promise.race([settled.promise, gone.promise]);
    view?.close();
    if (report === 'gone') {
      const message = `The mesh-share agent stopped while sending. Transfer ${transferId} stays in its outbox and goes on when the agent starts again; 'mesh-share outbox' shows it then.`;
      if (request.json) write(jsonLine({ event: 'agent-stopped', transfer_id: transferId, message }));
      else io.stderr.write(`${message}\n`);
      return EXIT_LATER;
    }
    const counts = reportCounts(report);
    if (request.json) write(jsonLine({ event: 'report', transfer_id: transferId, report: toJson(report) }));
    else write(formatReport(report, counts));
    if (counts.failed > 0) return EXIT.failure;
    return counts.waiting + counts.held > 0 ? EXIT_LATER : EXIT.ok;
  } finally {
    view?.close();
    stop();
    stopGone();
  }
}

/** `--via`: the holder has the files once this returns; each recipient is reported as left with it. */
async function sendVia(client: AgentClient, io: CommandIo, request: SendRequest, holder: string): Promise<number> {
  if (!request.json) io.stderr.write(`Leaving ${request.paths.length === 1 ? 'the file' : 'the files'} with ${holder}...\n`);
  const id = await client.sendVia(request.paths, request.recipients, holder, request.metadata);
  if (request.json) {
    io.stdout.write(`${jsonLine({ event: 'report', transfer_id: id, via: holder, recipients: request.recipients.map((who) => ({ recipient: who, state: 'relayed' })) })}\n`);
  } else {
    const lines = [`Left with ${holder} (transfer ${id}); they get it when their laptop next sees ${holder}:`];
    for (const who of request.recipients) lines.push(`  ${who}: left with ${holder}`);
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return EXIT.ok;
}

function describeFiles(transfer: PlainDict | undefined): string {
  const files = Array.isArray(transfer?.files) ? transfer.files.map(String) : [];
  if (files.length === 1) return `"${files[0]}"`;
  return `${files.length} files`;
}

function eventJson(event: TransferEvent): JsonValue {
  switch (event.kind) {
    case 'progress':
      return { event: 'progress', transfer_id: event.transferId, peer_id: event.peerId, done: event.done, total: event.total };
    case 'recipient':
      return { event: 'recipient', transfer_id: event.transferId, recipient: toJson(event.recipient) };
    case 'finished':
      return { event: 'finished', transfer_id: event.transferId, report: toJson(event.report) };
  }
}

export function formatReport(report: PlainDict, counts: ReportCounts = reportCounts(report)): string {
  const recipients = recipientsOf(report);
  const lines = [`Delivered to ${counts.delivered} of ${recipients.length}.`];
  const later = recipients.filter((r) => r.state === 'waiting' || r.state === 'held');
  if (later.length > 0) {
    lines.push(`Waiting: ${later.length} (they get it automatically when they are back or accept it; 'mesh-share outbox' shows them):`);
    for (const r of later) lines.push(`  ${describeRecipient(r)}`);
  }
  const failed = recipients.filter((r) => r.state === 'failed' || r.state === 'cancelled');
  if (failed.length > 0) {
    lines.push(`Failed: ${failed.length}:`);
    for (const r of failed) lines.push(`  ${describeRecipient(r)}`);
  }
  return lines.join('\n');
}
