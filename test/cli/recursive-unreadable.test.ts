import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runMain } from './run.js';
import { copyExample, tempDir } from './temp.js';

// Tests run as root, where chmod 000 does not deny reading: a folder named `Locked` fails as an unreadable one does.
vi.mock('../../src/node/fs-async.js', async (importOriginal) => {
  const fs = await importOriginal<typeof import('../../src/node/fs-async.js')>();
  const readdir = (async (path: string, ...rest: unknown[]) => {
    if (String(path).endsWith('Locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    return (fs.readdir as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, readdir };
});

describe('--recursive and a folder it cannot read', () => {
  it('stops with exit code 2 and one line naming the folder, instead of skipping it', async () => {
    const root = tempDir();
    copyExample(root, 'connectors/Readable');
    mkdirSync(join(root, 'connectors', 'Locked'));
    const run = await runMain(['check', root, '--recursive', '--format', 'json']);
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `connector-certify: Cannot read the folder '${join(root, 'connectors', 'Locked')}' (EACCES); a connector in it would be missed. Fix its permissions or name the folders to check.\n`,
    });
    expect((await runMain(['check', join(root, 'connectors', 'Readable'), '--format', 'json'])).code).toBe(0);
  });
});
