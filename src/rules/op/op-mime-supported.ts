import type { JsonObject } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isKnownMediaType, knownMediaTypes, mediaType } from '../shared/mime.js';
import { clip } from '../shared/operation-text.js';

export const docs: RuleDocs = {
  rationale:
    'The validator refuses MIME types outside its supported list, which it prints only when it refuses one. The rule knows the types named in the documentation and used by accepted connectors (and any application/*+json); others are a warning, not an error, because the full list is unpublished. Malformed types are op-mime-valid.',
  fix: "Use 'application/json' for JSON, 'text/plain' for text, 'multipart/form-data' or 'application/x-www-form-urlencoded' for forms.",
  source: "Swagger Validator MimeTypeNotSupported.",
};

export default defineRule({
  meta: {
    id: 'op-mime-supported',
    area: 'op',
    description: 'Every `consumes` and `produces` entry is a MIME type the platform is known to support.',
    severity: certification('warning'),
    messages: {
      unknown: "The MIME type '{value}' in {list} is not one the platform is known to support; use one of {known} unless you have seen it accepted.",
    },
  },
  create(context) {
    const known = knownMediaTypes.join(', ');
    const check = (owner: JsonObject, ownerPointer: string) => {
      for (const list of ['consumes', 'produces'] as const) {
        const values = owner[list];
        if (!Array.isArray(values)) continue;
        values.forEach((value, index) => {
          const type = typeof value === 'string' ? mediaType(value) : undefined;
          if (typeof value === 'string' && type !== undefined && !isKnownMediaType(type)) {
            context.report({ messageId: 'unknown', pointer: joinPointer(ownerPointer, list, index), data: { value: clip(value), list, known } });
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
