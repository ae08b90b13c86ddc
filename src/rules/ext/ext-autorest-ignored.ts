import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { extensionVisitors } from '../shared/extensions.js';

/** AutoRest extensions the platform ignores, and what to use instead. */
const ignored: Record<string, string> = {
  'x-ms-parameter-location': 'remove it',
  'x-ms-skip-url-encoding': "use x-ms-url-encoding on path parameters instead",
  'x-ms-enum': 'use x-ms-enum-values to give display names instead',
};

const ignoredNames = Object.keys(ignored);

export const docs: RuleDocs = {
  rationale: 'Definitions generated for Azure SDKs carry AutoRest extensions that have no effect on a connector and mislead readers.',
  fix: 'Remove the extension, or use the Power Platform equivalent named in the message.',
  source: 'The repository schema apiDefinition.swagger.schema.json',
};

export default defineRule({
  meta: {
    id: 'ext-autorest-ignored',
    area: 'ext',
    description: '`x-ms-parameter-location`, `x-ms-skip-url-encoding` and `x-ms-enum` (AutoRest extensions) are not used: Power Platform ignores them.',
    severity: certification('info'),
    messages: {
      ignored: '{name} is an AutoRest extension that Power Platform ignores; {instead}.',
    },
  },
  create(context) {
    return extensionVisitors(ignoredNames, (node) => {
      const { name } = node;
      context.report({ messageId: 'ignored', pointer: node.pointer, target: 'key', data: { name, instead: ignored[name]! } });
    });
  },
});
