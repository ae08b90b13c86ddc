import rule from '../../../src/rules/op/op-must-have-response.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations, patchTides } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'responses declared', patch: {} },
    { name: 'default response only', patch: patchStations({ responses: { '200': null, default: { description: 'Any answer.' } } }) },
  ],
  invalid: [
    { name: 'no responses', patch: patchStations({ responses: null }), messages: ['missing'] },
    { name: 'empty responses', patch: patchTides({ responses: { '200': null, '404': null } }), messages: ['empty'] },
    { name: 'only extensions', patch: patchTides({ responses: { '200': null, '404': null, 'x-ms-note': 'none' } }), messages: ['empty'] },
  ],
});
