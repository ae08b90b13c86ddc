import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema, type SchemaIssue } from '../../src/core/schema-check.js';
import { corpusRoot } from '../helpers/fixtures.js';

/** Brave Search's 14 repeats of one typo, plus one. */
const MAX_ISSUES_PER_FILE = 15;
/** 7 measured. */
const MAX_FILES_WITH_ISSUES = 10;
/** 22 measured. */
const MAX_ISSUES_TOTAL = 30;

const corpusBase = join(corpusRoot, 'independent-publisher-connectors');

describe('checkSchema over the corpus', () => {
  it('finds only a few structural issues in connectors Microsoft accepted', () => {
    const found: Array<{ file: string; issues: SchemaIssue[] }> = [];
    let parsed = 0;
    for (const name of readdirSync(corpusBase).sort()) {
      const folder = join(corpusBase, name, 'latest');
      for (const [file, kind] of [['apiDefinition.swagger.json', 'apiDefinition'], ['apiProperties.json', 'apiProperties']] as const) {
        const path = join(folder, file);
        if (!existsSync(path)) continue;
        let value: unknown;
        try {
          value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
        } catch {
          continue; // invalid JSON is the parser's finding, not the schema's
        }
        parsed++;
        const issues = checkSchema(kind, value);
        if (issues.length > 0) found.push({ file: `${name}/${file}`, issues });
      }
    }
    expect(parsed).toBeGreaterThan(500);
    const summary = found.map(({ file, issues }) => `${file}: ${issues.length}`);
    for (const { file, issues } of found) {
      expect(issues.length, `${file}\n${issues.map((i) => `  ${i.pointer} ${i.message}`).join('\n')}`).toBeLessThanOrEqual(MAX_ISSUES_PER_FILE);
    }
    expect(found.length, summary.join('\n')).toBeLessThanOrEqual(MAX_FILES_WITH_ISSUES);
    expect(found.reduce((n, f) => n + f.issues.length, 0)).toBeLessThanOrEqual(MAX_ISSUES_TOTAL);
    // Accepted connectors have no wrong types, values or versions: only keys the platform ignores.
    const kinds = new Set(found.flatMap(({ issues }) => issues.map((i) => i.kind)));
    expect([...kinds]).toEqual(kinds.size === 0 ? [] : ['unknown-key']);
  });
});
