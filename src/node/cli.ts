import { main, UsageError } from './main.js';
import { LoadError } from './load.js';
import { toolName } from '../version.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof LoadError;
    process.stderr.write(`${toolName}: ${known ? (error as Error).message : `unexpected failure: ${String(error)}`}\n`);
    process.exitCode = 2;
  },
);
