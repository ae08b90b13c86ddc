import rule from '../../../src/rules/op/op-mime-valid.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'plain types', patch: {} },
    { name: 'parameters and unknown types are fine here', patch: patchStations({ produces: ['text/plain; charset=utf-8', 'application/vnd.tide+json', 'image/png'] }) },
  ],
  invalid: [
    { name: 'no subtype', patch: patchStations({ produces: ['json'] }), messages: ['invalid'] },
    { name: 'space in the root list', patch: { apiDefinition: { consumes: ['application/ json', 'text /plain'] } }, messages: ['invalid', 'invalid'] },
    { name: 'parameter without a value', patch: patchStations({ produces: ['text/plain; charset'] }), messages: ['invalid'] },
  ],
});
