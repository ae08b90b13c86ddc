import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { bodyParameterOf, collectProperties, collectRequired, forEachExpanded, resolveSchema } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'A read-only property must not be sent, and a required one must be: together they make every request invalid.',
  fix: 'Remove the property from `required`, or remove `readOnly` if clients do send it (or use a separate schema for requests).',
  source: 'Microsoft Learn, Swagger Validator rule RequiredReadOnlyPropertyNotAllowedAsInput.',
};

export default defineRule({
  meta: {
    id: 'schema-readonly-required-input',
    area: 'schema',
    description: 'No property of a request body schema is both `readOnly` and required.',
    severity: everywhere('error'),
    messages: {
      readOnlyRequired: "Property '{name}' of the request body is read-only and required, so no request can be valid; make it optional or writable.",
    },
  },
  create(context) {
    const visited = new Set<string>();
    const reported = new Set<string>();
    return {
      operation(operation) {
        const body = bodyParameterOf(operation.parameters);
        if (!body) return;
        forEachExpanded(context.refs, body.value.schema, joinPointer(body.pointer, 'schema'), visited, (schema) => {
          // Only `required` lists, the schema's own or its parts', can name a property.
          if (schema.value.required === undefined && schema.value.allOf === undefined) return;
          const required = collectRequired(context.refs, schema);
          if (required.size === 0) return;
          for (const [name, property] of collectProperties(context.refs, schema)) {
            if (!required.has(name)) continue;
            const target = resolveSchema(context.refs, property.value, property.pointer);
            if (target?.value.readOnly !== true || reported.has(target.pointer)) continue;
            reported.add(target.pointer);
            context.report({ messageId: 'readOnlyRequired', pointer: target.pointer, data: { name } });
          }
        });
      },
    };
  },
});
