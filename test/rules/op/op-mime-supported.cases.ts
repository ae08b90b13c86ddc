import rule from '../../../src/rules/op/op-mime-supported.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'JSON', patch: {} },
    { name: 'known types with parameters', patch: patchStations({ produces: ['text/plain; charset=utf-8', 'application/problem+json', 'Application/JSON'] }) },
    { name: 'malformed types are op-mime-valid', patch: patchStations({ produces: ['json'] }) },
  ],
  invalid: [
    { name: 'image type', patch: patchStations({ produces: ['image/png'] }), messages: ['unknown'] },
    { name: 'wildcard at the root', patch: { apiDefinition: { produces: ['*/*'] } }, messages: ['unknown'] },
  ],
});
