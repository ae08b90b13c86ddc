import { describe, expect, it } from 'vitest';
import withoutCorpusCase from './without-corpus-case.json';
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
  // Every rule added from now on, and every rule changed for precision, passes a case taken from a merged connector.
  it('has a valid case from a real corpus connector for every rule not in the list of older rules', () => {
    const withCorpus = (id: string) => cases.get(id)?.valid.some((c) => c.corpus) ?? false;
    const ids = builtInRules.map((rule) => rule.meta.id);
    expect(ids.filter((id) => !withCorpus(id) && !withoutCorpusCase.includes(id))).toEqual([]);
    // The list only shrinks: a rule that gains a corpus case leaves it.
    expect(withoutCorpusCase.filter((id) => withCorpus(id) || !ids.includes(id))).toEqual([]);
  });
});

for (const [id, ruleCases] of [...cases].sort()) {
  describe(id, () => testRule(ruleCases));
}
