import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { replaceWith } from '../shared/fixes.js';
import { isWithin } from '../../parse/pointer.js';
import { isInExtension, schemaIssuesOf } from '../shared/schema-issues.js';

export const docs: RuleDocs = {
  rationale: 'Keywords such as `in`, `type`, `format`, `collectionFormat` and the `x-ms-*` extensions take a fixed set of values; the platform cannot interpret any other, and the validator rejects it.',
  fix: 'Use one of the values the message lists (it suggests the closest one; when no other allowed value is near, the finding carries a fix that writes it). Values of `schemes` are reported by meta-schemes.',
  source: "Microsoft Learn, Swagger Validator rule JsonValueNotInEnum and OpenAPI extensions reference; connector-certify's schema schemas/apiDefinition.swagger.schema.json.",
};

export default defineRule({
  meta: {
    id: 'meta-json-enums',
    area: 'meta',
    description: 'Every enumerated keyword of the definition holds one of its allowed values.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      notAllowed: 'Value not allowed: {detail}',
    },
  },
  create(context) {
    return {
      file({ file }) {
        for (const issue of schemaIssuesOf(context, file, 'apiDefinition', ['enum'])) {
          if (isWithin(issue.pointer, '/schemes')) continue; // meta-schemes says why a scheme is refused
          if (isInExtension(issue.pointer)) continue;
          const fix = issue.replacement !== undefined ? replaceWith(issue.pointer, issue.replacement) : undefined;
          context.report({ messageId: 'notAllowed', pointer: issue.pointer, data: { detail: issue.message }, ...(fix && { fix }) });
        }
      },
    };
  },
});
