import rule from '../../../src/rules/readme/readme-publisher-matches-properties.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced } from './readme-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'same publisher', patch: {} },
    { name: 'accents and case differ', patch: { apiProperties: { properties: { publisher: 'avery LINDQVÍST' } } } },
    { name: 'readme adds a company', patch: readme(replaced('## Publisher: Avery Lindqvist', '## Publisher: Avery Lindqvist, Tide Labs')) },
    { name: 'no publisher in apiProperties is left to props rules', patch: { apiProperties: { properties: { publisher: null } } } },
  ],
  invalid: [{ name: 'different publisher', patch: { apiProperties: { properties: { publisher: 'Jordan Smith' } } }, messages: ['mismatch'] }],
});
