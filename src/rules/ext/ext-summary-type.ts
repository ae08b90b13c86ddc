import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { show } from '../shared/extensions.js';

export const docs: RuleDocs = {
  rationale: 'The designer shows `x-ms-summary` as the label of a field or output; it must be text.',
  fix: 'Write the label as a JSON string, for example `"x-ms-summary": "Station ID"`.',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-summary); the repository schema apiDefinition.swagger.schema.json.',
};

export default defineRule({
  meta: {
    id: 'ext-summary-type',
    area: 'ext',
    description: '`x-ms-summary` is a string.',
    severity: everywhere('error'),
    messages: {
      notString: 'x-ms-summary is {value}; write the display name as a string.',
    },
  },
  create(context) {
    return {
      'extension:x-ms-summary'(node) {
        const { value } = node;
        if (typeof value !== 'string') context.report({ messageId: 'notString', pointer: node.pointer, data: { value: show(value) } });
      },
    };
  },
});
