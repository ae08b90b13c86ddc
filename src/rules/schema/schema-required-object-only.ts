import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { collectProperties, declaredType, resolveSchema } from '../shared/schemas.js';
import { quotedList } from '../../parse/wording.js';

export const docs: RuleDocs = {
  rationale: '`required` names properties of an object; on a string, array or number it means nothing and the validator rejects it.',
  fix: "Move the property name to the `required` list of the object that holds this property, or delete the list.",
  source: 'Microsoft Learn, Swagger Validator rule RequiredPropertyNotOnObject.',
};

export default defineRule({
  meta: {
    id: 'schema-required-object-only',
    area: 'schema',
    description: 'A `required` list appears only on schemas of type `object`.',
    severity: everywhere('error'),
    messages: {
      notObject: "A schema of type '{type}' has a 'required' list, which only objects can have; remove it or list the names on the parent object.",
      intoItems: "An array schema has a 'required' list, which only objects can have; move it into 'items', whose objects define {names}.",
    },
  },
  create(context) {
    return {
      schema(node) {
        const { value } = node;
        const type = declaredType(value);
        if (!Array.isArray(value.required) || type === undefined || type === 'object') return;
        const at = joinPointer(node.pointer, 'required');
        // Beside `type: array` the names usually belong to the items' objects: say so rather than "the parent".
        const items = type === 'array' ? resolveSchema(context.refs, value.items, joinPointer(node.pointer, 'items')) : undefined;
        const defined = items ? collectProperties(context.refs, items) : new Map();
        const names = value.required.filter((name): name is string => typeof name === 'string' && defined.has(name));
        if (names.length > 0) context.report({ messageId: 'intoItems', pointer: at, data: { names: quotedList(names) } });
        else context.report({ messageId: 'notObject', pointer: at, data: { type } });
      },
    };
  },
});
