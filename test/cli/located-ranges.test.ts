import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConnector } from '../../src/index.js';
import { format, formatNames } from '../../src/format/index.js';
import { checkReport } from '../../src/format/report.js';
import { locatedSeverities } from '../../src/node/check-command.js';
import { loadConnector } from '../../src/node/load.js';
import type { SeverityOrOff } from '../../src/core/types.js';
import { repoRoot } from '../helpers/fixtures.js';
import { runJob } from '../../src/node/check-job.js';
import { expectSameReports } from './located.js';
import { runMain } from './run.js';
import { tempDir } from './temp.js';

/** The passing example with an OAuth client secret on the one line of apiProperties.json, next to findings with code frames. */
function secretFolder(): string {
  const folder = join(tempDir(), 'Tide Watch');
  cpSync(join(repoRoot, 'examples', 'passing'), folder, { recursive: true });
  const path = join(folder, 'apiProperties.json');
  const properties = JSON.parse(readFileSync(path, 'utf8'));
  properties.properties.connectionParameters.token = {
    type: 'oauthSetting',
    oAuthSettings: { identityProvider: 'oauth2', clientId: 'tidewatch-app', clientSecret: 'Qx7pL2vB9kR4mN8s', scopes: [], redirectMode: 'GlobalPerConnector' },
  };
  writeFileSync(path, JSON.stringify(properties));
  return folder;
}

const examples = ['passing', 'failing'].map((name) => join(repoRoot, 'examples', name));
/** The secret rule at info: its finding is one that stylish does not list but whose value its frames must star. */
const secretRuleAtInfo: Record<string, SeverityOrOff> = { 'sec-no-client-secret': 'info' };

describe('check leaves out the ranges its report never prints', () => {
  it('writes every format byte for byte as with every finding located', async () => {
    for (const folder of examples) await expectSameReports(folder);
    await expectSameReports(secretFolder(), secretRuleAtInfo);
  });

  it('locates what stylish lists, only errors with --quiet, and every range otherwise', () => {
    expect(locatedSeverities({ format: 'stylish', quiet: false, showInfo: false })).toEqual(['error', 'warning']);
    expect(locatedSeverities({ format: 'stylish', quiet: false, showInfo: true })).toBeUndefined();
    for (const format of formatNames) {
      expect(locatedSeverities({ format, quiet: true, showInfo: false })).toEqual(['error']);
      expect(locatedSeverities({ format, quiet: true, showInfo: true })).toEqual(['error']);
      if (format !== 'stylish') expect(locatedSeverities({ format, quiet: false, showInfo: false })).toBeUndefined();
    }
  });

  it('keeps the info findings, without ranges, so that stylish still counts them', async () => {
    const folder = examples[1]!;
    const done = await runJob({ folder, options: {}, sources: true, located: ['error', 'warning'] });
    if ('error' in done) throw new Error(done.error);
    const { result } = done;
    const library = validateConnector(await loadConnector(folder));
    expect(result.counts).toEqual(library.counts);
    const info = result.findings.filter((f) => f.severity === 'info');
    expect(info.map((f) => [f.ruleId, f.file, f.pointer, f.message]).sort()).toEqual(
      library.findings.filter((f) => f.severity === 'info').map((f) => [f.ruleId, f.file, f.pointer, f.message]).sort(),
    );
    expect(info.length).toBeGreaterThan(0);
    expect(info.every((f) => f.range === undefined)).toBe(true);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual(library.findings.filter((f) => f.severity !== 'info'));
    const run = await runMain(['check', folder, '--no-color']);
    expect(run.stdout).toContain(`${library.counts.info} suggestions (info) hidden, --show-info to list them`);
    expect(run.stdout).toContain('Suggestions (info), counted per rule:');
  });

  it('still stars a secret that a rule reported at info in the frames of the findings it lists', async () => {
    const folder = secretFolder();
    const run = await runMain(['check', folder, '--no-color', '--rule', 'sec-no-client-secret=info']);
    expect(run.stdout).toContain('"clientSecret":"Qx7p************"');
    expect(run.stdout).not.toContain('L2vB9kR4mN8s');
    const result = validateConnector(await loadConnector(folder), { rules: secretRuleAtInfo });
    const sources = { 'apiProperties.json': readFileSync(join(folder, 'apiProperties.json'), 'utf8'), 'readme.md': readFileSync(join(folder, 'readme.md'), 'utf8') };
    expect(run.stdout).toBe(format(checkReport([{ folder, result, sources }]), 'stylish', { color: false, root: process.cwd() }));
  });
});
