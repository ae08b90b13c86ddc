import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';

export const docs: RuleDocs = {
  rationale: 'HTTP header names are case-insensitive, so two entries that differ only in case describe the same header.',
  fix: 'Merge the two header entries into one.',
  source: 'Microsoft Learn, Swagger Validator rule ResponseHeadersAreNotUnique.',
};

export default defineRule({
  meta: {
    id: 'resp-headers-unique',
    area: 'resp',
    description: 'Response header names are unique, compared case-insensitively.',
    severity: everywhere('error'),
    messages: {
      duplicate: "Response header '{name}' repeats '{first}' (header names ignore case); keep one of them.",
    },
  },
  create(context) {
    return {
      response(node) {
        const { headers } = node.value;
        if (!isObject(headers)) return;
        const seen = new Map<string, string>();
        for (const name of Object.keys(headers)) {
          const key = name.toLowerCase();
          const first = seen.get(key);
          if (first === undefined) seen.set(key, name);
          else context.report({ messageId: 'duplicate', pointer: joinPointer(node.pointer, 'headers', name), target: 'key', data: { name, first } });
        }
      },
    };
  },
});
