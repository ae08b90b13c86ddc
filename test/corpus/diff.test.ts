import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffChecks, diffConnectors } from '../../src/diff/index.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseConnector, type ConnectorInput } from '../../src/parse/connector.js';
import { sameValue } from '../../src/diff/values.js';
import { corpusFolders, readFolder, repoRoot } from '../helpers/fixtures.js';
import { historyPairs } from '../helpers/history-pairs.js';

const snapshotFile = join(repoRoot, 'test', 'corpus', 'diff-counts.snapshot.json');
type Counts = Record<string, Partial<Record<'breaking' | 'warning' | 'info', number>>>;

interface Snapshot {
  pairs: number;
  breakingPairs: number;
  counts: Counts;
}

function snapshotOf(results: DiffResult[]): Snapshot {
  const counts: Counts = {};
  for (const id of [...diffChecks.map((check) => check.id), 'internal-error'].sort()) counts[id] = {};
  for (const change of results.flatMap((result) => result.changes)) {
    const byLevel = (counts[change.ruleId] ??= {});
    byLevel[change.level] = (byLevel[change.level] ?? 0) + 1;
  }
  return { pairs: results.length, breakingPairs: results.filter((result) => result.breaking).length, counts };
}

/** One line per count that moved, so a failure says what changed. */
function describeDrift(expected: Snapshot, actual: Snapshot): string[] {
  const lines: string[] = [];
  for (const key of ['pairs', 'breakingPairs'] as const) {
    if (expected[key] !== actual[key]) lines.push(`${key}: ${expected[key]} -> ${actual[key]}`);
  }
  for (const id of new Set([...Object.keys(expected.counts), ...Object.keys(actual.counts)])) {
    for (const level of ['breaking', 'warning', 'info'] as const) {
      const before = expected.counts[id]?.[level] ?? 0;
      const after = actual.counts[id]?.[level] ?? 0;
      if (before !== after) lines.push(`${id} ${level}: ${before} -> ${after}`);
    }
  }
  return lines;
}

describe('diff over the corpus', () => {
  const pairs = historyPairs();

  it('finds the history pairs of both corpora', () => {
    expect(pairs.filter((pair) => pair.name.startsWith('independent-publisher/')).length).toBeGreaterThan(50);
    expect(pairs.filter((pair) => pair.name.startsWith('certified/')).length).toBeGreaterThan(300);
  });

  it('reports at least one change for every pair whose swaggers differ', () => {
    const silent = pairs.filter(({ base, revision }) => {
      const value = (input: ConnectorInput) => (input.files[0] as { value?: unknown } | undefined)?.value;
      return !sameValue(value(base), value(revision)) && diffConnectors(base, revision).changes.length === 0;
    });
    expect(silent.map((pair) => pair.name)).toEqual([]);
  });

  it('diffs every consecutive pair without throwing, deterministically, matching the count snapshot', () => {
    const results = pairs.map(({ base, revision }) => diffConnectors(base, revision));
    pairs.forEach(({ name, base, revision }, index) => {
      expect(diffConnectors(base, revision), name).toEqual(results[index]);
    });
    const actual = snapshotOf(results);
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(snapshotFile)) {
      writeFileSync(snapshotFile, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    const expected = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;
    const drift = describeDrift(expected, actual);
    expect(drift, 'diff counts moved; run with UPDATE_SNAPSHOTS=1 if intended').toEqual([]);
  });

  it('reports no change when a connector is diffed against itself', () => {
    const folders = corpusFolders();
    expect(folders.length).toBeGreaterThan(200);
    for (const folder of folders) {
      const files = readFolder(folder);
      expect(diffConnectors(parseConnector(files), parseConnector(files)).changes, folder).toEqual([]);
    }
  });
});
