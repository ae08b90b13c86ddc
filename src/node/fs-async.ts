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
// `check` (docs/architecture.md, start-up). `realpath` is the native one, as in node:fs/promises.
export const mkdir = promisify(mkdirCallback);
export const readdir = promisify(readdirCallback);
export const readFile = promisify(readFileCallback);
export const realpath = promisify(realpathCallback.native);
export const rename = promisify(renameCallback);
export const rm = promisify(rmCallback);
export const stat = promisify(statCallback);
export const writeFile = promisify(writeFileCallback);
