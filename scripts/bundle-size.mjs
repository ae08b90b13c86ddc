#!/usr/bin/env node
// Bundles the core entry for browsers the way a user's bundler would, and checks the DESIGN section 8 budget: gzip
// size under 120 KB, no eval or new Function (the library must run under a strict CSP), no Node built-ins. The diff
// entry (`connector-certify/diff`) is bundled and checked the same way; its size is printed, with no budget of its
// own (DESIGN 8 budgets the core entry only).
// Usage: node scripts/bundle-size.mjs [--entry <file>] [--limit <KB>] [--json]
// --limit: the core entry's budget in KB, the design's 120 by default.
// --json: the core entry's figures at the top level (its `ok` and `problems` too), the diff entry's under `diff`; the
// exit status is 1 when either has a problem.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const diffEntry = 'src/diff/index.ts';

const { values } = parseArgs({
  options: {
    entry: { type: 'string', default: 'src/index.ts' },
    limit: { type: 'string', default: '120' },
    json: { type: 'boolean', default: false },
  },
});

const limitBytes = Math.round(Number(values.limit) * 1024);
if (!(limitBytes > 0)) throw new Error(`--limit takes a size in KB, not '${values.limit}'.`);

// Sizes in bytes.
const report = { ...(await measure(values.entry, limitBytes)), diff: await measure(diffEntry) };

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const { entry, minified, gzip, limit, problems } of [report, report.diff]) {
    const budget = limit === undefined ? 'no budget' : `limit ${kb(limit)}`;
    console.log(`${entry} for the browser: ${kb(minified)} minified, ${kb(gzip)} gzip (${budget})`);
    for (const problem of problems) console.error(`error: ${entry}: ${problem}`);
  }
}
process.exitCode = report.ok && report.diff.ok ? 0 : 1;

/** One entry bundled and checked; `limit` in bytes, or none. */
async function measure(entry, limit) {
  const figures = { entry, minified: 0, gzip: 0, ...(limit !== undefined && { limit }), ok: false, problems: [] };
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    figures.minified = Buffer.byteLength(code);
    figures.gzip = gzipSync(code).length;
    if (limit !== undefined && figures.gzip > limit) figures.problems.push(`gzip size ${kb(figures.gzip)} exceeds ${kb(limit)}`);
    // Minified code keeps these spellings; either one would be blocked by a CSP without 'unsafe-eval'.
    if (/\beval\s*\(/.test(code)) figures.problems.push('bundle calls eval(');
    if (/\bnew\s+Function\b/.test(code)) figures.problems.push('bundle uses new Function');
  } catch (error) {
    // With platform 'browser', an import of a Node built-in fails to resolve and lands here.
    const messages = error.errors?.map((e) => e.text) ?? [String(error)];
    figures.problems.push(...messages.map((text) => `build failed: ${text}`));
  }
  figures.ok = figures.problems.length === 0;
  return figures;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
