import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { runMain } from '../cli/run.js';
import { tempDir } from '../cli/temp.js';

const out = tempDir('cc-fuzz-');
const folder = join(repoRoot, 'examples', 'passing');
const options = ['--profile', '--format', '--rule', '--fail-on', '--output', '--config', '--baseline', '--write-baseline', '--recursive', '-r',
  '--changed-since', '--new-only', '--base', '--jobs', '--quiet', '--show-info', '--fix-dry-run', '--color', '--no-color', '--help', '-h', '--version', '--bogus', '-'];
const values = ['', ' ', 'json', 'sarif', 'breaking', 'never', 'error', 'certified', 'x=y', 'bc-output-type-changed=off', 'desc-length=off',
  '0', '999', '1e3', 'HEAD', '--', '__proto__', 'constructor=off', '\u001b[2J', 'a\nb', '\u0000'];
// File values point into a scratch folder, so no run writes into the repository.
const token = fc.oneof(
  fc.constantFrom(...options),
  fc.constantFrom(...values),
  fc.constantFrom(...options).chain((o) => fc.constantFrom(...values).map((v) => `${o}=${v}`)),
  fc.constantFrom('report.json', 'baseline.json', 'sub/x').map((name) => join(out, name)),
  fc.constant(folder),
  fc.string({ maxLength: 8 }),
);
/** Whatever follows a writing option becomes a path in the scratch folder: the runs never write elsewhere. */
const writing = ['--output', '--write-baseline'];
function scratch(args: string[]): string[] {
  return args.map((arg, i) => {
    const joined = writing.find((option) => arg.startsWith(`${option}=`));
    if (joined) return `${joined}=${join(out, 'w.json')}`;
    return i > 0 && writing.includes(args[i - 1]!) ? join(out, 'w.json') : arg;
  });
}
const argv = fc
  .tuple(fc.constantFrom('check', 'diff', 'rules', 'help', 'chek', '--help', '-v', '--', '-r'), fc.array(token, { maxLength: 7 }))
  .map(([command, rest]) => scratch([command, ...rest]));

describe('the CLI given any arguments', () => {
  it('exits 0, 1 or 2, and an error is one line without a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const run = await runMain(args);
        expect([0, 1, 2]).toContain(run.code);
        if (run.code === 2) {
          expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
          expect(run.stderr).not.toMatch(/\n\s+at /);
        }
      }),
      { numRuns: 300 },
    );
  });
});
