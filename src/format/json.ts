import type { CheckReport, DiffReport } from './report.js';

/** The `check --format json` document: `{ tool, results: [{ folder, profile, ok, findings }] }`. A public contract. */
export function formatJson(report: CheckReport): string {
  return [...formatJsonParts(report)].join('');
}

/**
 * The `check --format json` document in pieces, one per folder, that join to exactly `formatJson`'s text: a recursive
 * check of hundreds of folders writes them one by one instead of holding one string of tens of megabytes.
 */
export function* formatJsonParts(report: CheckReport): Generator<string> {
  const { tool, results } = report;
  if (results.length === 0) {
    yield JSON.stringify({ tool, results: [] }, null, 2) + '\n';
    return;
  }
  yield `{\n  "tool": ${indented(tool, '  ', false)},\n  "results": [\n`;
  for (let i = 0; i < results.length; i++) {
    const { folder, profile, ok, findings } = results[i]!;
    yield indented({ folder, profile, ok, findings }, '    ', true) + (i < results.length - 1 ? ',\n' : '\n');
  }
  yield '  ]\n}\n';
}

/** `JSON.stringify(value, null, 2)` nested at `prefix` (its text holds no raw line breaks, so lines are safe to split). */
function indented(value: unknown, prefix: string, first: boolean): string {
  const text = JSON.stringify(value, null, 2).replace(/\n/g, '\n' + prefix);
  return first ? prefix + text : text;
}

/** The `diff --format json` document: `{ tool, breaking, changes }`. A public contract. */
export function formatJsonDiff(report: DiffReport): string {
  const { tool, breaking, changes } = report;
  return JSON.stringify({ tool, breaking, changes }, null, 2) + '\n';
}
