import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import type { JsonObject } from '../../core/nodes.js';
import { onSchemaLike } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'These lists are sets: a repeated value is a copy-paste slip at best, and the validator rejects it.',
  fix: "Delete the repeated entry (the finding's fix does).",
  source: 'Microsoft Learn, Swagger Validator rule ArrayDuplicateValue; Swagger 2.0 (uniqueItems on these lists).',
};

export default defineRule({
  meta: {
    id: 'schema-array-unique',
    area: 'schema',
    description: 'Lists that are sets (`enum`, `required`, `schemes`, `consumes`, `produces`, operation `tags`) have no repeated values.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      duplicate: "{value} appears more than once in '{list}'; remove the repeat.",
    },
  },
  create(context) {
    const check = (owner: JsonObject, ownerPointer: string, list: string) => {
      const values = owner[list];
      if (!Array.isArray(values)) return;
      const seen = new Set<string>();
      values.forEach((value, index) => {
        const key = JSON.stringify(value) ?? String(value);
        if (!seen.has(key)) return void seen.add(key);
        const at = joinPointer(ownerPointer, list, index);
        context.report({ messageId: 'duplicate', pointer: at, data: { value: key.slice(0, 60), list }, fix: [{ op: 'remove', path: at }] });
      });
    };
    const schemaLike = onSchemaLike(({ value, pointer, kind }) => {
      check(value, pointer, 'enum');
      if (kind === 'schema') check(value, pointer, 'required');
    });
    return {
      ...schemaLike,
      apiDefinition({ value }) {
        for (const list of ['schemes', 'consumes', 'produces']) check(value, '', list);
      },
      operation({ value, pointer }) {
        for (const list of ['schemes', 'consumes', 'produces', 'tags']) check(value, pointer, list);
      },
    };
  },
});
