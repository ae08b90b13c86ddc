import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../helpers/fixtures.js';

export const passingExample = join(repoRoot, 'examples', 'passing');

/** A fresh folder under the system temp folder (no connector-certify.config.json above it). */
export function tempDir(prefix = 'cc-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
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
