import rule from '../../../src/rules/ext/ext-url-encoding.js';
import { defineCases } from '../../helpers/rule-tester.js';

const parameter = (value: object) => ({
  apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true, ...value }] } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'single on a path parameter', patch: {} },
    { name: 'double', patch: parameter({ 'x-ms-url-encoding': 'double' }) },
    { name: 'query parameters are another rule', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'search', in: 'query', type: 'string', 'x-ms-url-encoding': 'single' }] } } } } } },
  ],
  invalid: [
    { name: 'an unknown value', patch: parameter({ 'x-ms-url-encoding': 'none' }), messages: ['invalid'] },
    { name: 'capitalised', patch: parameter({ 'x-ms-url-encoding': 'Double' }), messages: ['invalid'], fixes: [[{ op: 'replace', path: '/paths/~1stations~1{stationId}~1tides/get/parameters/0/x-ms-url-encoding', value: 'double' }]] },
    { name: 'on a header parameter', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'X-Trace', in: 'header', type: 'string', 'x-ms-url-encoding': 'single' }] } } } } }, messages: ['notPath'], fixes: [[{ op: 'remove', path: '/paths/~1stations/get/parameters/0/x-ms-url-encoding' }]] },
  ],
});
