import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { firstNonAscii, showChar } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale:
    'Certified connector strings must be English. The rule flags characters outside printable ASCII (line breaks and tabs excepted); a reviewer judges the language itself.',
  fix: 'Replace accented letters, typographic quotes and dashes with plain ASCII.',
  source: 'Microsoft Learn, certification submission; validator ValueMustBeInEnglish.',
};

export default defineRule({
  meta: {
    id: 'desc-english',
    area: 'desc',
    description: 'The description is written in English (checked as printable ASCII, line breaks allowed).',
    severity: certification('warning'),
    messages: {
      nonAscii: 'The description contains {char}, outside printable ASCII; write it in English with plain characters.',
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const description = infoString(value, 'description');
        const char = description === undefined ? undefined : firstNonAscii(description.replace(/[\r\n\t]/g, ' '));
        if (char) context.report({ messageId: 'nonAscii', pointer: '/info/description', data: { char: showChar(char) } });
      },
    };
  },
});
