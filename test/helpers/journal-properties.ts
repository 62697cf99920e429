import { request, type AgentHandle } from './agent-process.js';
import { parseMultistatus, textOf } from './raw-https.js';

/** The namespace ShareEntry keeps Journal metadata in (agent/journal-shares.ts). */
export const JOURNAL_NS = 'http://sugarlabs.org/ns/mesh-share/journal/';

/**
 * What a classmate's WebDAV client sees of a shared entry: an allprop
 * PROPFIND of `path`, reduced to the text of each Journal property.
 */
export async function journalProperties(agent: AgentHandle, path: string): Promise<Map<string, string>> {
  const response = await request(agent, 'PROPFIND', path, {
    headers: { Depth: '0', 'Content-Type': 'application/xml; charset=utf-8' },
    body: '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:allprop/></D:propfind>',
  });
  if (response.status !== 207) throw new Error(`PROPFIND ${path} answered ${response.status}: ${response.body.toString()}`);
  const [first] = parseMultistatus(response.body.toString('utf8'));
  const found = new Map<string, string>();
  for (const propstat of first?.propstats ?? []) for (const element of propstat.props) if (element.ns === JOURNAL_NS) found.set(element.local, textOf(element));
  return found;
}
