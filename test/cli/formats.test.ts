import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';
import { formatNames } from '../../src/format/index.js';
import { sarifValidator } from '../format/sarif-schema.js';
import { tables } from '../format/markdown-table.js';
import { runBuilt, runMain } from './run.js';
import { tempDir } from './temp.js';

const folders = ['examples/passing', 'examples/failing'];

describe('CLI formats on real output', () => {
  const json = runBuilt(['check', ...folders, '--format', 'json']);
  const doc = JSON.parse(json.stdout) as { results: Array<{ folder: string; ok: boolean; findings: Array<{ ruleId: string; severity: string }> }> };
  const all = doc.results.flatMap((r) => r.findings);

  it('json: one result per folder in the order given; exit 1 when a folder has errors', () => {
    expect(doc.results.map((r) => r.folder)).toEqual(folders);
    expect(json.code).toBe(doc.results.every((r) => r.ok) ? 0 : 1);
  });

  it('sarif: validates against the SARIF 2.1.0 schema and holds every finding', () => {
    const run = runBuilt(['check', ...folders, '--format', 'sarif']);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results).toHaveLength(all.length);
    const ids = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of all) expect(ids).toContain(f.ruleId);
    expect(ids.length).toBeGreaterThan(new Set(all.map((f) => f.ruleId)).size);
  });

  it('github: one command per finding, then a summary line', () => {
    const lines = runBuilt(['check', ...folders, '--format', 'github']).stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /^::(error|warning|notice) file=examples\/(passing|failing)\/[^,]+(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,title=[a-z0-9-]+::/.test(l))).toHaveLength(all.length);
    expect(lines).toHaveLength(all.length + 1);
  });

  it('junit: parses, one suite per folder, a case per rule that ran', () => {
    const xml = runBuilt(['check', ...folders, '--format', 'junit']).stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testsuite', 'testcase'].includes(n) }).parse(xml);
    const suites = parsed.testsuites.testsuite as Array<{ name: string; tests: string; failures: string; testcase: Array<{ failure?: unknown }> }>;
    expect(suites.map((s) => s.name)).toEqual(folders);
    for (const suite of suites) {
      expect(Number(suite.tests)).toBe(suite.testcase.length);
      expect(Number(suite.failures)).toBe(suite.testcase.filter((c) => c.failure).length);
    }
    const failing = doc.results[1]!.findings.filter((f) => f.severity !== 'info');
    expect(Number(suites[1]!.failures)).toBe(new Set(failing.map((f) => f.ruleId)).size);
  });

  it('markdown: well-formed tables', () => {
    const text = runBuilt(['check', ...folders, '--format', 'markdown']).stdout;
    const found = tables(text);
    expect(found[0]![0]).toEqual(['Folder', 'Result', 'Errors', 'Warnings', 'Info']);
    expect(found.slice(1).reduce((n, t) => n + t.length - 1, 0)).toBe(all.length);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const file = join(tempDir(), 'report.sarif');
    const run = runBuilt(['check', 'examples/passing', '--format', 'sarif', '--output', file]);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2.1.0');
  });
});

describe('CLI usage', () => {
  it('lists every format and option in check --help', async () => {
    const help = (await runMain(['check', '--help'])).stdout;
    for (const name of formatNames) expect(help).toContain(name);
    for (const option of ['--config', '--baseline', '--write-baseline', '--recursive', '--changed-since', '--new-only']) expect(help).toContain(option);
  });

  const mistakes: Array<[string[], string]> = [
    [['check', 'examples/passing', '--format', 'sarfi'], "Unknown format 'sarfi'; did you mean 'sarif'? Use one of stylish, json, sarif, github, junit, markdown."],
    [['check', 'examples/passing', '--profile', 'custon'], "Unknown profile 'custon'; did you mean 'custom'?"],
    [['chek', 'examples/passing'], "Unknown command 'chek'; did you mean 'check'?"],
    [['check', 'examples/passing', '--rule', `${rules[0]!.id}x=off`], `Unknown rule '${rules[0]!.id}x'; did you mean '${rules[0]!.id}'?`],
    [['check', 'examples/passing', '--bogus'], "Unknown option '--bogus'"],
    [['check', 'examples/nowhere'], "Cannot read 'examples/nowhere': no such file or folder."],
    [['check', 'examples/passing', '--jobs', '0'], "--jobs takes a whole number of threads from 1 to 256, not '0'."],
  ];
  for (const [argv, message] of mistakes) {
    it(`exits 2 with one line for: ${argv.slice(2).join(' ') || argv[0]}`, () => {
      const run = runBuilt(argv);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('--fail-on never always exits 0; --fail-on warning exits 1 on warnings', async () => {
    expect((await runMain(['check', 'examples/failing', '--fail-on', 'never', '--format', 'json'])).code).toBe(0);
    const doc = JSON.parse((await runMain(['check', 'examples/passing', '--format', 'json'])).stdout);
    const warned = doc.results[0].findings.some((f: { severity: string }) => f.severity !== 'info');
    expect((await runMain(['check', 'examples/passing', '--fail-on', 'warning', '--format', 'json'])).code).toBe(warned ? 1 : 0);
  });
});
