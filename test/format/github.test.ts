import { describe, expect, it } from 'vitest';
import { format } from '../../src/format/index.js';
import { escapeData, escapeProperty } from '../../src/format/github.js';
import { sampleCheckReport, sampleDiffReport } from './sample-reports.js';

/** Reverses GitHub's escaping, as the runner does when it reads a workflow command. */
const unescape = (text: string) => text.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');

/** Splits a workflow command into its name, properties and message. */
function parse(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const props = Object.fromEntries(match[2]!.split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]));
  return { command: match[1], props, message: unescape(match[3]!) };
}

describe('github', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,) as GitHub documents', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab%3A c%2C d');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('writes one annotation per finding, with file, range, rule id as title, and round-trips the text', () => {
    const report = sampleCheckReport();
    const lines = format(report, 'github').trimEnd().split('\n');
    const findings = report.results.flatMap((r) => r.findings.map((f) => ({ ...f, folder: r.folder })));
    const commands = lines.filter((line) => line.startsWith('::'));
    expect(commands).toHaveLength(findings.length);
    commands.forEach((line, i) => {
      expect(line).not.toMatch(/[\r\n]/);
      const { command, props, message } = parse(line);
      const f = findings[i]!;
      expect(command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[f.severity]);
      expect(props.file).toBe(`${f.folder}/${f.file}`);
      expect(props.title).toBe(f.ruleId);
      expect(message).toBe(f.message);
      expect(props.line).toBe(String(f.range!.start.line));
      expect(props.col).toBe(String(f.range!.start.column));
      expect(props.endLine).toBe(String(f.range!.end.line));
    });
    expect(lines.at(-1)).toMatch(/^connector-certify: \d+ errors?, \d+ warnings?, \d+ info in 2 folders$/);
  });

  it('escapes the folder name in the file property', () => {
    const line = format(sampleCheckReport(), 'github').split('\n')[0]!;
    expect(line).toContain('file=connectors/Tide%2C Watch%3A 100%25/apiDefinition.swagger.json,');
  });

  it('marks the title finding with the exact escaped message', () => {
    const title = format(sampleCheckReport(), 'github').split('\n').find((l) => l.includes('title=test-title'))!;
    expect(title).toBe(
      '::error file=connectors/Tide%2C Watch%3A 100%25/apiDefinition.swagger.json,line=4,col=14,endLine=4,endColumn=24,title=test-title::Title "50%25 off", a|b: <b>*bold*</b> & `tick`%0D%0Asecond line',
    );
  });

  it('annotates a diff on the version where each change exists', () => {
    const lines = format(sampleDiffReport(), 'github').trimEnd().split('\n');
    expect(parse(lines[0]!)).toMatchObject({ command: 'error', props: { file: 'old/Tidewatch/apiDefinition.swagger.json', title: 'bc-operation-deleted' } });
    expect(parse(lines[1]!).props.file).toBe('new/Tidewatch/apiDefinition.swagger.json');
    expect(parse(lines[2]!).command).toBe('notice');
    expect(lines[3]).toBe('connector-certify: 2 breaking changes, 0 warnings, 1 info');
  });
});
