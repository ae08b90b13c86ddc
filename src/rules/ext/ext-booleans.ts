import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { extensionVisitors, show } from '../shared/extensions.js';
import { convertedTo, replaceWith } from '../shared/fixes.js';

const booleanExtensions = ['x-ms-safe-operation', 'x-ms-no-generic-test', 'x-ms-localizeDefaultValue', 'x-ms-notification-url'];

export const docs: RuleDocs = {
  rationale: 'These flags are read as JSON booleans; a string such as "true" is not one.',
  fix: "Write `true` or `false` without quotes. The finding's fix does it for the strings 'true' and 'false' in any case.",
  source: 'The repository schema apiDefinition.swagger.schema.json; Swagger 2.0 (deprecated).',
};

export default defineRule({
  meta: {
    id: 'ext-booleans',
    area: 'ext',
    description: '`x-ms-safe-operation`, `x-ms-no-generic-test`, `x-ms-localizeDefaultValue`, `x-ms-notification-url` and `deprecated` are booleans.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      notBoolean: '{name} is {value}; write true or false, without quotes.',
    },
  },
  create(context) {
    const report = (name: string, value: unknown, pointer: string) => {
      const fixed = convertedTo('boolean', value);
      context.report({ messageId: 'notBoolean', pointer, data: { name, value: show(value) }, ...(fixed && { fix: replaceWith(pointer, fixed.value) }) });
    };
    return {
      ...extensionVisitors(booleanExtensions, ({ name, value, pointer }) => {
        if (typeof value !== 'boolean') report(name, value, pointer);
      }),
      operation({ value, pointer }) {
        if (value.deprecated !== undefined && typeof value.deprecated !== 'boolean') report('deprecated', value.deprecated, joinPointer(pointer, 'deprecated'));
      },
    };
  },
});
