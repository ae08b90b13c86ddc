import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConnector, roleOf, type ConnectorInput } from '../parse/connector.js';

/** Thrown when a folder cannot be read; the CLI prints its message and exits 2. */
export class LoadError extends Error {
  override name = 'LoadError';
}

/** Files the loader skips: editor and OS clutter that is never part of a connector. */
const ignored = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

/**
 * Reads one connector folder (not recursive) and parses it. File names are matched case-insensitively, so
 * `README.md` and `Readme.md` are both the readme. Images and other files are read as bytes.
 * @example
 * ```ts
 * import { validateConnector } from 'connector-certify';
 * import { loadConnector } from 'connector-certify/node';
 *
 * const input = await loadConnector('examples/passing');
 * console.log(validateConnector(input).ok); // true
 * ```
 */
export async function loadConnector(dir: string): Promise<ConnectorInput> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new LoadError(`Cannot read '${dir}': no such file or folder.`);
  }
  if (!info.isDirectory()) throw new LoadError(`'${dir}' is not a folder; give the connector folder.`);
  const entries = await readdir(dir, { withFileTypes: true });
  const files: Record<string, Uint8Array> = {};
  await Promise.all(
    entries
      .filter((entry) => entry.isFile() && !ignored.has(entry.name.toLowerCase()))
      .map(async (entry) => {
        files[entry.name] = await readFile(join(dir, entry.name));
      }),
  );
  return parseConnector(files);
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
