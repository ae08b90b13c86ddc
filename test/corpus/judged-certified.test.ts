import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConnector, validateConnector, type ConnectorTarget, type Finding, type ProfileId, type Severity } from '../../src/index.js';
import { corpusRoot, readFolder, repoRoot } from '../helpers/fixtures.js';

/**
 * A certified-profile finding judged by hand, in the format of the judged sample (test/corpus/judged.test.ts) plus the
 * target it was judged under. `true` must stay at its level, `false` must not come back, `too-strong` must stay
 * reported below its old level (unless it `awaits` work not done yet).
 */
interface Judgement {
  connector: string;
  profile: ProfileId;
  /** `package` when absent. */
  target?: ConnectorTarget;
  rule: string;
  file: string;
  pointer: string;
  severity: Severity;
  message: string;
  verdict: 'true' | 'false' | 'too-strong';
  reason: string;
  awaiting?: string;
}

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const judgedDir = join(repoRoot, 'test', 'corpus', 'judged');
const certifiedRoot = join(corpusRoot, '..', 'corpus-certified', 'certified-connectors');
const files = readdirSync(judgedDir).filter((name) => /^certified.*\.json$/.test(name)).sort();

const results = new Map<string, Finding[]>();
function findingsFor(entry: Judgement): Finding[] {
  const key = `${entry.connector}\u0000${entry.profile}\u0000${entry.target ?? ''}`;
  let findings = results.get(key);
  if (!findings) {
    const input = parseConnector(readFolder(join(certifiedRoot, entry.connector, 'latest')));
    findings = validateConnector(input, { profile: entry.profile, target: entry.target }).findings;
    results.set(key, findings);
  }
  return findings;
}

describe('judged certified-profile findings', () => {
  it('has at least 40 judgements per sample', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const name of files) expect(JSON.parse(readFileSync(join(judgedDir, name), 'utf8')).length, name).toBeGreaterThanOrEqual(40);
  });

  for (const name of files) {
    it(`keeps the verdicts of ${name}`, () => {
      const entries: Judgement[] = JSON.parse(readFileSync(join(judgedDir, name), 'utf8'));
      const broken: string[] = [];
      for (const entry of entries) {
        const same = findingsFor(entry).filter((f) => f.ruleId === entry.rule && f.file === entry.file && f.pointer === entry.pointer);
        const atLevel = same.some((f) => rank[f.severity] >= rank[entry.severity]);
        const where = `${entry.connector}: ${entry.rule} at '${entry.pointer}'`;
        if (entry.verdict === 'true' && !atLevel) broken.push(`${where} is a true ${entry.severity} that disappeared (${entry.reason})`);
        if (entry.verdict === 'false' && same.length > 0) broken.push(`${where} was judged false and came back (${entry.reason})`);
        if (entry.verdict === 'too-strong' && !entry.awaiting && (same.length === 0 || atLevel)) {
          broken.push(`${where} should stay reported below ${entry.severity} (${entry.reason})`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});
