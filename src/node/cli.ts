import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { version } from '../version.js';
import { loadBundle, type LoadedBundle } from './code-cache.js';
import { standardOutput, type OutputStream } from './stdout.js';
import { workerArgument } from './worker-argument.js';

type Commands = typeof import('./commands.js');

// The bin is also the worker script of the check pool: started as a worker thread, it serves checks. The commands'
// code is one bundle beside it, loaded only when a command runs, so that `--version` reads this small file alone.
// Built as CommonJS (dist/cli.cjs): an ES module entry makes Node start its ES module loader first (about 8 ms).
const loadCommands = (command: string) => loadBundle(fileURLToPath(new URL('./cli/commands.cjs', import.meta.url)), command);
const argv = process.argv.slice(2);
const isWorker = () => !(createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).isMainThread;

/**
 * process.stderr, with the same listener, made on first use: a command that writes nothing to it leaves it unmade, and
 * making it for a pipe loads node:net (about 3 ms of a small `check`, whose output goes to stdout alone).
 */
let stderrMade = false;
function stderr(): NodeJS.WriteStream {
  if (!stderrMade) process.stderr.on('error', () => {});
  stderrMade = true;
  return process.stderr;
}

if (argv.length === 1 && argv[0] === workerArgument && isWorker()) {
  (loadCommands('check').exports as Commands).serveChecks();
} else if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  standardOutput().write(`${version}\n`, () => {});
} else {
  void runCommand(argv);
}

async function runCommand(argv: string[]): Promise<void> {
  let commands: LoadedBundle;
  try {
    commands = loadCommands(['check', 'diff', 'rules'].includes(argv[0]!) ? argv[0]! : 'other');
  } catch (error) {
    stderr().write(`connector-certify: the commands could not be loaded (${String(error).split('\n')[0]}).\n`);
    process.exit(2);
  }
  const { failureLine, main } = commands.exports as Commands;
  // Write failures reach the write callbacks (`writeOut`): a closed pipe ends the output quietly, a full disk is an
  // error of one line.
  const stdout = standardOutput();
  const runtime = {
    stdout,
    workerUrl: new URL(import.meta.url),
    importModule: (href: string) => import(href),
    get stderr() {
      return stderr();
    },
  };
  await main(argv, runtime).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      stderr().write(failureLine(error));
      process.exitCode = 2;
    },
  );
  // After the report, when the run had no usable cache and the command ran (not a usage error): the next run starts
  // from this one's bytecode.
  if (process.exitCode === 0 || process.exitCode === 1) commands.saveCache();
  // A command is done once its output has gone out: end now instead of waiting, as Node would, for a garbage
  // collection V8 has under way (tens of milliseconds after checking a large connector). The language server is not.
  if (argv[0] !== 'lsp') {
    await Promise.all([flushed(stdout), stderrMade && flushed(process.stderr)]);
    process.exit();
  }
}

/** Resolves when what was written to the stream before has been handed on (or the stream failed). */
function flushed(stream: OutputStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
