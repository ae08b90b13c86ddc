import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaselineFile } from '../../src/node/baseline.js';
import { repoRoot } from '../helpers/fixtures.js';
import { runBuilt, runMain } from './run.js';
import { tempDir } from './temp.js';

const failingExample = join(repoRoot, 'examples', 'failing');

function setup() {
  const root = tempDir();
  const folder = join(root, 'connectors', 'Failing');
  cpSync(failingExample, folder, { recursive: true });
  return { root, folder, baseline: join(root, 'baseline.json') };
}

const findings = (stdout: string) => (JSON.parse(stdout) as { results: Array<{ findings: Array<{ ruleId: string; pointer: string; message: string }> }> }).results.flatMap((r) => r.findings);

describe('baselines', () => {
  it('records today’s findings and then hides them', async () => {
    const { folder, baseline } = setup();
    const before = await runMain(['check', folder, '--format', 'json']);
    expect(before.code).toBe(1);
    const written = await runMain(['check', folder, '--write-baseline', baseline, '--format', 'json']);
    expect(written.code).toBe(0);
    expect(findings(written.stdout)).toEqual([]);
    const file: BaselineFile = JSON.parse(readFileSync(baseline, 'utf8'));
    expect(file.version).toBe(1);
    expect(file.findings).toHaveLength(findings(before.stdout).length);
    expect(written.stderr).toBe(`Wrote ${file.findings.length} findings to the baseline '${baseline}'.\n`);
    for (const record of file.findings) {
      expect(record.folder).toBe('connectors/Failing');
      expect(record.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
    const after = await runMain(['check', folder, '--baseline', baseline, '--format', 'json']);
    expect(after.code).toBe(0);
    expect(findings(after.stdout)).toEqual([]);
  });

  it('survives lines moving, and shows only what is new', async () => {
    const { folder, baseline } = setup();
    await runMain(['check', folder, '--write-baseline', baseline]);
    const swaggerPath = join(folder, 'apiDefinition.swagger.json');
    const swagger = JSON.parse(readFileSync(swaggerPath, 'utf8'));
    // Reindented, every line moves; and one new operation without summary or description.
    swagger.paths['/brand-new'] = { get: { operationId: 'BrandNew', responses: { '200': { description: 'OK' } } } };
    writeFileSync(swaggerPath, `\n\n\n${JSON.stringify(swagger, null, 4)}`);
    const now = findings((await runMain(['check', folder, '--format', 'json'])).stdout);
    const shown = findings((await runMain(['check', folder, '--baseline', baseline, '--format', 'json'])).stdout);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((f) => f.pointer.startsWith('/paths/~1brand-new') || f.pointer === '/paths')).toBe(true);
    expect(shown.length).toBeLessThan(now.length);
  });

  it('matches folders relative to the baseline file, from any working folder', () => {
    const { root, baseline } = setup();
    expect(runBuilt(['check', 'connectors/Failing', '--write-baseline', 'baseline.json'], { cwd: root }).code).toBe(0);
    const fromRepo = runBuilt(['check', join(root, 'connectors', 'Failing'), '--baseline', baseline, '--format', 'json']);
    expect(fromRepo.code).toBe(0);
    expect(findings(fromRepo.stdout)).toEqual([]);
  });

  it('refuses a file that is not a baseline, or none, with exit code 2', async () => {
    const { folder, root } = setup();
    writeFileSync(join(root, 'bad.json'), '{"findings": [{"ruleId": 1}]}');
    const bad = await runMain(['check', folder, '--baseline', join(root, 'bad.json')]);
    expect(bad).toMatchObject({ code: 2, stderr: `connector-certify: '${join(root, 'bad.json')}' is not a baseline: write one with --write-baseline.\n` });
    const missing = await runMain(['check', folder, '--baseline', join(root, 'none.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('(no such file)');
  });
});
