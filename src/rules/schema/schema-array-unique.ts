import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import type { JsonObject } from '../../core/nodes.js';
import { onSchemaLike } from '../shared/schemas.js';

/** The lists that are sets, on the root and on an operation. */
const rootLists = ['schemes', 'consumes', 'produces'];
const operationLists = ['schemes', 'consumes', 'produces', 'tags'];
const root = { pointer: '' };

export const docs: RuleDocs = {
  rationale: 'These lists are sets: a repeated value is a copy-paste slip at best, and the validator rejects it.',
  fix: 'Delete the repeated entry.',
  source: 'Microsoft Learn, Swagger Validator rule ArrayDuplicateValue; Swagger 2.0 (uniqueItems on these lists).',
};

export default defineRule({
  meta: {
    id: 'schema-array-unique',
    area: 'schema',
    description: 'Lists that are sets (`enum`, `required`, `schemes`, `consumes`, `produces`, operation `tags`) have no repeated values.',
    severity: everywhere('error'),
    messages: {
      duplicate: "{value} appears more than once in '{list}'; remove the repeat.",
    },
  },
  create(context) {
    const check = (owner: JsonObject, at: { readonly pointer: string }, list: string) => {
      const values = owner[list];
      if (!Array.isArray(values) || values.length < 2) return;
      const seen = new Set<string>();
      values.forEach((value, index) => {
        const key = JSON.stringify(value) ?? String(value);
        if (!seen.has(key)) return void seen.add(key);
        context.report({ messageId: 'duplicate', pointer: joinPointer(at.pointer, list, index), data: { value: key.slice(0, 60), list } });
      });
    };
    const schemaLike = onSchemaLike((target) => {
      check(target.value, target, 'enum');
      if (target.kind === 'schema') check(target.value, target, 'required');
    });
    return {
      ...schemaLike,
      apiDefinition({ value }) {
        for (const list of rootLists) check(value, root, list);
      },
      operation(operation) {
        for (const list of operationLists) check(operation.value, operation, list);
      },
    };
  },
});
