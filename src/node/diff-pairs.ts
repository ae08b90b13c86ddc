import { readFile } from './fs-async.js';
import { dirname, resolve } from 'node:path';
import { runDiff, type DiffCommandResult } from './diff-command.js';
import { LoadError } from './load.js';
import { reasonOf } from '../parse/errors.js';

/** One pair of folders from a pairs list, with the line it came from. */
export interface FolderPair {
  base: string;
  revision: string;
  line: number;
}

/**
 * Reads a pairs list: one `old-folder new-folder` pair per line, separated by a tab, or by spaces with either path in
 * double quotes when it holds spaces. Blank lines and `#` comments are skipped; relative paths are relative to the
 * list's folder. Throws `LoadError` with the line number on a line that is not a pair.
 */
export function parsePairs(text: string, listFolder = '.'): FolderPair[] {
  const pairs: FolderPair[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = line.includes('\t') ? line.split('\t').map((f) => f.trim()).filter(Boolean) : splitQuoted(line);
    if (!fields || fields.length !== 2) throw new LoadError(`Pairs list line ${index + 1}: expected two folders (old, then new), separated by a tab or spaces.`);
    const [base, revision] = fields.map((path) => resolve(listFolder, path)) as [string, string];
    pairs.push({ base, revision, line: index + 1 });
  });
  return pairs;
}

/** Words separated by spaces, a word in double quotes keeping its spaces; `undefined` on an unclosed quote. */
function splitQuoted(line: string): string[] | undefined {
  const out: string[] = [];
  for (const match of line.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (match[2]?.includes('"')) return undefined;
    out.push(match[1] ?? match[2]!);
  }
  return out;
}

/**
 * Diffs every pair of a pairs list in this one process (a pull request touching many connectors pays Node's start-up
 * once). Pairs run one after another, in list order; a pair whose folders cannot be read fails the whole run with
 * its line number, as a single `diff` would. The list holds one `old-folder new-folder` pair per line (see
 * `parsePairs`); each result is `diffConnectors`' with the folders' labels and the texts its changes point into.
 * @example
 * ```ts
 * import { runDiffPairs } from 'connector-certify/node';
 * import { mkdtemp, writeFile } from 'node:fs/promises';
 * import { tmpdir } from 'node:os';
 * import { join, resolve } from 'node:path';
 *
 * const list = join(await mkdtemp(join(tmpdir(), 'pairs-')), 'pairs.txt');
 * await writeFile(list, `${resolve('examples/passing')}\t${resolve('examples/failing')}\n`);
 * for (const result of await runDiffPairs(list)) {
 *   console.log(result.line, result.baseLabel, '->', result.revisionLabel, result.breaking ? 'breaks flows' : 'safe');
 * }
 * ```
 */
export async function runDiffPairs(listFile: string): Promise<Array<DiffCommandResult & { line: number }>> {
  let text: string;
  try {
    text = await readFile(listFile, 'utf8');
  } catch {
    throw new LoadError(`Cannot read the pairs list '${listFile}'.`);
  }
  const results: Array<DiffCommandResult & { line: number }> = [];
  for (const pair of parsePairs(text, dirname(listFile))) {
    try {
      results.push({ ...(await runDiff([pair.base, pair.revision], {})), line: pair.line });
    } catch (error) {
      const reason = reasonOf(error);
      throw new LoadError(`Pairs list line ${pair.line}: ${reason}`);
    }
  }
  return results;
}
