import rule from '../../../src/rules/ext/ext-api-annotation-shape.js';
import { defineCases } from '../../helpers/rule-tester.js';

const operation = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { 'x-ms-api-annotation': value } } } } });
const info = (value: unknown) => ({ apiDefinition: { info: { 'x-ms-api-annotation': value } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a revision of a family', patch: operation({ family: 'ListStations', revision: 2, status: 'Production' }) },
    { name: 'a replacement', patch: operation({ replacement: { api: 'tidewatch', operationId: 'ListStations_V2' } }) },
    { name: 'a connector status', patch: info({ status: 'Preview' }) },
  ],
  invalid: [
    { name: 'a string', patch: operation('Preview'), messages: ['notObject'] },
    { name: 'a family on info', patch: info({ status: 'Production', family: 'x' }), messages: ['unknownKey'] },
    { name: 'a number family', patch: operation({ family: 1 }), messages: ['family'] },
    { name: 'a zero revision', patch: operation({ family: 'ListStations', revision: 0 }), messages: ['revision'] },
    { name: 'a quoted revision', patch: operation({ family: 'ListStations', revision: '2' }), messages: ['revision'] },
    { name: 'an unknown status', patch: operation({ status: 'GA' }), messages: ['status'] },
    { name: 'a replacement string', patch: operation({ replacement: 'ListStations_V2' }), messages: ['replacement'] },
  ],
});
