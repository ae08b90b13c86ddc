import type { CheckReport } from './report.js';

/** The `--format json` document: `{ tool, results: [{ folder, profile, ok, findings }] }`. A public contract. */
export function formatJson(report: CheckReport): string {
  const document = {
    tool: report.tool,
    results: report.results.map(({ folder, profile, ok, findings }) => ({ folder, profile, ok, findings })),
  };
  return JSON.stringify(document, null, 2) + '\n';
}
