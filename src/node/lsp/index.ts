/**
 * The language server entry (`dist/lsp.js`): `connector-certify lsp --stdio` loads it, and `node dist/lsp.js --stdio`
 * runs it directly. A bundle of its own, so neither the core bundle nor the CLI's start carries it.
 * @packageDocumentation
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.js';

export { startServer, defaultDebounceMs } from './server.js';

/** Whether this module is the script node was started with (and not imported by the CLI). */
function isMainModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) startServer();
