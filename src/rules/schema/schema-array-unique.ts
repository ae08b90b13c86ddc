import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import type { JsonObject } from '../../core/nodes.js';
import { onSchemaLike } from '../shared/schemas.js';

const documentLists = ['schemes', 'consumes', 'produces'];
const operationLists = ['schemes', 'consumes', 'produces', 'tags'];

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
      if (!Array.isArray(values) || values.length < 2) return;
      // Scalars are compared as they are (1 and '1' differ in a Set as in JSON), objects and arrays by their JSON text.
      const scalars = new Set<unknown>();
      let texts: Set<string> | undefined;
      for (let index = 0; index < values.length; index++) {
        const value: unknown = values[index];
        if (typeof value !== 'object' || value === null) {
          if (!scalars.has(value)) {
            scalars.add(value);
            continue;
          }
        } else {
          const text = JSON.stringify(value);
          if (!(texts ??= new Set()).has(text)) {
            texts.add(text);
            continue;
          }
        }
        const at = joinPointer(ownerPointer, list, index);
        const shown = (JSON.stringify(value) ?? String(value)).slice(0, 60);
        context.report({ messageId: 'duplicate', pointer: at, data: { value: shown, list }, fix: [{ op: 'remove', path: at }] });
      }
    };
    const schemaLike = onSchemaLike(
      ({ value, pointer, kind }) => {
        check(value, pointer, 'enum');
        if (kind === 'schema') check(value, pointer, 'required');
      },
      (value) => value.enum !== undefined || value.required !== undefined,
    );
    return {
      ...schemaLike,
      apiDefinition({ value }) {
        for (const list of documentLists) check(value, '', list);
      },
      operation({ value, pointer }) {
        for (const list of operationLists) check(value, pointer, list);
      },
    };
  },
});
