import type { MarkdownFile } from '../../parse/connector.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { findSection, headingKey, sectionLines } from '../shared/readme.js';

/** How many missing operations a message names before it says "and N more". */
const namesShown = 5;

export const docs: RuleDocs = {
  rationale:
    'The Supported Operations section becomes the operation list of the published documentation, so an operation missing from it is invisible to readers. An operation counts as mentioned when its summary or operationId appears (case-insensitively, as whole words) in a heading or in the text of the section. Internal and deprecated operations are not required.',
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
    const operations: string[][] = [];
    const readmes: MarkdownFile[] = [];
    return {
      operation({ value }) {
        if (value['x-ms-visibility'] === 'internal' || value.deprecated === true) return;
        // Some connectors mark deprecation only in the summary, e.g. 'List records [DEPRECATED]'.
        if (typeof value.summary === 'string' && value.summary.toLowerCase().includes('deprecated')) return;
        const names = [value.summary, value.operationId].filter((name): name is string => typeof name === 'string' && name.trim() !== '');
        if (names.length) operations.push(names);
      },
      readme({ file }) {
        readmes.push(file);
      },
      connectorEnd() {
        const file = readmes[0];
        const heading = file && findSection(file.document, 'supportedOperations');
        if (!file || !heading) return;
        const text = ` ${headingKey([heading.text, ...sectionLines(file.document, heading)].join(' '))} `;
        const missing = operations.filter((names) => !names.some((name) => text.includes(` ${headingKey(name)} `))).map((names) => names[0]!);
        if (!missing.length) return;
        const shown = missing.slice(0, namesShown).map((name) => `'${name}'`).join(', ');
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
