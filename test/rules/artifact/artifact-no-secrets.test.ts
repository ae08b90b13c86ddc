import { describe, expect, it } from 'vitest';
import { parseConnector, validateConnector } from '../../../src/index.js';

const token = `ghp_${'a1B2'.repeat(9)}`;
const tokenFindings = (input: ReturnType<typeof parseConnector>) =>
  validateConnector(input, { rules: { 'artifact-no-secrets': 'error' } }).findings.filter((f) => f.ruleId === 'artifact-no-secrets');

describe('artifact-no-secrets on a connector validated again', () => {
  it('reports the same tokens each time, and reads a file whose text was replaced afresh', () => {
    const input = parseConnector({ 'script.csx': `var token = "${token}";\n` });
    const first = tokenFindings(input);
    expect(first).toHaveLength(1);
    expect(tokenFindings(input)).toEqual(first);
    const script = input.files.find((file) => file.name === 'script.csx') as { text: string };
    script.text = 'var token = "";\n';
    expect(tokenFindings(input)).toEqual([]);
  });
});
