import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { builtCli } from '../cli/run.js';

/** Runs the built CLI in a shell pipeline; `$CLI` is the command. Returns the CLI's exit code and its stderr. */
function shell(pipeline: string) {
  const result = spawnSync('bash', ['-c', `${pipeline}; echo "exit \${PIPESTATUS[0]}" >&2`], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CLI: `"${process.execPath}" "${builtCli()}"` },
  });
  const lines = result.stderr.trimEnd().split('\n');
  return { code: Number(lines.at(-1)!.replace('exit ', '')), stderr: lines.slice(0, -1).join('\n') };
}

// Far more than a pipe holds (64 KB), so the CLI is still writing when the reader goes.
const large = `check ${Array(8).fill('examples/failing').join(' ')} --format json`;

describe('standard output that fails', () => {
  it('a reader that goes away (| head) ends the output quietly with the normal exit code', () => {
    const run = shell(`eval "$CLI ${large}" | head -c 1 > /dev/null`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const rules = shell(`eval "$CLI rules" | head -1 > /dev/null`);
    expect(rules).toEqual({ code: 0, stderr: '' });
  });

  it('a write that fails (> /dev/full) is exit 2 with one line', () => {
    for (const command of [large, 'rules', 'check --help']) {
      const run = shell(`eval "$CLI ${command}" > /dev/full`);
      expect(run.code, command).toBe(2);
      expect(run.stderr).toBe('connector-certify: Cannot write to standard output (ENOSPC: no space left on device, write).');
    }
  });
});
