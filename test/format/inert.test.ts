import { XMLValidator } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { defineRule, everywhere, parseConnector, validateConnector } from '../../src/index.js';
import { format, formatNames } from '../../src/format/index.js';
import { checkReport, diffReport } from '../../src/format/report.js';
import { exampleFiles } from './sample-reports.js';

/** A window-title OSC, a clear screen, a carriage return, NUL, C1 CSI, a bidi override and a workflow command. */
const evil = 'Tide\u001b]0;pwned\u0007\u001b[2J\u001b[H\rX\u0000\u009b31m\u202e\n::error file=x::pwned';
const folder = 'con``nec`tors/\u001b[31mred\n::warning::folder';

/** Quotes the title, as built-in rules quote operationIds, so the hostile text reaches every format's message. */
const quoteTitle = defineRule({
  meta: {
    id: 'test-quote-title',
    area: 'title',
    description: 'Quotes the title.',
    severity: everywhere('error'),
    messages: { quote: "Title '{title}'." },
  },
  create: (context) => ({
    apiDefinition: ({ value }) => {
      const info = value.info as { title?: unknown } | undefined;
      context.report({ messageId: 'quote', pointer: '/info/title', data: { title: String(info?.title) } });
    },
  }),
});

const readmeFirstLine = defineRule({
  meta: { id: 'test-readme-line', area: 'readme', description: 'Points at the readme heading.', severity: everywhere('warning'), messages: { here: 'Here.' } },
  create: (context) => ({ file: ({ file }) => (file.name === 'readme.md' ? context.report({ messageId: 'here', pointer: '', span: { line: 1 } }) : undefined) }),
});

function hostileReport() {
  const files = exampleFiles();
  const swagger = JSON.parse(files['apiDefinition.swagger.json']!);
  swagger.info.title = evil;
  const [firstPath] = Object.values(swagger.paths as Record<string, Record<string, { operationId: string }>>);
  Object.values(firstPath!)[0]!.operationId = `List${evil}`;
  files['apiDefinition.swagger.json'] = JSON.stringify(swagger, null, 2);
  // Raw control characters in a text file reach code frames as they are.
  files['readme.md'] = `# \u001b]0;pwned\u0007\u001b[2J Tidewatch\n${files['readme.md']!.slice(files['readme.md']!.indexOf('\n') + 1)}`;
  const result = validateConnector(parseConnector(files), { extraRules: [quoteTitle, readmeFirstLine] });
  return checkReport([{ folder, result, sources: files }]);
}

/** Our own SGR colour codes, the only escape sequences stylish may print. */
const ownColours = /\u001b\[\d+m/g;
/** Characters that must never reach output raw (line feed, and tab in code frames, are ours). */
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('hostile connector text is inert in every format', () => {
  const report = hostileReport();
  const quoted = report.results[0]!.findings.filter((f) => f.message.includes('pwned'));

  it('reaches the messages (the test would prove nothing otherwise)', () => {
    expect(quoted.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['test-quote-title', 'op-operationid-charset']));
  });

  it('stylish: no control character from input, no line started by input, with and without colour', () => {
    for (const color of [false, true]) {
      const text = format(report, 'stylish', { color, showInfo: true }).replace(ownColours, '');
      expect(text).not.toMatch(controls);
      for (const line of text.split('\n')) expect(line.trimStart()).not.toMatch(/^(::|\]0;|\[2J|pwned)/);
      expect(text).toContain("Title 'Tide\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H\\rX\\x00\\x9b31m\\u202e\\n::error file=x::pwned'.");
      expect(text).toContain('con``nec`tors/\\x1b[31mred\\n::warning::folder/apiDefinition.swagger.json');
      expect(text).toContain('\u241b]0;pwned\u2407\u241b[2J');
    }
  });

  it('github: every line is one of our workflow commands or the summary, NUL and ESC percent-encoded', () => {
    const lines = format(report, 'github').trimEnd().split('\n');
    expect(lines).toHaveLength(report.results[0]!.findings.length + 1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) file=[^:]*::/);
    expect(lines.at(-1)).toMatch(/^connector-certify: /);
    const text = lines.join('\n');
    expect(text).not.toMatch(controls);
    expect(text).toContain("Title 'Tide%1B]0;pwned%07%1B[2J%1B[H%0DX%00%C2%9B31m%E2%80%AE%0A::error file=x::pwned'.");
    expect(text).toContain('file=con``nec`tors/%1B[31mred%0A%3A%3Awarning%3A%3Afolder/apiDefinition.swagger.json,');
  });

  it('markdown: one table row per finding, code spans closed, no raw control character', () => {
    // Two folders, so that folder names appear as code spans in the overview and the headings.
    const twice = { ...report, results: [report.results[0]!, report.results[0]!] };
    const text = format(twice, 'markdown');
    expect(text).not.toMatch(controls);
    const html = new MarkdownIt({ html: true }).render(text);
    expect((html.match(/<tr>/g) ?? []).length).toBe(3 + 2 * (1 + report.results[0]!.findings.length));
    // A line break stays inside its cell as <br>.
    expect(html).toContain("<td>Title 'Tide\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H\\rX\\x00\\x9b31m\\u202e<br>::error file=x::pwned'.</td>");
    expect(html.match(/<code>con``nec`tors\/\\x1b\[31mred\\n::warning::folder<\/code>/g)).toHaveLength(4);
  });

  it('junit: valid XML without raw control characters', () => {
    const xml = format(report, 'junit');
    expect(XMLValidator.validate(xml)).toBe(true);
    // Line feeds in element text are ours (one finding per line); nothing else is raw.
    expect(xml).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(xml).toContain('Tide\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H\\rX\\x00\\x9b31m\\u202e\\n::error file=x::pwned');
  });

  it('sarif and json: valid JSON, control characters escaped, messages kept exact', () => {
    for (const name of ['sarif', 'json'] as const) {
      const text = format(report, name);
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      const messages = JSON.stringify(JSON.parse(text));
      for (const finding of quoted) expect(messages).toContain(JSON.stringify(finding.message).slice(1, -1));
    }
  });

  it('a diff quoting the same text is inert in every format', () => {
    const change = { ruleId: 'bc-operation-deleted', level: 'breaking' as const, severity: 'error' as const, message: `Operation '${evil}' was deleted.`, operationId: evil };
    const diff = diffReport({ breaking: true, changes: [change] }, { base: { folder }, revision: { folder } });
    for (const name of formatNames) {
      const text = format(diff, name, { color: true }).replace(ownColours, '');
      const allowed = name === 'stylish' || name === 'github' || name === 'markdown' ? controls : /[\u0000-\u0009\u000b-\u001f]/;
      expect(text, name).not.toMatch(allowed);
      for (const line of text.split('\n')) expect(line.trimStart(), name).not.toMatch(/^(::error file=x|::warning::folder|pwned)/);
    }
  });
});
