import rule from '../../../src/rules/op/op-form-urlencoded-no-binary.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, bodyParameter, formFileParameter, newOperation, withRootParameters } from './helpers.js';

const post = (parameters: unknown[], consumes: string[]) =>
  addPaths({ '/stations/new': { post: newOperation('CreateStation', { parameters, consumes }) } });

const formText = { ...formFileParameter, name: 'note', type: 'string', 'x-ms-summary': 'Note', description: 'A note.' };
const formBinary = { ...formText, format: 'binary' };
const binaryBody = { ...bodyParameter, schema: { type: 'string', format: 'binary' } };

export default defineCases({
  rule,
  valid: [
    { name: 'text form fields', patch: post([formText], ['application/x-www-form-urlencoded']) },
    { name: 'file in a multipart form', patch: post([formFileParameter], ['multipart/form-data']) },
    { name: 'object body', patch: post([bodyParameter], ['application/x-www-form-urlencoded']) },
  ],
  invalid: [
    { name: 'file field', patch: post([formFileParameter], ['application/x-www-form-urlencoded']), messages: ['binary'] },
    { name: 'string/binary field', patch: post([formText, formBinary], ['application/x-www-form-urlencoded']), messages: ['binary'] },
    { name: 'binary body', patch: post([binaryBody], ['application/x-www-form-urlencoded']), messages: ['binary'] },
    {
      name: 'referenced binary field',
      patch: withRootParameters(post([{ $ref: '#/parameters/upload' }], ['application/x-www-form-urlencoded']), { upload: formBinary }),
      messages: ['binary'],
    },
  ],
});
