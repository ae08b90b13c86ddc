import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusRoot = resolve(repoRoot, process.env.CONNECTOR_CORPUS ?? '../shared/corpus');

/** Every file of a folder (not recursive) as bytes, keyed by name. */
export function readFolder(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) files[entry.name] = readFileSync(join(dir, entry.name));
  }
  return files;
}

/** The `latest/` folders of the corpus, sorted. */
export function corpusFolders(): string[] {
  const base = join(corpusRoot, 'independent-publisher-connectors');
  return readdirSync(base)
    .sort()
    .map((name) => join(base, name, 'latest'));
}
