import { describe, expect, it } from 'vitest';
import { parseConnector, validateConnector } from '../../src/index.js';
import { everyOperation } from '../helpers/every-operation.js';
import { patchedConnector } from '../helpers/rule-tester.js';

/** The passing example's swagger with one edit to its text. */
function withSwaggerText(edit: (text: string) => string) {
  const files = patchedConnector({});
  files['apiDefinition.swagger.json'] = edit(files['apiDefinition.swagger.json'] as string);
  return validateConnector(parseConnector(files), { extraRules: [everyOperation] });
}

describe('a JSON file that does not parse cleanly', () => {
  it('gets one syntax finding and no knock-on findings from structure rules', () => {
    // The case: an array left open, then '}' (here x-ms-connector-metadata, the last key of the swagger).
    const result = withSwaggerText((text) => text.replace(/\}\s*\]\s*\}\s*$/, '}\n}\n'));
    const swaggerFindings = result.findings.filter((f) => f.file === 'apiDefinition.swagger.json' && f.severity !== 'info');
    expect(swaggerFindings.map((f) => [f.ruleId, f.message])).toEqual([
      ['artifact-json-valid', expect.stringMatching(/^apiDefinition\.swagger\.json is not valid JSON: A '\]' is missing before the '\}' on line \d+\./)],
    ]);
  });

  it('is still checked in full when it only has a trailing comma', () => {
    const result = withSwaggerText((text) => text.replace(/("schemes": \[\s*"https")/, '$1,'));
    expect(result.findings.filter((f) => f.ruleId === 'test-every-operation')).toHaveLength(2);
    expect(result.findings.filter((f) => f.ruleId === 'artifact-json-valid').map((f) => f.message)).toEqual([
      'apiDefinition.swagger.json is not strict JSON: Trailing commas are not allowed in JSON. Remove it.',
    ]);
  });
});
