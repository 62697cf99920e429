/**
 * What the agent-facing commands (status, share, shared, unshare) print:
 * plain text for people, JSON for scripts, and their error messages. Pure:
 * values in, text out, so it is unit-tested without a bus or an agent.
 *
 * JSON keeps the D-Bus dictionaries' lower_snake_case keys, so a script and
 * a Sugar activity see the same names; 64-bit integers become JSON numbers
 * (strings beyond 2^53), byte arrays become base64 strings.
 */
import { formatModified, formatSize } from '../../web/browser/listing-page.js';
import { EXIT } from '../command.js';
import type { AgentClientErrorCode, PlainDict, PlainValue } from '../dbus-client.js';

export { formatModified, formatSize };

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const START_AGENT_HINT = 'Start one with: mesh-share agent (or: systemctl --user start mesh-share)';
export const START_BUS_HINT = 'Run this inside your desktop session, or start one with: dbus-run-session -- mesh-share agent';

/** A D-Bus value as JSON: bigints as numbers (strings when too large to be exact), Buffers as base64. */
export function toJson(value: PlainValue | undefined): JsonValue {
  if (value === undefined) return null;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (Array.isArray(value)) return value.map((item) => toJson(item));
  if (typeof value === 'object') {
    const result: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) result[key] = toJson(item);
    return result;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** A finite number from a D-Bus number (any width) or a numeric string; undefined otherwise. */
export function toNumber(value: PlainValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

function text(value: PlainValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => text(item)).join(', ');
  return '';
}

function plural(count: number | bigint, one: string, many: string): string {
  return `${count} ${count === 1 || count === 1n ? one : many}`;
}

/**
 * A duration for people, with its two largest units: `45 seconds`,
 * `1 minute 5 seconds`, `3 hours 5 minutes`, `2 days 1 hour`.
 */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) return 'unknown';
  const whole = Math.floor(totalSeconds);
  const units: Array<[number, string, string]> = [
    [86_400, 'day', 'days'],
    [3_600, 'hour', 'hours'],
    [60, 'minute', 'minutes'],
    [1, 'second', 'seconds'],
  ];
  const first = units.findIndex(([size]) => whole >= size);
  if (first === -1) return '0 seconds';
  const [size, one, many] = units[first]!;
  const count = Math.floor(whole / size);
  const parts = [plural(count, one, many)];
  const next = units[first + 1];
  if (next !== undefined) {
    const nextCount = Math.floor((whole - count * size) / next[0]);
    if (nextCount > 0) parts.push(plural(nextCount, next[1], next[2]));
  }
  return parts.join(' ');
}

/** A size in bytes from any D-Bus number; `—` when missing. */
export function formatSizeValue(value: PlainValue | undefined): string {
  if (typeof value === 'bigint') return formatSize(value);
  const number = toNumber(value);
  return number === undefined || number < 0 ? '—' : formatSize(BigInt(Math.floor(number)));
}

/**
 * When something was shared: seconds since 1970 (any D-Bus number; values
 * that only make sense as milliseconds are taken as such) or an ISO 8601
 * string. Printed like the share's web page does (`2026-11-22 14:05 UTC`).
 */
export function formatTimestamp(value: PlainValue | undefined): string {
  if (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value.trim())) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? '—' : formatModified(ms);
  }
  const number = toNumber(value);
  if (number === undefined || number <= 0) return '—';
  return formatModified(number > 1e11 ? number : number * 1000);
}

/** Characters as a terminal shows them (close enough: code points). */
function width(value: string): number {
  return [...value].length;
}

function truncate(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

/** Left-aligned columns two spaces apart; the last column is not padded. Control characters are shown as `?`. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const clean = (cell: string): string => cell.replace(/[\u0000-\u001f\u007f]/g, '?');
  const all = [headers, ...rows].map((row) => row.map(clean));
  const widths = headers.map((_, column) => Math.max(...all.map((row) => width(row[column] ?? ''))));
  return all
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - width(cell))))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The agent's Status() for people. Keys a later agent adds only show up in --json. */
export function formatStatus(status: PlainDict): string {
  const shareUrl = text(status.share_url);
  const urls = Array.isArray(status.share_urls) ? status.share_urls.map((url) => text(url)) : [];
  const others = urls.filter((url) => url !== shareUrl && url !== '' && !/\/\/(127\.|\[::1\]|localhost[:/])/.test(url));
  const peerId = text(status.peer_id);
  const uptime = toNumber(status.uptime_seconds);
  const rows: Array<[string, string]> = [
    ['share folder', text(status.share_dir) || '—'],
    ['open', `${shareUrl || '—'}${others.length > 0 ? `   (also ${others.join(', ')})` : ''}`],
    ['user', text(status.user) || '—'],
    ['peer id', peerId === '' ? 'not yet' : peerId],
    ...(status.nick === undefined ? [] : [['shown as', `${text(status.nick)} ${text(status.color)}`.trim()] as [string, string]]),
    ...(status.discovery === undefined ? [] : [['neighbours', status.discovery === true ? `${text(status.peers_online)} here (mesh-share peers lists them)` : 'not looking (discovery is off)'] as [string, string]]),
    ['running for', uptime === undefined ? '—' : formatDuration(uptime)],
    ['shared entries', status.shared_entries === undefined ? '—' : text(status.shared_entries)],
    ['requests', status.requests === undefined ? '—' : text(status.requests)],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const version = text(status.version);
  return [`The mesh-share agent${version === '' ? '' : ` ${version}`} is running.`, ...rows.map(([label, value]) => `  ${label.padEnd(labelWidth)}  ${value}`)].join('\n');
}

export const NOTHING_SHARED = 'Nothing is shared yet. Share a file with: mesh-share share FILE';

/** ListShared() as a table: title, file name, size, when it was shared, URL. */
export function formatSharedList(entries: readonly PlainDict[]): string {
  if (entries.length === 0) return NOTHING_SHARED;
  const rows = entries.map((entry) => [
    truncate(text(entry.title) || text(entry.name) || '—', 40),
    truncate(text(entry.name) || '—', 40),
    formatSizeValue(entry.size),
    formatTimestamp(entry.shared_at),
    text(entry.url),
  ]);
  const table = formatTable(['Title', 'File name', 'Size', 'Shared', 'URL'], rows);
  return `${table}\n\n${plural(entries.length, 'entry is', 'entries are')} shared. To stop sharing one: mesh-share unshare URL`;
}

/** `Shared: TITLE` and the URL on the next line. */
export function formatShared(title: string, url: string): string {
  return `Shared: ${title}\n  ${url}`;
}

export function formatUnshared(url: string): string {
  return `No longer shared: ${url}`;
}

/** One JSON document on one line. */
export function jsonLine(value: JsonValue): string {
  return JSON.stringify(value);
}

/** The shape of an error in --json output: `{"error":{"code":...,"message":...}}` (plus `dbus_name` for D-Bus errors). */
export function errorJson(code: string, message: string, dbusName?: string): JsonValue {
  return { error: { code, message, ...(dbusName === undefined ? {} : { dbus_name: dbusName }) } };
}

/** What a failed command prints, where, and its exit code. */
export interface FailureOutput {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
  readonly exitCode: number;
}

/** The fields of an AgentClientError this module needs (kept structural so this module stays free of dbus-next). */
export interface ClientFailure {
  readonly code: AgentClientErrorCode;
  readonly message: string;
  readonly dbusName?: string | undefined;
}

/** The sentence for a person: what happened, and what to do about it. */
export function explainFailure(failure: ClientFailure): string {
  switch (failure.code) {
    case 'no-agent':
      return `${failure.message} ${START_AGENT_HINT}`;
    case 'no-bus':
      return `${failure.message} ${START_BUS_HINT}`;
    case 'timeout':
      return failure.message.startsWith('The mesh-share agent')
        ? `${failure.message} It may be busy: try again in a moment, or restart it with: systemctl --user restart mesh-share`
        : `${failure.message} Try again in a moment.`;
    case 'agent-error':
      return failure.message;
    case 'failed':
      return `${failure.message} Restarting the agent (systemctl --user restart mesh-share) may help.`;
  }
}

export function exitCodeFor(code: AgentClientErrorCode): number {
  return code === 'no-agent' || code === 'no-bus' ? EXIT.noAgent : EXIT.failure;
}

/** Output for a failure of the client (`--json`: a JSON error on stdout; otherwise one line on stderr). */
export function failureOutput(failure: ClientFailure, json: boolean): FailureOutput {
  const message = explainFailure(failure);
  return json
    ? { stream: 'stdout', text: `${jsonLine(errorJson(failure.code, message, failure.dbusName))}\n`, exitCode: exitCodeFor(failure.code) }
    : { stream: 'stderr', text: `${message}\n`, exitCode: exitCodeFor(failure.code) };
}

/** Output for a problem found before asking the agent (a missing file, ...): exit 1. */
export function localFailureOutput(code: string, message: string, json: boolean): FailureOutput {
  return json
    ? { stream: 'stdout', text: `${jsonLine(errorJson(code, message))}\n`, exitCode: EXIT.failure }
    : { stream: 'stderr', text: `${message}\n`, exitCode: EXIT.failure };
}

/** Output for a usage error: the problem and how to get help (plain), or a JSON error; exit 2. */
export function usageFailureOutput(command: string, message: string, json: boolean): FailureOutput {
  return json
    ? { stream: 'stdout', text: `${jsonLine(errorJson('usage', message))}\n`, exitCode: EXIT.usage }
    : { stream: 'stderr', text: `mesh-share ${command}: ${message}\nRun 'mesh-share ${command} --help' to see how to use it.\n`, exitCode: EXIT.usage };
}

/** node:util parseArgs errors in plain words. */
export function describeArgError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^'\s]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? message}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option ?? 'an option'} needs a value.`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}.`.replace(' .', '.');
  return message;
}

/** `--json` anywhere before a `--`: errors found while parsing the rest are then reported as JSON too. */
export function wantsJson(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--json') return true;
  }
  return false;
}

/** The JSON of `status --json`: Status() as the agent sent it. */
export function statusJson(status: PlainDict): JsonValue {
  return toJson(status);
}

/** The JSON of `shared --json`: `{"entries":[...]}` with each ListShared() dictionary as sent. */
export function sharedListJson(entries: readonly PlainDict[]): JsonValue {
  return { entries: entries.map((entry) => toJson(entry)) };
}
