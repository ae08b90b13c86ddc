#!/usr/bin/env node
// Bundles the core entry for browsers the way a user's bundler would, and checks the DESIGN section 8 budget: gzip
// size under 120 KB, no eval or new Function (the library must run under a strict CSP), no Node built-ins.
// Usage: node scripts/bundle-size.mjs [--entry <file>] [--limit <KB>] [--json]
// --limit: CI passes the size already reached while the bundle is over the design's 120 KB (a ratchet: it may shrink,
// never grow); without it, the design's budget applies.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

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
const report = { entry: values.entry, minified: 0, gzip: 0, limit: limitBytes, ok: false, problems: [] };

try {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [values.entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  report.minified = Buffer.byteLength(code);
  report.gzip = gzipSync(code).length;
  if (report.gzip > limitBytes) report.problems.push(`gzip size ${kb(report.gzip)} exceeds ${kb(limitBytes)}`);
  // Minified code keeps these spellings; either one would be blocked by a CSP without 'unsafe-eval'.
  if (/\beval\s*\(/.test(code)) report.problems.push('bundle calls eval(');
  if (/\bnew\s+Function\b/.test(code)) report.problems.push('bundle uses new Function');
} catch (error) {
  // With platform 'browser', an import of a Node built-in fails to resolve and lands here.
  const messages = error.errors?.map((e) => e.text) ?? [String(error)];
  report.problems.push(...messages.map((text) => `build failed: ${text}`));
}
report.ok = report.problems.length === 0;

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const sizes = `${kb(report.minified)} minified, ${kb(report.gzip)} gzip (limit ${kb(limitBytes)})`;
  console.log(`${report.entry} for the browser: ${sizes}`);
  for (const problem of report.problems) console.error(`error: ${problem}`);
}
process.exitCode = report.ok ? 0 : 1;

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
