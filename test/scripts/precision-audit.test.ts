import { describe, expect, it } from 'vitest';
import type { RuleDocs } from '../../src/core/rule.js';
import type { Finding, Severity } from '../../src/core/types.js';
import { auditFindings, renderAudit } from '../../scripts/precision-audit.js';

const finding = (ruleId: string, severity: Severity = 'error'): Finding => ({ ruleId, severity, message: '', file: 'f', pointer: '' });
const docs = (levelReason?: string): RuleDocs => ({ rationale: '', fix: '', source: '', ...(levelReason ? { levelReason } : {}) });

describe('the precision audit', () => {
  // 20 connectors: "wide" fails 2 of them (10 %), "narrow" 1 (5 %, at the limit), "warned" is a warning on 3.
  const results: Finding[][] = Array.from({ length: 20 }, () => []);
  results[0]!.push(finding('wide'), finding('wide'), finding('narrow'));
  results[1]!.push(finding('wide'), finding('warned', 'warning'));
  results[2]!.push(finding('warned', 'warning'));
  results[3]!.push(finding('warned', 'warning'));

  it('counts findings and connectors per rule and level, and the connectors that pass', () => {
    const audit = auditFindings(results, new Map());
    expect(audit.passing).toBe(18);
    expect(audit.rows.map((r) => [r.ruleId, r.severity, r.findings, r.connectors, r.share])).toEqual([
      ['wide', 'error', 3, 2, 0.1],
      ['narrow', 'error', 1, 1, 0.05],
      ['warned', 'warning', 3, 3, 0.15],
    ]);
  });

  it('flags an error rule over 5 % only while its page gives no reason', () => {
    const flagged = (map: Map<string, RuleDocs>) => auditFindings(results, map).rows.filter((r) => r.unexplained).map((r) => r.ruleId);
    expect(flagged(new Map([['wide', docs()]]))).toEqual(['wide']);
    expect(flagged(new Map([['wide', docs('Required since 2023 (source).')]]))).toEqual([]);
    expect(renderAudit(auditFindings(results, new Map()), 'test')).toMatch(/wide .* over 5\.0 % with no levelReason/);
  });
});
