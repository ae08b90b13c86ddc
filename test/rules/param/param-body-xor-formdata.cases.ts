import rule from '../../../src/rules/param/param-body-xor-formdata.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, bodyParameter, formFileParameter, newOperation } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'form only', patch: addPaths({ '/files': { post: newOperation('Upload', { parameters: [formFileParameter] }) } }) }],
  invalid: [
    { name: 'body and form', patch: addPaths({ '/files': { post: newOperation('Upload', { parameters: [formFileParameter, bodyParameter] }) } }), messages: ['both'] },
    {
      name: 'body from the path, form on the operation',
      patch: addPaths({ '/files': { parameters: [bodyParameter], post: newOperation('Upload', { parameters: [formFileParameter] }) } }),
      messages: ['both'],
    },
  ],
});
