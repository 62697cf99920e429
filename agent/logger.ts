/**
 * A small structured logger: one line per event on stderr, JSON when not a
 * terminal (journald keeps it), readable text otherwise. Injected everywhere
 * instead of a global so tests can capture or silence it.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function parseLogLevel(value: string | undefined, fallback: LogLevel = 'info'): LogLevel {
  return value === 'debug' || value === 'info' || value === 'warn' || value === 'error' ? value : fallback;
}

export function createLogger(options: { level?: LogLevel; json?: boolean; write?: (line: string) => void } = {}): Logger {
  const level = ORDER[options.level ?? 'info'];
  const json = options.json ?? !process.stderr.isTTY;
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const emit = (name: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    if (ORDER[name] < level) return;
    if (json) {
      write(JSON.stringify({ time: new Date().toISOString(), level: name, message, ...fields }));
    } else {
      const extra = fields && Object.keys(fields).length > 0 ? ` ${Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ')}` : '';
      write(`${name === 'info' ? '' : `${name}: `}${message}${extra}`);
    }
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
