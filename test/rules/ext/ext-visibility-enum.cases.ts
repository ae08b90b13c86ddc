import rule from '../../../src/rules/ext/ext-visibility-enum.js';
import { defineCases } from '../../helpers/rule-tester.js';

const visibility = (value: unknown) => ({ apiDefinition: { definitions: { Station: { properties: { id: { 'x-ms-visibility': value } } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'documented values', patch: visibility('advanced') },
    { name: 'spellings another rule warns about', patch: visibility('Internal') },
    { name: 'an empty value is another rule', patch: visibility('') },
  ],
  invalid: [
    { name: 'an unknown value', patch: visibility('hidden'), messages: ['invalid'] },
    { name: 'a misspelling', patch: visibility('advnaced'), messages: ['suggestion'] },
    { name: 'upper case', patch: visibility('ADVANCED'), messages: ['suggestion'] },
    { name: 'not a string, on an operation', patch: { apiDefinition: { paths: { '/stations': { get: { 'x-ms-visibility': true } } } } }, messages: ['invalid'] },
  ],
});
