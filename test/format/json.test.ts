import { describe, expect, it } from 'vitest';
import { format, formatNames, formatParts } from '../../src/format/index.js';
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

describe('json in pieces', () => {
  it('joins to the document JSON.stringify writes, one piece per folder', () => {
    const sample = sampleCheckReport({ sources: true });
    const result = sample.results[0]!;
    const tricky = { ...result, folder: 'a\nb "quoted" ✓', findings: [...result.findings, { ...result.findings[0]!, message: 'line\nbreak\ttab' }] };
    for (const results of [[], [result], [result, tricky, { ...result, findings: [] }]]) {
      const report = { ...sample, results };
      const whole = JSON.stringify({ tool: report.tool, results: results.map(({ folder, profile, ok, findings }) => ({ folder, profile, ok, findings })) }, null, 2) + '\n';
      const parts = [...formatParts(report, 'json')];
      expect(parts.join('')).toBe(whole);
      expect(format(report, 'json')).toBe(whole);
      expect(parts).toHaveLength(results.length === 0 ? 1 : results.length + 2);
    }
  });

  it('gives other formats and diff reports whole', () => {
    expect([...formatParts(sampleCheckReport(), 'stylish', { color: false })]).toEqual([format(sampleCheckReport(), 'stylish', { color: false })]);
    expect([...formatParts(sampleDiffReport(), 'json')]).toEqual([format(sampleDiffReport(), 'json')]);
  });
});
