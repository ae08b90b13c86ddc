import rule from '../../../src/rules/ext/ext-api-annotation-family.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** Operations of the family `GetTides`, one per entry: [revision, status, deprecated]. */
const family = (...members: Array<[number | undefined, string | undefined, boolean]>) => ({
  apiDefinition: {
    paths: Object.fromEntries(
      members.map(([revision, status, deprecated], i) => [
        `/v${i + 1}/tides`,
        { get: { operationId: `GetTides_V${i + 1}`, deprecated, 'x-ms-api-annotation': { family: 'GetTides', revision, status }, responses: { '200': { description: 'Tides.' } } } },
      ]),
    ),
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'two revisions', patch: family([1, 'Production', true], [2, 'Production', false]) },
    { name: 'one empty revision and old ones deprecated', patch: family([undefined, undefined, true], [2, 'Production', true], [3, 'Preview', false], [4, 'Production', false]) },
  ],
  invalid: [
    { name: 'a repeated revision', patch: family([1, undefined, true], [1, undefined, false]), messages: ['duplicateRevision'] },
    { name: 'two empty revisions', patch: family([undefined, undefined, true], [undefined, undefined, false]), messages: ['manyEmptyRevisions'] },
    { name: 'three active operations', patch: family([1, undefined, false], [2, undefined, false], [3, undefined, false]), messages: ['manyActive'] },
    { name: 'two active Production operations', patch: family([1, 'Production', false], [2, 'Production', false]), messages: ['manyProduction'] },
  ],
});
