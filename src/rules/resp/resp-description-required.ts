import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'Swagger 2.0 requires `description` on every Response Object; definitions without it are not valid Swagger.',
  fix: 'Add `"description": "..."` to the response, for example "The station was found."',
  source: 'Swagger 2.0 specification, Response Object (`description` is required); the repository schema apiDefinition.swagger.schema.json.',
};

export default defineRule({
  meta: {
    id: 'resp-description-required',
    area: 'resp',
    description: 'Every response object has a `description` string.',
    severity: everywhere('error'),
    messages: {
      missing: "Response '{code}' has no description; add one sentence that says when the service returns it.",
    },
  },
  create(context) {
    return {
      response(node) {
        const { value, code } = node;
        if (typeof value.description === 'string') return;
        // A description of the wrong type is meta-json-types' finding.
        if (value.description !== undefined) return;
        context.report({ messageId: 'missing', pointer: node.pointer, data: { code } });
      },
    };
  },
});
