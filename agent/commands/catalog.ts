import type { Command } from '../command.js';

/**
 * A sub-command as the CLI lists it. Its module is loaded only when it runs
 * or shows its usage: the agent then carries none of the other commands'
 * code (about 3 MiB of RSS), and a quick command does not load the agent's.
 */
export interface CatalogEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}

/** Every sub-command, in the order the help lists them. Later issues add theirs here. */
export const COMMANDS: readonly CatalogEntry[] = [
  { name: 'agent', summary: 'share a folder over HTTPS WebDAV until stopped', load: async () => (await import('./agent.js')).agentCommand },
  { name: 'status', summary: 'show whether the agent is running and what it shares', load: async () => (await import('./status.js')).statusCommand },
  { name: 'peers', summary: 'list the laptops and Sugar buddies around this one', load: async () => (await import('./peers.js')).peersCommand },
  { name: 'send', summary: 'send files to other laptops (all of them, some, or a group)', load: async () => (await import('./send.js')).sendCommand },
  { name: 'outbox', summary: 'show what this laptop is sending, and who still waits for it', load: async () => (await import('./outbox.js')).outboxCommand },
  { name: 'cancel', summary: 'stop a transfer started with mesh-share send', load: async () => (await import('./outbox.js')).cancelCommand },
  { name: 'offers', summary: 'list files other laptops want to send you', load: async () => (await import('./offers.js')).offersCommand },
  { name: 'accept', summary: 'accept files offered by another laptop', load: async () => (await import('./offers.js')).acceptCommand },
  { name: 'decline', summary: 'decline files offered by another laptop', load: async () => (await import('./offers.js')).declineCommand },
  { name: 'trust', summary: "receive a laptop's files without asking (the teacher's)", load: async () => (await import('./trust.js')).trustCommand },
  { name: 'group', summary: 'save a group of laptops to send to by one name', load: async () => (await import('./group.js')).groupCommand },
  { name: 'share', summary: 'share a file and print its address', load: async () => (await import('./share.js')).shareCommand },
  { name: 'shared', summary: 'list the files shared with mesh-share share', load: async () => (await import('./shared.js')).sharedCommand },
  { name: 'unshare', summary: 'stop sharing a file shared with mesh-share share', load: async () => (await import('./unshare.js')).unshareCommand },
  { name: 'share-url', summary: 'make a read-only and a read-write link to a file or folder in the share', load: async () => (await import('./share-url.js')).shareUrlCommand },
  { name: 'links', summary: 'list the shared links: what each opens, allows, and until when', load: async () => (await import('./links.js')).linksCommand },
  { name: 'revoke', summary: 'end a shared link made with mesh-share share-url', load: async () => (await import('./revoke.js')).revokeCommand },
  { name: 'passwd', summary: 'set the password of a user of the share', load: async () => (await import('./passwd.js')).passwdCommand },
  { name: 'install-service', summary: 'let systemd and the session bus start the agent', load: async () => (await import('./install-service.js')).installServiceCommand },
  { name: 'uninstall-service', summary: 'remove what install-service wrote', load: async () => (await import('./install-service.js')).uninstallServiceCommand },
];
