import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { show } from '../shared/extensions.js';

export const docs: RuleDocs = {
  rationale: 'The designer renders media values as images or audio players; it knows no other kind.',
  fix: 'Use `image` or `audio`, or remove the key.',
  source: 'The repository schema apiDefinition.swagger.schema.json (x-ms-media-kind).',
};

export default defineRule({
  meta: {
    id: 'ext-media-kind',
    area: 'ext',
    description: "`x-ms-media-kind` is 'image' or 'audio'.",
    severity: everywhere('error'),
    messages: {
      invalid: "x-ms-media-kind is {value}; use 'image' or 'audio'.",
    },
  },
  create(context) {
    return {
      extension(node) {
        const { name, value } = node;
        if (name === 'x-ms-media-kind' && value !== 'image' && value !== 'audio') context.report({ messageId: 'invalid', pointer: node.pointer, data: { value: show(value) } });
      },
    };
  },
});
