import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConnectorAtRevision } from '../../src/node/git.js';
import { runDiff } from '../../src/node/diff-command.js';
import { LoadError } from '../../src/node/load.js';
import { baseSwagger, makeCategoriesPublic } from './fixture.js';

describe('diff from git', () => {
  let repo: string;
  let folder: string;
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args]);

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'connector-certify-git-'));
    folder = join(repo, 'connectors', 'Contoso Ünïcode');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    git('init', '-q');
    const first = baseSwagger();
    makeCategoriesPublic(first);
    writeFileSync(join(folder, 'apiDefinition.swagger.json'), JSON.stringify(first, null, 2));
    writeFileSync(join(folder, 'README.MD'), '# Contoso\n');
    writeFileSync(join(folder, 'sub', 'ignored.json'), '{}');
    git('add', '.');
    git('commit', '-qm', 'first');
    git('tag', 'v1');
    const changed = structuredClone(first);
    delete changed.paths['/categories'];
    writeFileSync(join(folder, 'apiDefinition.swagger.json'), JSON.stringify(changed, null, 2));
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reads the folder as it was at a revision, file names as stored', async () => {
    const input = await loadConnectorAtRevision(folder, 'v1');
    expect(input.files.map((file) => [file.name, file.role])).toEqual([
      ['README.MD', 'readme'],
      ['apiDefinition.swagger.json', 'apiDefinition'],
    ]);
  });

  it('diffs the working folder against a revision', async () => {
    const result = await runDiff([folder], { base: 'HEAD' });
    expect(result).toMatchObject({ breaking: true, baseLabel: `${folder} at HEAD`, revisionLabel: folder });
    expect(result.changes).toMatchObject([{ ruleId: 'bc-operation-deleted', operationId: 'ListCategories', base: { range: expect.any(Object) } }]);
  });

  it('reads a folder that did not exist at the revision as empty', async () => {
    const later = join(repo, 'later');
    mkdirSync(later);
    expect((await loadConnectorAtRevision(later, 'v1')).files).toEqual([]);
  });

  it('fails with one line when the revision, the repository or the folder is missing', async () => {
    await expect(loadConnectorAtRevision(folder, 'no-such-branch')).rejects.toThrow(new LoadError("Unknown git revision 'no-such-branch'."));
    await expect(loadConnectorAtRevision(folder, '--output=x')).rejects.toBeInstanceOf(LoadError);
    await expect(loadConnectorAtRevision(tmpdir(), 'HEAD')).rejects.toThrow(/not inside a git repository|Unknown git revision/);
    await expect(loadConnectorAtRevision(join(repo, 'nope'), 'HEAD')).rejects.toThrow(/no such folder/);
  });

  it('diffs two folders, and insists on the right number of them', async () => {
    const result = await runDiff([folder, folder], {});
    expect(result).toMatchObject({ breaking: false, changes: [], baseLabel: folder, revisionLabel: folder });
    expect(result.revisionSources['apiDefinition.swagger.json']).toContain('"swagger"');
    await expect(runDiff([folder], {})).rejects.toBeInstanceOf(LoadError);
    await expect(runDiff([folder, folder], { base: 'HEAD' })).rejects.toBeInstanceOf(LoadError);
  });
});
