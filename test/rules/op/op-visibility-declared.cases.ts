import rule from '../../../src/rules/op/op-visibility-declared.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchTides, stationsPath, tidesPath } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    {
      name: 'both operations state it',
      patch: { apiDefinition: { paths: { [stationsPath]: { get: { 'x-ms-visibility': 'important' } }, [tidesPath]: { get: { 'x-ms-visibility': 'advanced' } } } } },
    },
  ],
  invalid: [{ name: 'one operation without it', patch: patchTides({ 'x-ms-visibility': 'advanced' }), messages: ['missing'] }],
});
