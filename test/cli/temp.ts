import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

export const passingExample = join(repoRoot, 'examples', 'passing');

const made: string[] = [];
// Registered while the importing test file is collected: each file removes the folders it made.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system temp folder (no connector-certify.config.json above it), removed after the file's tests. */
export function tempDir(prefix = 'cc-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Copies the passing example to `dir/relative`. */
export function copyExample(dir: string, relative: string): string {
  const target = join(dir, relative);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(passingExample, target, { recursive: true });
  return target;
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2));
}
