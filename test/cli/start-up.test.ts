import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../src/version.js';
import { repoRoot } from '../helpers/fixtures.js';
import { runBuilt, runMain } from './run.js';

describe('start-up', () => {
  it('the bin answers --version and -v itself, as the full command line would', async () => {
    const full = await runMain(['--version']);
    expect(full).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    for (const flag of ['--version', '-v']) expect(runBuilt([flag])).toEqual(full);
  });

  it('the bin imports the commands only when one runs (cold start of --version)', () => {
    const source = readFileSync(join(repoRoot, 'src/node/cli.ts'), 'utf8');
    const staticImports = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map(([, from]) => from);
    expect(staticImports).toEqual(['node:worker_threads', '../version.js']);
    expect(source).toMatch(/await import\('\.\/main\.js'\)/);
  });

  it('a command still runs through the bin', () => {
    const result = runBuilt(['check', 'examples/passing', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).results).toHaveLength(1);
  });
});
