import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isConnectorFolder, loadConnector, LoadError } from '../../src/node/index.js';
import { validateConnector } from '../../src/index.js';
import { repoRoot } from '../helpers/fixtures.js';
import { readConnector, syncReads } from '../../src/node/load.js';

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
    // The same through the synchronous calls of a check of named folders.
    await expect(readConnector(join(tmpdir(), 'no-such-connector-folder'), syncReads)).rejects.toThrow(/^Cannot read .*: no such file or folder\.$/);
    await expect(readConnector(join(repoRoot, 'package.json'), syncReads)).rejects.toThrow(/not a folder/);
  });
});

describe('loadConnector and symbolic links', () => {
  const swagger = '{"swagger": "2.0", "info": {"title": "Linked", "version": "1.0"}, "paths": {}}';

  it('follows a link to a file inside the folder tree, and reports loops and links that leave it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'cc-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'not part of the connector');
    const dir = mkdtempSync(join(tmpdir(), 'cc-links-'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'swagger.json'), swagger);
    symlinkSync(join('src', 'swagger.json'), join(dir, 'apiDefinition.swagger.json'));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'readme.md'));
    symlinkSync('loop-b.json', join(dir, 'loop-a.json'));
    symlinkSync('loop-a.json', join(dir, 'loop-b.json'));
    symlinkSync('missing.csx', join(dir, 'script.csx'));
    symlinkSync('src', join(dir, 'linked-folder'));

    const input = await loadConnector(dir);
    const swaggerFile = input.files.find((f) => f.name === 'apiDefinition.swagger.json');
    expect(swaggerFile?.type).toBe('json');
    const unread = Object.fromEntries(input.files.flatMap((f) => (f.type === 'binary' && f.unread ? [[f.name, f.unread.detail]] : [])));
    expect(unread).toEqual({
      'loop-a.json': 'It is a symbolic link that loops.',
      'loop-b.json': 'It is a symbolic link that loops.',
      'readme.md': 'It is a symbolic link that leads out of the connector folder.',
      'script.csx': 'It is a symbolic link to a file that does not exist.',
    });
    expect(input.files.some((f) => f.name === 'linked-folder')).toBe(false);
    const findings = validateConnector(input).findings.filter((f) => f.ruleId === 'artifact-file-readable');
    expect(findings.map((f) => f.file).sort()).toEqual(['loop-a.json', 'loop-b.json', 'readme.md', 'script.csx']);
    // The synchronous calls of a check of named folders tell the same links apart in the same words.
    const synchronous = await readConnector(dir, syncReads);
    const described = (files: typeof input.files) => files.map((f) => [f.name, f.type, f.type === 'binary' ? f.unread?.detail : undefined]);
    expect(described(synchronous.files)).toEqual(described(input.files));
  });

  it('does not read a file over the size limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-large-'));
    writeFileSync(join(dir, 'apiDefinition.swagger.json'), swagger);
    const input = await loadConnector(dir, { limits: { maxFileBytes: 10 } });
    const file = input.files[0]!;
    expect(file.type === 'binary' && file.unread?.reason).toBe('too-large');
    expect(validateConnector(input).findings.map((f) => f.ruleId)).toContain('artifact-size-limit');
  });
});
