import { parseArgs } from 'node:util';
import { describeArgError } from './format.js';

export type OneArgument = { kind: 'help' } | { kind: 'usage'; message: string } | { kind: 'value'; value: string; flags: Record<string, boolean> };

/**
 * The command line of a command that takes exactly one argument (an id, a
 * laptop) plus `--json` and any boolean `flags`: cancel, accept, decline, trust.
 */
export function parseOneArgument(argv: string[], _usage: string, what: string, flags: readonly string[] = []): OneArgument {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...Object.fromEntries(flags.map((flag) => [flag, { type: 'boolean' as const }])) },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return { kind: 'usage', message: describeArgError(error) };
  }
  if (parsed.values.help === true) return { kind: 'help' };
  const values = parsed.positionals.map((p) => p.trim()).filter((p) => p !== '');
  if (values.length === 0) return { kind: 'usage', message: `say which: ${what}.` };
  if (values.length > 1) return { kind: 'usage', message: `give one at a time (got ${values.length}).` };
  const set: Record<string, boolean> = {};
  for (const flag of flags) set[flag] = (parsed.values as Record<string, unknown>)[flag] === true;
  return { kind: 'value', value: values[0]!, flags: set };
}
