import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/format/index.js';
import { checkReport } from '../../src/format/report.js';
import { tables } from './markdown-table.js';
import { sampleCheckReport, sampleDiffReport } from './sample-reports.js';

/** GitHub renders inline HTML such as `<br>` in comments; so does this renderer. */
const md = new MarkdownIt({ html: true });

describe('markdown', () => {
  it('has an overview table and a findings table per folder with findings, in GFM table syntax', () => {
    const report = sampleCheckReport();
    const text = format(report, 'markdown');
    const [overview, findings, ...rest] = tables(text);
    expect(rest).toEqual([]);
    expect(overview![0]).toEqual(['Folder', 'Result', 'Errors', 'Warnings', 'Info']);
    expect(overview!.slice(1).map((row) => row[0])).toEqual(['`connectors/Tide, Watch: 100%`', '`connectors/clean`']);
    expect(findings![0]).toEqual(['Severity', 'Rule', 'Location', 'Message']);
    expect(findings).toHaveLength(report.results[0]!.findings.length + 1);
  });

  it('renders as HTML tables, with connector text shown as written (no markup, no HTML)', () => {
    const report = sampleCheckReport();
    const html = md.render(format(report, 'markdown'));
    expect(html.match(/<table>/g)).toHaveLength(2);
    const rows = (html.match(/<tr>/g) ?? []).length;
    expect(rows).toBe(1 + report.results.length + 1 + report.results[0]!.findings.length);
    expect(html).toContain('Title &quot;50% off&quot;, a|b: &lt;b&gt;*bold*&lt;/b&gt; &amp; `tick`<br>second line');
    expect(html).not.toContain('<b>');
    const docsUrl = report.results[0]!.findings.find((f) => f.ruleId === 'test-title')!.docsUrl!;
    expect(html).toContain(`<a href="${docsUrl}"><code>test-title</code></a>`);
  });

  it('for one folder, shows its findings table without the overview, and the checklist as task items', () => {
    const one = sampleCheckReport();
    one.results = one.results.slice(0, 1);
    one.results[0]!.manualChecks = [{ id: 'pr-title', requirement: 'The title is <Name>.' }];
    const text = format(one, 'markdown');
    expect(tables(text)).toHaveLength(1);
    expect(text).toContain('- [ ] The title is &lt;Name&gt;.');
  });

  it('folds info findings below the errors and warnings of their folder', () => {
    const report = sampleCheckReport();
    const first = report.results[0]!;
    const base = first.findings[0]!;
    first.findings.push({ ...base, ruleId: 'test-info', severity: 'info', message: 'A suggestion.' }, { ...base, ruleId: 'test-info', severity: 'info', message: 'Another.' });
    const text = format(report, 'markdown');
    const [, listed, folded] = tables(text);
    expect(listed!.slice(1).map((row) => row[0])).not.toContain('info');
    expect(folded!.slice(1).map((row) => row[3])).toEqual(['A suggestion.', 'Another.']);
    expect(text).toContain('<details>\n<summary>2 suggestions (info)</summary>\n\n| Severity |');
    const html = md.render(text);
    expect(html).toMatch(/<details>\n<summary>2 suggestions \(info\)<\/summary>\n<table>[\s\S]*A suggestion\.[\s\S]*<\/table>\n<\/details>/);
  });

  it('says when everything passed', () => {
    const clean = sampleCheckReport().results[1]!;
    const text = format(checkReport([{ folder: 'a', result: { ...clean, counts: { error: 0, warning: 0, info: 0 }, manualChecks: [] } }]), 'markdown');
    expect(text.split('\n')[0]).toBe('### \u2705 connector-certify: 0 errors, 0 warnings, 0 info in 1 folder');
  });

  it('summarises a diff by operation, then lists the changes', () => {
    const text = format(sampleDiffReport(), 'markdown');
    expect(text.split('\n')[0]).toBe('### \u274c connector-certify: 2 breaking changes, 0 warnings, 1 info');
    const [operations, changes] = tables(text);
    expect(operations).toEqual([
      ['Operation', 'Breaking', 'Warnings', 'Info'],
      ['`ListStations (GET /stations)`', '1', '0', '0'],
      ['`GetTidePredictions (GET /stations/{stationId}/tides)`', '1', '0', '0'],
      ['connection and other changes', '0', '0', '1'],
    ]);
    expect(changes).toHaveLength(4);
    expect(md.render(text).match(/<table>/g)).toHaveLength(2);
  });
});
