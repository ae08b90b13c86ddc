import rule from '../../../src/rules/op/op-mime-compatible.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, bodyParameter, formFileParameter, newOperation } from './helpers.js';

const upload = (parameters: unknown[], fields: Record<string, unknown> = {}, root: Record<string, unknown> = {}) =>
  addPaths({ '/stations/new': { post: newOperation('CreateStation', { parameters, ...fields }) } }, root);

export default defineCases({
  rule,
  valid: [
    { name: 'JSON body', patch: upload([bodyParameter]) },
    { name: 'multipart form', patch: upload([formFileParameter], { consumes: ['multipart/form-data'] }) },
    { name: 'URL-encoded body', patch: upload([bodyParameter], { consumes: ['application/x-www-form-urlencoded'] }) },
    { name: 'body with multipart and JSON', patch: upload([bodyParameter], { consumes: ['multipart/form-data', 'application/json'] }) },
    { name: 'no consumes is op-consumes-required', patch: upload([formFileParameter], {}, { consumes: null }) },
  ],
  invalid: [
    { name: 'form data with JSON at the root', patch: upload([formFileParameter]), messages: ['formData'] },
    { name: 'form data with JSON on the operation', patch: upload([formFileParameter], { consumes: ['application/json'] }), messages: ['formData'] },
    { name: 'body with multipart only', patch: upload([bodyParameter], { consumes: ['multipart/form-data'] }), messages: ['body'] },
  ],
});
