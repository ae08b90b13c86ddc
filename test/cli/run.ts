import { spawnSync } from 'node:child_process';
import { inject } from 'vitest';
import { failureLine, main, UsageError } from '../../src/node/main.js';
import { LoadError } from '../../src/node/load.js';
import { repoRoot } from '../helpers/fixtures.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream that collects what is written to it; `isTTY` as asked. */
function sink(isTTY = false) {
  const chunks: string[] = [];
  const stream = {
    isTTY,
    write(text: string, done?: () => void) {
      chunks.push(text);
      done?.();
      return true;
    },
  };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

/** Runs the CLI in this process (folders checked in this thread) and returns what the bin entry would. */
export async function runMain(argv: string[], options: { tty?: boolean } = {}): Promise<Run> {
  const out = sink(options.tty);
  const err = sink(options.tty);
  try {
    const code = await main(argv, { stdout: out.stream, stderr: err.stream });
    return { code, stdout: out.text(), stderr: err.text() };
  } catch (error) {
    if (error instanceof UsageError || error instanceof LoadError) return { code: 2, stdout: out.text(), stderr: failureLine(error) };
    throw error;
  }
}

/** The bin entry bundled from the current sources by the suite's global setup (test/build-cli.setup.ts). */
export function builtCli(): string {
  return inject('cliBundle');
}

/** Runs the bundled CLI (or the copy of it at `bin`) as its own process. */
export function runBuilt(args: string[], options: { cwd?: string; env?: Record<string, string>; bin?: string } = {}): Run {
  const result = spawnSync(process.execPath, [options.bin ?? builtCli(), ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
