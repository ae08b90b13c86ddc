import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { parseConnector, validateConnector, type Finding } from '../../src/index.js';
import { diffConnectors } from '../../src/diff/index.js';
import { corpusFolders, corpusRoot, readFolder, repoRoot } from '../helpers/fixtures.js';
import { historyPairs } from '../helpers/history-pairs.js';
import { expectJsonSnapshot } from '../helpers/snapshot.js';

/**
 * A digest of every finding and change on the corpora, per connector and per history pair. Work that should not change a
 * verdict (speed, refactoring) must leave this file as it is; a deliberate change rewrites it with UPDATE_SNAPSHOTS=1.
 */
const certifiedRoot = join(corpusRoot, '..', 'corpus-certified', 'certified-connectors');

function digest(items: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(items)).digest('hex').slice(0, 16);
}

/** What a verdict is made of; `fix` and `docsUrl` are left out so that adding a fix does not count as a change. */
function essence(finding: Finding): unknown[] {
  return [finding.ruleId, finding.severity, finding.file, finding.pointer, finding.range ?? null, finding.message];
}

describe('findings on the corpora', () => {
  it('are the ones the committed digests record', () => {
    const validate: Record<string, string> = {};
    for (const folder of corpusFolders()) {
      const name = folder.split(/[\\/]/).at(-2)!;
      validate[`independent-publisher/${name}`] = digest(validateConnector(parseConnector(readFolder(folder))).findings.map(essence));
    }
    if (existsSync(certifiedRoot)) {
      for (const name of readdirSync(certifiedRoot).sort()) {
        const latest = join(certifiedRoot, name, 'latest');
        if (!existsSync(latest)) continue;
        const result = validateConnector(parseConnector(readFolder(latest)), { profile: 'certified', target: 'repository' });
        validate[`certified/${name}`] = digest(result.findings.map(essence));
      }
    }
    const diff: Record<string, string> = {};
    for (const pair of historyPairs()) {
      const { changes } = diffConnectors(pair.base, pair.revision);
      diff[pair.name] = digest(changes.map((c) => [c.ruleId, c.level, c.message, c.base ?? null, c.revision ?? null]));
    }
    expectJsonSnapshot({ validate, diff }, join(repoRoot, 'test', 'corpus', 'findings-digest.snapshot.json'));
  });
});
