// The benchmark (DESIGN 8, issue 15): every figure of the speed and size targets, each with its limit and whether it
// is met. Not a test: it prints tables, writes the run's details to bench/results/<date>.json (not committed) and
// appends one line to bench/history.jsonl (committed when figures move). docs/benchmark.md says how to read it.
// Run through tsx (npm run bench; npm run bench:compare adds Spectral and Redocly) so that it can share the hostile
// inputs of the tests.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, medianWalls, peakRssMb } from './processes.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const corpusRoot = resolve(root, process.env.CONNECTOR_CORPUS ?? '../shared/corpus');
const corpus = join(corpusRoot, 'independent-publisher-connectors');
const cli = join(root, 'dist/cli.cjs');
const lib = await import(join(root, 'dist/index.js'));
const { diffConnectors } = await import(join(root, 'dist/diff.js'));
const compare = process.argv.includes('--compare');
// The commit measured, taken before the run: `+changes` when the tree differs from it (earlier history lines aside).
const commit = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/history.jsonl'], { cwd: root }).toString().trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return undefined;
  }
})();

/** The 1 MB connector of the targets. */
const largeConnector = 'HubSpot CRM V2';

function readFolder(dir) {
  const files = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isFile()) files[entry.name] = readFileSync(join(dir, entry.name));
  return files;
}
const sizeOf = (files) => Object.values(files).reduce((sum, bytes) => sum + bytes.length, 0);

/**
 * Median time in ms of `fn` over `runs` calls, after `warmup` calls (the warm figures); `setup` makes each call's
 * argument outside the timing.
 */
function warm(fn, { warmup = 5, runs = 15, setup = () => undefined } = {}) {
  for (let i = 0; i < warmup; i++) fn(setup());
  const times = [];
  for (let i = 0; i < runs; i++) {
    const argument = setup();
    const start = performance.now();
    fn(argument);
    times.push(performance.now() - start);
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------------------------------
// The CLI in processes of its own: cold start against a bare node, `check` of the 1 MB connector, the corpus's peak memory.
// First, while this process has done nothing: after its own passes over the corpus, the collector's threads of this
// process still ran beside the first runs on the 2 cores (HubSpot's `check` took 293-296 ms there against 270-292 ms
// from a fresh process, medians of 7, the first runs 308-345).

const small = join(root, 'examples/passing');
const [nodeMs, versionMs, checkSmallMs] = medianWalls([['-e', '0'], [cli, '--version'], [cli, 'check', small]], { runs: 15, cwd: root });
const [checkLargeMs] = medianWalls([[cli, 'check', join(corpus, largeConnector, 'latest')]], { runs: 5, cwd: root });
const recursivePeakRssMb = peakRssMb([cli, 'check', '--recursive', corpusRoot, '--format', 'json'], root);

// ---------------------------------------------------------------------------------------------------------------------
// The corpus in one process: per connector, and against the floor (reading the files and JSON.parse alone).

const folders = readdirSync(corpus).sort().map((name) => ({ name, dir: join(corpus, name, 'latest') }));

// One warm-up pass so the JIT state is comparable between runs.
for (const { dir } of folders.slice(0, 20)) lib.validateConnector(lib.parseConnector(readFolder(dir)));

let floorMs = 0;
for (const { dir } of folders) {
  const start = performance.now();
  for (const [name, bytes] of Object.entries(readFolder(dir))) if (name.toLowerCase().endsWith('.json')) {
    try {
      JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      // A broken file costs its read and its failed parse, as for the library.
    }
  }
  floorMs += performance.now() - start;
}

let peakRss = process.memoryUsage().rss;
const samplePeak = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const rows = [];
for (const { name, dir } of folders) {
  const t0 = performance.now();
  const files = readFolder(dir);
  const t1 = performance.now();
  const input = lib.parseConnector(files);
  const t2 = performance.now();
  lib.validateConnector(input);
  const t3 = performance.now();
  rows.push({ name, bytes: sizeOf(files), read: t1 - t0, parse: t2 - t1, rules: t3 - t2, total: t3 - t0 });
  samplePeak();
}
const oursMs = rows.reduce((sum, row) => sum + row.total, 0);
const inProcessPeakRssMb = peakRss / 1048576;

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const stats = (key) => ({ p50: quantile(rows.map((r) => r[key]), 0.5), p90: quantile(rows.map((r) => r[key]), 0.9), max: Math.max(...rows.map((r) => r[key])) });

// ---------------------------------------------------------------------------------------------------------------------
// The 1 MB connector, warm: parse and validate apart and together.

const largeDir = join(corpus, largeConnector, 'latest');
const largeFiles = readFolder(largeDir);
const large = {
  name: largeConnector,
  bytes: sizeOf(largeFiles),
  parseMs: warm(() => lib.parseConnector(largeFiles)),
  // Each call on a new parse, as a first check gets it: a parsed input keeps the positions it has found, so
  // validating the same input again costs less.
  validateMs: warm((input) => lib.validateConnector(input), { setup: () => lib.parseConnector(largeFiles) }),
  bothMs: warm(() => lib.validateConnector(lib.parseConnector(largeFiles))),
};

// ---------------------------------------------------------------------------------------------------------------------
// The diff of the largest history pair (two consecutive revisions of one swagger), warm.

function largestPair() {
  let best;
  for (const { name } of folders) {
    const history = join(corpus, name, 'history');
    if (!existsSync(history)) continue;
    const revisions = readdirSync(history).sort();
    for (let i = 1; i < revisions.length; i++) {
      const [base, revision] = [revisions[i - 1], revisions[i]].map((r) => join(history, r, 'apiDefinition.swagger.json'));
      if (!existsSync(base) || !existsSync(revision)) continue;
      const bytes = statSync(base).size + statSync(revision).size;
      if (!best || bytes > best.bytes) best = { connector: name, base, revision, bytes };
    }
  }
  return best;
}
const pair = largestPair();
let diff;
if (pair) {
  const read = (file) => lib.parseConnector({ 'apiDefinition.swagger.json': readFileSync(file) });
  const [base, revision] = [read(pair.base), read(pair.revision)];
  diff = {
    connector: pair.connector,
    base: pair.base.split('/').at(-2),
    revision: pair.revision.split('/').at(-2),
    bytes: pair.bytes,
    ms: warm(() => diffConnectors(base, revision), { warmup: 3, runs: 9 }),
    changes: diffConnectors(base, revision).changes.length,
  };
}

// ---------------------------------------------------------------------------------------------------------------------
// Peers, on request: the same swagger files through Spectral and Redocly (swagger only: that is all they read).

let peers;
if (compare) {
  // Spectral and Redocly are no devDependencies: `npm run bench:compare` installs them for the run.
  const { comparePeers, timeAll } = await import('./compare.mjs').catch((error) => {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('bench --compare needs Spectral and Redocly: run `npm run bench:compare`, which installs them for the run.');
    process.exit(2);
  });
  const swaggers = [];
  for (const { name, dir } of folders) {
    const entry = Object.entries(readFolder(dir)).find(([file]) => file.toLowerCase().endsWith('.swagger.json'));
    if (entry) swaggers.push({ name, text: new TextDecoder().decode(entry[1]).replace(/^\uFEFF/, ''), files: { [entry[0]]: entry[1] } });
  }
  const ours = await timeAll(swaggers, ({ files }) => lib.validateConnector(lib.parseConnector(files)).findings.length);
  const others = await comparePeers(swaggers);
  const byTool = (prefix) => others.find((row) => row.tool.startsWith(prefix));
  peers = { swaggers: swaggers.length, ours: { tool: 'connector-certify', rules: lib.rules.length, ...ours }, others, redocly: byTool('Redocly'), spectral: byTool('Spectral') };
}

// ---------------------------------------------------------------------------------------------------------------------
// Hostile inputs: each must finish, in a bounded time, with findings rather than a crash. They run after the peers:
// a 50 MB file and 100,000 operations leave V8's heap and type feedback so that our next pass over the corpus took
// ~1,100 ms instead of ~800, a handicap the other tools never had.

const { hostileInputs } = await import('../test/hardening/hostile-inputs.ts');
const hostile = hostileInputs.map(({ name, files }) => {
  const built = files();
  const t0 = performance.now();
  const result = lib.validateConnector(lib.parseConnector(built));
  return { name, ms: performance.now() - t0, findings: result.findings.length };
});

let bundle;
try {
  bundle = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/bundle-size.mjs'), '--json']).toString());
} catch (error) {
  // The script exits 1 over budget but still prints its figures.
  bundle = error.stdout?.length ? JSON.parse(error.stdout.toString()) : { error: String(error.message).split('\n')[0] };
}

// ---------------------------------------------------------------------------------------------------------------------
// The targets of issue 15, each with its figure.

const mb = (bytes) => (bytes / 1048576).toFixed(1);
/** `atMost`: met when the figure is at or below the limit; `atLeast`: at or above. */
const target = (id, label, value, limit, unit, kind = 'atMost') => ({
  id,
  label,
  value,
  limit,
  unit,
  kind,
  met: value === undefined ? undefined : kind === 'atMost' ? value <= limit : value >= limit,
});
const targets = [
  ...(peers
    ? [
        target('compare.ourShareOfRedocly', `corpus: ours / Redocly (${peers.swaggers} swaggers, one process)`, peers.ours.ms / peers.redocly.ms, 1 / 3, 'x'),
        target('compare.spectralOverOurs', 'corpus: Spectral / ours', peers.spectral.ms / peers.ours.ms, 20, 'x', 'atLeast'),
      ]
    : []),
  target('large.validateMs', `${large.name} (${mb(large.bytes)} MB): validateConnector, warm`, large.validateMs, 25, 'ms'),
  target('large.checkCliMs', `${large.name}: check from the CLI, wall`, checkLargeMs, 300, 'ms'),
  ...(diff ? [target('diff.ms', `diff ${diff.connector} ${diff.base} → ${diff.revision} (${mb(diff.bytes)} MB pair), warm`, diff.ms, 60, 'ms')] : []),
  target('recursive.peakRssMb', 'check --recursive of the whole corpus: peak RSS', recursivePeakRssMb, 200, 'MB'),
  target('cold.versionRatio', `cold start: --version / node -e 0 (${versionMs.toFixed(0)} / ${nodeMs.toFixed(0)} ms)`, versionMs / nodeMs, 1.5, 'x'),
  target('cold.checkRatio', `cold start: check examples/passing / node -e 0 (${checkSmallMs.toFixed(0)} ms)`, checkSmallMs / nodeMs, 1.5, 'x'),
  target('bundle.gzipKb', 'browser bundle of the core entry, gzip', bundle.gzip ? bundle.gzip / 1024 : undefined, 120, 'KB'),
];

// ---------------------------------------------------------------------------------------------------------------------
// Report.

const load = loadavg().map((value) => value.toFixed(1)).join(' ');
console.log(`connector-certify benchmark: ${rows.length} connectors, ${mb(rows.reduce((s, r) => s + r.bytes, 0))} MB, node ${process.version}, ${cpus().length} cores, load ${load}\n`);
const pad = (value, width = 9) => (typeof value === 'number' ? value.toFixed(1) : String(value ?? '-')).padStart(width);
console.log('per connector, ms   p50       p90       max');
for (const key of ['read', 'parse', 'rules', 'total']) {
  const s = stats(key);
  console.log(`${key.padEnd(12)}${pad(s.p50)} ${pad(s.p90)} ${pad(s.max)}`);
}
console.log(`\ncorpus, one process: ${oursMs.toFixed(0)} ms; the floor (read + JSON.parse) ${floorMs.toFixed(0)} ms: ${(oursMs / floorMs).toFixed(1)}x the floor`);
console.log(`${large.name}, warm: parse ${large.parseMs.toFixed(1)} ms, validate ${large.validateMs.toFixed(1)} ms, both ${large.bothMs.toFixed(1)} ms`);
if (peers) {
  console.log(`\nsame ${peers.swaggers} swagger files, one process          rules    total ms  findings  threw on  time vs ours`);
  for (const row of [peers.ours, ...peers.others]) {
    const cells = [String(row.rules).padStart(6), row.ms.toFixed(0).padStart(10), String(row.problems).padStart(9), String(row.threw ?? 0).padStart(9)];
    console.log(`${row.tool.padEnd(50)} ${cells.join(' ')} ${(row.ms / peers.ours.ms).toFixed(1).padStart(12)}x`);
  }
  console.log('(total ms: the median of three timed passes after an untimed one; passes: ' +
    [peers.ours, ...peers.others].map((row) => `${row.tool.split(' ')[0]} ${row.passesMs.map((ms) => ms.toFixed(0)).join(' / ')}`).join('; ') + ')');
}
console.log('\ntarget (issue 15)                                                          measured     limit  met');
for (const t of targets) {
  const limit = `${t.kind === 'atLeast' ? '>=' : '<='} ${t.unit === 'x' ? t.limit.toFixed(2) : t.limit}`;
  const met = t.met === undefined ? 'n/a' : t.met ? 'yes' : 'NO';
  console.log(`${t.label.padEnd(72)} ${pad(t.value === undefined ? undefined : t.unit === 'x' ? t.value.toFixed(2) : t.value)} ${limit.padStart(9)}  ${met}`);
}
if (!compare) console.log('(npm run bench:compare adds the Redocly and Spectral figures)');
console.log('\nhostile input                                               ms  findings');
for (const h of hostile) console.log(`${h.name.padEnd(55)} ${pad(h.ms)} ${String(h.findings).padStart(9)}`);

// ---------------------------------------------------------------------------------------------------------------------
// Results: the details of this run, and one line of history.

const date = new Date().toISOString();
const figures = {
  connectors: rows.length,
  corpusMs: oursMs,
  floorMs,
  timesFloor: oursMs / floorMs,
  large: { name: large.name, bytes: large.bytes, parseMs: large.parseMs, validateMs: large.validateMs, bothMs: large.bothMs, checkCliMs: checkLargeMs },
  diff,
  cold: { nodeMs, versionMs, checkSmallMs, versionRatio: versionMs / nodeMs, checkRatio: checkSmallMs / nodeMs },
  recursivePeakRssMb,
  inProcessPeakRssMb,
  bundleGzipKb: bundle.gzip ? bundle.gzip / 1024 : undefined,
  ...(peers && { compare: { swaggers: peers.swaggers, oursMs: peers.ours.ms, redoclyMs: peers.redocly.ms, spectralMs: peers.spectral.ms } }),
};
const met = Object.fromEntries(targets.map((t) => [t.id, t.met]));
const machine = { node: process.version, cores: cpus().length, load: loadavg() };

mkdirSync(join(root, 'bench/results'), { recursive: true });
const out = join(root, 'bench/results', `${date.replace(/[:.]/g, '-')}.json`);
const details = { date, commit, ...machine, figures, targets, phases: { read: stats('read'), parse: stats('parse'), rules: stats('rules'), total: stats('total') }, hostile, peers, bundle, slowest: [...rows].sort((a, b) => b.total - a.total).slice(0, 5) };
writeFileSync(out, JSON.stringify(details, null, 2) + '\n');
appendFileSync(join(root, 'bench/history.jsonl'), JSON.stringify({ date, commit, ...machine, figures, met }) + '\n');
console.log(`\nwrote ${out.slice(root.length + 1)} and a line of bench/history.jsonl`);
