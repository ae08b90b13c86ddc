import { isMainThread } from 'node:worker_threads';
import { failureLine, main } from './main.js';
import { serveChecks } from './worker.js';

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
      process.stderr.write(failureLine(error));
      process.exitCode = 2;
    },
  );
} else {
  serveChecks();
}
