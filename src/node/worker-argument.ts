/**
 * The argument the check pool starts its worker threads with (the bin is their script): the bin asks
 * node:worker_threads whether it is a worker only when it sees this, so that a command in the main thread never loads
 * that module (about 1.5 ms of a small `check`).
 */
export const workerArgument = '--connector-certify-worker';
