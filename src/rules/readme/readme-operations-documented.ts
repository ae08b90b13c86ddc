import type { JsonObject } from '../../core/nodes.js';
import type { MarkdownFile } from '../../parse/connector.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { findSection, headingWords, sectionLines } from '../shared/readme.js';
import { hasLetterOrDigit } from '../shared/text.js';

/** How many missing operations a message names before it says "and N more". */
const namesShown = 5;

/** Little words a readme heading adds or drops without naming another operation ("for a stop", "for stop"). */
const minorWords = new Set(['a', 'an', 'the', 'for', 'of', 'to', 'by', 'in', 'on', 'from', 'with', 'and', 'or', 'all']);

const pluralMark = /\(s\)/gi;
const camelBoundary = /([a-z0-9])([A-Z])/g;
const underscoresAndDashes = /[_-]+/g;
const listItemOrHeading = /^\s{0,3}(?:#{1,6}\s|[-*+]\s)(.*)$/;

function contentWords(text: string): Set<string> {
  // Plurals are folded ('timezone(s)', 'timezones' and 'timezone' are one word), so a heading in the plural still counts.
  const words = new Set<string>();
  for (const word of headingWords(text.replace(pluralMark, ''))) {
    if (!hasLetterOrDigit(word) || minorWords.has(word)) continue;
    words.add(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return words;
}

/**
 * Whether a heading names the operation in other words: the same content words ("Get a company" for "Get Company"); a
 * heading with all of a summary's words and at most two more ("Convert Lat/Long to Words" for "Convert to Words"); or
 * one holding all of the other's, at least three of them and three quarters of the longer one ("Get life cycle
 * activities" for "Get life cycle assessment activities").
 */
function nearlyNames(heading: Set<string>, summary: Set<string>): boolean {
  // Not a destructured pair: that runs the iteration protocol in V8's interpreter, for every heading and name.
  const small = heading.size <= summary.size ? heading : summary;
  const large = small === heading ? summary : heading;
  const same = small.size === large.size && small.size > 0;
  // A heading may be more specific than a short summary: 'Convert Lat/Long to Words' for 'Convert to Words'.
  const specific = small === summary && small.size >= 2 && large.size - small.size <= 2;
  if (!same && !specific && (small.size < 3 || small.size < 0.75 * large.size)) return false;
  for (const word of small) if (!large.has(word)) return false;
  return true;
}

/**
 * Whether a run of words occurs in a text, both as `headingKey` gives them (words joined by single spaces). The same
 * answer as searching for the run with a space on each side, without scanning the whole text once per operation name.
 */
class WordSequences {
  private readonly positions = new Map<string, number[]>();

  /** `words`: the text's, as `headingWords` gives them. */
  constructor(private readonly words: string[]) {
    for (let index = 0; index < words.length; index++) {
      const list = this.positions.get(words[index]!);
      if (list) list.push(index);
      else this.positions.set(words[index]!, [index]);
    }
  }

  /** Whether the run of `words` (as `headingWords` gives them) occurs. */
  has(words: string[]): boolean {
    // An empty run matches only an empty text: ' ' + '' + ' ' is found in '  ' alone.
    if (words.length === 0) return this.words.length === 0;
    for (const start of this.positions.get(words[0]!) ?? []) {
      let at = 1;
      while (at < words.length && this.words[start + at] === words[at]) at++;
      if (at === words.length) return true;
    }
    return false;
  }
}

/** The names a visible operation goes by (summary and operationId) and its label; none when it need not be documented. */
function namesOf(value: JsonObject): { names: string[]; label: string } | undefined {
  if (value['x-ms-visibility'] === 'internal' || value.deprecated === true) return undefined;
  // Some connectors mark deprecation only in the summary, e.g. 'List records [DEPRECATED]'.
  if (typeof value.summary === 'string' && value.summary.toLowerCase().includes('deprecated')) return undefined;
  const names = [value.summary, value.operationId].filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  if (names.length === 0) return undefined;
  const label = names.length === 2 ? `'${names[0]}' (${names[1]})` : `'${names[0]}'`;
  return { names, label };
}

/** An operationId in words: 'NextPublicHolidays' is also read as 'Next Public Holidays'. */
function spelledOut(operationId: string): string {
  return operationId.replace(camelBoundary, '$1 $2').replace(underscoresAndDashes, ' ');
}

export const docs: RuleDocs = {
  rationale:
    'The Supported Operations section becomes the operation list of the published documentation, so an operation missing from it is invisible to readers. An operation counts as mentioned when its summary or operationId appears (case-insensitively, as whole words) in a heading or in the text of the section, or when a heading or list item of the section says the summary (or the operationId split into words) in nearly the same words (articles, prepositions and plural endings aside, one of the two holding all of the other\'s words and three quarters of its length). Internal and deprecated operations are not required. The message names each operation by summary and operationId. Earlier versions required the exact summary and named the summary only.',
  fix: "Add a '### <operation summary>' heading and a one-sentence description under '## Supported Operations' for each operation named.",
  source: 'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md.',
};

export default defineRule({
  meta: {
    id: 'readme-operations-documented',
    area: 'readme',
    description: "Every visible operation of the swagger is named in the readme's Supported Operations section.",
    severity: certification('warning'),
    messages: {
      undocumented: "The '{heading}' section of {file} does not mention {count} visible operation(s): {names}; add a '### <summary>' heading with a sentence for each.",
    },
  },
  create(context) {
    // Operations are read at the end, and only when the readme has the section (a swagger alone has none).
    const operations: JsonObject[] = [];
    const readmes: MarkdownFile[] = [];
    return {
      operation({ value }) {
        operations.push(value);
      },
      readme({ file }) {
        readmes.push(file);
      },
      connectorEnd() {
        const file = readmes[0];
        const heading = file && findSection(file.document, 'supportedOperations');
        if (!file || !heading) return;
        const lines = sectionLines(file.document, heading);
        const said = new WordSequences(headingWords(`${heading.text} ${lines.join(' ')}`));
        // Headings and list items of the section name operations ('* `Search Company`: ...').
        const entries: Array<Set<string>> = [];
        for (const line of lines) {
          const item = listItemOrHeading.exec(line)?.[1];
          if (item !== undefined) entries.push(contentWords(item.split(':')[0]!));
        }
        const missing: string[] = [];
        for (const value of operations) {
          const named = namesOf(value);
          if (!named) continue;
          const { names, label } = named;
          if (names.some((name) => said.has(headingWords(name)))) continue;
          // The operationId in words, only for the operations not found by the other names: two replaces each.
          if (typeof value.operationId === 'string') {
            const spelled = spelledOut(value.operationId);
            if (said.has(headingWords(spelled))) continue;
            names.push(spelled);
          }
          // Each name's words are worked out once, and only for operations the section does not name word for word.
          const nameWords = names.map(contentWords);
          if (!entries.some((words) => nameWords.some((name) => nearlyNames(words, name)))) missing.push(label);
        }
        if (!missing.length) return;
        const shown = missing.slice(0, namesShown).join(', ');
        const names = missing.length > namesShown ? `${shown} and ${missing.length - namesShown} more` : shown;
        context.report({
          messageId: 'undocumented',
          file: file.name,
          pointer: heading.pointer,
          data: { file: file.name, heading: heading.text, count: missing.length, names },
          span: { line: heading.line },
        });
      },
    };
  },
});
