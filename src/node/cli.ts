import { isMainThread } from 'node:worker_threads';
import { main, UsageError } from './main.js';
import { LoadError } from './load.js';
import { serveChecks } from './worker.js';
import { toolName } from '../version.js';

// The bundle is also the worker script of the check pool: started as a worker thread, it serves checks.
if (isMainThread) {
  // Write failures reach the write callbacks (`writeOut`): a closed pipe ends the output quietly, a full disk is an
  // error of one line. Without a listener, Node would also throw them as an uncaught 'error' event with a stack trace.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  main(process.argv.slice(2), { workerUrl: new URL(import.meta.url) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const known = error instanceof UsageError || error instanceof LoadError;
      process.stderr.write(`${toolName}: ${known ? (error as Error).message : `unexpected failure: ${String(error)}`}\n`);
      process.exitCode = 2;
    },
  );
} else {
  serveChecks();
}
