import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { pointerAtLine } from '../shared/readme.js';
import { shorten } from '../../parse/wording.js';

/** Guidance sentences of Microsoft's readme templates (both tiers), normalised with `normaliseLine`. */
const templateSentences = [
  'required. one paragraph, two to three sentences about the service and the connector.',
  'required. it should be the company or organization name.',
  'required. for independent-publisher-connector, it should be a first and last name of an individual or it can be a company name.',
  'required. any plans or licenses, tools required from the connector.',
  'required. describe actions, triggers, and other endpoints.',
  'description of operation 1.',
  'description of operation 2.',
  'required. explain the authentication method and how to get the credentials.',
  'optional. how to get started with your connector.',
  'required. include any known issues and limitations a user may encounter.',
  'optional. include frequently asked questions by your customer.',
  'required. add instructions on how to deploy this connector as custom connector.',
  'optional. add instructions on how to deploy this connector as custom connector.',
];

/** Template lines that are only left-overs when they are the whole line (headings and short answers). */
const templateLines = new Set([
  'title',
  "publisher: publisher's name",
  'operation 1',
  'operation 2',
  'question 1',
  'question 2',
  'answer to question 1',
  'answer to question 2',
]);

/** Lower case, heading marks and zero-width spaces (the templates hold some) removed, whitespace collapsed. */
const zeroWidthSpaces = /\u200b/g;
const headingMarks = /^\s*#+/;
const whitespaceRuns = /\s+/g;

function normaliseLine(line: string): string {
  return line.replace(zeroWidthSpaces, '').replace(headingMarks, '').replace(whitespaceRuns, ' ').trim().toLowerCase();
}

/** Every template sentence holds one of these, so a line without them is not searched for each sentence. */
const sentenceMarks = ['required.', 'optional.', 'description of operation'];

/**
 * Every template line and sentence holds one of these words, in any case, so a line holding none is no template line
 * and needs no normalising. A zero-width space inside a word would hide it, so such lines are normalised too.
 */
const candidate = /required\.|optional\.|description|title|publisher|operation|question|\u200b/i;

function isTemplateLine(line: string): boolean {
  if (!candidate.test(line)) return false;
  const normal = normaliseLine(line);
  if (templateLines.has(normal)) return true;
  return sentenceMarks.some((mark) => normal.includes(mark)) && templateSentences.some((sentence) => normal.includes(sentence));
}

export const docs: RuleDocs = {
  rationale: 'The readme is published as the connector documentation; template instructions left in it tell users nothing and reviewers send the pull request back.',
  fix: "Replace each 'Required.' / 'Optional.' instruction, 'Operation 1' and 'Question 1' with your own content, or delete optional sections you do not use.",
  source: 'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md and templates/certified-connectors/readme.md.',
};

export default defineRule({
  meta: {
    id: 'readme-no-template-text',
    area: 'readme',
    description: "No guidance text of Microsoft's readme template is left in the readme.",
    severity: certification('warning'),
    messages: {
      leftover: "Line {line} of {file} is still the template's '{text}'; replace it with your own text.",
    },
  },
  create(context) {
    return {
      readme({ file }) {
        file.document.lines.forEach((line, index) => {
          if (!isTemplateLine(line)) return;
          const text = line.replace(zeroWidthSpaces, '').trim();
          context.report({
            messageId: 'leftover',
            pointer: pointerAtLine(file.document, index + 1),
            data: { file: file.name, line: index + 1, text: shorten(text, 60, '...') },
            span: { line: index + 1 },
          });
        });
      },
    };
  },
});
