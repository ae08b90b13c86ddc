import type { CheckReportWriter, DiffReport, ToolInfo } from './report.js';

/**
 * The `check --format json` document, `{ tool, results: [{ folder, profile, ok, findings }] }` (a public contract),
 * folder by folder: a recursive check of hundreds of folders writes each as it is checked instead of holding tens of
 * megabytes of findings.
 */
export function jsonWriter(tool: ToolInfo): CheckReportWriter {
  let folders = 0;
  return {
    folder({ folder, profile, ok, findings }) {
      const start = folders++ === 0 ? `{\n  "tool": ${indented(tool, '  ', false)},\n  "results": [\n` : ',\n';
      return start + indented({ folder, profile, ok, findings }, '    ', true);
    },
    end: () => (folders === 0 ? JSON.stringify({ tool, results: [] }, null, 2) + '\n' : '\n  ]\n}\n'),
  };
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
