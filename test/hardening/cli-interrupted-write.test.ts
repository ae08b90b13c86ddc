import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { tempDir } from '../cli/temp.js';

// A process that writes a 200 MB report with the CLI's writer: Node writes a file in 512 KB pieces, so there is
// time to interrupt it half way.
const script = join(repoRoot, 'test-artifacts', `interrupted-write-${process.pid}.mjs`);
mkdirSync(join(repoRoot, 'test-artifacts'), { recursive: true });
writeFileSync(
  `${script}.ts`,
  `import { writeSafely } from '${join(repoRoot, 'src/node/safe-write.ts')}';\n` +
    `await writeSafely(process.argv[2], 'x'.repeat(200 * 1024 * 1024), { what: 'report', protect: new Set() });\n`,
);
buildSync({ entryPoints: [`${script}.ts`], outfile: script, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
afterAll(() => {
  rmSync(script, { force: true });
  rmSync(`${script}.ts`, { force: true });
});

describe('a report interrupted while it is written', () => {
  it('leaves the previous report whole and no temporary file behind', async () => {
    const dir = tempDir('cc-sigint-');
    const report = join(dir, 'report.sarif');
    writeFileSync(report, '{"previous": true}\n');
    const child = spawn(process.execPath, [script, report], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_, signal) => done(signal)));
    // Interrupt as soon as the temporary file exists: the write is under way.
    let interrupted = false;
    while (!interrupted && child.exitCode === null) {
      if (readdirSync(dir).some((name) => name.endsWith('.tmp'))) {
        child.kill('SIGINT');
        interrupted = true;
      } else await new Promise((done) => setTimeout(done, 2));
    }
    expect(interrupted, 'the write was still going when interrupted').toBe(true);
    expect(await exited).toBe('SIGINT');
    expect(readFileSync(report, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(dir)).toEqual(['report.sarif']);
  }, 60_000);
});
