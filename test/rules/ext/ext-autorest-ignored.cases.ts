import rule from '../../../src/rules/ext/ext-autorest-ignored.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'Power Platform extensions only', patch: {} }],
  invalid: [
    { name: 'x-ms-enum on a property', patch: { apiDefinition: { definitions: { Station: { properties: { id: { 'x-ms-enum': { name: 'Id', modelAsString: true } } } } } } }, messages: ['ignored'] },
    {
      name: 'AutoRest parameter extensions',
      patch: { apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true, 'x-ms-skip-url-encoding': true, 'x-ms-parameter-location': 'method' }] } } } } },
      messages: ['ignored', 'ignored'],
    },
  ],
});
