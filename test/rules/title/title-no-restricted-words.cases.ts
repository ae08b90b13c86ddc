import rule from '../../../src/rules/title/title-no-restricted-words.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'api inside a word', patch: { apiDefinition: { info: { title: 'Apigee Rapid' } } } },
  ],
  invalid: [
    { name: 'API', patch: { apiDefinition: { info: { title: 'Contoso API' } } }, messages: ['restricted'] },
    { name: 'connector in lower case', patch: { apiDefinition: { info: { title: 'contoso connector' } } }, messages: ['restricted'] },
  ],
});
