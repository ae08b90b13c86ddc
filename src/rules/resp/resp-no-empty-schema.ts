import type { JsonObject } from '../../core/nodes.js';
import { joinPointer } from '../../core/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { entries, isObject } from '../../core/walk.js';
import { isDynamicSchema, resolveSchema } from '../shared/schemas.js';

/** Keywords that give a schema a shape; an object schema with none of them says nothing about the body. */
function isEmptySchema(schema: JsonObject): boolean {
  if (isDynamicSchema(schema) || schema.allOf !== undefined || schema.items !== undefined) return false;
  if (schema.type !== undefined && schema.type !== 'object') return false;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return false;
  return entries(schema.properties).length === 0;
}

export const docs: RuleDocs = {
  rationale: 'An empty schema hides every output from the designer; certification rejects it unless the schema is dynamic.',
  fix: 'List the returned properties under `properties` (or use `x-ms-dynamic-schema` when the shape depends on inputs). If the service returns no body, remove the schema and use a 204 response.',
  source:
    "Microsoft Learn, certification submission; enforced by reviewers since 2021, so connectors merged earlier may still have them.",
};

export default defineRule({
  meta: {
    id: 'resp-no-empty-schema',
    area: 'resp',
    description: 'A response schema is not empty (`{}` or an object without properties), unless it is dynamic.',
    severity: certification('error'),
    messages: {
      empty: 'The {code} response schema is empty, so flows see no outputs; describe the properties the service returns.',
      emptyRef: "The {code} response schema '{ref}' is empty, so flows see no outputs; describe the properties the service returns.",
    },
  },
  create(context) {
    return {
      response({ value, pointer, code }) {
        // A schema on `default` is resp-default-no-schema's finding, empty or not.
        if (code === 'default' || !isObject(value.schema)) return;
        const schemaPointer = joinPointer(pointer, 'schema');
        const target = resolveSchema(context.refs, value.schema, schemaPointer);
        if (!target || !isEmptySchema(target.value)) return;
        if (target.pointer === schemaPointer) context.report({ messageId: 'empty', pointer: schemaPointer, data: { code } });
        else context.report({ messageId: 'emptyRef', pointer: schemaPointer, data: { code, ref: `#${target.pointer}` } });
      },
    };
  },
});
