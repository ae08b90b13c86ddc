import { joinPointer } from '../../core/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'A reference object is replaced by its target, so keys written beside `$ref` are ignored; the validator rejects them.',
  fix: 'Move the key (a description, x-ms-summary, ...) into the referenced definition, or write the schema inline instead of the `$ref`.',
  source: 'Microsoft Learn, Swagger Validator rule AdditionalPropertyNotAllowedAdjacentToRef; JSON Reference.',
};

export default defineRule({
  meta: {
    id: 'schema-ref-no-siblings',
    area: 'schema',
    description: 'An object holding `$ref` has no other keys.',
    severity: everywhere('error'),
    messages: {
      sibling: "'{key}' sits beside '$ref' and is ignored; move it into the referenced object or drop the reference.",
    },
  },
  create(context) {
    return {
      ref({ pointer, holder, expects }) {
        // A path item `$ref` is refused outright (path-no-ref).
        if (expects === 'pathItem') return;
        for (const key of Object.keys(holder)) {
          if (key !== '$ref') context.report({ messageId: 'sibling', pointer: joinPointer(pointer, key), target: 'key', data: { key } });
        }
      },
    };
  },
});
