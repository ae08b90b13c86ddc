import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { show } from '../shared/extensions.js';
import { inAllowedCase, replaceWith } from '../shared/fixes.js';

export const docs: RuleDocs = {
  rationale: 'The value tells the platform whether each response is one event or a list of events; other values are rejected.',
  fix: "Use `single` when the response is one object and `batch` when it is an array of items. The finding's fix lower-cases a capitalised value.",
  source: 'Microsoft Learn, OpenAPI extensions; the repository schema.',
};

export default defineRule({
  meta: {
    id: 'ext-trigger-enum',
    area: 'ext',
    description: "`x-ms-trigger` is 'single' or 'batch'.",
    severity: everywhere('error'),
    fixable: true,
    messages: {
      invalid: "x-ms-trigger is {value}; use 'single' (the trigger returns one object) or 'batch' (it returns an array).",
    },
  },
  create(context) {
    return {
      'extension:x-ms-trigger'({ value, pointer }) {
        if (value === 'single' || value === 'batch') return;
        const spelt = inAllowedCase(value, ['single', 'batch']);
        context.report({ messageId: 'invalid', pointer, data: { value: show(value) }, ...(spelt && { fix: replaceWith(pointer, spelt) }) });
      },
    };
  },
});
