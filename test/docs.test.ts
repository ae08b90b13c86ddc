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

describe('where the docs say the tool comes from', () => {
  // Not published to the npm registry: a command that fetches `connector-certify` from it would fail.
  const pages = ['README.md', 'docs/integrations.md', 'docs/guides/updating-a-published-connector.md', 'action.yml'];

  it('never installs or runs it from the npm registry', () => {
    const fromRegistry = /npx --yes connector-certify|npm (?:install|i)(?: --global| -g| --save-dev| -D)* connector-certify\b|connector-certify@\d/;
    const offending = pages.flatMap((page) =>
      readFileSync(join(repoRoot, page), 'utf8')
        .split('\n')
        .map((line, index) => `${page}:${index + 1}: ${line.trim()}`)
        .filter((line) => fromRegistry.test(line)),
    );
    expect(offending).toEqual([]);
  });

  it('shows the install from the repository before the first npx command', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const install = readme.indexOf('npm install --save-dev github:connector-certify/connector-certify');
    expect(install).toBeGreaterThan(-1);
    expect(install).toBeLessThan(readme.indexOf('npx connector-certify'));
  });
});
