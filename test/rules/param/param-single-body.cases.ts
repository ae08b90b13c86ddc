import rule from '../../../src/rules/param/param-single-body.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, bodyParameter, newOperation } from '../op/helpers.js';

const otherBody = { ...bodyParameter, name: 'extra' };

export default defineCases({
  rule,
  valid: [
    { name: 'one body', patch: addPaths({ '/regions': { post: newOperation('AddRegion', { parameters: [bodyParameter] }) } }) },
    {
      name: 'operation body overrides the path body of the same name',
      patch: addPaths({ '/regions': { parameters: [bodyParameter], post: newOperation('AddRegion', { parameters: [bodyParameter] }) } }),
    },
  ],
  invalid: [
    { name: 'two bodies in an operation', patch: addPaths({ '/regions': { post: newOperation('AddRegion', { parameters: [bodyParameter, otherBody] }) } }), messages: ['operation'] },
    { name: 'two bodies at path level', patch: addPaths({ '/regions': { parameters: [bodyParameter, otherBody] } }), messages: ['path'] },
    {
      name: 'path body and operation body',
      patch: addPaths({ '/regions': { parameters: [bodyParameter], post: newOperation('AddRegion', { parameters: [otherBody] }) } }),
      messages: ['combined'],
    },
  ],
});
