import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInRules } from '../src/rules/index.js';
import type { RuleCases } from '../test/helpers/rule-tester.js';
import type { RuleDocs } from '../src/core/rule.js';
import { moduleDocs, ruleFolders } from './module-docs.js';
import { handWrittenPages, renderRuleDocs } from './rule-docs.js';

const root = resolve(import.meta.dirname, '..');
const casesRoot = join(root, 'test', 'rules');
const outDir = join(root, 'docs', 'rules');

const cases = new Map<string, RuleCases>();
for (const entry of await readdir(casesRoot, { recursive: true })) {
  if (!entry.endsWith('.cases.ts')) continue;
  const module = (await import(pathToFileURL(join(casesRoot, entry)).href)) as { default: RuleCases };
  cases.set(module.default.rule.meta.id, module.default);
}

await mkdir(outDir, { recursive: true });
for (const name of await readdir(outDir)) {
  if (!handWrittenPages.includes(name)) await rm(join(outDir, name));
}
const pages = renderRuleDocs(builtInRules, await moduleDocs<RuleDocs>(...(await ruleFolders(root))), cases);
for (const [name, text] of pages) await writeFile(join(outDir, name), text);
console.log(`Wrote ${pages.size} pages to docs/rules/.`);
