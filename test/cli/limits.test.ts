import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { runMain } from './run.js';

const passing = join(repoRoot, 'examples', 'passing');

async function sizeFindings(args: string[]): Promise<string[]> {
  const run = await runMain(['check', passing, '--format', 'json', ...args]);
  const findings: Array<{ ruleId: string; file: string }> = JSON.parse(run.stdout).results[0].findings;
  return findings.filter((f) => f.ruleId === 'artifact-size-limit').map((f) => f.file);
}

describe('check --max-file-size, --max-string-length', () => {
  it('reports the files over the limit the user sets, and none under the default', async () => {
    expect(await sizeFindings([])).toEqual([]);
    expect(await sizeFindings(['--max-file-size', '1000'])).toEqual(['apiDefinition.swagger.json']);
    expect(await sizeFindings(['--max-file-size', 'none'])).toEqual([]);
  });

  it('cuts strings at the length the user sets', async () => {
    expect(await sizeFindings(['--max-string-length', '20'])).toContain('apiDefinition.swagger.json');
  });

  it('rejects a value that is not a whole number in one line', async () => {
    const run = await runMain(['check', passing, '--max-file-size', '2MB']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("connector-certify: --max-file-size takes a whole number from 1, or 'none', not '2MB'.\n");
  });
});
