import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffChecks, diffConnectors } from '../../src/diff/index.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseConnector, type ConnectorInput } from '../../src/parse/connector.js';
import { corpusFolders, corpusRoot, readFolder, repoRoot } from '../helpers/fixtures.js';

const snapshotFile = join(repoRoot, 'test', 'corpus', 'diff-counts.snapshot.json');
const swagger = 'apiDefinition.swagger.json';

interface Pair {
  name: string;
  base: ConnectorInput;
  revision: ConnectorInput;
}

/** Every consecutive pair of swagger revisions in the corpus histories, oldest first. */
function historyPairs(): Pair[] {
  const base = join(corpusRoot, 'independent-publisher-connectors');
  const pairs: Pair[] = [];
  for (const connector of readdirSync(base).sort()) {
    const history = join(base, connector, 'history');
    if (!existsSync(history)) continue;
    const revisions = readdirSync(history)
      .filter((dir) => /^\d+-/.test(dir) && existsSync(join(history, dir, swagger)))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    const inputs = revisions.map((dir) => parseConnector({ [swagger]: readFileSync(join(history, dir, swagger)) }));
    for (let i = 1; i < inputs.length; i++) {
      pairs.push({ name: `${connector} ${revisions[i - 1]} -> ${revisions[i]}`, base: inputs[i - 1]!, revision: inputs[i]! });
    }
  }
  return pairs;
}

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

  it('finds the history pairs', () => {
    expect(pairs.length).toBeGreaterThan(50);
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
