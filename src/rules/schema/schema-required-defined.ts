import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { collectProperties, declaredType } from '../shared/schemas.js';

/** Whether the schema's own `properties` define every required name: the usual case, told without collecting `allOf` parts. */
function ownPropertiesCover(properties: unknown, required: unknown[]): boolean {
  if (!isObject(properties)) return false;
  for (const name of required) if (typeof name === 'string' && !Object.hasOwn(properties, name)) return false;
  return true;
}

export const docs: RuleDocs = {
  rationale:
    'A required name without a property is usually a typo or a property that was renamed; the validator rejects it. A `required` list on a schema of another type (such as an array whose properties sit under `items`) is reported once, by schema-required-object-only.',
  fix: 'Correct the name in `required`, or add the missing property.',
  source: 'Microsoft Learn, Swagger Validator rule RequiredPropertyDefinitionMissing.',
};

export default defineRule({
  meta: {
    id: 'schema-required-defined',
    area: 'schema',
    description: 'Every name in `required` is a property the schema defines (its `allOf` parts included).',
    severity: everywhere('error'),
    messages: {
      undefinedName: "'{name}' is listed as required but the schema defines no such property; add it to 'properties' or fix the name.",
    },
  },
  create(context) {
    return {
      schema(node) {
        const { value, role, parent } = node;
        if (!Array.isArray(value.required) || value.required.length === 0) return;
        // A list beside another type (often `array`, its properties under `items`) is schema-required-object-only's.
        const type = declaredType(value);
        if (type !== undefined && type !== 'object') return;
        if (ownPropertiesCover(value.properties, value.required)) return;
        // An allOf part may require a property that a sibling part defines.
        const owner = role === 'allOf' && parent ? parent : { value, pointer: node.pointer };
        const properties = collectProperties(context.refs, owner);
        if (owner !== undefined && owner.pointer !== node.pointer) for (const [name, found] of collectProperties(context.refs, { value, pointer: node.pointer })) properties.set(name, found);
        value.required.forEach((name, index) => {
          if (typeof name === 'string' && !properties.has(name)) {
            context.report({ messageId: 'undefinedName', pointer: joinPointer(node.pointer, 'required', index), data: { name } });
          }
        });
      },
    };
  },
});
