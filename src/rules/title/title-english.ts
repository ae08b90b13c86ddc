import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { firstNonEnglishChar, showChar } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale:
    'Certified connector strings must be English. Language cannot be judged mechanically, so the rule flags characters outside printable ASCII, as the validator asks; a reviewer decides the rest. Typographic quotes, dashes and the ellipsis are English punctuation (the catalogue allows them), and accented letters inside a capitalised word are a proper noun such as Brønnøysundregistrene, not another language: neither is reported (earlier versions reported both). Where a plain replacement is obvious (é to e, a no-break space to a space), the message names it.',
  fix: 'Replace the character named with its plain form, or rewrite the text in English.',
  source: 'Microsoft Learn, certification submission; validator ValueMustBeInEnglish.',
};

export default defineRule({
  meta: {
    id: 'title-english',
    area: 'title',
    description: 'The title is written in English (checked as printable ASCII plus typographic punctuation and accented proper nouns).',
    severity: certification('warning'),
    messages: {
      nonAscii: 'The title contains {char}, which English text does not use; write the title in English with plain characters.',
      replace: "The title contains {char}, which English text does not use; if the text is English, write '{replacement}' instead.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        const found = title === undefined ? undefined : firstNonEnglishChar(title);
        if (!found) return;
        const data = { char: showChar(found.char), replacement: found.replacement ?? '' };
        context.report({ messageId: found.replacement ? 'replace' : 'nonAscii', pointer: '/info/title', data });
      },
    };
  },
});
