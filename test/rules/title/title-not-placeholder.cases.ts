import rule from '../../../src/rules/title/title-not-placeholder.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'a real name', patch: {} }],
  invalid: [
    {
      name: 'template text',
      patch: { apiDefinition: { info: { title: "Name of connector. Title cannot include words 'API', 'Connector', or a Power Platform product name." } } },
      messages: ['placeholder'],
    },
  ],
});
