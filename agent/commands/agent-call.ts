import { parseArgs } from 'node:util';
import { EXIT, type Command, type CommandIo } from '../command.js';
import { AgentClientError, withAgent, type AgentClient } from '../dbus-client.js';
import { describeArgError, failureOutput, usageFailureOutput, wantsJson, type FailureOutput } from './format.js';

/** Print a failure where it belongs (stdout for --json, stderr otherwise) and give its exit code. */
export function emit(io: CommandIo, output: FailureOutput): number {
  io[output.stream].write(output.text);
  return output.exitCode;
}

/**
 * One call to the running agent. Resolves to the value, or to the exit
 * code after printing why the agent could not be asked (no bus, no agent,
 * a refusal in the agent's words).
 */
export async function callAgent<T>(io: CommandIo, json: boolean, call: (client: AgentClient) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; exitCode: number }> {
  try {
    return { ok: true, value: await withAgent(io.env, call) };
  } catch (error) {
    if (error instanceof AgentClientError) return { ok: false, exitCode: emit(io, failureOutput(error, json)) };
    throw error;
  }
}

/** A command that takes no arguments, asks the agent one thing and prints it (status, shared). */
export function queryCommand<T>(spec: {
  name: string;
  usage: string;
  call: (client: AgentClient) => Promise<T>;
  plain: (value: T) => string;
  json: (value: T) => string;
}): Command {
  return {
    name: spec.name,
    usage: spec.usage,
    async run(argv: string[], io: CommandIo): Promise<number> {
      const json = wantsJson(argv);
      let values;
      try {
        values = parseArgs({ args: argv, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values;
      } catch (error) {
        return emit(io, usageFailureOutput(spec.name, describeArgError(error), json));
      }
      if (values.help === true) {
        io.stdout.write(spec.usage);
        return EXIT.ok;
      }
      const result = await callAgent(io, json, spec.call);
      if (!result.ok) return result.exitCode;
      io.stdout.write(`${json ? spec.json(result.value) : spec.plain(result.value)}\n`);
      return EXIT.ok;
    },
  };
}
