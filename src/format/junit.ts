import type { Finding, Severity } from '../core/types.js';
import type { Change } from '../diff/types.js';
import { diffTitle } from './operations.js';
import { locationText } from './paths.js';
import { rulesOf, type CheckReport, type DiffReport, type ReportRule } from './report.js';
import { terminalText } from './terminal-text.js';
import { xmlEscape as x } from './xml.js';
import { counted } from '../parse/wording.js';

/** One test case: a rule on one folder, failed by its error and warning findings. */
interface Case {
  rule: ReportRule;
  items: Array<{ severity: Severity; text: string }>;
}

interface Suite {
  name: string;
  properties: Record<string, string>;
  cases: Case[];
}

/**
 * JUnit XML as CI servers read it: one test suite per connector folder, one test case per rule that ran. Errors
 * and warnings fail the case; info findings go to its standard output. No timestamps: same input, same bytes.
 */
export function formatJunit(report: CheckReport): string {
  const suites = report.results.map(
    (result): Suite => ({
      name: result.folder || '.',
      properties: { profile: result.profile },
      cases: cases(rulesOf(result.rules, result.findings), result.findings, (f) => `${locationText(f.file, f.range)} ${f.message}`),
    }),
  );
  return render(report.tool.name, suites);
}

/** JUnit XML for a diff: one suite, one test case per diff check; breaking changes and warnings fail. */
export function formatJunitDiff(report: DiffReport): string {
  const name = diffTitle(report.base, report.revision) || 'diff';
  const describe = (c: Change) => {
    const at = c.revision ?? c.base;
    const where = at ? `${locationText(at.file, at.range)} ` : '';
    return `${where}${c.operationId ? `[${c.operationId}] ` : ''}${c.message}`;
  };
  return render(report.tool.name, [{ name, properties: {}, cases: cases(rulesOf(report.checks, report.changes), report.changes, describe) }]);
}

function cases<T extends Finding | Change>(rules: ReportRule[], items: readonly T[], describe: (item: T) => string): Case[] {
  const byRule = new Map<string, Case>(rules.map((rule) => [rule.id, { rule, items: [] }]));
  // One line per item in the failure text: line breaks and control characters from input are written as escapes.
  for (const item of items) byRule.get(item.ruleId)!.items.push({ severity: item.severity, text: terminalText(describe(item)) });
  return [...byRule.values()];
}

const failing = (item: { severity: Severity }) => item.severity !== 'info';

function render(toolName: string, suites: Suite[]): string {
  const failedIn = (suite: Suite) => suite.cases.filter((c) => c.items.some(failing)).length;
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + failedIn(s), 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${x(toolName)}" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">`,
  ];
  suites.forEach((suite, id) => {
    out.push(
      `  <testsuite name="${x(suite.name)}" id="${id}" tests="${suite.cases.length}" failures="${failedIn(suite)}" errors="0" skipped="0" time="0">`,
    );
    const props = Object.entries(suite.properties);
    if (props.length) {
      out.push('    <properties>');
      for (const [name, value] of props) out.push(`      <property name="${x(name)}" value="${x(value)}"/>`);
      out.push('    </properties>');
    }
    for (const c of suite.cases) out.push(...caseLines(c, suite.name));
    out.push('  </testsuite>');
  });
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function caseLines({ rule, items }: Case, classname: string): string[] {
  const open = `    <testcase name="${x(rule.id)}" classname="${x(classname)}" time="0"`;
  if (items.length === 0) return [`${open}/>`];
  const failures = items.filter(failing);
  const notes = items.filter((item) => !failing(item));
  const lines = [`${open}>`];
  if (failures.length) {
    const type = failures.some((f) => f.severity === 'error') ? 'error' : 'warning';
    const message = `${counted(failures.length, 'problem')}: ${failures[0]!.text}`;
    const body = failures.map((f) => `${f.severity}: ${f.text}`).join('\n');
    lines.push(`      <failure message="${x(message)}" type="${type}">${text(body)}</failure>`);
  }
  if (notes.length) lines.push(`      <system-out>${text(notes.map((n) => `info: ${n.text}`).join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return lines;
}

/** Element text keeps its line breaks (attribute escaping would turn them into character references). */
const text = (value: string) => x(value).replace(/&#10;/g, '\n');
