import { parentPort } from 'node:worker_threads';
import { runJob, type CheckJob } from './check-job.js';

/** The worker-thread side of the pool: checks each folder it is sent and posts the outcome back. */
export function serveChecks(): void {
  parentPort?.on('message', async ({ id, job }: { id: number; job: CheckJob }) => {
    parentPort!.postMessage({ id, outcome: await runJob(job) });
  });
}
