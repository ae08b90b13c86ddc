import rule from '../../../src/rules/op/op-description-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations, patchTides } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'descriptions present', patch: {} }],
  invalid: [
    { name: 'no description', patch: patchStations({ description: null }), messages: ['missing'] },
    { name: 'empty description', patch: patchTides({ description: '' }), messages: ['empty'] },
  ],
});
