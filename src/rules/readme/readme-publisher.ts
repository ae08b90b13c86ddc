import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { findSection, findUnspacedSection, publisherName } from '../shared/readme.js';
import { unspacedMessage } from '../shared/readme-section-rule.js';

export const docs: RuleDocs = {
  rationale: 'The publisher heading tells users and Microsoft who maintains the connector; the template marks it required.',
  fix: "Write '## Publisher: ' followed by your first and last name or company name; separate several publishers with commas.",
  source:
    'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md.',
};

export default defineRule({
  meta: {
    id: 'readme-publisher',
    area: 'readme',
    description: "The readme has a '## Publisher: <name>' heading naming the publisher.",
    severity: certification('error'),
    messages: {
      missing: "{file} has no '## Publisher: <name>' heading; add one with your first and last name or your company name.",
      unspaced: unspacedMessage,
      noName: "The '{heading}' heading of {file} names nobody; write the publisher after the colon, e.g. '## Publisher: Jane Doe'.",
    },
  },
  create(context) {
    return {
      readme({ file }) {
        if (file.text.trim() === '') return;
        const heading = findSection(file.document, 'publisher');
        const unspaced = heading ? undefined : findUnspacedSection(file.document, 'publisher');
        if (unspaced) {
          context.report({ messageId: 'unspaced', pointer: '', data: { file: file.name, marks: unspaced.marks, line: unspaced.line }, span: { line: unspaced.line } });
        } else if (!heading) {
          context.report({ messageId: 'missing', pointer: '', data: { file: file.name }, span: { line: 1 } });
        } else if (publisherName(file.document, heading) === '') {
          context.report({
            messageId: 'noName',
            pointer: heading.pointer,
            data: { file: file.name, heading: heading.text },
            span: { line: heading.line },
          });
        }
      },
    };
  },
});
