import type { Severity } from '../core/types.js';
import type { CheckReport } from './report.js';

export interface RuleTally {
  ruleId: string;
  findings: number;
  folders: number;
}

export interface CheckTotals {
  folders: number;
  failed: number;
  counts: Record<Severity, number>;
  /** Rules by how often they fired, most first (ties by id). */
  rules: RuleTally[];
}

/** Totals over every folder of a report, for the summaries of the stylish and markdown formats. */
export function checkTotals(report: CheckReport): CheckTotals {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const tallies = new Map<string, RuleTally>();
  let failed = 0;
  for (const result of report.results) {
    if (!result.ok) failed += 1;
    const seen = new Set<string>();
    for (const finding of result.findings) {
      counts[finding.severity] += 1;
      const tally = tallies.get(finding.ruleId) ?? { ruleId: finding.ruleId, findings: 0, folders: 0 };
      tally.findings += 1;
      if (!seen.has(finding.ruleId)) tally.folders += 1;
      seen.add(finding.ruleId);
      tallies.set(finding.ruleId, tally);
    }
  }
  const rules = [...tallies.values()].sort((a, b) => b.findings - a.findings || (a.ruleId < b.ruleId ? -1 : 1));
  return { folders: report.results.length, failed, counts, rules };
}
