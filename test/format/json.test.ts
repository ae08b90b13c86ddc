import { describe, expect, it } from 'vitest';
import { checkReportWriter, format, formatNames, type FormatName, type FormatOptions } from '../../src/format/index.js';
import type { CheckReport } from '../../src/format/report.js';
import { sampleCheckReport, sampleDiffReport } from './sample-reports.js';

describe('json', () => {
  it('keeps the public check document shape, without sources or rule lists', () => {
    const report = sampleCheckReport({ sources: true });
    const doc = JSON.parse(format(report, 'json'));
    expect(Object.keys(doc)).toEqual(['tool', 'results']);
    expect(Object.keys(doc.tool)).toEqual(['name', 'version']);
    for (const result of doc.results) expect(Object.keys(result)).toEqual(['folder', 'profile', 'ok', 'findings']);
    expect(doc.results[0].findings).toEqual(report.results[0]!.findings);
  });

  it('keeps the public diff document shape', () => {
    const doc = JSON.parse(format(sampleDiffReport(), 'json'));
    expect(Object.keys(doc)).toEqual(['tool', 'breaking', 'changes']);
  });

  it('refuses an unknown format name', () => {
    expect(() => format(sampleCheckReport(), 'xml' as never)).toThrow(`Unknown format 'xml'; use one of ${formatNames.join(', ')}.`);
  });
});

describe('check reports folder by folder', () => {
  const piecesOf = (report: CheckReport, name: FormatName, options: FormatOptions = {}) => {
    const writer = checkReportWriter(name, options);
    return [...report.results.map((result) => writer.folder(result)), writer.end()];
  };

  it('joins json to the document JSON.stringify writes, one piece per folder', () => {
    const sample = sampleCheckReport({ sources: true });
    const result = sample.results[0]!;
    const tricky = { ...result, folder: 'a\nb "quoted" ✓', findings: [...result.findings, { ...result.findings[0]!, message: 'line\nbreak\ttab' }] };
    for (const results of [[], [result], [result, tricky, { ...result, findings: [] }]]) {
      const report = { ...sample, results };
      const whole = JSON.stringify({ tool: report.tool, results: results.map(({ folder, profile, ok, findings }) => ({ folder, profile, ok, findings })) }, null, 2) + '\n';
      const parts = piecesOf(report, 'json');
      expect(parts.join('')).toBe(whole);
      expect(format(report, 'json')).toBe(whole);
      expect(parts).toHaveLength(results.length + 1);
      expect(parts.slice(0, -1).every((part) => part.length > 0)).toBe(true);
    }
  });

  it('gives stylish a piece per folder that joins to the whole text, summaries last', () => {
    const sample = sampleCheckReport({ sources: true });
    const second = { ...sample.results[0]!, folder: 'connectors/Second', ok: true, findings: sample.results[0]!.findings.filter((f) => f.severity !== 'error') };
    const report = { ...sample, results: [sample.results[0]!, second] };
    for (const options of [{}, { quiet: true }, { showInfo: true }, { color: true }]) {
      const parts = piecesOf(report, 'stylish', options);
      expect(parts.join('')).toBe(format(report, 'stylish', options));
      expect(parts[0]).toContain(sample.results[0]!.folder);
      expect(parts[0]).not.toContain('Summary');
      expect(parts.at(-1)).toContain('Summary');
    }
  });

  it('gives the other formats whole at the end', () => {
    const report = sampleCheckReport({ sources: true });
    for (const name of ['sarif', 'github', 'junit', 'markdown'] as const) {
      const parts = piecesOf(report, name);
      expect(parts.slice(0, -1).every((part) => part === '')).toBe(true);
      expect(parts.at(-1)).toBe(format(report, name));
    }
  });
});
