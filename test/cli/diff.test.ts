import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { tables } from '../format/markdown-table.js';
import { sarifValidator } from '../format/sarif-schema.js';
import { runMain } from './run.js';
import { copyExample, tempDir } from './temp.js';

/** Two versions of the example: the new one lost an operation and gained a required input. */
let root: string;
let oldDir: string;
let newDir: string;
beforeAll(() => {
  root = tempDir('cc-diff-');
  oldDir = copyExample(root, 'old/Tidewatch');
  newDir = copyExample(root, 'new/Tidewatch');
  const path = join(newDir, 'apiDefinition.swagger.json');
  const swagger = JSON.parse(readFileSync(path, 'utf8'));
  delete swagger.paths['/stations'];
  writeFileSync(path, JSON.stringify(swagger, null, 2));
});

interface Doc {
  tool: { name: string };
  breaking: boolean;
  changes: Array<{ ruleId: string; level: string; operationId?: string }>;
}

describe('diff command', () => {
  it('prints exactly { tool, breaking, changes } and exits 1 on a breaking change', async () => {
    const run = await runMain(['diff', oldDir, newDir, '--format', 'json']);
    const doc: Doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['tool', 'breaking', 'changes']);
    expect(doc.breaking).toBe(true);
    expect(doc.changes.some((c) => c.level === 'breaking' && c.operationId === 'ListStations')).toBe(true);
    expect(run.code).toBe(1);
    expect((await runMain(['diff', oldDir, newDir, '--format', 'json', '--fail-on', 'never'])).code).toBe(0);
  });

  it('renders every format from real changes', async () => {
    const out = async (name: string) => (await runMain(['diff', oldDir, newDir, '--format', name])).stdout;
    const validate = sarifValidator();
    const log = JSON.parse(await out('sarif'));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.length).toBe((JSON.parse(await out('json')) as Doc).changes.length);
    // The only change is a deleted operation, annotated where it was: in the old folder.
    expect(await out('github')).toMatch(/^::error file=.*old\/Tidewatch\/apiDefinition\.swagger\.json,line=\d+/m);
    expect(XMLValidator.validate(await out('junit'))).toBe(true);
    expect(tables(await out('markdown'))[0]![0]).toEqual(['Operation', 'Breaking', 'Warnings', 'Info']);
    expect(await out('stylish')).toContain('ListStations (GET /stations)');
  });

  it('compares with a git revision by --base', async () => {
    const repo = tempDir('cc-diff-git-');
    const folder = copyExample(repo, 'Tidewatch');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    writeFileSync(join(folder, 'apiDefinition.swagger.json'), readFileSync(join(newDir, 'apiDefinition.swagger.json')));
    const run = await runMain(['diff', '--base', 'HEAD', folder, '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${folder}@HEAD \u2192 ${folder}`);
  });

  it('refuses a wrong number of folders with exit code 2', async () => {
    expect((await runMain(['diff', oldDir])).code).toBe(2);
  });
});
