import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/index.js';
import { format } from '../../src/format/index.js';
import { checkReport, diffReport, type CheckReport } from '../../src/format/report.js';
import { terminalText } from '../../src/format/terminal-text.js';

const runs = Number(process.env.PROPERTY_RUNS ?? 200);

/** Strings rich in what breaks outputs: control characters, escapes, line breaks, markup and workflow commands. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u001b', '\u001b]0;', '\u0007', '\u001b[2J', '\r', '\n', '\u0000', '\u009b', '\u202e', '\u2028', '\t', '%', ':', ',', '|', '`', '``', '<', '&', '"', '\\', '::error::', '*'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

function report(folder: string, messages: string[], file: string, ruleId: string): CheckReport {
  const findings: Finding[] = messages.map((message, i) => ({
    ruleId: `${ruleId}${i}`,
    severity: (['error', 'warning', 'info'] as const)[i % 3]!,
    message,
    file,
    pointer: `/paths/${message}`,
  }));
  const result = { ok: false, profile: 'independent-publisher' as const, findings, counts: { error: 0, warning: 0, info: 0 }, manualChecks: [] };
  return checkReport([{ folder, result }]);
}

/** The same report with every piece of text replaced by a plain word: the shape output must keep. */
const plain = (folder: string, messages: string[]) => report(folder ? 'f' : '', messages.map(() => 'm'), 'a.json', 'r');

const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const ownColours = /\u001b\[\d+m/g;

describe('connector text cannot change the shape of any output', () => {
  it('stylish, github and markdown have the lines of a plain report and no raw control character', () => {
    fc.assert(
      fc.property(hostile, fc.array(hostile, { minLength: 1, maxLength: 4 }), hostile, hostile, (folder, messages, file, ruleId) => {
        const evil = report(folder, messages, file || 'a.json', ruleId);
        const safe = plain(folder, messages);
        for (const name of ['stylish', 'github'] as const) {
          const text = format(evil, name, { color: true, showInfo: true }).replace(ownColours, '');
          expect(text).not.toMatch(raw);
          expect(text.split('\n').length, name).toBe(format(safe, name, { color: true, showInfo: true }).split('\n').length);
        }
        for (const line of format(evil, 'github').trimEnd().split('\n').slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) file=[^:]*,title=[^:]*::/);
        const md = format(evil, 'markdown');
        expect(md).not.toMatch(raw);
        const html = new MarkdownIt({ html: true }).render(md);
        expect((html.match(/<tr>/g) ?? []).length).toBe((new MarkdownIt({ html: true }).render(format(safe, 'markdown')).match(/<tr>/g) ?? []).length);
      }),
      { numRuns: runs },
    );
  });

  it('junit is valid XML, json and sarif keep every message exactly', () => {
    fc.assert(
      fc.property(hostile, fc.array(hostile, { minLength: 1, maxLength: 4 }), (folder, messages) => {
        const evil = report(folder, messages, 'a.json', 'r');
        expect(XMLValidator.validate(format(evil, 'junit'))).toBe(true);
        const json = JSON.parse(format(evil, 'json'));
        expect(json.results[0].findings.map((f: Finding) => f.message)).toEqual(messages);
        const sarif = JSON.parse(format(evil, 'sarif'));
        expect(sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text)).toEqual(messages);
      }),
      { numRuns: runs },
    );
  });

  it('a diff quoting hostile text keeps its shape in stylish and github', () => {
    fc.assert(
      fc.property(hostile, hostile, (message, operationId) => {
        const change = { ruleId: 'bc-operation-deleted', level: 'breaking' as const, severity: 'error' as const, message, operationId };
        const evil = diffReport({ breaking: true, changes: [change] }, { base: { folder: operationId }, revision: { folder: message } });
        const safe = diffReport({ breaking: true, changes: [{ ...change, message: 'm', operationId: 'o' }] }, { base: { folder: 'b' }, revision: { folder: 'r' } });
        for (const name of ['stylish', 'github'] as const) {
          const text = format(evil, name);
          expect(text).not.toMatch(raw);
          expect(text.split('\n').length).toBe(format(safe, name).split('\n').length);
        }
      }),
      { numRuns: runs },
    );
  });

  it('terminalText leaves printable text alone and escapes everything else visibly', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = terminalText(text);
        const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
        expect(out).not.toMatch(unsafe);
        if (!unsafe.test(text)) expect(out).toBe(text);
      }),
      { numRuns: runs },
    );
  });

  it('formats 200,000 findings and changes without overflowing the call stack', () => {
    const messages = Array.from({ length: 200_000 }, (_, i) => `m${i}`);
    const big = report('f', messages, 'a.json', 'r');
    for (const name of ['stylish', 'markdown'] as const) expect(format(big, name, { showInfo: true }).length, name).toBeGreaterThan(messages.length);
    const changes = messages.map((message) => ({ ruleId: 'bc-description-changed', level: 'info' as const, severity: 'info' as const, message }));
    const diff = diffReport({ breaking: false, changes });
    for (const name of ['stylish', 'markdown'] as const) expect(format(diff, name).length, name).toBeGreaterThan(messages.length);
  });
});
