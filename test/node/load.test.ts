import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isConnectorFolder, loadConnector, LoadError } from '../../src/node/index.js';
import { repoRoot } from '../helpers/fixtures.js';

describe('loadConnector', () => {
  it('reads a folder and finds the readme in any case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-load-'));
    writeFileSync(join(dir, 'apiDefinition.swagger.json'), '{"swagger": "2.0"}');
    writeFileSync(join(dir, 'README.md'), '# X');
    const input = await loadConnector(dir);
    expect(input.files.map((f) => [f.name, f.role])).toEqual([
      ['README.md', 'readme'],
      ['apiDefinition.swagger.json', 'apiDefinition'],
    ]);
    expect(await isConnectorFolder(dir)).toBe(true);
    expect(await isConnectorFolder(repoRoot)).toBe(false);
  });

  it('throws a LoadError with a one-line message for a missing folder or a file', async () => {
    await expect(loadConnector(join(tmpdir(), 'no-such-connector-folder'))).rejects.toThrow(LoadError);
    await expect(loadConnector(join(repoRoot, 'package.json'))).rejects.toThrow(/not a folder/);
  });
});
