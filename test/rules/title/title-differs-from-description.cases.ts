import rule from '../../../src/rules/title/title-differs-from-description.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'different texts', patch: {} }],
  invalid: [
    { name: 'description equals title', patch: { apiDefinition: { info: { title: 'Tidewatch', description: 'tidewatch.' } } }, messages: ['same'] },
  ],
});
