import { describe, expect, it } from 'vitest';
import { parseConnector, rules, validateConnector } from '../../src/index.js';
import { patchedConnector } from '../helpers/rule-tester.js';

// The passing example has no icon, like the repository folders of 608 of 619 certified connectors.
const withoutIcon = () => parseConnector(patchedConnector({}));
const ruleIds = (result: ReturnType<typeof validateConnector>) => result.findings.map((f) => f.ruleId);

describe('the target option', () => {
  it('checks the certification package by default: a certified connector needs its icon', () => {
    expect(ruleIds(validateConnector(withoutIcon(), { profile: 'certified' }))).toContain('artifact-vp-icon');
    expect(ruleIds(validateConnector(withoutIcon(), { profile: 'certified', target: 'package' }))).toContain('artifact-vp-icon');
  });

  it('leaves package-only files alone in a repository folder', () => {
    const inPackage = ruleIds(validateConnector(withoutIcon(), { profile: 'certified' }));
    const inRepository = ruleIds(validateConnector(withoutIcon(), { profile: 'certified', target: 'repository' }));
    expect(inRepository).toEqual(inPackage.filter((id) => id !== 'artifact-vp-icon'));
  });

  it('runs a package-only rule in a repository folder when the caller turns it on', () => {
    const result = validateConnector(withoutIcon(), { profile: 'certified', target: 'repository', rules: { 'artifact-vp-icon': 'warning' } });
    expect(result.findings.filter((f) => f.ruleId === 'artifact-vp-icon').map((f) => f.severity)).toEqual(['warning']);
  });

  it('is listed in the rules catalogue for the rules it limits', () => {
    expect(rules.find((r) => r.id === 'artifact-vp-icon')?.targets).toEqual(['package']);
    expect(rules.find((r) => r.id === 'op-summary-required')).not.toHaveProperty('targets');
  });
});
