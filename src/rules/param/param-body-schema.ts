import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

/** Keywords of non-body parameters; a body parameter describes its value with `schema` instead. */
const nonBodyKeywords = [
  'type',
  'format',
  'items',
  'collectionFormat',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
  'allowEmptyValue',
];

export const docs: RuleDocs = {
  rationale: 'Swagger 2.0 describes a body by its schema alone; keywords such as `type` on the parameter itself are not read, and the validator rejects them.',
  fix: 'Put the type, format, enum and other constraints inside `schema`, or reference a definition with `"schema": { "$ref": "#/definitions/..." }`.',
  source: 'Swagger Validator BodyParameterSchemaRequired and BodyParameterPropertyNotValid; Swagger 2.0 schema (bodyParameter).',
};

export default defineRule({
  meta: {
    id: 'param-body-schema',
    area: 'param',
    description: 'A body parameter has a `schema` and none of the keywords of other parameters (`type`, `format`, `enum`...).',
    severity: everywhere('error'),
    messages: {
      missing: 'The body parameter {parameter} has no schema; describe the payload with "schema".',
      keyword: "The body parameter {parameter} uses '{keyword}'; move it into the parameter's schema.",
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        if (locationOf(value) !== 'body') return;
        const parameter = parameterLabel(value);
        if (!has(value, 'schema')) context.report({ messageId: 'missing', pointer: node.pointer, data: { parameter } });
        for (const keyword of nonBodyKeywords) {
          if (has(value, keyword)) context.report({ messageId: 'keyword', pointer: joinPointer(node.pointer, keyword), target: 'key', data: { parameter, keyword } });
        }
      },
    };
  },
});
