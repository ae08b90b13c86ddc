import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConnector, validateConnector, type ValidationResult } from '../../src/index.js';
import { corpusFolders, readFolder, repoRoot } from '../helpers/fixtures.js';
import { expectJsonSnapshot } from '../helpers/snapshot.js';

const folders = corpusFolders();
const results = new Map<string, ValidationResult>();

beforeAll(() => {
  for (const folder of folders) results.set(folder, validateConnector(parseConnector(readFolder(folder))));
});

describe('the corpus of accepted connectors', () => {
  it('is all there', () => {
    expect(folders.length).toBe(274);
  });

  it('validates every connector without an internal error', () => {
    const failures = [...results].flatMap(([folder, result]) =>
      result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => `${folder}: ${f.message}`),
    );
    expect(failures).toEqual([]);
  });

  it('gives byte-identical output on a second run', () => {
    for (const folder of folders) {
      const again = validateConnector(parseConnector(readFolder(folder)));
      expect(JSON.stringify(again)).toBe(JSON.stringify(results.get(folder)));
    }
  });

  it('reports broken JSON with a line and column and still recovers the document', () => {
    const broken = [...results].filter(([, r]) => r.findings.some((f) => f.ruleId === 'artifact-json-valid'));
    expect(broken.length).toBeGreaterThan(0);
    for (const [folder, result] of broken) {
      const input = parseConnector(readFolder(folder));
      for (const finding of result.findings.filter((f) => f.ruleId === 'artifact-json-valid')) {
        expect(finding.range?.start.line).toBeGreaterThan(0);
        expect(finding.range?.start.column).toBeGreaterThan(0);
        const file = input.files.find((f) => f.name === finding.file);
        expect(file?.type === 'json' && typeof file.value).toBe('object');
      }
    }
  });

  it('fires each rule as often as the committed snapshot says', () => {
    const counts: Record<string, { findings: number; connectors: number }> = {};
    for (const result of results.values()) {
      const seen = new Set<string>();
      for (const finding of result.findings) {
        const entry = (counts[finding.ruleId] ??= { findings: 0, connectors: 0 });
        entry.findings += 1;
        if (!seen.has(finding.ruleId)) entry.connectors += 1;
        seen.add(finding.ruleId);
      }
    }
    const sorted = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
    expectJsonSnapshot(sorted, join(repoRoot, 'test', 'corpus', 'rule-counts.snapshot.json'));
  });
});
