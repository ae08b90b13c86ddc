import rule from '../../../src/rules/title/title-english.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'plain ASCII', patch: { apiDefinition: { info: { title: 'Contoso (Beta) 2' } } } }],
  invalid: [
    { name: 'accented letter', patch: { apiDefinition: { info: { title: 'Café Finder' } } }, messages: ['nonAscii'] },
    { name: 'trailing line break', patch: { apiDefinition: { info: { title: 'Contoso\n' } } }, messages: ['nonAscii'] },
  ],
});
