import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { isAlphanumeric, showChar } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale:
    'The validator rejects titles ending in punctuation, spaces or line breaks. Accepted connectors such as "Asite (Canada)" end in a closing parenthesis, so that one character is allowed.',
  fix: 'Remove the trailing punctuation or white space.',
  source: 'Microsoft Learn, certification submission; validator ValueMustEndWithAlphanumeric.',
};

export default defineRule({
  meta: {
    id: 'title-ends-alphanumeric',
    area: 'title',
    description: 'The title ends with a letter or digit (a closing parenthesis is tolerated).',
    severity: certification('error'),
    fixable: true,
    messages: {
      trailing: 'The title ends with {char}; end it with a letter or digit.',
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        if (!title) return;
        const last = title.at(-1)!;
        if (isAlphanumeric(last) || last === ')') return;
        const trimmed = title.trimEnd();
        context.report({
          messageId: 'trailing',
          pointer: '/info/title',
          data: { char: showChar(last) },
          ...(trimmed !== title && trimmed !== '' && isAlphanumeric(trimmed.at(-1))
            ? { fix: [{ op: 'replace' as const, path: '/info/title', value: trimmed }] }
            : {}),
        });
      },
    };
  },
});
