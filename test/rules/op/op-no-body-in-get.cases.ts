import rule from '../../../src/rules/op/op-no-body-in-get.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, bodyParameter, formFileParameter, newOperation, stationsWithParameters, withRootParameters } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'query parameters only', patch: {} },
    { name: 'body in POST', patch: addPaths({ '/stations/new': { post: newOperation('CreateStation', { parameters: [bodyParameter] }) } }) },
  ],
  invalid: [
    { name: 'body in GET', patch: stationsWithParameters(bodyParameter), messages: ['body'] },
    { name: 'formData in GET', patch: stationsWithParameters(formFileParameter), messages: ['body'] },
    {
      name: 'referenced body in GET',
      patch: withRootParameters(stationsWithParameters({ $ref: '#/parameters/station' }), { station: bodyParameter }),
      messages: ['body'],
    },
  ],
});
