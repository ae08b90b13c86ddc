// The benchmark (DESIGN 8): validates every corpus connector in one process and reports timings and memory.
// Not a test: it prints a table, writes bench/results/<date>.json, and marks each target met or not.
// Run through tsx (npm run bench) so that it can share the hostile inputs of the tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const corpus = resolve(root, process.env.CONNECTOR_CORPUS ?? '../shared/corpus', 'independent-publisher-connectors');
const lib = await import(join(root, 'dist/index.js'));

function readFolder(dir) {
  const files = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isFile()) files[entry.name] = readFileSync(join(dir, entry.name));
  return files;
}

const folders = readdirSync(corpus).sort().map((name) => ({ name, dir: join(corpus, name, 'latest') }));
const inputs = folders.map((f) => ({ ...f, files: readFolder(f.dir) }));
const sizeOf = (files) => Object.values(files).reduce((sum, bytes) => sum + bytes.length, 0);

// One warm-up pass so the JIT state is comparable between runs.
for (const { files } of inputs.slice(0, 20)) lib.validateConnector(lib.parseConnector(files));

let peakRss = process.memoryUsage().rss;
const samplePeak = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const rows = [];
const start = performance.now();
for (const { name, files } of inputs) {
  const t0 = performance.now();
  const input = lib.parseConnector(files);
  const t1 = performance.now();
  lib.validateConnector(input);
  const t2 = performance.now();
  rows.push({ name, bytes: sizeOf(files), parse: t1 - t0, rules: t2 - t1, total: t2 - t0 });
  samplePeak();
}
const wholeCorpus = performance.now() - start;
const corpusPeakRss = peakRss;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const stats = (key) => ({ p50: quantile(rows.map((r) => r[key]), 0.5), p90: quantile(rows.map((r) => r[key]), 0.9), max: Math.max(...rows.map((r) => r[key])) });
const largest = [...rows].sort((a, b) => b.bytes - a.bytes)[0];

// Cold start: a fresh process imports the library and validates the small passing example.
const coldScript = `const t=performance.now();const l=await import(${JSON.stringify(join(root, 'dist/index.js'))});` +
  `const fs=await import('node:fs');const d=${JSON.stringify(join(root, 'examples/passing'))};const f={};` +
  `for(const n of fs.readdirSync(d))f[n]=fs.readFileSync(d+'/'+n);l.validateConnector(l.parseConnector(f));console.log(performance.now()-t)`;
const coldRuns = [0, 1, 2].map(() => Number(execFileSync(process.execPath, ['--input-type=module', '-e', coldScript]).toString()));
const coldStart = Math.min(...coldRuns);

// Diff phase: the largest connector that has a previous revision, its last two revisions.
let diff;
if (typeof lib.diffConnectors === 'function') {
  const withHistory = [...rows]
    .sort((a, b) => b.bytes - a.bytes)
    .map(({ name }) => ({ name, dir: join(corpus, name, 'history') }))
    .find(({ dir }) => existsSync(dir) && readdirSync(dir).length > 1);
  if (withHistory) {
    const [previous, last] = readdirSync(withHistory.dir).sort().slice(-2);
    const read = (revision) => lib.parseConnector({ 'apiDefinition.swagger.json': readFileSync(join(withHistory.dir, revision, 'apiDefinition.swagger.json')) });
    const base = read(previous);
    const revision = read(last);
    lib.diffConnectors(base, revision);
    const t0 = performance.now();
    const result = lib.diffConnectors(base, revision);
    diff = { connector: withHistory.name, base: previous, revision: last, bytes: revision.files[0].size, ms: performance.now() - t0, changes: result.changes.length };
  }
}

// Hostile inputs: each must finish, in a bounded time, with findings rather than a crash.
const { hostileInputs } = await import('../test/hardening/hostile-inputs.ts');
const hostile = hostileInputs.map(({ name, files }) => {
  const built = files();
  const t0 = performance.now();
  const result = lib.validateConnector(lib.parseConnector(built));
  samplePeak();
  return { name, ms: performance.now() - t0, findings: result.findings.length };
});

// Peers, on request: the same swagger files through Spectral and Redocly (swagger only: that is all they read).
let peers;
if (process.argv.includes('--compare')) {
  // Spectral and Redocly are no devDependencies: `npm run bench:compare` installs them for the run.
  const { comparePeers } = await import('./compare.mjs').catch((error) => {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('bench --compare needs Spectral and Redocly: run `npm run bench:compare`, which installs them for the run.');
    process.exit(2);
  });
  const swaggers = [];
  for (const { name, files } of inputs) {
    const entry = Object.entries(files).find(([file]) => file.toLowerCase().endsWith('.swagger.json'));
    if (entry) swaggers.push({ name, text: new TextDecoder().decode(entry[1]).replace(/^\uFEFF/, ''), files: { [entry[0]]: entry[1] } });
  }
  const ours = { ms: 0, problems: 0 };
  const t0 = performance.now();
  for (const { files } of swaggers) ours.problems += lib.validateConnector(lib.parseConnector(files)).findings.length;
  ours.ms = performance.now() - t0;
  peers = { swaggers: swaggers.length, ours: { tool: 'connector-certify', rules: lib.rules.length, ...ours }, others: await comparePeers(swaggers) };
}

let bundle;
if (existsSync(join(root, 'scripts/bundle-size.mjs'))) {
  try {
    bundle = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/bundle-size.mjs'), '--json']).toString());
  } catch (error) {
    // The script exits 1 over budget but still prints its figures.
    bundle = error.stdout?.length ? JSON.parse(error.stdout.toString()) : { error: String(error.message).split('\n')[0] };
  }
}

const mb = (bytes) => (bytes / 1048576).toFixed(1);
const ms = (value) => value.toFixed(1).padStart(8);
const targets = [
  ['whole corpus', wholeCorpus, 4000],
  [`largest connector (${largest.name}, ${mb(largest.bytes)} MB)`, largest.total, 150],
  ['median connector', stats('total').p50, 10],
  ['peak memory over the corpus (MB)', corpusPeakRss / 1048576, 400],
  ['cold start', coldStart, 150],
  ...(diff ? [[`diff ${diff.connector} ${diff.base} → ${diff.revision} (${mb(diff.bytes)} MB)`, diff.ms, 200]] : []),
  ...(bundle?.gzip ? [['core bundle, gzip (KB)', bundle.gzip / 1024, 120]] : []),
];

console.log(`connector-certify benchmark: ${rows.length} connectors, ${mb(rows.reduce((s, r) => s + r.bytes, 0))} MB, node ${process.version}\n`);
console.log('phase           p50 ms   p90 ms   max ms');
for (const key of ['parse', 'rules', 'total']) {
  const s = stats(key);
  console.log(`${key.padEnd(12)}${ms(s.p50)} ${ms(s.p90)} ${ms(s.max)}`);
}
console.log('\ntarget                                                   measured    limit  met');
for (const [label, value, limit] of targets) {
  console.log(`${label.padEnd(55)} ${value.toFixed(1).padStart(9)} ${String(limit).padStart(8)}  ${value < limit ? 'yes' : 'NO'}`);
}

console.log('\nhostile input                                               ms  findings');
for (const h of hostile) console.log(`${h.name.padEnd(55)} ${h.ms.toFixed(1).padStart(9)} ${String(h.findings).padStart(9)}`);

if (peers) {
  console.log(`\nsame ${peers.swaggers} swagger files, one process          rules    total ms  findings  threw on  time vs ours`);
  for (const row of [peers.ours, ...peers.others]) {
    const cells = [String(row.rules).padStart(6), row.ms.toFixed(0).padStart(10), String(row.problems).padStart(9), String(row.threw ?? 0).padStart(9)];
    console.log(`${row.tool.padEnd(50)} ${cells.join(' ')} ${(row.ms / peers.ours.ms).toFixed(1).padStart(12)}x`);
  }
}

const result = {
  date: new Date().toISOString(),
  node: process.version,
  connectors: rows.length,
  wholeCorpusMs: wholeCorpus,
  phases: { parse: stats('parse'), rules: stats('rules'), total: stats('total') },
  largest: { name: largest.name, bytes: largest.bytes, ms: largest.total },
  corpusPeakRssMb: corpusPeakRss / 1048576,
  peakRssWithHostileMb: peakRss / 1048576,
  coldStartMs: coldStart,
  diff,
  bundle,
  hostile,
  peers,
  targets: targets.map(([label, value, limit]) => ({ label, value, limit, met: value < limit })),
  slowest: [...rows].sort((a, b) => b.total - a.total).slice(0, 5),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
const out = join(root, 'bench/results', `${result.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(`\nwrote ${out.slice(root.length + 1)}`);
