// tsc does not keep the executable bit; `npx mesh-share` and `bin` need it.
import { chmodSync } from 'node:fs';
chmodSync(new URL('../dist/agent/cli.js', import.meta.url), 0o755);
