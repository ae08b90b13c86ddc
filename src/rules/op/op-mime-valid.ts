import type { JsonObject } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { mediaType } from '../shared/mime.js';
import { clip } from '../shared/operation-text.js';

export const docs: RuleDocs = {
  rationale:
    'The validator rejects a malformed MIME type. This is the exact half of op-mime-supported, kept as its own rule so that it can be an error while unknown but well-formed types are only warned about.',
  fix: "Write the type as type/subtype with optional parameters: 'application/json', 'text/plain; charset=utf-8'.",
  source: "Swagger Validator MimeTypeNotValid.",
};

export default defineRule({
  meta: {
    id: 'op-mime-valid',
    area: 'op',
    description: 'Every `consumes` and `produces` entry is a well-formed MIME type.',
    severity: certification('error'),
    messages: {
      invalid: "'{value}' in {list} is not a MIME type; write it as type/subtype, such as 'application/json'.",
    },
  },
  create(context) {
    const check = (owner: JsonObject, ownerPointer: string) => {
      for (const list of ['consumes', 'produces'] as const) {
        const values = owner[list];
        if (!Array.isArray(values)) continue;
        values.forEach((value, index) => {
          if (typeof value === 'string' && mediaType(value) === undefined) {
            context.report({ messageId: 'invalid', pointer: joinPointer(ownerPointer, list, index), data: { value: clip(value), list } });
          }
        });
      }
    };
    return {
      apiDefinition({ value }) {
        check(value, '');
      },
      operation(node) {
        const { value } = node;
        check(value, node.pointer);
      },
    };
  },
});
