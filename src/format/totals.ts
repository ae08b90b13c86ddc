import type { Finding, Severity } from '../core/types.js';

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

/** What the totals read of a folder's result. */
export interface TalliedFolder {
  ok: boolean;
  findings: ReadonlyArray<Pick<Finding, 'severity' | 'ruleId'>>;
}

/** Totals over every folder of a report, for the summaries of the stylish, markdown and github formats. */
export function checkTotals({ results }: { results: readonly TalliedFolder[] }): CheckTotals {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const tallies = new Map<string, RuleTally>();
  let failed = 0;
  for (const result of results) {
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
  return { folders: results.length, failed, counts, rules };
}
