import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { findWord } from '../shared/words.js';

/** The validator prints its list as 'api, connector'; plurals are caught too. */
const restricted = ['API', 'APIs', 'Connector', 'Connectors'];

export const docs: RuleDocs = {
  rationale: 'Every connector is an API connector, so the words add nothing; the validator rejects them.',
  fix: "Drop 'API' and 'Connector' from the title: 'Contoso API Connector' becomes 'Contoso'.",
  source: 'Microsoft Learn, certification submission; validator ValueContainsRestrictedWords.',
};

export default defineRule({
  meta: {
    id: 'title-no-restricted-words',
    area: 'title',
    description: "The title does not contain the words 'API' or 'Connector'.",
    severity: certification('error'),
    messages: {
      restricted: "The title contains the word '{word}'; remove it (the words API and Connector are not allowed).",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        if (title === undefined) return;
        for (const word of restricted) {
          const found = findWord(title, word);
          if (found) {
            context.report({ messageId: 'restricted', pointer: '/info/title', data: { word: found } });
            return;
          }
        }
      },
    };
  },
});
