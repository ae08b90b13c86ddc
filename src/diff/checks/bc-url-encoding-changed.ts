import { hasOwn, joinPointer } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import { parameterPairs } from '../parameter-pairs.js';
import type { ParameterView } from '../side.js';
import { stringAt } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale:
    'The platform encodes a path parameter twice unless `x-ms-url-encoding` says `single`. Flows keep sending the same values, but a value holding `/`, `%`, spaces or other reserved characters now reaches the service in another form, and a service that decoded it once may look up the wrong thing.',
  fix: 'Keep the encoding the service was built for. If the service changed how it decodes, add a new version of the operation with the new encoding.',
  source: 'Microsoft Learn, OpenAPI extensions for connectors (x-ms-url-encoding; double is the default for path parameters).',
};

export default defineCheck({
  id: 'bc-url-encoding-changed',
  area: 'input',
  level: 'warning',
  description: 'The `x-ms-url-encoding` of a parameter changed (a missing value means `double`).',
  messages: {
    changed:
      "Input '{name}' of '{operationId}' is now URL-encoded {to} instead of {from}; values with reserved characters such as '/' or '%' reach the service in another form.",
  },
  visit: {
    operation(pair, report) {
      for (const { base, revision } of parameterPairs(pair)) {
        const from = encodingOf(base);
        const to = encodingOf(revision);
        if (from === to) continue;
        report({ messageId: 'changed', data: { name: revision.name, operationId: pair.key, from, to }, base: at(base), revision: at(revision) });
      }
    },
  },
});

function encodingOf(p: ParameterView): string {
  return stringAt(p.value, 'x-ms-url-encoding')?.toLowerCase() ?? 'double';
}

function at(p: ParameterView): string {
  return hasOwn(p.value, 'x-ms-url-encoding') ? joinPointer(p.pointer, 'x-ms-url-encoding') : p.pointer;
}
