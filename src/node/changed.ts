import { execFile } from 'node:child_process';
import { realpath } from './fs-async.js';
import { join, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

/** Runs git and returns its standard output as bytes; git's own complaint becomes a one-line usage error. */
function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((done, fail) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      const reason = stderr.toString('utf8').trim().split('\n')[0] || error.message.split('\n')[0];
      fail(new UsageError(`git ${args[0]} failed in '${cwd}': ${reason}`));
    });
  });
}

const nulList = (bytes: Buffer) => bytes.toString('utf8').split('\0').filter(Boolean);

/** The repository that holds `dir`, and the commit `rev` names there. */
async function repository(dir: string, rev: string): Promise<{ top: string; commit: string }> {
  const cwd = resolve(dir);
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
  const found = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]).catch(() => undefined);
  if (!found) throw new UsageError(`'${rev}' is not a commit in the repository at '${top}'.`);
  return { top, commit: found.toString('utf8').trim() };
}

/**
 * The connector folders among `folders` with a change since `rev`: a file added, changed or deleted (committed
 * or not) or a new untracked file, anywhere inside the folder.
 * @example
 * ```ts
 * import { findConnectorFolders, foldersChangedSince } from 'connector-certify/node';
 *
 * // Only the connectors a branch touches (run inside a git repository).
 * const changed = await foldersChangedSince(await findConnectorFolders('examples'), 'HEAD');
 * console.log(changed); // [] on a clean working copy
 * ```
 */
export async function foldersChangedSince(folders: readonly string[], rev: string): Promise<string[]> {
  if (folders.length === 0) return [];
  const { top, commit } = await repository(folders[0]!, rev);
  const changed = [
    ...nulList(await git(top, ['diff', '--name-only', '-z', '--no-renames', commit, '--'])),
    ...nulList(await git(top, ['ls-files', '--others', '--exclude-standard', '-z'])),
  ].map((path) => join(top, path));
  const out: string[] = [];
  for (const folder of folders) {
    const real = await realpath(folder).catch(() => resolve(folder));
    if (changed.some((path) => path.startsWith(real + sep))) out.push(folder);
  }
  return out;
}
