import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isInExtension, schemaIssuesOf } from '../shared/schema-issues.js';

export const docs: RuleDocs = {
  rationale: 'The platform reads the definition with a typed model; a value of the wrong type (a string where a boolean is expected, an object for a list) cannot be read, and the validator rejects it.',
  fix: 'Write the value with the type the message names, e.g. `"required": true` rather than `"required": "true"`.',
  source: "Microsoft Learn, Swagger Validator rule JsonTypeIncorrect; connector-certify's schema schemas/apiDefinition.swagger.schema.json.",
};

export default defineRule({
  meta: {
    id: 'meta-json-types',
    area: 'meta',
    description: 'Every keyword of the definition holds a value of the JSON type Swagger 2.0 and its extensions require.',
    severity: everywhere('error'),
    messages: {
      wrongType: 'Wrong JSON type: {detail}',
    },
  },
  create(context) {
    return {
      file({ file }) {
        for (const issue of schemaIssuesOf(context, file, 'apiDefinition', ['type'])) {
          if (isInExtension(issue.pointer)) continue;
          context.report({ messageId: 'wrongType', pointer: issue.pointer, data: { detail: issue.message } });
        }
      },
    };
  },
});
