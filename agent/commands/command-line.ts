import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeArgError } from './format.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export type CommandLine = { kind: 'help' } | { kind: 'usage'; message: string } | { kind: 'parsed'; values: OptionValues; positionals: string[] };

/**
 * A command's arguments: its `options` plus `--json` and `-h/--help`, with
 * positionals. Unknown options and missing values become a usage message
 * in plain words; `--help` wins over everything else.
 */
export function parseCommandLine(argv: string[], options: Options): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (error) {
    return { kind: 'usage', message: describeArgError(error) };
  }
  const values: OptionValues = parsed.values;
  if (values.help === true) return { kind: 'help' };
  return { kind: 'parsed', values, positionals: parsed.positionals };
}

export type OneArgument = { kind: 'help' } | { kind: 'usage'; message: string } | { kind: 'value'; value: string; flags: Record<string, boolean> };

/**
 * The command line of a command that takes exactly one argument (an id, a
 * laptop) plus `--json` and any boolean `flags`: cancel, accept, decline, trust, revoke.
 */
export function parseOneArgument(argv: string[], what: string, flags: readonly string[] = []): OneArgument {
  const line = parseCommandLine(argv, Object.fromEntries(flags.map((flag) => [flag, { type: 'boolean' as const }])));
  if (line.kind !== 'parsed') return line;
  const values = line.positionals.map((p) => p.trim()).filter((p) => p !== '');
  if (values.length === 0) return { kind: 'usage', message: `say which: ${what}.` };
  if (values.length > 1) return { kind: 'usage', message: `give one at a time (got ${values.length}).` };
  const set: Record<string, boolean> = {};
  for (const flag of flags) set[flag] = line.values[flag] === true;
  return { kind: 'value', value: values[0]!, flags: set };
}
