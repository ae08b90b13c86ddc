import type { JsonObject } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { entries, isObject } from '../../core/walk.js';
import { isSuccessCode, operationLabel, operationResponses } from '../shared/responses.js';
import { isDynamicSchema, resolveSchema } from '../shared/schemas.js';

/** An object that allows any keys and names none: a dictionary of unknown values. */
function isFreeForm(schema: JsonObject): boolean {
  if (isDynamicSchema(schema) || schema.allOf !== undefined || entries(schema.properties).length > 0) return false;
  if (schema.type !== undefined && schema.type !== 'object') return false;
  const extra = schema.additionalProperties;
  return extra === true || (isObject(extra) && Object.keys(extra).length === 0);
}

export const docs: RuleDocs = {
  rationale: 'Flows can only pick outputs that the schema names; a free-form object gives them a single opaque blob.',
  fix: 'Replace `additionalProperties: true` (or `{}`) with the `properties` the service returns, with types and descriptions.',
  source: 'Microsoft Learn, certification submission',
};

export default defineRule({
  meta: {
    id: 'resp-exact-schema',
    area: 'resp',
    description: 'A success response schema names its properties rather than allowing any object.',
    severity: certification('warning'),
    messages: {
      freeForm: "The {code} response of operation '{operation}' allows any object without naming its properties; describe the fields the service returns.",
    },
  },
  create(context) {
    const reported = new Set<string>();
    return {
      operation(operation) {
        for (const response of operationResponses(operation, context.refs)) {
          if (!isSuccessCode(response.code) || response.value?.schema === undefined) continue;
          const schemaPointer = joinPointer(response.pointer, 'schema');
          const schema = resolveSchema(context.refs, response.value.schema, schemaPointer);
          if (!schema || !isFreeForm(schema.value) || reported.has(schema.pointer)) continue;
          reported.add(schema.pointer);
          context.report({ messageId: 'freeForm', pointer: schemaPointer, data: { code: response.code, operation: operationLabel(operation) } });
        }
      },
    };
  },
});
