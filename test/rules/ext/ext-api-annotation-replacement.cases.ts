import rule from '../../../src/rules/ext/ext-api-annotation-replacement.js';
import { defineCases } from '../../helpers/rule-tester.js';

const operation = (replacement: object, deprecated?: boolean) => ({
  apiDefinition: { paths: { '/stations': { get: { deprecated, 'x-ms-api-annotation': { family: 'ListStations', revision: 1, replacement } } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'a deprecated operation with a full replacement', patch: operation({ api: 'tidewatch', operationId: 'ListStations_V2' }, true) },
    { name: 'no replacement', patch: { apiDefinition: { paths: { '/stations': { get: { 'x-ms-api-annotation': { family: 'ListStations' } } } } } } },
  ],
  invalid: [
    { name: 'not deprecated', patch: operation({ api: 'tidewatch', operationId: 'ListStations_V2' }), messages: ['notDeprecated'] },
    { name: 'no api', patch: operation({ operationId: 'ListStations_V2' }, true), messages: ['missingApi'] },
    { name: 'an empty replacement', patch: operation({}, true), messages: ['missingApi', 'missingOperationId'] },
  ],
});
