import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { show } from '../shared/extensions.js';

export const docs: RuleDocs = {
  rationale: 'The hint is a sentence the designer shows next to a trigger while waiting for the first event.',
  fix: 'Write the hint as a JSON string.',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-trigger-hint); the repository schema.',
};

export default defineRule({
  meta: {
    id: 'ext-trigger-hint',
    area: 'ext',
    description: '`x-ms-trigger-hint` is a string.',
    severity: everywhere('error'),
    messages: {
      notString: 'x-ms-trigger-hint is {value}; write the hint as a string, for example "To see it work, create an item".',
    },
  },
  create(context) {
    return {
      'extension:x-ms-trigger-hint'(node) {
        const { value } = node;
        if (typeof value !== 'string') context.report({ messageId: 'notString', pointer: node.pointer, data: { value: show(value) } });
      },
    };
  },
});
