import type { JsonObject, SchemaNode } from '../../core/nodes.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';

/** Keys that say something about a value's shape; a property with none of them is empty. */
const shapeKeys = ['type', '$ref', 'properties', 'items', 'additionalProperties', 'allOf', 'enum', 'format', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'];

function isEmpty(schema: JsonObject): boolean {
  // Nearly every property has a type or a reference: read by name, they spare it the loop, which runs in V8's
  // interpreter for each of thousands of properties in a first validation.
  if (schema.type !== undefined || schema.$ref !== undefined) return false;
  for (const key of shapeKeys) if (schema[key] !== undefined) return false;
  return true;
}

export const docs: RuleDocs = {
  rationale: 'An empty property tells the designer nothing: it shows as an untyped field. Certification asks to remove such properties unless they are required.',
  fix: 'Add `type` (and `format`, `description`, `x-ms-summary`) to the property, or delete it.',
  source: 'Microsoft Learn, certification submission',
};

export default defineRule({
  meta: {
    id: 'schema-remove-empty-properties',
    area: 'schema',
    description: 'No property schema is empty (no type, reference or properties) unless the property is required.',
    severity: certification('warning'),
    messages: {
      empty: "Property '{name}' has an empty schema; give it a type (and a description), or remove it.",
    },
  },
  create(context) {
    // Each parent's required names as a set, built once: objects may have thousands of properties.
    const requiredOf = new WeakMap<SchemaNode, Set<unknown>>();
    const required = (parent: SchemaNode) => {
      let names = requiredOf.get(parent);
      if (!names) requiredOf.set(parent, (names = new Set(Array.isArray(parent.value.required) ? parent.value.required : [])));
      return names;
    };
    return {
      schema(node) {
        const { value, role, parent, propertyName } = node;
        if (role !== 'property' || propertyName === undefined || !isEmpty(value)) return;
        if (parent && required(parent).has(propertyName)) return;
        context.report({ messageId: 'empty', pointer: node.pointer, data: { name: propertyName } });
      },
    };
  },
});
