import type { ConnectorInput } from '../../parse/connector.js';
import { defineRule, type ProfileSeverities } from '../../core/rule.js';
import { findSection, findUnspacedSection, sectionHasText, sectionTitles, type SectionName } from './readme.js';

export interface SectionRuleOptions {
  id: string;
  section: SectionName;
  description: string;
  severity: ProfileSeverities;
  /** What the section should say, ending the messages: "list the plans, licences and tools needed". */
  contents: string;
  /** When given, the section is only required for connectors this returns true for. */
  requiredWhen?: (input: ConnectorInput) => boolean;
}

/** For a section written as `##Publisher:`: markdown reads it as a paragraph, and adding another heading would duplicate it. */
export const unspacedMessage = "Line {line} of {file} starts with '{marks}' but no space follows, so it is not a heading; add a space after '{marks}'.";

/** A rule requiring one non-empty section of the readme template. */
export function sectionRule(options: SectionRuleOptions) {
  const title = sectionTitles[options.section];
  return defineRule({
    meta: {
      id: options.id,
      area: 'readme',
      description: options.description,
      severity: options.severity,
      messages: {
        missing: `{file} has no '${title}' section; add one and ${options.contents}.`,
        empty: `The '{heading}' section of {file} is empty; ${options.contents}.`,
        unspaced: unspacedMessage,
      },
    },
    create(context) {
      return {
        readme({ file }) {
          if (file.text.trim() === '' || (options.requiredWhen && !options.requiredWhen(context.input))) return;
          const heading = findSection(file.document, options.section);
          const unspaced = heading ? undefined : findUnspacedSection(file.document, options.section);
          if (unspaced) {
            context.report({ messageId: 'unspaced', pointer: '', data: { file: file.name, marks: unspaced.marks, line: unspaced.line }, span: { line: unspaced.line } });
          } else if (!heading) {
            context.report({ messageId: 'missing', pointer: '', data: { file: file.name }, span: { line: 1 } });
          } else if (!sectionHasText(file.document, heading)) {
            context.report({
              messageId: 'empty',
              pointer: heading.pointer,
              data: { file: file.name, heading: heading.text },
              span: { line: heading.line },
            });
          }
        },
      };
    },
  });
}
