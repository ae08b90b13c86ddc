import { readdir } from './fs-async.js';
import { join } from 'node:path';
import { roleOf } from '../parse/connector.js';
import { LoadError } from './load.js';

/** Folders never searched: dependencies and version control hold no connector of the user's. */
const skipped = new Set(['node_modules', '.git']);

/**
 * Every connector folder at or below `root` (one holding an apiDefinition.swagger.json or an apiProperties.json,
 * in any case), as paths that start with `root` as given, sorted so output order never depends on the disk.
 * Symbolic links are not followed, so a link loop cannot trap the search. A folder below `root` that cannot be read
 * is a `LoadError`, never skipped in silence.
 * @example
 * ```ts
 * import { findConnectorFolders } from 'connector-certify/node';
 *
 * console.log(await findConnectorFolders('examples')); // ['examples/failing', 'examples/passing']
 * ```
 */
export async function findConnectorFolders(root: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string, top: boolean): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];
      if (top) throw new LoadError(`Cannot read '${dir}': ${reason === 'ENOENT' ? 'no such folder' : reason === 'ENOTDIR' ? 'not a folder' : reason}.`);
      // A connector in it would be skipped without a word: stop instead (exit code 2), naming the folder.
      throw new LoadError(`Cannot read the folder '${dir}' (${reason}); a connector in it would be missed. Fix its permissions or name the folders to check.`);
    }
    const isConnector = entries.some((e) => e.isFile() && ['apiDefinition', 'apiProperties'].includes(roleOf(e.name)));
    if (isConnector) found.push(dir);
    const children = entries.filter((e) => e.isDirectory() && !skipped.has(e.name.toLowerCase()));
    await Promise.all(children.map((child) => visit(join(dir, child.name), false)));
  };
  await visit(root, true);
  return found.sort(comparePaths);
}

/** Orders by path segments, so `a/b` comes before `a-c` (plain string order would put '-' before '/'). */
function comparePaths(a: string, b: string): number {
  const x = a.split(/[\\/]/);
  const y = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}
