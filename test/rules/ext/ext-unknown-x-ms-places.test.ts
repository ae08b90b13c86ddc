import { describe, expect, it } from 'vitest';
import { validateConnector } from '../../../src/index.js';
import { definition } from '../../helpers/minimal-definition.js';

describe('ext-unknown-x-ms: where a misplaced extension belongs', () => {
  it('names every place the schema allows it, in its wording', () => {
    const apiDefinition = definition({
      definitions: { Station: { type: 'object', 'x-ms-capabilities': {}, 'x-ms-summary': 'Station', properties: { id: { type: 'string', 'x-ms-trigger': 'single' } } } },
    });
    const messages = validateConnector({ apiDefinition }, { rules: { 'ext-unknown-x-ms': 'warning' } })
      .findings.filter((finding) => finding.ruleId === 'ext-unknown-x-ms')
      .map((finding) => finding.message);
    expect(messages).toEqual([
      "'x-ms-trigger' has no effect here; it belongs on an operation.",
      "'x-ms-capabilities' has no effect here; it belongs on an operation or the document root.",
    ]);
  });
});
