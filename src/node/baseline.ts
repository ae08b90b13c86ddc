import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { BaselineEntry } from '../core/validate.js';
import type { Finding } from '../core/types.js';
import { fingerprint } from '../format/fingerprint.js';
import { toolName, version } from '../version.js';
import { UsageError } from './errors.js';
import { writeSafely, type ProtectedFiles } from './safe-write.js';

/** One accepted finding. The library matches on rule id, file and pointer; the rest helps people and tools. */
export interface BaselineRecord extends BaselineEntry {
  /** The connector folder, relative to the baseline file, with forward slashes. */
  folder: string;
  /** Hash of rule id, file, pointer and message: stable when lines move. */
  fingerprint: string;
  message: string;
}

export interface BaselineFile {
  version: 1;
  tool: { name: string; version: string };
  findings: BaselineRecord[];
}

/** Accepted findings by folder; `entriesFor` gives the `baseline` option of `validateConnector` for a folder. */
export interface Baseline {
  entriesFor(folder: string): BaselineEntry[];
}

const folderKey = (baselinePath: string, folder: string) =>
  relative(dirname(resolve(baselinePath)), resolve(folder)).split(sep).join('/') || '.';

/**
 * Reads a baseline file written by `writeBaseline`; throws `LoadError` with a one-line message when it cannot be read or is not a baseline.
 * @example
 * ```ts
 * import { validateConnector } from 'connector-certify';
 * import { loadConnector, readBaseline, writeBaseline } from 'connector-certify/node';
 * import { mkdtemp } from 'node:fs/promises';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 *
 * const folder = 'examples/failing';
 * const file = join(await mkdtemp(join(tmpdir(), 'baseline-')), 'baseline.json');
 * await writeBaseline(file, [{ folder, findings: validateConnector(await loadConnector(folder)).findings }]);
 * // Later: hide what was accepted, report only what is new.
 * const baseline = await readBaseline(file);
 * const result = validateConnector(await loadConnector(folder), { baseline: baseline.entriesFor(folder) });
 * console.log(result.findings.length); // 0
 * ```
 */
export async function readBaseline(path: string): Promise<Baseline> {
  let value: unknown;
  try {
    // One file, read synchronously: a small check starts no thread pool (load.ts).
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message.split('\n')[0];
    throw new UsageError(`Cannot read the baseline '${path}' (${reason}).`);
  }
  const findings = (value as BaselineFile | null)?.findings;
  if (!Array.isArray(findings) || !findings.every(isRecord)) {
    throw new UsageError(`'${path}' is not a baseline: write one with --write-baseline.`);
  }
  const byFolder = new Map<string, BaselineEntry[]>();
  for (const { folder, ruleId, file, pointer } of findings) {
    const list = byFolder.get(folder) ?? [];
    list.push({ ruleId, file, pointer });
    byFolder.set(folder, list);
  }
  return { entriesFor: (folder) => byFolder.get(folderKey(path, folder)) ?? [] };
}

/**
 * Records the findings of a run, sorted so the file diffs well in review. The file is written atomically, only where
 * no file is or where a baseline is, and never onto one of the `protect`ed files (those of the connectors checked).
 * @example
 * ```ts
 * import { validateConnector } from 'connector-certify';
 * import { loadConnector, writeBaseline } from 'connector-certify/node';
 * import { mkdtemp } from 'node:fs/promises';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 *
 * const folder = 'examples/failing';
 * const file = join(await mkdtemp(join(tmpdir(), 'baseline-')), 'baseline.json');
 * const count = await writeBaseline(file, [{ folder, findings: validateConnector(await loadConnector(folder)).findings }]);
 * console.log(`${count} findings recorded`);
 * ```
 */
export async function writeBaseline(
  path: string,
  results: Array<{ folder: string; findings: Finding[] }>,
  protect: ProtectedFiles = new Set(),
): Promise<number> {
  const records: BaselineRecord[] = [];
  for (const { folder, findings } of results) {
    const key = folderKey(path, folder);
    for (const f of findings) {
      records.push({ folder: key, ruleId: f.ruleId, file: f.file, pointer: f.pointer, fingerprint: fingerprint(f), message: f.message });
    }
  }
  records.sort((a, b) => compare(a.folder, b.folder) || compare(a.file, b.file) || compare(a.pointer, b.pointer) || compare(a.ruleId, b.ruleId) || compare(a.message, b.message));
  const file: BaselineFile = { version: 1, tool: { name: toolName, version }, findings: records };
  await writeSafely(path, JSON.stringify(file, null, 2) + '\n', {
    what: 'baseline',
    protect,
    replaces: { accepts: isBaselineText, refusal: `it is not a ${toolName} baseline.` },
  });
  return records.length;
}

/** Whether a file's text is a baseline this tool wrote (its `tool.name` and format version), so it may be replaced. */
function isBaselineText(text: string): boolean {
  try {
    const value = JSON.parse(text) as Partial<BaselineFile> | null;
    return value?.version === 1 && value.tool?.name === toolName && Array.isArray(value.findings);
  } catch {
    return false;
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function isRecord(value: unknown): value is BaselineRecord {
  const record = value as BaselineRecord;
  return (
    typeof value === 'object' && value !== null && typeof record.folder === 'string' && typeof record.ruleId === 'string' &&
    typeof record.file === 'string' && typeof record.pointer === 'string'
  );
}
