import rule from '../../../src/rules/ext/ext-trigger-enum.js';
import { defineCases } from '../../helpers/rule-tester.js';

const trigger = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { 'x-ms-trigger': value } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'batch', patch: trigger('batch') },
    { name: 'single', patch: trigger('single') },
  ],
  invalid: [
    { name: 'an unknown kind', patch: trigger('polling'), messages: ['invalid'] },
    { name: 'a boolean', patch: trigger(true), messages: ['invalid'] },
    { name: 'capitalised', patch: trigger('Single'), messages: ['invalid'], fixes: [[{ op: 'replace', path: '/paths/~1stations/get/x-ms-trigger', value: 'single' }]] },
  ],
});
