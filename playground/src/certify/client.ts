// The page's side of the worker: typed calls that resolve with the worker's reply.
import type { CallKind, Calls, Catalogue, WorkerMessage } from './protocol.js';

export class CertifyClient {
  /** Resolves once the worker has loaded the library. */
  readonly ready: Promise<Catalogue>;
  private readonly worker = new Worker(new URL('./certify.worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  private nextId = 1;

  constructor() {
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener('error', () => reject(new Error('The connector-certify worker failed to start.')));
      this.worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.kind === 'ready') return resolve(message.catalogue);
        const call = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.kind === 'reply') call?.resolve(message.response as never);
        else call?.reject(new Error(message.message));
      });
    });
  }

  call<K extends CallKind>(kind: K, request: Calls[K]['request']): Promise<Calls[K]['response']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      this.worker.postMessage({ id, kind, request });
    });
  }
}

/**
 * Wraps a call so that only the newest request counts: calls run one at a time, a call overtaken by a newer one before
 * its turn is skipped, and an overtaken result resolves as undefined. Typing fast therefore never queues stale work.
 */
export function latestOnly<A, R>(task: (arg: A) => Promise<R>): (arg: A) => Promise<R | undefined> {
  let latest = 0;
  let queue: Promise<unknown> = Promise.resolve();
  return (arg) => {
    const ticket = ++latest;
    const run = queue.then(() => (ticket === latest ? task(arg) : undefined));
    queue = run.catch(() => undefined);
    return run.then((result) => (ticket === latest ? result : undefined));
  };
}
