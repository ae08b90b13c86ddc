import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/format/index.js';
import { nasty, sampleCheckReport, sampleDiffReport } from './sample-reports.js';

const parser = new XMLParser({ htmlEntities: true, ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) });

interface TestCase {
  name: string;
  classname: string;
  failure?: { '#text': string; message: string; type: string };
  'system-out'?: string;
}

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).testsuites as Record<string, string> & {
    testsuite: Array<Record<string, string> & { testcase: TestCase[] }>;
  };
}

/** The structure CI servers read (Ant/Jenkins JUnit schema): attribute counts equal to the elements they count. */
function expectConsistent(root: ReturnType<typeof parse>) {
  let tests = 0;
  let failures = 0;
  for (const suite of root.testsuite) {
    for (const key of ['name', 'tests', 'failures', 'errors', 'skipped', 'time']) expect(suite).toHaveProperty(key);
    const failed = suite.testcase.filter((c) => c.failure).length;
    expect(Number(suite.tests)).toBe(suite.testcase.length);
    expect(Number(suite.failures)).toBe(failed);
    expect(Number(suite.errors)).toBe(0);
    tests += suite.testcase.length;
    failures += failed;
    for (const c of suite.testcase) {
      expect(c.name).toBeTruthy();
      expect(c.classname).toBe(suite.name);
    }
  }
  expect(Number(root.tests)).toBe(tests);
  expect(Number(root.failures)).toBe(failures);
}

describe('junit', () => {
  it('is well-formed XML with one suite per folder and one case per rule that ran', () => {
    const report = sampleCheckReport();
    const root = parse(format(report, 'junit'));
    expectConsistent(root);
    expect(root.testsuite.map((s) => s.name)).toEqual(report.results.map((r) => r.folder));
    for (const suite of root.testsuite) expect(suite.testcase.map((c) => c.name)).toEqual(['test-operation', 'test-quiet', 'test-title']);
  });

  it('fails the cases of rules with error or warning findings, one line each, line breaks escaped', () => {
    const report = sampleCheckReport();
    const [first, clean] = parse(format(report, 'junit')).testsuite;
    const byName = Object.fromEntries(first!.testcase.map((c) => [c.name, c]));
    expect(byName['test-title']!.failure!.type).toBe('error');
    expect(byName['test-title']!.failure!['#text']).toContain(nasty.replace('\r\n', '\\r\\n'));
    const operations = report.results[0]!.findings.filter((f) => f.ruleId === 'test-operation').length;
    expect(byName['test-operation']!.failure!.type).toBe('warning');
    expect(byName['test-operation']!.failure!.message).toMatch(new RegExp(`^${operations} problems: `));
    expect(byName['test-quiet']!.failure).toBeUndefined();
    expect(clean!.testcase.every((c) => !c.failure)).toBe(true);
    expect(first!.failures).toBe('2');
  });

  it('replaces characters XML cannot hold', () => {
    const report = sampleCheckReport();
    report.results[0]!.findings[0]!.message = 'bell\u0007 nul\u0000 lone\ud800 ok\ud83d\ude00';
    const xml = format(report, 'junit');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('bell\\x07 nul\\x00 lone\ufffd ok\ud83d\ude00');
  });

  it('renders a diff as one suite whose breaking and warning changes fail', () => {
    const root = parse(format(sampleDiffReport(), 'junit'));
    expectConsistent(root);
    expect(root.testsuite).toHaveLength(1);
    const cases = Object.fromEntries(root.testsuite[0]!.testcase.map((c) => [c.name, c]));
    expect(Object.keys(cases)).toEqual(['bc-description-changed', 'bc-operation-deleted', 'bc-param-required-added', 'bc-response-removed']);
    expect(cases['bc-operation-deleted']!.failure).toBeDefined();
    expect(cases['bc-description-changed']!.failure).toBeUndefined();
    expect(cases['bc-description-changed']!['system-out']).toContain('info: ');
  });
});
