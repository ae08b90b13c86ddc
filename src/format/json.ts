import type { CheckReport, DiffReport } from './report.js';

/** The `check --format json` document: `{ tool, results: [{ folder, profile, ok, findings }] }`. A public contract. */
export function formatJson(report: CheckReport): string {
  const document = {
    tool: report.tool,
    results: report.results.map(({ folder, profile, ok, findings }) => ({ folder, profile, ok, findings })),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

/** The `diff --format json` document: `{ tool, breaking, changes }`. A public contract. */
export function formatJsonDiff(report: DiffReport): string {
  const { tool, breaking, changes } = report;
  return JSON.stringify({ tool, breaking, changes }, null, 2) + '\n';
}
