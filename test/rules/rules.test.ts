import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/rules/index.js';
import { testRule, type RuleCases } from '../helpers/rule-tester.js';

const modules = import.meta.glob<{ default: RuleCases }>('./**/*.cases.ts', { eager: true });
const cases = new Map(Object.values(modules).map((m) => [m.default.rule.meta.id, m.default]));

describe('rule registry', () => {
  it('has unique ids in kebab-case', () => {
    const ids = builtInRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it('has test cases for every rule', () => {
    expect(builtInRules.map((rule) => rule.meta.id).filter((id) => !cases.has(id))).toEqual([]);
  });
});

for (const [id, ruleCases] of [...cases].sort()) {
  describe(id, () => testRule(ruleCases));
}
