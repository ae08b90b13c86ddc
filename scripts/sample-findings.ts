// Draws a seeded sample of error and warning findings from the corpus, spread over rules, for hand judging.
//   tsx scripts/sample-findings.ts --seed 13 --per-level 60 [--profile <id>] [--corpus <dir>] [--exclude <judged.json>...]
// Prints a JSON array of { connector, profile, rule, file, pointer, severity, message, line }; judged entries are left out.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isProfileId } from '../src/core/profiles.js';
import { loadConnector } from '../src/node/load.js';
import { validateConnector } from '../src/index.js';

interface Sampled {
  connector: string;
  profile: string;
  rule: string;
  file: string;
  pointer: string;
  severity: string;
  message: string;
  /** Start line of the finding's range, which tells apart findings at the same pointer. */
  line?: number;
}

/** mulberry32: a small seeded generator, so that a seed always draws the same sample. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const key = (s: Pick<Sampled, 'connector' | 'rule' | 'file' | 'pointer'>) => `${s.connector}\u0000${s.rule}\u0000${s.file}\u0000${s.pointer}`;

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '13' },
    'per-level': { type: 'string', default: '60' },
    profile: { type: 'string', default: 'independent-publisher' },
    corpus: { type: 'string' },
    exclude: { type: 'string', multiple: true, default: [] },
  },
});
const profile = values.profile;
if (!isProfileId(profile)) throw new Error(`unknown profile '${profile}'`);
const corpus = resolve(values.corpus ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'));
const excluded = new Set(values.exclude.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as Sampled[]).map(key)));

const byLevel: Record<string, Map<string, Sampled[]>> = { error: new Map(), warning: new Map() };
for (const kind of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const name of readdirSync(join(corpus, kind.name)).sort()) {
    const folder = join(corpus, kind.name, name, 'latest');
    let input;
    try {
      input = await loadConnector(folder);
    } catch {
      continue;
    }
    for (const f of validateConnector(input, { profile }).findings) {
      const rules = byLevel[f.severity];
      if (!rules) continue;
      const entry: Sampled = { connector: basename(dirname(folder)), profile, rule: f.ruleId, file: f.file, pointer: f.pointer, severity: f.severity, message: f.message };
      if (f.range) entry.line = f.range.start.line;
      if (excluded.has(key(entry))) continue;
      const list = rules.get(f.ruleId) ?? [];
      list.push(entry);
      rules.set(f.ruleId, list);
    }
  }
}

// Round robin over the rules in a seeded order, one random finding each turn, so every rule is sampled before any twice.
const next = random(Number(values.seed));
const sample: Sampled[] = [];
for (const rules of Object.values(byLevel)) {
  const pools = [...rules.keys()].sort().map((id) => rules.get(id)!);
  for (let i = pools.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [pools[i], pools[j]] = [pools[j]!, pools[i]!];
  }
  let taken = 0;
  while (taken < Number(values['per-level']) && pools.some((p) => p.length > 0)) {
    for (const pool of pools) {
      if (pool.length === 0 || taken >= Number(values['per-level'])) continue;
      sample.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      taken += 1;
    }
  }
}
process.stdout.write(`${JSON.stringify(sample, null, 2)}\n`);
