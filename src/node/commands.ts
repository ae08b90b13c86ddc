// The code of the commands, built as one CommonJS bundle (dist/cli/commands.cjs) that the bin runs through V8's code
// cache (`code-cache.ts`), in the main thread and in the check pool's worker threads.
export { failureLine, main } from './main.js';
export { serveChecks } from './worker.js';
