/**
 * The nick and XO colours classmates see. Sugar keeps them in GSettings
 * (`org.sugarlabs.user nick` / `color`); on a Sugar laptop the agent shows
 * the same as the neighbourhood view does. Elsewhere: the user name, and a
 * colour pair chosen from the PeerId so it stays the same across restarts.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { parseColor, parseNick, type AgentConfig } from './config.js';

export interface SugarProfile {
  nick: string;
  color: string;
}

/** Reads one GSettings key; resolves null when gsettings, the schema or the key is missing. */
export type SettingsReader = (schema: string, key: string) => Promise<string | null>;

export const readGsettings: SettingsReader = (schema, key) =>
  new Promise((resolve) => {
    execFile('gsettings', ['get', schema, key], { timeout: 2_000, encoding: 'utf8' }, (error, stdout) => {
      if (error) return resolve(null);
      resolve(parseGVariantString(stdout.trim()));
    });
  });

/** `'Maria'` as gsettings prints a string; anything else (a number, nothing) is null. */
export function parseGVariantString(text: string): string | null {
  const match = /^'((?:[^'\\]|\\.)*)'$/.exec(text) ?? /^"((?:[^"\\]|\\.)*)"$/.exec(text);
  if (!match) return null;
  return match[1]!.replace(/\\(.)/g, '$1');
}

/** A few of Sugar's stroke/fill pairs (sugar3.graphics.xocolor). */
const XO_COLORS: readonly string[] = [
  '#B20008,#FF2B34', '#FF2B34,#B20008', '#E6000A,#FF8F00', '#FF8F00,#E6000A',
  '#005FE4,#00A0FF', '#00A0FF,#005FE4', '#008009,#00EA11', '#00EA11,#008009',
  '#5E008C,#AC32FF', '#AC32FF,#5E008C', '#9A5200,#FFADCE', '#FF8F00,#005FE4',
  '#008009,#FF2B34', '#005FE4,#FFFA00', '#AC32FF,#00EA11', '#807500,#FFFA00',
];

export function colorForPeer(peerId: string): string {
  const digest = createHash('sha256').update(peerId).digest();
  return XO_COLORS[digest[0]! % XO_COLORS.length]!;
}

export async function resolveSugarProfile(config: Pick<AgentConfig, 'nick' | 'color' | 'user'>, peerId: string, read: SettingsReader = readGsettings): Promise<SugarProfile> {
  const nick = config.nick ?? (await validOrNull(() => read('org.sugarlabs.user', 'nick'), parseNick)) ?? config.user;
  const color = config.color ?? (await validOrNull(() => read('org.sugarlabs.user', 'color'), parseColor)) ?? colorForPeer(peerId);
  return { nick: truncateNick(nick), color };
}

async function validOrNull(read: () => Promise<string | null>, parse: (value: string) => string): Promise<string | null> {
  const value = await read().catch(() => null);
  if (value === null) return null;
  try {
    return parse(value);
  } catch {
    return null;
  }
}

/** A user name can be up to 64 characters; an instance name stops at 63 bytes. */
function truncateNick(nick: string): string {
  let out = '';
  for (const char of nick) {
    if (Buffer.byteLength(out + char, 'utf8') > 63) break;
    out += char;
  }
  return out;
}
