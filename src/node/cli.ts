import { isMainThread } from 'node:worker_threads';
import { version } from '../version.js';

// The bundle is also the worker script of the check pool: started as a worker thread, it serves checks. The rest is
// imported on demand, so that `--version` reads this small file only and `check` never parses the code of `diff`.
if (!isMainThread) {
  const { serveChecks } = await import('./worker.js');
  serveChecks();
} else {
  // Write failures reach the write callbacks (`writeOut`): a closed pipe ends the output quietly, a full disk is an
  // error of one line. Without a listener, Node would also throw them as an uncaught 'error' event with a stack trace.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${version}\n`);
  } else {
    const { failureLine, main } = await import('./main.js');
    await main(argv, { workerUrl: new URL(import.meta.url) }).then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(failureLine(error));
        process.exitCode = 2;
      },
    );
  }
}
