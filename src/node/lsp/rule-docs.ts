import type { RuleDocs } from '../../core/rule.js';
import { rules as catalogue } from '../../rules/catalogue.js';

const loaded = new Map<string, Promise<RuleDocs | undefined>>();

/**
 * A built-in rule's docs (its `export const docs`), which the core bundle leaves out. Each rule lives in
 * `src/rules/<area>/<id>.ts`; the bundler includes every module matching the pattern (the source's `.ts` name is the
 * key it knows them by), and a module is evaluated on the first hover over one of its findings.
 */
export function ruleDocs(ruleId: string): Promise<RuleDocs | undefined> {
  let docs = loaded.get(ruleId);
  if (!docs) {
    const rule = catalogue.find((info) => info.id === ruleId);
    docs = rule ? load(rule.area, rule.id) : Promise.resolve(undefined);
    loaded.set(ruleId, docs);
  }
  return docs;
}

async function load(area: string, id: string): Promise<RuleDocs | undefined> {
  try {
    return ((await import(`../../rules/${area}/${id}.ts`)) as { docs?: RuleDocs }).docs;
  } catch {
    return undefined; // a rule without docs still hovers, with its message and page
  }
}
