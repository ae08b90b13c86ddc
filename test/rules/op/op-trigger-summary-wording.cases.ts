import rule from '../../../src/rules/op/op-trigger-summary-wording.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'actions are not checked', patch: {} },
    {
      name: 'trigger worded as an event',
      patch: patchStations({ 'x-ms-trigger': 'batch', summary: 'When a station is added', description: 'This operation triggers when a station is added.' }),
    },
  ],
  invalid: [
    { name: 'trigger named like an action', patch: patchStations({ 'x-ms-trigger': 'batch' }), messages: ['summary', 'description'] },
    {
      name: 'description that does not say when it fires',
      patch: patchStations({ 'x-ms-trigger': 'single', summary: 'When a station is added', description: 'Returns new stations.' }),
      messages: ['description'],
    },
  ],
});
