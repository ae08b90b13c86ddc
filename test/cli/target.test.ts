import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { runMain } from './run.js';

const passing = join(repoRoot, 'examples', 'passing');

/** The rule ids of the one folder checked, from the JSON report. */
async function ruleIds(args: string[]): Promise<string[]> {
  const run = await runMain(['check', passing, '--profile', 'certified', '--format', 'json', ...args]);
  return JSON.parse(run.stdout).results[0].findings.map((f: { ruleId: string }) => f.ruleId);
}

describe('check --target', () => {
  it('asks a certified package for its icon and a repository folder not', async () => {
    expect(await ruleIds([])).toContain('artifact-vp-icon');
    expect(await ruleIds(['--target', 'package'])).toContain('artifact-vp-icon');
    expect(await ruleIds(['--target', 'repository'])).not.toContain('artifact-vp-icon');
  });

  it('rejects an unknown target in one line', async () => {
    const run = await runMain(['check', passing, '--target', 'pakage']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("connector-certify: Unknown target 'pakage'; did you mean 'package'? Use one of package, repository.\n");
  });
});
