import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { show } from '../shared/extensions.js';

/** Digits separated by dots, at least two parts: `1.0`, `2.4.1`. Scanned by hand to stay linear. */
function isDottedVersion(text: string): boolean {
  const parts = text.split('.');
  return parts.length >= 2 && parts.every((part) => part !== '' && [...part].every((char) => char >= '0' && char <= '9'));
}

export const docs: RuleDocs = {
  rationale: 'The deployment version is compared as a version number when the connector is deployed.',
  fix: 'Use digits separated by dots, for example `"1.2.0"`.',
  source: 'The repository schema apiDefinition.swagger.schema.json (x-ms-deployment-version, pattern ^\\d+(\\.\\d+)+$).',
};

export default defineRule({
  meta: {
    id: 'ext-deployment-version',
    area: 'ext',
    description: '`info.x-ms-deployment-version` is a dotted version number such as `1.0.0`.',
    severity: everywhere('error'),
    messages: {
      invalid: 'x-ms-deployment-version is {value}; write a dotted version number such as "1.0.0".',
    },
  },
  create(context) {
    return {
      'extension:x-ms-deployment-version'(node) {
        const { value } = node;
        if ((typeof value === 'string' && isDottedVersion(value))) return;
        context.report({ messageId: 'invalid', pointer: node.pointer, data: { value: show(value) } });
      },
    };
  },
});
