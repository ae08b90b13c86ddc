import { defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { replaceWith } from '../shared/fixes.js';
import { findWord } from '../shared/words.js';

const suffixWords = 'Independent Publisher';
const isSuffix = /^Independent Publisher$/i;
const separators = '-–—:|';

/**
 * The title without the suffix at its end, with its brackets or the dash before it: 'Contoso (Independent Publisher)'
 * gives 'Contoso'; the title itself when it does not end so. Read backwards with `trimEnd`, since one pattern for it
 * all backtracks over a long run of spaces (2,000 took seconds).
 */
function withoutSuffix(title: string): string {
  let rest = title.trimEnd();
  if (rest.endsWith(')')) rest = rest.slice(0, -1).trimEnd();
  if (!isSuffix.test(rest.slice(-suffixWords.length))) return title;
  rest = rest.slice(0, -suffixWords.length).trimEnd();
  if (rest.endsWith('(')) rest = rest.slice(0, -1).trimEnd();
  if (rest !== '' && separators.includes(rest.at(-1)!)) rest = rest.slice(0, -1).trimEnd();
  return rest;
}

export const docs: RuleDocs = {
  rationale:
    'The published display name of an independent publisher connector gets the suffix automatically. In the swagger it would break the 30-character and ends-with-a-letter rules; no accepted connector has it.',
  fix: "Keep the title to the product name and put 'Connector Name (Independent Publisher)' in the pull request title. When the suffix ends the title, the finding's fix removes it.",
  source: 'Microsoft Learn, certification submission (independent publisher naming); repository pull request template.',
};

export default defineRule({
  meta: {
    id: 'title-ip-suffix-not-in-swagger',
    area: 'title',
    description: "The swagger title does not carry the '(Independent Publisher)' suffix.",
    severity: { 'independent-publisher': 'info' },
    fixable: true,
    messages: {
      suffix: "Remove 'Independent Publisher' from info.title; the suffix belongs in the pull request title and is added to the published name.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        if (title !== undefined && findWord(title, 'Independent Publisher')) {
          const rest = withoutSuffix(title);
          const fix = rest !== title && rest.trim() !== '' ? replaceWith('/info/title', rest) : undefined;
          context.report({ messageId: 'suffix', pointer: '/info/title', ...(fix && { fix }) });
        }
      },
    };
  },
});
