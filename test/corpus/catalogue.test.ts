import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualCheckIds } from '../../src/core/manual-checks.js';
import { builtInRules } from '../../src/rules/index.js';
import { corpusRoot, repoRoot } from '../helpers/fixtures.js';

const catalogue = join(corpusRoot, '..', 'spec', 'rules-catalog.md');

describe('the rules catalogue', () => {
  const text = readFileSync(catalogue, 'utf8');
  const sections = text.slice(text.indexOf('## 1. Title'), text.indexOf('## 9. Breaking'));
  const ids = [...sections.matchAll(/^\| ([a-z]+(?:-[a-z0-9]+)+) \|/gm)].map((match) => match[1]!);
  const notImplemented = readFileSync(join(repoRoot, 'docs', 'rules', 'not-implemented.md'), 'utf8');

  it('is read', () => {
    expect(ids.length).toBeGreaterThan(250);
  });

  it('has every id as a rule, a manual check, or a row of docs/rules/not-implemented.md', () => {
    const covered = new Set([...builtInRules.map((rule) => rule.meta.id), ...manualCheckIds]);
    const missing = ids.filter((id) => !covered.has(id) && !notImplemented.includes(`| \`${id}\` |`));
    expect(missing).toEqual([]);
  });

  it('lists no implemented rule as not implemented', () => {
    const table = notImplemented.slice(notImplemented.indexOf('## Not checkable'), notImplemented.indexOf('## Partly checked'));
    const listed = [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]);
    expect(listed.filter((id) => builtInRules.some((rule) => rule.meta.id === id))).toEqual([]);
  });
});
