import type { IncomingMessage } from 'node:http';

/** A request header as one string (repeated headers joined with ", " as RFC 9110 5.3 allows). */
export function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}
