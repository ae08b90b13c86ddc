import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInChecks } from '../../src/diff/checks/index.js';
import { diffChecks } from '../../src/diff/index.js';
import { repoRoot } from '../helpers/fixtures.js';
import { catalogueIds } from './cases/catalogue-ids.js';
import { moduleDocs } from '../../scripts/module-docs.js';
import type { DiffCheckDocs } from '../../src/diff/check.js';


describe('the diff check catalogue', () => {
  it('has every id of the rules catalogue', () => {
    const ids = new Set(diffChecks.map((check) => check.id));
    expect(catalogueIds.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('keeps one check per file, named by its id, sorted and unique', () => {
    const files = readdirSync(join(repoRoot, 'src', 'diff', 'checks'))
      .filter((name) => name.startsWith('bc-'))
      .map((name) => name.replace(/\.ts$/, ''));
    const ids = builtInChecks.map((check) => check.id);
    expect(ids).toEqual(files.sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^bc-[a-z]+(-[a-z]+)*$/);
  });

  it('describes every check, with messages and docs, as data', async () => {
    const docs = await moduleDocs<DiffCheckDocs>(join(repoRoot, 'src', 'diff', 'checks'));
    for (const check of builtInChecks) {
      expect(Object.keys(check.messages).length, check.id).toBeGreaterThan(0);
      expect(Object.values(docs.get(check.id) ?? {}).length, check.id).toBe(3);
      expect(Object.values(docs.get(check.id)!).every((text) => text.length > 10), check.id).toBe(true);
      expect(existsSync(join(repoRoot, 'docs', 'diff', `${check.id}.md`)), check.id).toBe(true);
    }
    expect(diffChecks[0]).toEqual({
      id: builtInChecks[0]!.id,
      area: builtInChecks[0]!.area,
      level: builtInChecks[0]!.level,
      description: builtInChecks[0]!.description,
      docsUrl: expect.stringMatching(/\/docs\/diff\/bc-[a-z-]+\.md$/),
    });
  });

  it('has generated pages that are up to date', () => {
    const output = execFileSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/generate-diff-docs.ts', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(output).toContain('up to date');
  }, 30_000);
});
