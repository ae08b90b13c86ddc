import { describe, expect, it } from 'vitest';
import { format, formatNames } from '../../src/format/index.js';
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
