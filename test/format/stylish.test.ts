import { describe, expect, it } from 'vitest';
import { format } from '../../src/format/index.js';
import { codeFrame } from '../../src/format/code-frame.js';
import { parseConnector, validateConnector, type TextFile } from '../../src/index.js';
import { sampleCheckReport, sampleDiffReport } from './sample-reports.js';

/** Adds info findings: two of one rule in the first folder, one of another in the clean folder. */
function withInfo(report: ReturnType<typeof sampleCheckReport>) {
  const [first, clean] = report.results;
  const base = first!.findings[0]!;
  const info = (ruleId: string, n: number) => ({ ...base, ruleId, severity: 'info' as const, message: `Suggestion number ${n}.` });
  first!.findings.push(info('test-info', 1), info('test-info', 2));
  clean!.findings = [info('test-other', 3)];
  return report;
}

const range = (text: string, offset: number, length: number) => (parseConnector({ 'a.txt': text }).files[0] as TextFile).rangeOf(offset, length);

describe('code frame', () => {
  it('shows the line with a caret under the range', () => {
    const text = '{\n  "title": "TODO",\n}';
    const offset = text.indexOf('"TODO"');
    expect(codeFrame(text, range(text, offset, 6))).toEqual(['2 |   "title": "TODO",', '  |            ^^^^^^']);
  });

  it('carets to the end of the line for a range over several lines, and at least one', () => {
    const text = 'ab\ncdef\ngh';
    expect(codeFrame(text, range(text, 4, 5))[1]).toBe('  |  ^^^');
    expect(codeFrame(text, range(text, 4, 0))[1]).toBe('  |  ^');
  });

  it('keeps the caret under its column on a long line, and tabs aligned', () => {
    const text = `${'x'.repeat(5000)}"bad"${'y'.repeat(5000)}`;
    const [line, carets] = codeFrame(text, range(text, 5000, 5));
    expect(line!.length).toBeLessThan(120);
    expect(line!.slice(carets!.indexOf('^'), carets!.indexOf('^') + 5)).toBe('"bad"');
    const tabbed = '\t\t"x"';
    const [l2, c2] = codeFrame(tabbed, range(tabbed, 2, 3));
    expect(l2!.slice(c2!.indexOf('^'), c2!.lastIndexOf('^') + 1)).toBe('"x"');
  });

  it('stars exactly the secret, past the characters its message shows, and nothing around it', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.payload';
    const text = `"token": "${token}", "next": 1`;
    const at = range(text, 10, token.length);
    expect(codeFrame(text, at, [{ offset: 10, length: token.length }])[0]).toBe(`1 | "token": "eyJh${'*'.repeat(token.length - 4)}", "next": 1`);
    // A short secret shows a quarter of itself, as maskSecret does in the message.
    expect(codeFrame('pw=abcdefgh;', range('pw=abcdefgh;', 0, 2), [{ offset: 3, length: 8 }])[0]).toBe('1 | pw=ab******;');
  });

  it('shows control characters of the source as visible single characters, the caret still under its column', () => {
    const text = 'a\u001b]0;x\u0007\u0000\u009b"bad"';
    const [line, carets] = codeFrame(text, range(text, text.indexOf('"bad"'), 5));
    expect(line).toBe('1 | a\u241b]0;x\u2407\u2400\ufffd"bad"');
    expect(line!.slice(carets!.indexOf('^'), carets!.lastIndexOf('^') + 1)).toBe('"bad"');
  });

  it('gives no frame when the range does not fit the text', () => {
    const text = 'short';
    expect(codeFrame(text, { start: { line: 3, column: 9, offset: 40 }, end: { line: 3, column: 10, offset: 41 } })).toEqual([]);
    expect(codeFrame('ab\ncd', { start: { line: 2, column: 3, offset: 1 }, end: { line: 2, column: 4, offset: 2 } })).toEqual([]);
  });
});

describe('stylish', () => {
  it('shows a code frame under each finding when the source is in the report', () => {
    const withSource = format(sampleCheckReport({ sources: true }), 'stylish');
    expect(withSource).toContain('4:14   error    Title "50% off"');
    expect(withSource).toContain('    4 |     "title": "Tidewatch",\n      |              ^^^^^^^^^^^');
    expect(format(sampleCheckReport(), 'stylish')).not.toContain('|              ^');
  });

  it('never shows the secret a secret rule found, in any frame of the file, and keeps the quotes', () => {
    const report = sampleCheckReport({ sources: true });
    const findings = report.results[0]!.findings;
    const title = findings.find((f) => f.ruleId === 'test-title')!;
    findings.push({ ...title, ruleId: 'artifact-no-secrets', message: 'A token.' });
    const text = format(report, 'stylish');
    expect(text).not.toContain('Tidewatch');
    expect(text).toContain('4 |     "title": "Ti*******",');
  });

  it('ends a run over several folders with a summary table and the rules that fired most', () => {
    const report = sampleCheckReport();
    const text = format(report, 'stylish');
    const operations = report.results[0]!.findings.filter((f) => f.ruleId === 'test-operation').length;
    expect(text).toContain('Summary\n  folders   2 checked, 1 passed, 1 failed\n  errors    1\n');
    expect(text).toMatch(new RegExp(`Rules that fired most\\n  test-operation  ${operations}  in 1 folder\\n  test-title      1  in 1 folder\\n`));
  });

  it('has no colour unless asked, and ANSI codes when asked', () => {
    expect(format(sampleCheckReport(), 'stylish')).not.toContain('\u001b[');
    expect(format(sampleCheckReport(), 'stylish', { color: true })).toContain('\u001b[31m');
  });

  it('counts info findings per rule by default, with a hint, and never calls a pass "problems"', () => {
    const report = withInfo(sampleCheckReport());
    const text = format(report, 'stylish');
    expect(text).not.toContain('Suggestion number');
    expect(text).toContain('Suggestions (info), counted per rule:\n  test-info   2\n  test-other  1\n');
    expect(text).toContain('\u2716 1 of 2 folders failed: 1 error, 2 warnings; 3 suggestions (info) hidden, --show-info to list them\n');
    expect(text).toMatch(/  info      3 \(hidden\)\n/);
    expect(text).not.toMatch(/problem/);
    const passing = { ...report, results: [report.results[1]!] };
    expect(format(passing, 'stylish')).toContain('\u2714 passed: 0 errors, 0 warnings; 1 suggestion (info) hidden, --show-info to list them');
  });

  it('lists info findings with showInfo', () => {
    const text = format(withInfo(sampleCheckReport()), 'stylish', { showInfo: true });
    expect(text.match(/Suggestion number/g)).toHaveLength(3);
    expect(text).not.toContain('counted per rule');
    expect(text).toContain('\u2716 1 of 2 folders failed: 1 error, 2 warnings, 3 suggestions (info)\n');
  });

  it('with quiet, lists errors only, leaves the checklist out and says what it hid', () => {
    const report = withInfo(sampleCheckReport());
    report.results[0]!.manualChecks = [{ id: 'pr-title', requirement: 'The title is right.' }];
    const text = format(report, 'stylish', { quiet: true });
    expect(text).toContain('test-title');
    expect(text).not.toMatch(/warning  |Suggestion|The title is right|counted per rule/);
    expect(text).toContain('\u2716 1 of 2 folders failed: 1 error; 2 warnings, 3 suggestions (info) and the manual checklist hidden by --quiet\n');
    expect(text).toMatch(/  warnings  2 \(hidden\)\n/);
    const clean = { ...report, results: [{ ...report.results[1]!, findings: [] }] };
    expect(format(clean, 'stylish', { quiet: true }).trimEnd()).toBe('\u2714 passed: 0 errors; the manual checklist hidden by --quiet');
    clean.results[0]!.manualChecks = [];
    expect(format(clean, 'stylish', { quiet: true }).trimEnd()).toBe('\u2714 passed: 0 errors');
  });

  it('formats a bare ValidationResult', () => {
    const result = validateConnector(parseConnector({ 'apiDefinition.swagger.json': '{' }));
    expect(format(result, 'stylish')).toContain('apiDefinition.swagger.json');
  });

  it('groups a diff by operation, with a summary', () => {
    const report = sampleDiffReport();
    report.revision!.sources = { 'apiDefinition.swagger.json': '{\n  "alpha": 1,\n  "parameter": 1\n}' };
    const text = format(report, 'stylish');
    expect(text.split('\n').slice(0, 4)).toEqual([
      'old/Tidewatch \u2192 new/Tidewatch',
      '',
      'ListStations (GET /stations)',
      "  breaking  Operation 'ListStations' was deleted: flows that use it break.  bc-operation-deleted",
    ]);
    expect(text).toContain('    3 |   "parameter": 1\n      |            ^^^^^\n');
    expect(text.trimEnd().split('\n').at(-1)).toBe('\u2716 2 breaking changes, 0 warnings, 1 info');
  });

  it('with quiet, lists a diff\'s breaking changes only and says what it hid', () => {
    const text = format(sampleDiffReport(), 'stylish', { quiet: true });
    expect(text).not.toContain('bc-description-changed');
    expect(text).toContain('bc-operation-deleted');
    expect(text.trimEnd().split('\n').at(-1)).toBe('\u2716 2 breaking changes; 1 info hidden by --quiet');
  });
});
