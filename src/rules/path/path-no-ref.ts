import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';

export const docs: RuleDocs = {
  rationale: 'The platform reads path items only where they are written; a `$ref` path item is not followed and its operations would be lost.',
  fix: 'Copy the referenced path item in place of the `$ref`.',
  source: "Swagger Validator PathItemRefNotSuppored.",
};

export default defineRule({
  meta: {
    id: 'path-no-ref',
    area: 'path',
    description: 'Path items are written in place, not as `$ref`.',
    severity: everywhere('error'),
    messages: {
      ref: "The path item is a reference to '{ref}'; the platform does not support $ref for paths, so write the operations under the path itself.",
    },
  },
  create(context) {
    return {
      ref(node) {
        const { expects, ref } = node;
        if (expects === 'pathItem') context.report({ messageId: 'ref', pointer: joinPointer(node.pointer, '$ref'), data: { ref: clip(ref) } });
      },
    };
  },
});
