import rule from '../../../src/rules/ext/ext-api-annotation-revision-suffix.js';
import { defineCases } from '../../helpers/rule-tester.js';

const operation = (operationId: string, revision: unknown) => ({
  apiDefinition: { paths: { '/stations': { get: { operationId, 'x-ms-api-annotation': { family: 'ListStations', revision } } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'revision 2 ends in _V2', patch: operation('ListStations_V2', 2) },
    { name: 'the first revision needs no suffix', patch: operation('ListStations', 1) },
    { name: 'a suffix without underscore', patch: operation('ListStationsV3', 3) },
  ],
  invalid: [
    { name: 'revision 3 without suffix', patch: operation('ListStations', 3), messages: ['suffix'] },
    { name: 'the wrong suffix', patch: operation('ListStations_V2', 3), messages: ['suffix'] },
  ],
});
