/**
 * What every multi-agent benchmark does before it starts agents: room for
 * one 'exit' listener per agent's private bus, and an exit on a signal or
 * an uncaught error, so the harness's exit hooks kill the agents and remove
 * the namespaces whatever happens.
 */
export function guardBenchProcess(maxAgents: number, say: (line: string) => void): void {
  // Every agent's private bus adds an 'exit' listener (test/helpers/private-bus.ts): not a leak.
  process.setMaxListeners(maxAgents * 2 + 20);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.on(signal, () => {
      say(`${signal}: killing the agents and removing the namespaces`);
      process.exit(code);
    });
  }
  for (const ev of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(ev, (err: unknown) => {
      process.stderr.write(`bench: ${ev}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
  }
}
