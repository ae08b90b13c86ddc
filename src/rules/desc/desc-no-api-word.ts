import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { findWord } from '../shared/words.js';

export const docs: RuleDocs = {
  rationale:
    "Microsoft's string guidance says the description can't include the word API, but neither the certification page nor the validator enforces it, so this is a warning.",
  fix: "Rephrase without 'API': 'Connects to the Contoso API' becomes 'Connects to Contoso'.",
  source: 'Microsoft Learn, connector string guidance.',
};

export default defineRule({
  meta: {
    id: 'desc-no-api-word',
    area: 'desc',
    description: "The description avoids the word 'API'.",
    severity: certification('warning'),
    messages: {
      api: "The description contains the word '{word}'; describe the service instead of its API.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const description = infoString(value, 'description');
        const word = description === undefined ? undefined : findWord(description, 'API') ?? findWord(description, 'APIs');
        if (word) context.report({ messageId: 'api', pointer: '/info/description', data: { word } });
      },
    };
  },
});
