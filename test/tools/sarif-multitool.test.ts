import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { format } from '../../src/format/index.js';
import { sampleCheckReport, sampleDiffReport } from '../format/sample-reports.js';

const require = createRequire(import.meta.url);

/**
 * Microsoft's SARIF Multitool (a 104 MB self-contained .NET program) checks SARIF rules beyond the schema. It is no
 * devDependency: `npm run test:sarif` installs it for this run only (`--no-save`).
 */
function multitool(): string {
  let dir: string;
  try {
    dir = require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`).slice(0, -'package.json'.length);
  } catch {
    throw new Error('The SARIF Multitool is not installed: run `npm run test:sarif`, which installs it for the run.');
  }
  return `${dir}${process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool'}`;
}

/**
 * Runs `Sarif.Multitool validate` and returns the lines it reports as errors; throws when it did not analyse the
 * file (a wrong option prints the help and would otherwise pass as "no errors").
 */
function multitoolErrors(file: string): string[] {
  const output = execFileSync(multitool(), ['validate', file, '--output', `${file}.validation.sarif`], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
  });
  if (!output.includes('Analysis completed successfully')) throw new Error(`Sarif.Multitool did not validate:\n${output}`);
  return output.split('\n').filter((line) => /: error /.test(line));
}

const scratch = mkdtempSync(join(tmpdir(), 'cc-sarif-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const logs = {
  check: () => format(sampleCheckReport(), 'sarif'),
  diff: () => format(sampleDiffReport(), 'sarif'),
  'diff from git': () => format(sampleDiffReport('HEAD~1'), 'sarif'),
};

describe('sarif, by the SARIF Multitool', () => {
  for (const [name, make] of Object.entries(logs)) {
    it(`${name}: passes the validator without errors`, () => {
      const file = join(scratch, `${name.replace(/ /g, '-')}.sarif`);
      writeFileSync(file, make());
      expect(multitoolErrors(file)).toEqual([]);
    });
  }
});
