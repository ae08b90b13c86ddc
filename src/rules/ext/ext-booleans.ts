import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { show } from '../shared/extensions.js';

const booleanExtensions = ['x-ms-safe-operation', 'x-ms-no-generic-test', 'x-ms-localizeDefaultValue', 'x-ms-notification-url'];

export const docs: RuleDocs = {
  rationale: 'These flags are read as JSON booleans; a string such as "true" is not one.',
  fix: 'Write `true` or `false` without quotes.',
  source: 'The repository schema apiDefinition.swagger.schema.json; Swagger 2.0 (deprecated).',
};

export default defineRule({
  meta: {
    id: 'ext-booleans',
    area: 'ext',
    description: '`x-ms-safe-operation`, `x-ms-no-generic-test`, `x-ms-localizeDefaultValue`, `x-ms-notification-url` and `deprecated` are booleans.',
    severity: everywhere('error'),
    messages: {
      notBoolean: '{name} is {value}; write true or false, without quotes.',
    },
  },
  create(context) {
    return {
      extension(node) {
        const { name, value } = node;
        if (booleanExtensions.includes(name) && typeof value !== 'boolean') context.report({ messageId: 'notBoolean', pointer: node.pointer, data: { name, value: show(value) } });
      },
      operation(node) {
        const { value } = node;
        if (value.deprecated !== undefined && typeof value.deprecated !== 'boolean') {
          context.report({ messageId: 'notBoolean', pointer: joinPointer(node.pointer, 'deprecated'), data: { name: 'deprecated', value: show(value.deprecated) } });
        }
      },
    };
  },
});
