import { defineRule, type RuleDocs } from '../../core/rule.js';
import { findSection, findUnspacedSection, publisherName } from '../shared/readme.js';
import { unspacedMessage } from '../shared/readme-section-rule.js';

export const docs: RuleDocs = {
  rationale:
    "The publisher heading tells users and Microsoft who maintains the connector; both readme templates mark it required. An independent publisher names a person or a company; a verified publisher names the company or organisation, never a person. For certified connectors it is a warning: 151 of the 277 certified folders Microsoft merged into microsoft/PowerPlatformConnectors have no such heading, so reviewers do not hold a submission back for it.",
  fix: "Write '## Publisher: ' followed by the publisher: for an independent publisher your first and last name or company name (several names separated by commas), for a verified publisher the company or organisation name.",
  source:
    'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md and templates/certified-connectors/readme.md; the merged certified folders at 8bff86e for the certified level.',
};

export default defineRule({
  meta: {
    id: 'readme-publisher',
    area: 'readme',
    description: "The readme has a '## Publisher: <name>' heading naming the publisher.",
    severity: { 'independent-publisher': 'error', certified: 'warning' },
    messages: {
      missing: "{file} has no '## Publisher: <name>' heading; add one with your first and last name or your company name.",
      missingCompany: "{file} has no '## Publisher: <company>' heading; add one with the name of your company or organisation.",
      unspaced: unspacedMessage,
      noName: "The '{heading}' heading of {file} names nobody; write the publisher after the colon, e.g. '## Publisher: {example}'.",
    },
  },
  create(context) {
    // A verified publisher is the company that owns the service; an independent publisher may be a person.
    const verified = context.profile === 'certified';
    return {
      readme({ file }) {
        if (file.text.trim() === '') return;
        const heading = findSection(file.document, 'publisher');
        const unspaced = heading ? undefined : findUnspacedSection(file.document, 'publisher');
        if (unspaced) {
          context.report({ messageId: 'unspaced', pointer: '', data: { file: file.name, marks: unspaced.marks, line: unspaced.line }, span: { line: unspaced.line } });
        } else if (!heading) {
          context.report({ messageId: verified ? 'missingCompany' : 'missing', pointer: '', data: { file: file.name }, span: { line: 1 } });
        } else if (publisherName(file.document, heading) === '') {
          context.report({
            messageId: 'noName',
            pointer: heading.pointer,
            data: { file: file.name, heading: heading.text, example: verified ? 'Contoso Ltd' : 'Jane Doe' },
            span: { line: heading.line },
          });
        }
      },
    };
  },
});
