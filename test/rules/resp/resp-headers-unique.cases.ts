import rule from '../../../src/rules/resp/resp-headers-unique.js';
import { defineCases } from '../../helpers/rule-tester.js';

const headers = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { responses: { '200': { headers: value } } } } } } });

export default defineCases({
  rule,
  valid: [{ name: 'distinct headers', patch: headers({ 'X-Rate-Limit': { type: 'integer' }, 'X-Request-Id': { type: 'string' } }) }],
  invalid: [
    { name: 'two spellings of one header', patch: headers({ 'X-Rate-Limit': { type: 'integer' }, 'x-rate-limit': { type: 'integer' } }), messages: ['duplicate'] },
    { name: 'in a shared response', patch: { apiDefinition: { responses: { Ok: { description: 'OK.', headers: { ETag: { type: 'string' }, etag: { type: 'string' } } } } } }, messages: ['duplicate'] },
  ],
});
