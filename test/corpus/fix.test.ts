// `--fix` on every corpus connector, in memory: the fixes never bring a finding that was not there before, and the
// number of findings they resolve is recorded (issue 16's closing note quotes it).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConnector, validateConnector, type Finding } from '../../src/index.js';
import { fixInput } from '../../src/node/fix-folder.js';
import { corpusFolders, readFolder, repoRoot } from '../helpers/fixtures.js';
import { expectJsonSnapshot } from '../helpers/snapshot.js';

const key = (f: Finding) => JSON.stringify([f.ruleId, f.file, f.pointer, f.message]);

describe('fixes on the corpus', () => {
  it('bring no new finding, and resolve as many findings as the snapshot says', () => {
    const introduced: string[] = [];
    const resolvedByRule: Record<string, number> = {};
    let resolved = 0;
    let connectorsChanged = 0;
    let filesChanged = 0;
    let skipped = 0;
    for (const folder of corpusFolders()) {
      const files = readFolder(folder);
      const input = parseConnector(files);
      const before = validateConnector(input).findings;
      if (!before.some((f) => f.fix)) continue;
      const fixed = fixInput(input, { options: {}, shown: () => true });
      if (fixed.files.length === 0) continue;
      const after = validateConnector(parseConnector({ ...files, ...Object.fromEntries(fixed.files.map((f) => [f.name, f.after])) })).findings;
      const beforeKeys = new Set(before.map(key));
      const afterKeys = new Set(after.map(key));
      const name = folder.split(/[\\/]/).at(-2);
      introduced.push(...after.filter((f) => !beforeKeys.has(key(f))).map((f) => `${name}: ${key(f)}`));
      for (const finding of before.filter((f) => !afterKeys.has(key(f)))) {
        resolved += 1;
        resolvedByRule[finding.ruleId] = (resolvedByRule[finding.ruleId] ?? 0) + 1;
      }
      connectorsChanged += 1;
      filesChanged += fixed.files.length;
      skipped += fixed.skipped.length;
    }
    expect(introduced).toEqual([]);
    expect(resolved).toBeGreaterThan(0);
    const byRule = Object.fromEntries(Object.entries(resolvedByRule).sort(([a], [b]) => (a < b ? -1 : 1)));
    expectJsonSnapshot({ resolved, connectorsChanged, filesChanged, skipped, byRule }, join(repoRoot, 'test', 'corpus', 'fix-counts.snapshot.json'));
  });
});
