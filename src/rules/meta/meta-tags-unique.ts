import { getOwn, joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'A tag is identified by its name; declaring it twice is invalid Swagger 2.0 and the validator rejects it.',
  fix: "Remove the repeated entry from `tags`, merging its description into the first one if needed. When the entry repeats the first one exactly, the finding's fix removes it.",
  source: 'Swagger 2.0 specification; validator TagRedefined.',
};

export default defineRule({
  meta: {
    id: 'meta-tags-unique',
    area: 'meta',
    description: 'The names of the root `tags` are unique.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      duplicate: "Tag '{name}' is declared again (first as tag {first}); declare each tag once.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const tags = getOwn(value, 'tags');
        if (!Array.isArray(tags)) return;
        const seen = new Map<string, number>();
        const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
        tags.forEach((tag, index) => {
          const name = getOwn(tag, 'name');
          if (typeof name !== 'string') return;
          const first = seen.get(name);
          if (first === undefined) seen.set(name, index);
          else {
            const fix = same(tag, tags[first]) ? [{ op: 'remove' as const, path: joinPointer('/tags', index) }] : undefined;
            context.report({ messageId: 'duplicate', pointer: joinPointer('/tags', index, 'name'), data: { name: name.slice(0, 60), first }, ...(fix && { fix }) });
          }
        });
      },
    };
  },
});
