import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The `docs` export of every module in the given folders, keyed by file name (the rule or check id). */
export async function moduleDocs<T>(...dirs: string[]): Promise<Map<string, T>> {
  const docs = new Map<string, T>();
  for (const dir of dirs) {
    for (const name of (await readdir(dir)).sort()) {
      if (!name.endsWith('.ts') || name === 'index.ts') continue;
      const module = (await import(pathToFileURL(join(dir, name)).href)) as { docs?: T };
      if (module.docs) docs.set(name.slice(0, -3), module.docs);
    }
  }
  return docs;
}

/** Every folder of rules under src/rules, shared helpers excepted. */
export async function ruleFolders(root: string): Promise<string[]> {
  const base = join(root, 'src', 'rules');
  const entries = await readdir(base, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory() && e.name !== 'shared').map((e) => join(base, e.name));
}
