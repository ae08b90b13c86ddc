import type { MarkdownFile } from '../../parse/connector.js';
import type { MarkdownHeading } from '../../parse/markdown.js';
import { defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';

/** Letters that carry no separable accent in Unicode, spelled as people write them without one. */
const plainLetters: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** Lower case, accents removed, punctuation turned to single spaces: 'Fördős András' and 'fordos andras' compare equal. */
function fold(text: string): string {
  // ASCII has no accents and no other letters or digits: the same result without Unicode normalisation.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđøßæœı]/g, (char) => plainLetters[char] ?? char)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function containsWords(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

/** The name a `## Publisher: name` heading gives, or the first line of its section when the heading has none. */
function readmePublisher(file: MarkdownFile, heading: MarkdownHeading): string {
  const colon = heading.text.indexOf(':');
  const inline = colon === -1 ? '' : heading.text.slice(colon + 1).trim();
  if (inline !== '') return inline;
  const body = file.document.lines.slice(heading.line, heading.endLine).find((line) => line.trim() !== '');
  return body === undefined ? '' : body.replace(/<br\s*\/?>/gi, ' ').replace(/^[\s#*>-]+/, '').trim();
}

/** Whether the two names plausibly name the same publisher: one holds the other, or holds one of the people listed. */
export function samePublisher(publisher: string, readme: string): boolean {
  const a = fold(publisher);
  const b = fold(readme);
  if (a === '' || b === '' || containsWords(a, b) || containsWords(b, a)) return true;
  return publisher.split(/,|&|\||\band\b/).some((part) => containsWords(b, fold(part)));
}

export const docs: RuleDocs = {
  rationale:
    "The readme's `## Publisher:` heading and apiProperties.json's publisher both tell users who published the connector; they should agree. Names are compared loosely (case, accents, punctuation, a company added after the name), so only clearly different names are reported.",
  fix: 'Use the same person or company name in `properties.publisher` and in the readme heading `## Publisher: <name>`.',
  source: 'microsoft/PowerPlatformConnectors independent publisher templates.',
};

export default defineRule({
  meta: {
    id: 'props-publisher-matches-readme',
    area: 'props',
    description: "The publisher of apiProperties.json is the one the readme's Publisher heading names (heuristic).",
    severity: { 'independent-publisher': 'warning' },
    messages: {
      differs: "publisher '{publisher}' does not appear in the readme's Publisher heading ('{readme}'); name the same publisher in both.",
    },
  },
  create(context) {
    let readme: string | undefined;
    let publisher: { text: string; file: string } | undefined;
    return {
      readmeSection({ file, heading }) {
        if (readme === undefined && /^publishers?\b/i.test(heading.text)) readme = readmePublisher(file, heading);
      },
      apiProperties({ file, value }) {
        const text = propertiesOf(value)?.publisher;
        if (typeof text === 'string' && text.trim() !== '') publisher = { text, file: file.name };
      },
      connectorEnd() {
        if (!publisher || !readme || samePublisher(publisher.text, readme)) return;
        context.report({
          messageId: 'differs',
          file: publisher.file,
          pointer: '/properties/publisher',
          data: { publisher: publisher.text.slice(0, 80), readme: readme.slice(0, 80) },
        });
      },
    };
  },
});
