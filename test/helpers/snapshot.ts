import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Compares a JSON value with a committed file; `UPDATE_SNAPSHOTS=1` rewrites the file instead. */
export function expectJsonSnapshot(actual: unknown, file: string): void {
  const text = JSON.stringify(actual, null, 2) + '\n';
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`Snapshot ${file} is missing; run with UPDATE_SNAPSHOTS=1 and commit it.`);
    writeFileSync(file, text);
    return;
  }
  expect(JSON.parse(text), `${file} is out of date; review the change and run with UPDATE_SNAPSHOTS=1`).toEqual(
    JSON.parse(readFileSync(file, 'utf8')),
  );
}
