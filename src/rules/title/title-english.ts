import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { firstNonAscii, showChar } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale:
    'Certified connector strings must be English. Language cannot be judged mechanically, so the rule flags characters outside printable ASCII, which is what the validator asks for; a reviewer decides the rest.',
  fix: 'Replace accented letters, typographic quotes and other non-ASCII characters with plain ones.',
  source: 'Microsoft Learn, certification submission; validator ValueMustBeInEnglish.',
};

export default defineRule({
  meta: {
    id: 'title-english',
    area: 'title',
    description: 'The title is written in English (checked as printable ASCII only).',
    severity: certification('warning'),
    messages: {
      nonAscii: 'The title contains {char}, outside printable ASCII; write the title in English with plain characters.',
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        const char = title === undefined ? undefined : firstNonAscii(title);
        if (char) context.report({ messageId: 'nonAscii', pointer: '/info/title', data: { char: showChar(char) } });
      },
    };
  },
});
