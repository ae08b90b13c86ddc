import { joinPointer } from '../../core/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { declaredType } from '../shared/schemas.js';

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
    },
  },
  create(context) {
    return {
      schema({ value, pointer }) {
        const type = declaredType(value);
        if (!Array.isArray(value.required) || type === undefined || type === 'object') return;
        context.report({ messageId: 'notObject', pointer: joinPointer(pointer, 'required'), data: { type } });
      },
    };
  },
});
