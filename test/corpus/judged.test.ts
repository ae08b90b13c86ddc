// The hand-judged sample (test/corpus/judged/*.json): findings judged true must stay, findings judged false must not
// come back. Each entry names a connector of the corpus, the rule, file and pointer of one finding, and the verdict.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConnector, validateConnector, type Finding, type ProfileId } from '../../src/index.js';
import { corpusRoot, readFolder, repoRoot } from '../helpers/fixtures.js';

interface Judged {
  connector: string;
  profile: ProfileId;
  rule: string;
  file: string;
  pointer: string;
  severity: 'error' | 'warning';
  message: string;
  /** Start line, to tell apart findings of one rule at the same pointer. */
  line?: number;
  verdict: 'true' | 'false' | 'too-strong';
  reason: string;
  /** The finding is right but its message sent the author the wrong way: the message must have changed. */
  messageWrong?: boolean;
  /** A false finding whose fix belongs to other work, named here; it is not asserted until that work lands. */
  awaiting?: string;
}

const judgedDir = join(repoRoot, 'test', 'corpus', 'judged');
const entries: Array<Judged & { sample: string }> = readdirSync(judgedDir)
  .filter((name) => name.endsWith('.json') && !name.startsWith('certified')) // certified-*: judged-certified.test.ts
  .sort()
  .flatMap((name) => (JSON.parse(readFileSync(join(judgedDir, name), 'utf8')) as Judged[]).map((entry) => ({ ...entry, sample: name })));

const results = new Map<string, Finding[]>();
function findingsOf(connector: string, profile: ProfileId): Finding[] {
  const key = `${profile}\u0000${connector}`;
  let findings = results.get(key);
  if (!findings) {
    const folder = join(corpusRoot, 'independent-publisher-connectors', connector, 'latest');
    findings = validateConnector(parseConnector(readFolder(folder)), { profile }).findings;
    results.set(key, findings);
  }
  return findings;
}

const severityRank = { info: 0, warning: 1, error: 2 };
const label = (e: Judged) => `${e.connector}: ${e.rule} at ${e.file} ${e.pointer || '(file)'}${e.line ? ` line ${e.line}` : ''}`;

describe('the judged sample', () => {
  it('holds at least 200 judged findings, each with a reason', () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
    expect(entries.filter((e) => !['true', 'false', 'too-strong'].includes(e.verdict) || e.reason.trim() === '').map(label)).toEqual([]);
  });

  it('still reports every finding judged true, with a better message where the old one misled', () => {
    const lost: string[] = [];
    for (const entry of entries.filter((e) => e.verdict === 'true')) {
      const same = findingsOf(entry.connector, entry.profile).filter((f) => f.ruleId === entry.rule && f.file === entry.file && f.pointer === entry.pointer);
      if (same.length === 0) lost.push(`${label(entry)} disappeared (${entry.sample})`);
      else if (entry.messageWrong && same.some((f) => f.message === entry.message)) lost.push(`${label(entry)} still says: ${entry.message}`);
    }
    expect(lost).toEqual([]);
  });

  it('does not report any finding judged false again, nor one judged too strong at its old level', () => {
    const back: string[] = [];
    for (const entry of entries.filter((e) => e.verdict !== 'true' && !e.awaiting)) {
      const same = findingsOf(entry.connector, entry.profile).filter(
        (f) => f.ruleId === entry.rule && f.file === entry.file && f.pointer === entry.pointer && (entry.line === undefined || f.range?.start.line === entry.line),
      );
      const wrong = entry.verdict === 'false' ? same : same.filter((f) => severityRank[f.severity] >= severityRank[entry.severity]);
      if (wrong.length > 0) back.push(`${label(entry)} is back (${entry.sample}): ${entry.reason}`);
    }
    expect(back).toEqual([]);
  });
});
