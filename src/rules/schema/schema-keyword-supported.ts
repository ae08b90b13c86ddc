import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

/** JSON Schema and OpenAPI 3 keywords that Swagger 2.0, and so the platform, does not support in a schema. */
const unsupported: Record<string, string> = {
  oneOf: "describe the common properties, or use 'allOf' or x-ms-dynamic-schema",
  anyOf: "describe the common properties, or use 'allOf' or x-ms-dynamic-schema",
  not: 'describe the allowed values instead',
  nullable: "remove it (Swagger 2.0 has no null type; we recommend leaving the property out of required instead)",
};

const keywords = Object.keys(unsupported);

export const docs: RuleDocs = {
  rationale: 'Connectors are Swagger 2.0 documents; OpenAPI 3 and JSON Schema keywords are rejected by the validator or ignored by the designer.',
  fix: 'Rewrite the schema with Swagger 2.0 keywords, as the message suggests.',
  source: 'Microsoft Learn, Swagger Validator rule SwaggerKeywordNotSupported; FAQ.',
};

export default defineRule({
  meta: {
    id: 'schema-keyword-supported',
    area: 'schema',
    description: 'Schemas use only Swagger 2.0 keywords: no `oneOf`, `anyOf`, `not` or `nullable`.',
    severity: everywhere('error'),
    messages: {
      unsupported: "The '{keyword}' keyword is not supported in Swagger 2.0 schemas; {hint}.",
    },
  },
  create(context) {
    return {
      schema(node) {
        const { value } = node;
        // Four reads by name: nearly every schema holds none of these, and a loop over the list runs in V8's interpreter
        // for each of them in a first validation.
        if (value.oneOf === undefined && value.anyOf === undefined && value.not === undefined && value.nullable === undefined) return;
        for (const keyword of keywords) {
          if (value[keyword] === undefined) continue;
          context.report({ messageId: 'unsupported', pointer: joinPointer(node.pointer, keyword), target: 'key', data: { keyword, hint: unsupported[keyword]! } });
        }
      },
    };
  },
});
