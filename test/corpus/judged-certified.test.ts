import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConnector, validateConnector, type ConnectorTarget, type Finding, type ProfileId } from '../../src/index.js';
import { corpusRoot, readFolder, repoRoot } from '../helpers/fixtures.js';

/** A finding judged by hand: `true` must stay an error, `false` must not come back as one, `too-strong` must stay reported. */
interface Judgement {
  connector: string;
  profile: ProfileId;
  /** The target it was judged under; `package` when absent. */
  target?: ConnectorTarget;
  rule: string;
  file: string;
  pointer: string;
  verdict: boolean | 'too-strong';
  reason: string;
}

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
        const asError = same.some((f) => f.severity === 'error');
        const where = `${entry.connector}: ${entry.rule} at '${entry.pointer}'`;
        if (entry.verdict === true && !asError) broken.push(`${where} is a true error that disappeared (${entry.reason})`);
        if (entry.verdict === false && asError) broken.push(`${where} is a false error that came back (${entry.reason})`);
        if (entry.verdict === 'too-strong' && same.length === 0) broken.push(`${where} was right in substance and disappeared (${entry.reason})`);
      }
      expect(broken).toEqual([]);
    });
  }
});
