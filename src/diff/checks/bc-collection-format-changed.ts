import { hasOwn, joinPointer } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import { parameterPairs } from '../parameter-pairs.js';
import type { ParameterView } from '../side.js';
import { stringAt } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale:
    'An array parameter outside the body is written into the URL or a header by its `collectionFormat` (comma by default, or space, tab, pipe, or the name repeated). Flows keep their arrays, but the service receives them joined another way and may read one value where there were several.',
  fix: 'Keep the format the service reads. If the service now expects another one, add a new version of the operation.',
  source: 'Swagger 2.0 specification (parameter object, collectionFormat; csv is the default); oasdiff request-parameter-style changes.',
};

export default defineCheck({
  id: 'bc-collection-format-changed',
  area: 'input',
  level: 'warning',
  description: 'The `collectionFormat` of an array parameter changed (a missing value means `csv`).',
  messages: {
    changed: "Array input '{name}' of '{operationId}' is now sent as {to} instead of {from}; the service receives the values flows send joined another way.",
  },
  visit: {
    operation(pair, report) {
      for (const { base, revision } of parameterPairs(pair)) {
        if (base.in === 'body' || revision.in === 'body') continue;
        if (stringAt(base.value, 'type') !== 'array' && stringAt(revision.value, 'type') !== 'array') continue;
        const from = formatOf(base);
        const to = formatOf(revision);
        if (from === to) continue;
        report({ messageId: 'changed', data: { name: revision.name, operationId: pair.key, from, to }, base: at(base), revision: at(revision) });
      }
    },
  },
});

function formatOf(p: ParameterView): string {
  return stringAt(p.value, 'collectionFormat') ?? 'csv';
}

function at(p: ParameterView): string {
  return hasOwn(p.value, 'collectionFormat') ? joinPointer(p.pointer, 'collectionFormat') : p.pointer;
}
