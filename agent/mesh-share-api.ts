/**
 * The agent's implementation of org.sugarlabs.MeshShare1 (dbus/api.ts):
 * thin, so that every rule lives in JournalShares and the agent, and the
 * D-Bus service only converts and names errors.
 */
import type { MeshShareApi, MeshSharePropertyName, Unsubscribe } from '../dbus/api.js';
import type { JournalShares } from './journal-shares.js';

export interface MeshShareApiOptions {
  journal: JournalShares;
  version: string;
  /** Empty until discovery (libp2p) runs. */
  peerId: () => string;
  shareDir: string;
  shareUrl: string;
  shareUrls: readonly string[];
  user: string;
  /** When the agent started, in ms since 1970. */
  startedAt: number;
  /** HTTPS requests answered so far. */
  requests: () => number;
  now?: () => number;
}

export function createMeshShareApi(options: MeshShareApiOptions): MeshShareApi {
  const { journal } = options;
  const now = options.now ?? Date.now;
  return {
    methods: {
      async Status() {
        const entries = await journal.list();
        return {
          version: options.version,
          peer_id: options.peerId(),
          share_dir: options.shareDir,
          share_url: options.shareUrl,
          share_urls: [...options.shareUrls],
          user: options.user,
          uptime_seconds: Math.max(0, Math.floor((now() - options.startedAt) / 1000)),
          shared_entries: entries.length,
          requests: options.requests(),
        };
      },
      async ShareEntry(path, metadata) {
        return (await journal.shareEntry(path, metadata)).url;
      },
      async ListShared() {
        return journal.list();
      },
      async Unshare(url) {
        await journal.unshare(url);
      },
    },
    properties: {
      Version: () => options.version,
      ShareUrl: () => options.shareUrl,
      ShareDir: () => options.shareDir,
      User: () => options.user,
      PeerId: () => options.peerId(),
      SharedCount: () => journal.count,
    },
    signals: {
      Shared(listener) {
        journal.on('shared', listener);
        return () => void journal.off('shared', listener);
      },
      Unshared(listener) {
        journal.on('unshared', listener);
        return () => void journal.off('unshared', listener);
      },
    },
    onPropertiesChanged(listener: (names: readonly MeshSharePropertyName[]) => void): Unsubscribe {
      let last = journal.count;
      const check = (): void => {
        if (journal.count === last) return;
        last = journal.count;
        listener(['SharedCount']);
      };
      journal.on('shared', check);
      journal.on('unshared', check);
      return () => {
        journal.off('shared', check);
        journal.off('unshared', check);
      };
    },
  };
}
