import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { quotedList } from '../../parse/wording.js';

/** Most references stand alone: this look allocates nothing. */
function hasSibling(holder: object): boolean {
  for (const key in holder) if (key !== '$ref') return true;
  return false;
}

export const docs: RuleDocs = {
  rationale:
    'A reference object is replaced by its target, so keys written beside `$ref` are ignored; the validator rejects them. One finding per object, at its first extra key, names every key beside the `$ref` (earlier versions reported each key apart).',
  levelReason:
    'Microsoft\'s Swagger Validator rejects such keys (AdditionalPropertyNotAllowedAdjacentToRef, on its documented rule list), so a submission or an update that keeps them fails validation. 15 of the 277 certified repository folders (5.4 %) still hold them; none of the independent-publisher corpus does.',
  fix: 'Move the key (a description, x-ms-summary, ...) into the referenced definition, or write the schema inline instead of the `$ref`. The finding\'s fix removes the keys, which changes nothing the platform does since it ignores them; move them first if you want to keep their text.',
  source: 'Microsoft Learn, Swagger Validator rule AdditionalPropertyNotAllowedAdjacentToRef; JSON Reference.',
};

export default defineRule({
  meta: {
    id: 'schema-ref-no-siblings',
    area: 'schema',
    description: 'An object holding `$ref` has no other keys.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      sibling: "{keys} beside '$ref' {verb} ignored; move {them} into the referenced object or drop the reference.",
    },
  },
  create(context) {
    return {
      ref({ pointer, holder, expects }) {
        // A path item `$ref` is refused outright (path-no-ref).
        if (expects === 'pathItem') return;
        if (!hasSibling(holder)) return;
        const keys = Object.keys(holder).filter((key) => key !== '$ref');
        const data = { keys: quotedList(keys), verb: keys.length === 1 ? 'is' : 'are', them: keys.length === 1 ? 'it' : 'them' };
        const fix = keys.map((key) => ({ op: 'remove' as const, path: joinPointer(pointer, key) }));
        context.report({ messageId: 'sibling', pointer: joinPointer(pointer, keys[0]!), target: 'key', data, fix });
      },
    };
  },
});
