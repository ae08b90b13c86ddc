import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

/** 1 MB as the platform counts it; the largest accepted definition in the corpus is 1,024,291 bytes. */
export const maxDefinitionBytes = 1024 * 1024;

export const docs: RuleDocs = {
  rationale: 'The platform refuses to import a definition of 1 MB or more, and certification reviewers ask for smaller files.',
  fix: 'Remove unused definitions, parameters and examples, shorten repeated schemas with `$ref`, or split the connector in two.',
  source: 'Microsoft Learn, custom connector FAQ and certification submission.',
};

export default defineRule({
  meta: {
    id: 'meta-file-size',
    area: 'meta',
    description: 'apiDefinition.swagger.json is smaller than 1 MB.',
    severity: everywhere('error'),
    messages: {
      tooLarge: `{file} is {size} bytes; the platform accepts definitions under ${maxDefinitionBytes} bytes (1 MB), so remove unused definitions or split the connector.`,
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.role === 'apiDefinition' && file.size >= maxDefinitionBytes) {
          context.report({ messageId: 'tooLarge', pointer: '', data: { file: file.name, size: file.size } });
        }
      },
    };
  },
});
