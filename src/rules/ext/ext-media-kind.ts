import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { show } from '../shared/extensions.js';
import { inAllowedCase, replaceWith } from '../shared/fixes.js';

export const docs: RuleDocs = {
  rationale: 'The designer renders media values as images or audio players; it knows no other kind.',
  fix: "Use `image` or `audio`, or remove the key. The finding's fix lower-cases a capitalised value.",
  source: 'The repository schema apiDefinition.swagger.schema.json (x-ms-media-kind).',
};

export default defineRule({
  meta: {
    id: 'ext-media-kind',
    area: 'ext',
    description: "`x-ms-media-kind` is 'image' or 'audio'.",
    severity: everywhere('error'),
    fixable: true,
    messages: {
      invalid: "x-ms-media-kind is {value}; use 'image' or 'audio'.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-media-kind'({ value, pointer }) {
        if (value === 'image' || value === 'audio') return;
        const spelt = inAllowedCase(value, ['image', 'audio']);
        context.report({ messageId: 'invalid', pointer, data: { value: show(value) }, ...(spelt && { fix: replaceWith(pointer, spelt) }) });
      },
    };
  },
});
