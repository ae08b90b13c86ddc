import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel, valueList } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'Flows store the value their author chose. A value that is no longer in the list is rejected or shown as invalid in the designer.',
  fix: 'Keep accepting the old values (the service may map them to new ones) and keep them in the `enum`; mark retired values in `x-ms-enum-values` display names rather than removing them.',
  source: 'Microsoft Learn, connector versioning; detector message "The list of enum values has been added to the input field" (PowerPlatformConnectors PR #619); Azure openapi-diff 1019 RemovedEnumValue.',
};

export default defineCheck({
  id: 'bc-enum-narrowed',
  area: 'input',
  level: 'warning',
  description: 'An input accepts fewer values: values were removed from its `enum`, or an `enum` was added to an input that had none.',
  messages: {
    removed: "Input {field} of '{operationId}' no longer accepts {values}; existing flows that send them will be rejected.",
    restricted: "Input {field} of '{operationId}' now only accepts {values}; existing flows may send other values.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'enum' || delta.direction !== 'input' || !delta.to) return;
      // A boolean that still takes both values accepts everything flows can send; only the list's spelling changed.
      if (delta.type === 'boolean' && coversBoth(delta.to)) return;
      const data = { field: fieldLabel(delta), operationId: delta.operation.key };
      if (!delta.from) report({ messageId: 'restricted', data: { ...data, values: valueList(delta.to) }, base: delta.base, revision: delta.revision });
      else if (delta.removed.length > 0) {
        report({ messageId: 'removed', data: { ...data, values: valueList(delta.removed) }, base: delta.base, revision: delta.revision });
      }
    },
  },
});

function coversBoth(values: unknown[]): boolean {
  const keys = new Set(values.map((value) => String(value).toLowerCase()));
  return keys.has('true') && keys.has('false');
}
