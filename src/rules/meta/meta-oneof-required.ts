import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { schemaIssuesOf } from '../shared/schema-issues.js';

export const docs: RuleDocs = {
  rationale: 'Some keys are mandatory (the root needs `info` and `paths`), and some values must take one of several shapes; the platform cannot read a definition that misses them, and the validator rejects it.',
  fix: 'Add the missing key, or rewrite the value in one of its documented shapes.',
  source: "Microsoft Learn, Swagger Validator rules RequiredPropertyMissing and OneOfPropertiesRequired; connector-certify's schema schemas/apiDefinition.swagger.schema.json.",
};

export default defineRule({
  meta: {
    id: 'meta-oneof-required',
    area: 'meta',
    description: 'Keys the structure requires are present, and values match one of their allowed shapes.',
    severity: everywhere('error'),
    messages: {
      missingKey: 'Missing key: {detail}',
      shape: 'Structure: {detail}',
    },
  },
  create(context) {
    return {
      file({ file }) {
        for (const issue of schemaIssuesOf(context, file, 'apiDefinition', ['required', 'other'])) {
          const messageId = issue.kind === 'required' ? 'missingKey' : 'shape';
          context.report({ messageId, pointer: issue.pointer, data: { detail: issue.message } });
        }
      },
    };
  },
});
