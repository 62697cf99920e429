import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** The user's home folder: $HOME when it is a real path, otherwise what the system says. */
export function homeDir(env: NodeJS.ProcessEnv): string {
  const home = env.HOME;
  return home !== undefined && isAbsolute(home) ? home : homedir();
}

/** An XDG base directory variable, ignored unless absolute (as the XDG spec says). */
function xdgBase(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name];
  return value !== undefined && isAbsolute(value) ? value : fallback;
}

/** Private state (key, certificate, htpasswd): `$XDG_DATA_HOME/mesh-share`, else `~/.local/share/mesh-share`. */
export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  return join(xdgBase(env, 'XDG_DATA_HOME', join(homeDir(env), '.local', 'share')), 'mesh-share');
}

/**
 * The folder to share: the desktop's "Public" folder from
 * `$XDG_CONFIG_HOME/user-dirs.dirs` (which is translated on non-English
 * desktops, e.g. "Öffentlich"), else `~/Public`.
 */
export function defaultShareDir(env: NodeJS.ProcessEnv): string {
  return userDir(env, 'XDG_PUBLICSHARE_DIR', 'Public');
}

/** Where received files land: the desktop's download folder (`XDG_DOWNLOAD_DIR`), else `~/Downloads`. */
export function defaultInboxDir(env: NodeJS.ProcessEnv): string {
  return userDir(env, 'XDG_DOWNLOAD_DIR', 'Downloads');
}

function userDir(env: NodeJS.ProcessEnv, name: string, fallbackName: string): string {
  const home = homeDir(env);
  const fallback = join(home, fallbackName);
  const file = join(xdgBase(env, 'XDG_CONFIG_HOME', join(home, '.config')), 'user-dirs.dirs');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
  const found = parseUserDir(text, name, home);
  // xdg-user-dirs marks a disabled folder by pointing it at $HOME; sharing (or filling) the whole home folder is never what was meant.
  if (found === undefined || resolve(found) === resolve(home)) return fallback;
  return found;
}

/**
 * Reads one `XDG_xxx_DIR="$HOME/yyy"` or `XDG_xxx_DIR="/yyy"` line of a
 * user-dirs.dirs file (a shell fragment; the last assignment wins).
 */
export function parseUserDir(text: string, name: string, home: string): string | undefined {
  let result: string | undefined;
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z_]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(line);
    if (match === null || match[1] !== name) continue;
    const value = (match[2] ?? '').replace(/\\(.)/g, '$1');
    const homeMatch = /^(?:\$HOME|\$\{HOME\})(\/.*)?$/.exec(value);
    if (homeMatch !== null) {
      result = join(home, homeMatch[1] ?? '');
    } else if (isAbsolute(value)) {
      result = value;
    }
  }
  return result;
}
