import { describe, expect, it } from 'vitest';
import { escapeMarkdown, hoverText } from '../../src/node/lsp/hover.js';
import { ruleDocs } from '../../src/node/lsp/rule-docs.js';
import { runMain } from '../cli/run.js';
import { rules } from '../../src/rules/catalogue.js';

describe('hover text', () => {
  it('shows connector text in a message as written, never as markup or HTML', () => {
    expect(escapeMarkdown("The summary '**Get** <img src=x> [a](javascript:1)'\nends")).toBe(
      "The summary '\\*\\*Get\\*\\* &lt;img src=x&gt; \\[a\\]\\(javascript:1\\)' ends",
    );
  });

  it('names the rule and level, and adds the rationale, the fix and the page', async () => {
    const finding = { ruleId: 'meta-basepath', severity: 'error' as const, message: "basePath 'v1' lacks its slash.", file: 'apiDefinition.swagger.json', pointer: '/basePath' };
    const docs = await ruleDocs('meta-basepath');
    expect(docs?.rationale.length).toBeGreaterThan(20);
    const text = hoverText(finding, docs);
    expect(text.startsWith('**meta-basepath** (error)\n\nbasePath')).toBe(true);
    expect(text).toContain(docs!.rationale);
    expect(text).toContain(`How to fix: ${docs!.fix}`);
    expect(text).toContain(`](${rules.find((rule) => rule.id === 'meta-basepath')!.docsUrl})`);
  });

  it('finds the docs of every built-in rule where the server looks for them', async () => {
    const missing: string[] = [];
    for (const rule of rules) if (!(await ruleDocs(rule.id))) missing.push(rule.id);
    expect(missing).toEqual([]);
  });
});

describe('lsp command', () => {
  it('asks for its transport in one line when given none', async () => {
    expect(await runMain(['lsp'])).toEqual({ code: 2, stdout: '', stderr: "connector-certify: lsp needs its transport: 'connector-certify lsp --stdio'.\n" });
  });
});
