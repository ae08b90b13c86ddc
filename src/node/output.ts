import { writeFile } from 'node:fs/promises';
import { UsageError } from './errors.js';

/** Writes a report to `--output` when given, else to standard output (waiting until it is flushed). */
export async function writeReport(text: string, output: string | undefined, stdout: NodeJS.WriteStream): Promise<void> {
  if (output === undefined) return new Promise<void>((resolve) => stdout.write(text, () => resolve()));
  try {
    await writeFile(output, text);
  } catch (error) {
    throw new UsageError(`Cannot write '${output}' (${(error as Error).message}).`);
  }
}

export type FailOn = 'error' | 'warning' | 'never';

/** Exit code 1 when anything reaches the `--fail-on` level. */
export function exitCode(items: ReadonlyArray<{ severity: string }>, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return items.some((i) => i.severity === 'error' || (failOn === 'warning' && i.severity === 'warning')) ? 1 : 0;
}
