/**
 * Multi-host tests build network namespaces, veth pairs and bridges, which
 * needs root. CI runs as root; elsewhere such a test must fail loudly, never
 * skip silently.
 */

/** True when root. Otherwise prints a loud banner naming the test and returns false: the caller then fails the test. */
export function requireRoot(what: string): boolean {
  if (typeof process.getuid === 'function' && process.getuid() === 0) return true;
  const bar = '!'.repeat(72);
  process.stderr.write(
    `\n${bar}\n` +
      `  ${what} NEEDS ROOT and was not run.\n` +
      `  It builds network namespaces (ip netns), veth pairs and a bridge to play\n` +
      `  a mesh of laptops; only root can. CI runs the tests as root: run them\n` +
      `  as root here too (sudo npm test). This counts as a FAILURE, not a skip.\n` +
      `${bar}\n\n`,
  );
  return false;
}
