import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/format/index.js';
import { sarifValidator } from './sarif-schema.js';
import { nasty, sampleCheckReport, sampleDiffReport } from './sample-reports.js';

const validate = sarifValidator();

const logs = {
  check: () => format(sampleCheckReport(), 'sarif'),
  diff: () => format(sampleDiffReport(), 'sarif'),
  'diff from git': () => format(sampleDiffReport('HEAD~1'), 'sarif'),
};

describe('sarif', () => {
  for (const [name, make] of Object.entries(logs)) {
    it(`${name}: validates against the SARIF 2.1.0 schema`, () => {
      const log = JSON.parse(make());
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });
  }

  it('lists each rule that ran once, with its description, help URI and level', () => {
    const log: Log = JSON.parse(logs.check());
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(['test-operation', 'test-quiet', 'test-title']);
    expect(rules[2]).toEqual({
      id: 'test-title',
      shortDescription: { text: 'The title is checked by a test rule.' },
      helpUri: 'https://example.com/test-title',
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[1]!.defaultConfiguration).toEqual({ level: 'note' });
  });

  it('gives each finding a rule, level, message and a region in a URI relative to the working folder', () => {
    const report = sampleCheckReport();
    const log: Log = JSON.parse(format(report, 'sarif'));
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(report.results[0]!.findings.length);
    const title = results.find((r) => r.ruleId === 'test-title')!;
    expect(title.level).toBe('error');
    expect(title.message.text).toBe(nasty);
    expect(log.runs[0]!.tool.driver.rules![title.ruleIndex!]!.id).toBe('test-title');
    const location = title.locations![0]!.physicalLocation!;
    expect(location.artifactLocation!.uri).toBe('connectors/Tide%2C%20Watch%3A%20100%25/apiDefinition.swagger.json');
    expect(location.region).toEqual({ startLine: 4, startColumn: 14, endLine: 4, endColumn: 25 });
    expect(title.partialFingerprints!['connectorCertify/v1']).toMatch(/^[0-9a-f]{16}$/);
  });

  it('makes absolute folders relative to the root it is given, and file URIs outside it', () => {
    const report = sampleCheckReport();
    report.results[0]!.folder = '/repo/connectors/A';
    const inside: Log = JSON.parse(format(report, 'sarif', { root: '/repo' }));
    expect(inside.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('connectors/A/apiDefinition.swagger.json');
    const outside: Log = JSON.parse(format(report, 'sarif', { root: '/elsewhere' }));
    expect(outside.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('file:///repo/connectors/A/apiDefinition.swagger.json');
  });

  it('is byte-identical for the same report', () => {
    expect(logs.check()).toBe(logs.check());
  });

  it('for a diff, lists every check that ran and places changes in the version where they exist', () => {
    const log: Log = JSON.parse(logs.diff());
    expect(log.runs[0]!.tool.driver.rules!.map((r) => r.id)).toEqual([
      'bc-description-changed',
      'bc-operation-deleted',
      'bc-param-required-added',
      'bc-response-removed',
    ]);
    const [deleted, added, info] = log.runs[0]!.results!;
    expect(deleted!.level).toBe('error');
    expect(deleted!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('old/Tidewatch/apiDefinition.swagger.json');
    expect(added!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('new/Tidewatch/apiDefinition.swagger.json');
    expect(info!.level).toBe('note');
    expect(added!.properties).toEqual({ level: 'breaking', operationId: 'GetTidePredictions' });
  });

  it('for a diff against a git revision, shows deleted things on the new file without a region', () => {
    const log: Log = JSON.parse(logs['diff from git']());
    const location = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!;
    expect(location.artifactLocation!.uri).toBe('new/Tidewatch/apiDefinition.swagger.json');
    expect(location.region).toBeUndefined();
  });
});
