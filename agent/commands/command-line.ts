import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeArgError } from './format.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What every command takes besides its own options. */
const COMMON = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

type Config<O extends Options> = { args: string[]; options: O & typeof COMMON; strict: true; allowPositionals: true };

/** The parsed options, typed from the command's own option table (a string option is a string, a flag a boolean). */
export type OptionValues<O extends Options = Options> = ReturnType<typeof parseArgs<Config<O>>>['values'];

export type CommandLine<O extends Options = Options> = { kind: 'help' } | { kind: 'usage'; message: string } | { kind: 'parsed'; values: OptionValues<O>; positionals: string[] };

/**
 * A command's arguments: its `options` plus `--json` and `-h/--help`, with
 * positionals. Unknown options and missing values become a usage message
 * in plain words; `--help` wins over everything else.
 */
export function parseCommandLine<const O extends Options>(argv: string[], options: O): CommandLine<O> {
  let parsed;
  try {
    parsed = parseArgs<Config<O>>({ args: argv, options: { ...options, ...COMMON }, strict: true, allowPositionals: true });
  } catch (error) {
    return { kind: 'usage', message: describeArgError(error) };
  }
  if ((parsed.values as { help?: boolean }).help === true) return { kind: 'help' };
  return { kind: 'parsed', values: parsed.values, positionals: parsed.positionals };
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
