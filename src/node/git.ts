import { execFile } from 'node:child_process';
import { stat } from './fs-async.js';
import { parseConnector, type ConnectorInput } from '../parse/connector.js';
import { LoadError } from './load.js';

/** Files the loader skips, as `loadConnector` does. */
const ignored = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

/**
 * Reads a connector folder as it was at a git revision (a commit, branch or tag), for `diff --base`. File names are
 * kept as stored and parsing finds the connector files case-insensitively, as `loadConnector` does. A folder that did
 * not exist at the revision reads as an empty connector, so a new connector diffs as all additions.
 * Throws `LoadError` with a one-line message when git is missing, the folder is not in a repository, or the revision
 * is unknown.
 * @example
 * ```ts
 * import { diffConnectors } from 'connector-certify/diff';
 * import { loadConnector, loadConnectorAtRevision } from 'connector-certify/node';
 *
 * // What the working copy changes against the last commit (run inside a git repository).
 * const base = await loadConnectorAtRevision('examples/passing', 'HEAD');
 * const { breaking } = diffConnectors(base, await loadConnector('examples/passing'));
 * console.log(breaking);
 * ```
 */
export async function loadConnectorAtRevision(dir: string, gitRev: string): Promise<ConnectorInput> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new LoadError(`Cannot read '${dir}': no such folder.`);
  if (gitRev === '' || gitRev.startsWith('-')) throw new LoadError(`'${gitRev}' is not a git revision.`);
  const prefix = text(await git(dir, ['rev-parse', '--show-prefix'], `'${dir}' is not inside a git repository.`));
  const commit = text(await git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${gitRev}^{commit}`], `Unknown git revision '${gitRev}'.`));
  const listing = await git(dir, ['ls-tree', '-z', '--full-tree', commit, ...(prefix ? ['--', prefix] : [])], `Cannot list '${dir}' at '${gitRev}'.`);
  const blobs = listing
    .toString('utf8')
    .split('\0')
    .flatMap((entry) => {
      // `<mode> blob <object>\t<path>`; regular files only (no links, no subfolders).
      const match = /^100[0-7]{3} blob ([0-9a-f]+)\t/.exec(entry);
      const name = entry.slice(match?.[0].length ?? 0).slice(prefix.length);
      return match && !name.includes('/') && !ignored.has(name.toLowerCase()) ? [{ object: match[1]!, name }] : [];
    });
  const files: Record<string, Uint8Array> = {};
  await Promise.all(
    blobs.map(async ({ object, name }) => {
      files[name] = await git(dir, ['cat-file', 'blob', object], `Cannot read '${name}' at '${gitRev}'.`);
    }),
  );
  return parseConnector(files);
}

/** Runs git in `dir`; any failure becomes a one-line `LoadError`. */
function git(dir: string, args: string[], failure: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', dir, ...args], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout) => {
      if (!error) return resolve(stdout);
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(new LoadError(missing ? 'git is not installed or not on the PATH; diff --base needs it.' : failure));
    });
  });
}

function text(output: Buffer): string {
  return output.toString('utf8').trim();
}
