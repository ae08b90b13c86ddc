import { createRequire } from 'node:module';
import { runJob, type CheckJob } from './check-job.js';

/**
 * The worker-thread side of the pool: checks each folder it is sent and posts the outcome back. node:worker_threads is
 * loaded here, not with the commands, which a check in the main thread runs without it.
 */
export function serveChecks(): void {
  const { parentPort } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  parentPort?.on('message', async ({ id, job }: { id: number; job: CheckJob }) => {
    parentPort!.postMessage({ id, outcome: await runJob(job) });
  });
}
