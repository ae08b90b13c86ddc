import { readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from './fs-async.js';
import { join, relative, isAbsolute } from 'node:path';
import { parseConnector, roleOf, unreadFile, type BinaryFile, type ConnectorInput, type ParseOptions } from '../parse/connector.js';
import { resolveLimits } from '../parse/limits.js';

/** Thrown when a folder cannot be read; the CLI prints its message and exits 2. */
export class LoadError extends Error {
  override name = 'LoadError';
}

/**
 * The file system calls that read a folder: Node's callback API, or its synchronous calls. A `check` of the folders
 * named on its command line reads them synchronously, so that a small check never starts libuv's thread pool (about
 * 4 % of its time); `--recursive` keeps the callbacks, since a run that never waits lets V8's concurrent collector
 * fall behind (docs/architecture.md, start-up).
 */
export interface FolderReads {
  stat(path: string): Stats | Promise<Stats>;
  entries(dir: string): Dirent[] | Promise<Dirent[]>;
  realpath(path: string): string | Promise<string>;
  readFile(path: string): Uint8Array | Promise<Uint8Array>;
}

export const callbackReads: FolderReads = { stat, entries: (dir) => readdir(dir, { withFileTypes: true }), realpath, readFile };

export const syncReads: FolderReads = {
  stat: (path) => statSync(path),
  entries: (dir) => readdirSync(dir, { withFileTypes: true }),
  realpath: (path) => realpathSync.native(path),
  readFile: (path) => readFileSync(path),
};

/** Files the loader skips: editor and OS clutter that is never part of a connector. */
const ignored = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

/**
 * Reads one connector folder (not recursive) and parses it. File names are matched case-insensitively, so
 * `README.md` and `Readme.md` are both the readme. Images and other files are read as bytes.
 *
 * A symbolic link to a file inside the folder's tree is followed. A link that loops, dangles or leads out of the
 * folder's tree, and a file that cannot be read, is kept as an unread file that rule `artifact-file-readable`
 * reports; a file over `limits.maxFileBytes` is not read at all (rule `artifact-size-limit`). Subfolders, and links
 * to folders, are not part of the connector and are skipped.
 *
 * @example
 * ```ts
 * import { validateConnector } from 'connector-certify';
 * import { loadConnector } from 'connector-certify/node';
 *
 * const input = await loadConnector('examples/passing');
 * console.log(validateConnector(input).ok); // true
 * ```
 * @throws {@link LoadError} when `dir` is missing, not a folder, or cannot be listed.
 */
export function loadConnector(dir: string, options?: ParseOptions): Promise<ConnectorInput> {
  return readConnector(dir, callbackReads, options);
}

/** `loadConnector` through the given file system calls. */
export async function readConnector(dir: string, reads: FolderReads, options?: ParseOptions): Promise<ConnectorInput> {
  const { entries, root } = await openFolder(dir, reads);
  const maxFileBytes = resolveLimits(options?.limits).maxFileBytes;
  const files: Record<string, Uint8Array> = {};
  const unread: BinaryFile[] = [];
  await Promise.all(
    entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !ignored.has(entry.name.toLowerCase()))
      .map(async (entry) => {
        const outcome = await readEntry(join(dir, entry.name), root, maxFileBytes, reads);
        if (outcome === 'folder') return;
        if (outcome instanceof Uint8Array) files[entry.name] = outcome;
        else unread.push(unreadFile(entry.name, outcome.reason, outcome.detail, outcome.size));
      }),
  );
  const input = parseConnector(files, options);
  input.files.push(...unread);
  input.files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return input;
}

/**
 * The entries of a folder to load and its real path; a `LoadError` when it is missing, not a folder or cannot be
 * listed. The CLI opens every folder given before it writes any of its report, which it writes folder by folder.
 */
export async function openFolder(dir: string, reads = callbackReads): Promise<{ entries: Dirent[]; root: string }> {
  let info;
  try {
    info = await reads.stat(dir);
  } catch {
    throw new LoadError(`Cannot read '${dir}': no such file or folder.`);
  }
  if (!info.isDirectory()) throw new LoadError(`'${dir}' is not a folder; give the connector folder.`);
  try {
    const [entries, root] = await Promise.all([reads.entries(dir), reads.realpath(dir)]);
    return { entries, root };
  } catch (error) {
    throw new LoadError(`Cannot list '${dir}': ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`);
  }
}

type Unread = { reason: 'bad-link' | 'unreadable' | 'too-large'; detail: string; size?: number };

/** A file's bytes, `'folder'` for a (link to a) folder, or why it was not read. */
async function readEntry(path: string, root: string, maxFileBytes: number, reads: FolderReads): Promise<Uint8Array | 'folder' | Unread> {
  let target: string;
  try {
    target = await reads.realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { reason: 'bad-link', detail: 'It is a symbolic link that loops.' };
    if (code === 'ENOENT') return { reason: 'bad-link', detail: 'It is a symbolic link to a file that does not exist.' };
    return { reason: 'unreadable', detail: `Resolving it failed (${code ?? 'unknown error'}).` };
  }
  const inside = relative(root, target);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    return { reason: 'bad-link', detail: 'It is a symbolic link that leads out of the connector folder.' };
  }
  try {
    const info = await reads.stat(target);
    if (info.isDirectory()) return 'folder';
    if (info.size > maxFileBytes) {
      return { reason: 'too-large', detail: `It is ${info.size} bytes, over the limit of ${maxFileBytes} (limits.maxFileBytes).`, size: info.size };
    }
    return await reads.readFile(target);
  } catch (error) {
    return { reason: 'unreadable', detail: `Reading it failed (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).` };
  }
}

/**
 * Whether a folder looks like a connector: it holds a swagger or an apiProperties file.
 * @example
 * ```ts
 * import { isConnectorFolder } from 'connector-certify/node';
 *
 * console.log(await isConnectorFolder('examples/passing'), await isConnectorFolder('examples')); // true false
 * ```
 */
export async function isConnectorFolder(dir: string): Promise<boolean> {
  try {
    const names = await readdir(dir);
    return names.some((name) => {
      const role = roleOf(name);
      return role === 'apiDefinition' || role === 'apiProperties';
    });
  } catch {
    return false;
  }
}
