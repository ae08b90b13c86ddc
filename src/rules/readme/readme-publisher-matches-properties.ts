import type { MarkdownFile } from '../../parse/connector.js';
import { certification, defineRule } from '../../core/rule.js';
import { jsonRoot } from '../shared/auth.js';
import { findSection, headingKey, publisherName } from '../shared/readme.js';
import { isObject } from '../../core/walk.js';

/** Letters that Unicode does not decompose into a base letter and an accent. */
const plainLetters: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/** The words of a name: accents, case, punctuation and the joining word 'and' removed. */
function nameWords(name: string): Set<string> {
  const folded = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[łøđßæœ]/g, (char) => plainLetters[char]!);
  return new Set(headingKey(folded).split(' ').filter((word) => word !== '' && word !== 'and'));
}

/** Whether two publisher names agree: the words of one are all among the words of the other (a company suffix, a co-publisher). */
function samePublisher(a: string, b: string): boolean {
  const left = nameWords(a);
  const right = nameWords(b);
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  return [...small].every((word) => large.has(word));
}

export default defineRule({
  meta: {
    id: 'readme-publisher-matches-properties',
    area: 'readme',
    description: "The publisher named in the readme agrees with `properties.publisher` in apiProperties.json.",
    severity: certification('warning'),
    messages: {
      mismatch: "The readme names the publisher '{readme}' but apiProperties.json says '{properties}'; use the same name in both.",
    },
    docs: {
      rationale:
        'Both names are published, one on the connector card and one on its documentation page; when they differ, users and reviewers cannot tell who maintains the connector. This is the readme side of the catalogue row props-publisher-matches-readme. Accents, letter case and punctuation are ignored, and one name may contain the other (a company suffix, a co-publisher).',
      fix: "Write the same publisher in the readme's '## Publisher:' heading and in apiProperties.json `properties.publisher`.",
      source: 'microsoft/PowerPlatformConnectors templates/Independent Publisher (readme.md and apiProperties.json); rules catalogue props-publisher-matches-readme.',
    },
  },
  create(context) {
    const readmes: MarkdownFile[] = [];
    return {
      readme({ file }) {
        readmes.push(file);
      },
      connectorEnd() {
        const file = readmes[0];
        const props = jsonRoot(context.input, 'apiProperties')?.properties;
        const properties = isObject(props) && typeof props.publisher === 'string' ? props.publisher.trim() : '';
        const heading = file && findSection(file.document, 'publisher');
        if (!file || !heading || properties === '') return;
        const readme = publisherName(file.document, heading);
        if (readme === '' || samePublisher(readme, properties)) return;
        context.report({
          messageId: 'mismatch',
          file: file.name,
          pointer: heading.pointer,
          data: { readme, properties },
          span: { line: heading.line },
        });
      },
    };
  },
});
