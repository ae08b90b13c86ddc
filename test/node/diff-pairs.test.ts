import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePairs, runDiffPairs } from '../../src/node/diff-pairs.js';
import { LoadError } from '../../src/node/load.js';
import { baseSwagger } from '../diff/fixture.js';

describe('diffing many pairs in one process', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'connector-certify-pairs-'));
    const write = (folder: string, swagger: unknown) => {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 2));
    };
    const changed = baseSwagger();
    delete changed.paths['/items/{id}'].delete;
    write('Contoso v1', baseSwagger());
    write('Contoso v2', changed);
    write('Fabrikam/old', baseSwagger());
    write('Fabrikam/new', baseSwagger());
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads tab- or space-separated pairs, quoted paths and comments, relative to the list', () => {
    const text = '# pull request 42\n"Contoso v1"  "Contoso v2"\n\nFabrikam/old\tFabrikam/new\n';
    expect(parsePairs(text, '/lists')).toEqual([
      { base: '/lists/Contoso v1', revision: '/lists/Contoso v2', line: 2 },
      { base: '/lists/Fabrikam/old', revision: '/lists/Fabrikam/new', line: 4 },
    ]);
  });

  it('rejects a line that is not a pair, naming it', () => {
    expect(() => parsePairs('a b\nonly-one\n')).toThrow(new LoadError('Pairs list line 2: expected two folders (old, then new), separated by a tab or spaces.'));
    expect(() => parsePairs('"unclosed b\n')).toThrow(LoadError);
  });

  it('diffs every pair in list order', async () => {
    const list = join(root, 'pairs.txt');
    writeFileSync(list, '"Contoso v1" "Contoso v2"\nFabrikam/old Fabrikam/new\n');
    const results = await runDiffPairs(list);
    expect(results.map((r) => [r.line, r.breaking, r.changes.map((c) => c.ruleId)])).toEqual([
      [1, true, ['bc-operation-deleted']],
      [2, false, []],
    ]);
  });

  it('fails with one line naming the pair whose folder is missing, or the list', async () => {
    const list = join(root, 'bad.txt');
    writeFileSync(list, 'Fabrikam/old Fabrikam/new\nnope Fabrikam/new\n');
    await expect(runDiffPairs(list)).rejects.toThrow(/^Pairs list line 2: /);
    await expect(runDiffPairs(join(root, 'missing.txt'))).rejects.toThrow(/Cannot read the pairs list/);
  });
});
