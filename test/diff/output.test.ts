import { describe, expect, it } from 'vitest';
import { diffConnectors } from '../../src/diff/index.js';
import { format, formatNames } from '../../src/format/index.js';
import { diffReport } from '../../src/format/report.js';
import { parseConnector } from '../../src/parse/connector.js';
import { versions, type Revision } from './fixture.js';

/** The report the CLI renders: both folders, with their texts for code frames. */
function reportOf(revision: Revision) {
  const files = versions(revision);
  const result = diffConnectors(parseConnector(files.base), parseConnector(files.revision));
  return diffReport(result, { base: { folder: 'old', sources: files.base }, revision: { folder: 'new', sources: files.revision } });
}

const apiKey = 'k3YfQ9zL2xW8pR4tV6nB1mC7';
const newKey = 'Zt5Hq2Lm9Xc4Vb7Nj3Kp8Rw1';
const urlPassword = 'Wq7rT2yU9iO4pA';
const githubToken = `ghp_${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'}`;

describe('diff output', () => {
  const secrets: Revision = {
    both: (s) => s.paths['/items'].get.parameters.push({ name: 'api_key', in: 'query', type: 'string', default: apiKey }),
    swagger: (s) => {
      s.paths['/items'].get.parameters[3].default = newKey;
      s.paths['/items'].get.parameters[1].enum = ['open', githubToken, `https://admin:${urlPassword}@api.contoso.com/`];
    },
  };

  it.each(formatNames)('never prints a credential the diff quotes (%s)', (name) => {
    const report = reportOf(secrets);
    expect(report.changes.some((c) => c.ruleId === 'bc-default-changed' && c.message.includes("'k3Yf...' (24 characters)"))).toBe(true);
    expect(report.changes.some((c) => c.ruleId === 'bc-enum-widened' && c.message.includes("accepts 'ghp_...' (40 characters), 'https://admin:"))).toBe(true);
    const text = format(report, name, { color: false });
    for (const secret of [apiKey, newKey, githubToken, urlPassword]) expect(text).not.toContain(secret);
  });

  it('shows where a change is in both versions, with a code frame', () => {
    const text = format(reportOf({ swagger: (s) => (s.definitions.Item.properties.price.type = 'string') }), 'stylish', { color: false });
    expect(text).toMatch(/old: old\/apiDefinition\.swagger\.json:\d+:\d+\n\s+new: new\/apiDefinition\.swagger\.json:\d+:\d+\n\s+\d+ \|\s+"type": "string"/);
  });

  it('frames a deleted operation where it was in the base', () => {
    const text = format(reportOf({ swagger: (s) => delete s.paths['/items/{id}'].delete }), 'stylish', { color: false });
    expect(text).toMatch(/old: old\/apiDefinition\.swagger\.json:\d+:\d+\n\s+\d+ \|\s+"delete": \{/);
    expect(text).not.toMatch(/new: new\/apiDefinition\.swagger\.json/);
  });

  it('lists both locations in Markdown', () => {
    const text = format(reportOf({ swagger: (s) => (s.definitions.Item.properties.price.type = 'string') }), 'markdown');
    expect(text).toMatch(/old: `old\/apiDefinition\.swagger\.json:\d+:\d+`<br>new: `new\/apiDefinition\.swagger\.json:\d+:\d+`/);
  });
});
