import rule from '../../../src/rules/resp/resp-default-not-alone.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'a success response', patch: {} },
    { name: 'default beside a success response', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { default: { description: 'An error.' } } } } } } } },
  ],
  invalid: [
    { name: 'only default', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': null, default: { description: 'Anything.' } } } } } } }, messages: ['alone'] },
    {
      name: 'only a referenced default',
      patch: { apiDefinition: { responses: { Any: { description: 'Anything.' } }, paths: { '/stations': { get: { responses: { '200': null, default: { $ref: '#/responses/Any' } } } } } } },
      messages: ['alone'],
    },
  ],
});
