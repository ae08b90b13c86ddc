import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { unspacedMessage } from '../shared/readme-section-rule.js';
import { hasLetterOrDigit } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale: 'The title and its first paragraph open the published documentation page of the connector. A first line such as `#DigiDates` is a paragraph in markdown, so the message asks for the missing space rather than a second title (earlier versions asked for a title).',
  fix: "Start the readme with '# <connector name>' and a paragraph of two to three sentences about the service and what the connector does.",
  source: 'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md.',
};

export default defineRule({
  meta: {
    id: 'readme-title-intro',
    area: 'readme',
    description: 'The readme opens with a `# <connector name>` heading followed by a short paragraph about the service and the connector.',
    severity: certification('warning'),
    messages: {
      noTitle: "{file} does not open with a level-1 heading; start it with '# <connector name>'.",
      unspaced: unspacedMessage,
      noIntro: "The '{heading}' title of {file} is not followed by an introduction; add two or three sentences about the service and the connector.",
    },
  },
  create(context) {
    return {
      readme({ file }) {
        const { document } = file;
        const first = document.allHeadings[0];
        if (file.text.trim() === '') return;
        // '#DigiDates' before the first heading is the title without its space, not a missing title.
        const unspaced = document.unspacedHeadings.find((line) => line.marks === '#' && (!first || line.line < first.line));
        if (unspaced) {
          context.report({ messageId: 'unspaced', pointer: '', data: { file: file.name, marks: '#', line: unspaced.line }, span: { line: unspaced.line } });
          return;
        }
        if (!first || first.level !== 1) {
          context.report({ messageId: 'noTitle', pointer: first?.pointer ?? '', data: { file: file.name }, span: { line: first?.line ?? 1 } });
          return;
        }
        const next = document.allHeadings[1];
        const intro = document.lines.slice(first.line, next ? next.line - 1 : document.lines.length);
        if (!intro.some((line) => hasLetterOrDigit(line))) {
          context.report({ messageId: 'noIntro', pointer: first.pointer, data: { file: file.name, heading: first.text }, span: { line: first.line } });
        }
      },
    };
  },
});
