import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleDocs, ruleFolders } from '../scripts/module-docs.js';
import { handWrittenPages, renderRuleDocs } from '../scripts/rule-docs.js';
import type { RuleDocs } from '../src/core/rule.js';
import { builtInRules } from '../src/rules/index.js';
import { repoRoot } from './helpers/fixtures.js';
import type { RuleCases } from './helpers/rule-tester.js';

const modules = import.meta.glob<{ default: RuleCases }>('./rules/**/*.cases.ts', { eager: true });
const cases = new Map(Object.values(modules).map((m) => [m.default.rule.meta.id, m.default]));

describe('generated rule docs', async () => {
  const pages = renderRuleDocs(builtInRules, await moduleDocs<RuleDocs>(...(await ruleFolders(repoRoot))), cases);
  const dir = join(repoRoot, 'docs', 'rules');

  it('are up to date (run `npm run docs` after changing a rule or its cases)', () => {
    const stale = [...pages].filter(([name, text]) => !existsSync(join(dir, name)) || readFileSync(join(dir, name), 'utf8') !== text);
    expect(stale.map(([name]) => name)).toEqual([]);
  });

  it('have no page for a rule that no longer exists', () => {
    const extra = readdirSync(dir).filter((name) => !pages.has(name) && !handWrittenPages.includes(name));
    expect(extra).toEqual([]);
  });
});
