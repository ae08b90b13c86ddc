import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { findWord } from '../shared/words.js';

/** Words that describe the integration rather than name a product. */
const genericWords = ['Integration', 'Plugin', 'Plug-in', 'Wrapper', 'Client', 'SDK', 'Service', 'Services', 'Tool', 'Tools'];

export const docs: RuleDocs = {
  rationale:
    'Microsoft asks for the product or organisation name as the title. Whether a title is a name cannot be decided mechanically; possessives and words that describe the integration are the usual signs that it is not.',
  fix: "Keep only the name: 'Contoso Tasks Integration' becomes 'Contoso Tasks'.",
  source: 'Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'title-product-or-org',
    area: 'title',
    description: 'The title is the name of a product or organisation (heuristic).',
    severity: certification('info'),
    messages: {
      possessive: "The title has a possessive ('{word}'); name the product itself, for example 'Contoso' rather than \"Contoso's Tasks\".",
      generic: "The title contains the generic word '{word}'; the title should be just the product or organisation name.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        if (title === undefined) return;
        const possessive = /\w('|\u2019)s\b/.exec(title);
        if (possessive) {
          context.report({ messageId: 'possessive', pointer: '/info/title', data: { word: possessive[0].slice(1) } });
          return;
        }
        for (const word of genericWords) {
          const found = findWord(title, word);
          if (found) {
            context.report({ messageId: 'generic', pointer: '/info/title', data: { word: found } });
            return;
          }
        }
      },
    };
  },
});
