import { nearest } from '../../parse/suggest.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { show, visibilityValues, visibilityVariants } from '../shared/extensions.js';

export const docs: RuleDocs = {
  rationale: 'The designer knows three visibilities (and none, for normal); any other value is rejected by the schema.',
  fix: "Use `important`, `advanced` or `internal`, in lower case; remove the key for normal visibility. (An empty or capitalised value is ext-visibility-spelling's warning.)",
  source: 'Microsoft Learn, OpenAPI extensions; Swagger Validator rule JsonValueNotInEnum.',
};

export default defineRule({
  meta: {
    id: 'ext-visibility-enum',
    area: 'ext',
    description: "`x-ms-visibility` is 'important', 'advanced' or 'internal'.",
    severity: everywhere('error'),
    messages: {
      invalid: "x-ms-visibility is {value}; use 'important', 'advanced' or 'internal', or remove it for normal visibility.",
      suggestion: "x-ms-visibility is {value}; did you mean '{suggestion}'?",
    },
  },
  create(context) {
    return {
      'extension:x-ms-visibility'(node) {
        const { value } = node;
        if ((typeof value === 'string' && visibilityVariants.includes(value))) return;
        const suggestion = typeof value === 'string' ? nearest(value.toLowerCase(), visibilityValues) : undefined;
        if (suggestion) context.report({ messageId: 'suggestion', pointer: node.pointer, data: { value: show(value), suggestion } });
        else context.report({ messageId: 'invalid', pointer: node.pointer, data: { value: show(value) } });
      },
    };
  },
});
