import type { RuleDocs } from '../src/core/rule.js';
import type { Finding, Severity } from '../src/core/types.js';

/** Share of merged connectors an error rule may fail before its page must say why it is still an error. */
export const errorShareLimit = 0.05;

export interface AuditRow {
  ruleId: string;
  severity: Severity;
  findings: number;
  /** Connectors with at least one finding of this rule at this level. */
  connectors: number;
  /** `connectors` as a share of all connectors checked. */
  share: number;
  /** An error rule over the limit whose page gives no `levelReason`. */
  unexplained: boolean;
}

export interface Audit {
  connectors: number;
  /** Connectors with no error finding. */
  passing: number;
  rows: AuditRow[];
}

/** Tallies the findings of many connectors per rule and level. */
export function auditFindings(results: ReadonlyArray<readonly Finding[]>, docs: ReadonlyMap<string, RuleDocs>): Audit {
  const rows = new Map<string, AuditRow>();
  let passing = 0;
  for (const findings of results) {
    if (!findings.some((f) => f.severity === 'error')) passing += 1;
    const seen = new Set<string>();
    for (const { ruleId, severity } of findings) {
      const key = `${ruleId}\u0000${severity}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { ruleId, severity, findings: 0, connectors: 0, share: 0, unexplained: false }));
      row.findings += 1;
      if (!seen.has(key)) row.connectors += 1;
      seen.add(key);
    }
  }
  const total = results.length;
  for (const row of rows.values()) {
    row.share = total === 0 ? 0 : row.connectors / total;
    row.unexplained = row.severity === 'error' && row.share > errorShareLimit && !docs.get(row.ruleId)?.levelReason;
  }
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...rows.values()].sort(
    (a, b) => order[a.severity] - order[b.severity] || b.connectors - a.connectors || (a.ruleId < b.ruleId ? -1 : 1),
  );
  return { connectors: total, passing, rows: sorted };
}

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;

/** The audit as a plain-text table. */
export function renderAudit(audit: Audit, label: string): string {
  const lines = [
    `${label}: ${audit.connectors} connectors, ${audit.passing} pass (${percent(audit.connectors ? audit.passing / audit.connectors : 0)})`,
    '',
    `${'rule'.padEnd(44)} ${'level'.padEnd(8)} ${'findings'.padStart(8)} ${'connectors'.padStart(10)} ${'share'.padStart(8)}`,
  ];
  for (const row of audit.rows) {
    const flag = row.unexplained ? `  over ${percent(errorShareLimit)} with no levelReason on its page` : '';
    lines.push(
      `${row.ruleId.padEnd(44)} ${row.severity.padEnd(8)} ${String(row.findings).padStart(8)} ${String(row.connectors).padStart(10)} ${percent(row.share).padStart(8)}${flag}`,
    );
  }
  const unexplained = audit.rows.filter((r) => r.unexplained);
  lines.push('', unexplained.length ? `${unexplained.length} error rule(s) need a levelReason or a lower level.` : 'Every error rule is under the limit or explains why not.');
  return lines.join('\n');
}
