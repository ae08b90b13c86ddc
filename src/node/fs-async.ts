import {
  mkdir as mkdirCallback,
  readdir as readdirCallback,
  readFile as readFileCallback,
  realpath as realpathCallback,
  rename as renameCallback,
  rm as rmCallback,
  stat as statCallback,
  writeFile as writeFileCallback,
} from 'node:fs';
import { promisify } from 'node:util';

// The promise forms of the file system calls the commands make, from Node's callback API: node:fs/promises would
// load with it readline, file watchers and directory streams, about 2 ms and 250 KB of heap at the start of every
// `check` (docs/architecture.md, start-up). `realpath` is the native one, as in node:fs/promises. Each is made on its
// first call: `promisify` takes about 25 us a function, and a check of the folders named reads synchronously (load.ts).
export const mkdir = onFirstCall(() => promisify(mkdirCallback));
export const readdir = onFirstCall(() => promisify(readdirCallback));
export const readFile = onFirstCall(() => promisify(readFileCallback));
export const realpath = onFirstCall(() => promisify(realpathCallback.native));
export const rename = onFirstCall(() => promisify(renameCallback));
export const rm = onFirstCall(() => promisify(rmCallback));
export const stat = onFirstCall(() => promisify(statCallback));
export const writeFile = onFirstCall(() => promisify(writeFileCallback));

/** A function that makes the real one with `make` when first called, then calls it; typed as the real one. */
function onFirstCall<F extends (...args: never[]) => unknown>(make: () => F): F {
  type Call = (...args: unknown[]) => unknown;
  let made: Call | undefined;
  const call: Call = (...args) => (made ??= make() as unknown as Call)(...args);
  return call as unknown as F;
}
