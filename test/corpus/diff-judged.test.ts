import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffConnectors } from '../../src/diff/index.js';
import { repoRoot } from '../helpers/fixtures.js';
import { historyPairs } from '../helpers/history-pairs.js';

interface Judged {
  pair: string;
  verdict: 'breaking' | 'not breaking';
  reason: string;
}

const judged = (JSON.parse(readFileSync(join(repoRoot, 'test', 'corpus', 'diff-judged.json'), 'utf8')) as { pairs: Judged[] }).pairs;

describe('the diff agrees with pairs judged by hand', () => {
  const pairs = new Map(historyPairs().map((pair) => [pair.name, pair]));

  it('has at least 20 judged pairs of each verdict, all in the corpus', () => {
    expect(judged.filter((j) => j.verdict === 'breaking').length).toBeGreaterThanOrEqual(20);
    expect(judged.filter((j) => j.verdict === 'not breaking').length).toBeGreaterThanOrEqual(20);
    expect(judged.map((j) => j.pair).filter((name) => !pairs.has(name))).toEqual([]);
  });

  it.each(judged)('$pair: $verdict', ({ pair, verdict }) => {
    const { base, revision } = pairs.get(pair)!;
    expect(diffConnectors(base, revision).breaking ? 'breaking' : 'not breaking').toBe(verdict);
  });
});
