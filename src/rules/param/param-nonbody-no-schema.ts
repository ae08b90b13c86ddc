import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'In Swagger 2.0, query, header, path and formData parameters are simple values described by `type`; their `schema` is not read, and the validator rejects it.',
  fix: 'Replace `schema` with `type` and the other simple keywords, or make the parameter the body.',
  source: "Swagger Validator NonBodyParameterSchemaNotValid.",
};

export default defineRule({
  meta: {
    id: 'param-nonbody-no-schema',
    area: 'param',
    description: 'Only body parameters have a `schema`; the others use `type`.',
    severity: everywhere('error'),
    messages: {
      schema: 'The {location} parameter {parameter} has a schema; describe it with "type" (and "format", "items", "enum") instead.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const location = locationOf(value);
        if (location === undefined || location === 'body' || !has(value, 'schema')) return;
        context.report({ messageId: 'schema', pointer: joinPointer(node.pointer, 'schema'), target: 'key', data: { location, parameter: parameterLabel(value) } });
      },
    };
  },
});
