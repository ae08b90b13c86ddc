import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

/**
 * The SARIF 2.1.0 schema as shipped by Microsoft's SARIF Multitool (npm `@microsoft/sarif-multitool-<platform>`,
 * MIT licence), beside the validator binary it belongs to.
 */
function multitoolDir(): string | undefined {
  try {
    const main = require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`);
    return main.slice(0, -'package.json'.length);
  } catch {
    return undefined;
  }
}

export function sarifValidator() {
  const dir = multitoolDir();
  if (!dir) throw new Error('@microsoft/sarif-multitool is not installed for this platform; run npm install.');
  const schema = JSON.parse(readFileSync(`${dir}sarif-2.1.0.json`, 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** The Multitool binary (a self-contained .NET program), when it is there and executable. */
export function multitool(): string | undefined {
  const dir = multitoolDir();
  if (!dir) return undefined;
  const binary = `${dir}${process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool'}`;
  try {
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    return undefined;
  }
}

/**
 * Runs `Sarif.Multitool validate` and returns the lines it reports as errors; throws when it did not analyse the
 * file (a wrong option prints the help and would otherwise pass as "no errors").
 */
export function multitoolErrors(binary: string, file: string, outFile: string): string[] {
  const output = execFileSync(binary, ['validate', file, '--output', outFile], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
  });
  if (!output.includes('Analysis completed successfully')) throw new Error(`Sarif.Multitool did not validate:\n${output}`);
  return output.split('\n').filter((line) => /: error /.test(line));
}
