import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { show } from '../shared/extensions.js';
import { inAllowedCase, replaceWith } from '../shared/fixes.js';

export const docs: RuleDocs = {
  rationale: 'The extension says how often a path segment is URL-encoded; elsewhere it has no meaning.',
  fix: 'Use `single` or `double` on path parameters only. (On query parameters the finding is param-query-no-encoding\'s.) The finding\'s fix lower-cases a capitalised value and removes the key from a parameter that is not in the path.',
  source: 'Microsoft Learn, OpenAPI extensions; the repository schema.',
};

export default defineRule({
  meta: {
    id: 'ext-url-encoding',
    area: 'ext',
    description: "`x-ms-url-encoding` is 'single' or 'double', and appears only on path parameters.",
    severity: everywhere('error'),
    fixable: true,
    messages: {
      invalid: "x-ms-url-encoding is {value}; use 'single' (the default) or 'double'.",
      notPath: "x-ms-url-encoding applies only to path parameters, and this one is in '{location}'; remove it.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-url-encoding'({ value, pointer, owner, ownerValue }) {
        if (value !== 'single' && value !== 'double') {
          const spelt = inAllowedCase(value, ['single', 'double']);
          context.report({ messageId: 'invalid', pointer, data: { value: show(value) }, ...(spelt && { fix: replaceWith(pointer, spelt) }) });
        }
        const location = ownerValue.in;
        // Query parameters: param-query-no-encoding.
        if (owner === 'parameter' && typeof location === 'string' && location !== 'path' && location !== 'query') {
          context.report({ messageId: 'notPath', pointer, target: 'key', data: { location }, fix: [{ op: 'remove', path: pointer }] });
        }
      },
    };
  },
});
