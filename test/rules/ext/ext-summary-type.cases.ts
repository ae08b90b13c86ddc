import rule from '../../../src/rules/ext/ext-summary-type.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'string summaries', patch: {} }],
  invalid: [
    { name: 'a number', patch: { apiDefinition: { definitions: { Station: { properties: { id: { 'x-ms-summary': 42 } } } } } }, messages: ['notString'] },
    { name: 'an object on a response', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { 'x-ms-summary': { en: 'Stations' } } } } } } } }, messages: ['notString'] },
  ],
});
