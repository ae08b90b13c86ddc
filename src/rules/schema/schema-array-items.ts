import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { onSchemaLike } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'Without `items` the designer cannot show or build the elements of the array; Swagger 2.0 requires it.',
  fix: 'Add `"items": { "type": "string" }` (or the element schema, or a `$ref` to it).',
  source: 'Microsoft Learn, Swagger Validator rule ArrayHasNoItems; Swagger 2.0 (items is required when type is array).',
};

export default defineRule({
  meta: {
    id: 'schema-array-items',
    area: 'schema',
    description: 'Every `type: array` schema, parameter or header defines `items`.',
    severity: everywhere('error'),
    messages: {
      missing: 'This array has no items schema; add "items" with the type of its elements.',
    },
  },
  create(context) {
    return onSchemaLike(
      (target) => context.report({ messageId: 'missing', pointer: target.pointer }),
      (value) => value.type === 'array' && value.items === undefined,
    );
  },
});
