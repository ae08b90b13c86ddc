import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { visibilityValues, visibilityVariants } from '../shared/extensions.js';


export const docs: RuleDocs = {
  rationale:
    'The documented values are lower case, and an absent key means normal visibility. The platform tolerates an empty value and capitalised spellings (merged connectors use them: "" 91 times, "Advanced" 16 times), so this is a warning rather than an error.',
  fix: 'Apply the suggested fix: lower-case the value, or remove an empty one.',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-visibility) and operational versioning (capitalised examples); rules catalogue Appendix G.',
};

export default defineRule({
  meta: {
    id: 'ext-visibility-spelling',
    area: 'ext',
    description: '`x-ms-visibility` is written in lower case and is not empty.',
    severity: certification('warning'),
    fixable: true,
    messages: {
      empty: 'x-ms-visibility is empty; remove the key for normal visibility.',
      capitalised: "x-ms-visibility is '{value}'; write it in lower case, '{lower}'.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-visibility'(node) {
        const { value } = node;
        if (typeof value !== 'string' || visibilityValues.includes(value)) return;
        if (value === '') context.report({ messageId: 'empty', pointer: node.pointer, fix: [{ op: 'remove', path: node.pointer }] });
        else if (visibilityVariants.includes(value)) {
          const lower = value.toLowerCase();
          context.report({ messageId: 'capitalised', pointer: node.pointer, data: { value, lower }, fix: [{ op: 'replace', path: node.pointer, value: lower }] });
        }
      },
    };
  },
});
