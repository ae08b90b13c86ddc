/** Word lists from the certification documentation (rules catalogue, Appendix A). */

/** Power Platform product names the validator and the certification pages name, with their no-space spellings. */
export const productNames: readonly string[] = [
  'Power Apps',
  'Power Automate',
  'Logic Apps',
  'Copilot Studio',
  'PowerApps',
  'PowerAutomate',
  'LogicApps',
  'CopilotStudio',
];

/** Characters the validator refuses in an operation summary. */
export const summaryRestrictedChars = '/\\<>*%&?';

const wordCharacter = /[A-Za-z0-9]/;

/** Whole-word, case-insensitive search; returns the matched text as written. Linear: a plain indexOf scan. */
export function findWord(text: string, word: string): string | undefined {
  const haystack = text.toLowerCase();
  const needle = word.toLowerCase();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((before === undefined || !wordCharacter.test(before)) && (after === undefined || !wordCharacter.test(after))) {
      return text.slice(at, at + needle.length);
    }
  }
  return undefined;
}

/** The first word of each product name, in any case: a text holding none of them needs no search for each name. */
const productMarks = new RegExp([...new Set(productNames.map((name) => name.toLowerCase().split(' ')[0]!))].join('|'), 'i');
const whitespaceRuns = /\s+/g;

/** The first product name found in the text, as written there. */
export function findProductName(text: string): string | undefined {
  if (!productMarks.test(text)) return undefined;
  const collapsed = text.replace(whitespaceRuns, ' ');
  for (const name of productNames) {
    const found = findWord(collapsed, name);
    if (found) return found;
  }
  return undefined;
}
