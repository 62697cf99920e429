/**
 * One `mesh-share` sub-command. The CLI looks commands up by name (its
 * catalog, agent/cli.ts, holds the one-line summaries and loads a command's
 * module only when it runs) and prints `usage` for `mesh-share NAME --help`.
 * `run` returns the process exit code; it prints its own errors in words a
 * teacher understands (no stack traces).
 */
export interface Command {
  readonly name: string;
  readonly usage: string;
  run(argv: string[], io: CommandIo): Promise<number>;
}

export interface CommandIo {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
}

/** Exit codes shared by all commands. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** No agent running (later: no session bus). */
  noAgent: 3,
} as const;
