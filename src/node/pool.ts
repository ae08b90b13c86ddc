import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { runJob, type CheckJob, type JobOutcome } from './check-job.js';
import { inOrder } from './in-order.js';
import { workerArgument } from './worker-argument.js';

export interface PoolOptions {
  /** The CLI bundle, which serves checks when started as a worker thread; without it, checks run in this thread. */
  workerUrl?: URL;
  /** Threads checking folders, this one included; `defaultThreads()` when not given; never more than `threadCap()`. */
  threads?: number;
}

/** `node:os`, loaded only when threads are weighed (eight folders or more): a small check does without it. */
const os = () => createRequire(import.meta.url)('node:os') as typeof import('node:os');
/** `node:worker_threads`, loaded only when threads are started. */
const workerThreads = () => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

/** Takes the outcome of `jobs[index]`; the next outcome is handed on once the promise it returns settles. */
export type Deliver = (outcome: JobOutcome, index: number) => void | Promise<void>;

/**
 * Below this many folders, starting a worker thread (it loads and warms up every rule anew) costs more than it
 * saves. Measurements over the corpus are in docs/integrations.md.
 */
const minFoldersForThreads = 8;

/**
 * One thread per core but one: V8's garbage collector and compiler threads keep about half a core busy beside a
 * thread that validates. On 2 cores one thread measured faster than two (docs/integrations.md).
 */
function defaultThreads(): number {
  const cores = os().availableParallelism();
  return cores > 2 ? cores - 1 : 1;
}

/**
 * Memory set aside per thread: a worker starts at about 30 MB, and checking a large connector (a 1 MB swagger and its
 * walk, parsed texts and findings) takes its heap to a few hundred.
 */
const bytesPerThread = 256 * 1024 * 1024;

/**
 * The most threads worth starting: one per core (more only take turns on the cores, each with its own heap) and one
 * per 256 MB of free memory, at least one. `--jobs 256` on 2 cores once took 8.7 GB.
 */
export function threadCap(cores = os().availableParallelism(), freeBytes = os().freemem()): number {
  return Math.max(1, Math.min(cores, Math.floor(freeBytes / bytesPerThread)));
}

/**
 * Checks folders with a bounded pool and hands each outcome to `deliver` in the order of `jobs`, as soon as those
 * before it are handed on. The pool keeps no outcome after that, so a run over hundreds of folders holds the results
 * of the few in hand, not of all; a failure in `deliver` stops the run and rejects.
 */
export async function runJobs(jobs: readonly CheckJob[], deliver: Deliver, options: PoolOptions = {}): Promise<void> {
  const hand = inOrder(deliver);
  // Decided first: a small run needs no count of cores.
  if (!options.workerUrl || jobs.length < minFoldersForThreads) return inProcess(jobs, hand);
  const threads = Math.min(options.threads ?? defaultThreads(), threadCap(), jobs.length);
  return threads > 1 ? inThreads(jobs, options.workerUrl, threads, hand) : inProcess(jobs, hand);
}

type Hand = ReturnType<typeof inOrder<JobOutcome>>;

/**
 * Validation is synchronous CPU work: in one thread, a little concurrency only overlaps the file reads. Each lane
 * waits for its outcome to be handed on before it starts another, so at most one outcome per lane waits in memory.
 */
async function inProcess(jobs: readonly CheckJob[], hand: Hand): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      try {
        await hand(i, await runJob(jobs[i]!));
      } catch (error) {
        next = jobs.length;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, jobs.length) }, lane));
}

/**
 * `count - 1` worker threads plus this thread: each worker keeps two folders in hand so it never waits for this
 * thread, which checks folders too between messages.
 */
function inThreads(jobs: readonly CheckJob[], url: URL, count: number, hand: Hand): Promise<void> {
  const workers: Worker[] = [];
  let next = 0;
  let handedOn = 0;
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      void stop().then(() => reject(error));
    };
    const settle = (i: number, outcome: JobOutcome): Promise<void> =>
      hand(i, outcome).then(() => {
        handedOn += 1;
        if (handedOn === jobs.length) void stop().then(() => resolve());
      }, fail);
    const feed = (worker: Worker) => {
      if (next < jobs.length && !failed) {
        const id = next++;
        worker.postMessage({ id, job: jobs[id] });
      }
    };
    for (let i = 0; i < count - 1; i++) {
      // The argument tells the bin it is started as a worker (worker-argument.ts).
      const worker = new (workerThreads().Worker)(url, { argv: [workerArgument] });
      workers.push(worker);
      worker.on('message', ({ id, outcome }: { id: number; outcome: JobOutcome }) => {
        void settle(id, outcome);
        feed(worker);
      });
      worker.on('error', fail);
      feed(worker);
      feed(worker);
    }
    // This thread's lane: yields to the event loop after each folder so worker messages are handled promptly.
    const lane = async () => {
      while (next < jobs.length && !failed) {
        const i = next++;
        await settle(i, await runJob(jobs[i]!));
        await new Promise((done) => setImmediate(done));
      }
    };
    lane().catch(fail);
  });
}
