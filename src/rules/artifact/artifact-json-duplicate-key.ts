import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { unescapeSegment } from '../../parse/pointer.js';

export const docs: RuleDocs = {
  rationale:
    'JSON readers keep only one of two equal keys, silently: an edit to the first copy then has no effect. The platform accepts such files, so this is a warning.',
  fix: 'Merge the two entries into one.',
  source: 'RFC 8259 (names within an object should be unique); found in accepted connectors.',
};

export default defineRule({
  meta: {
    id: 'artifact-json-duplicate-key',
    area: 'artifact',
    description: 'No object in the JSON files has the same key twice.',
    severity: everywhere('warning'),
    messages: {
      duplicate: "Key '{key}' appears more than once in the same object; only the last value is used, so remove the others.",
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.type !== 'json') return;
        for (const diagnostic of file.diagnostics) {
          if (diagnostic.code !== 'duplicate-key' || diagnostic.pointer === undefined) continue;
          const key = unescapeSegment(diagnostic.pointer.slice(diagnostic.pointer.lastIndexOf('/') + 1));
          context.report({
            messageId: 'duplicate',
            pointer: diagnostic.pointer,
            data: { key },
            span: { offset: diagnostic.offset, length: diagnostic.length },
          });
        }
      },
    };
  },
});
