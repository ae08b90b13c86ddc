import rule from '../../../src/rules/ext/ext-docs.js';
import { defineCases } from '../../helpers/rule-tester.js';

const docs = (value: unknown) => ({ apiDefinition: { 'x-ms-docs': value } });

export default defineCases({
  rule,
  valid: [{ name: 'a documentation link', patch: docs([{ url: 'https://tidewatch.example.com/docs', description: 'API reference' }]) }],
  invalid: [
    { name: 'a string', patch: docs('https://tidewatch.example.com/docs'), messages: ['notArray'] },
    { name: 'an empty list', patch: docs([]), messages: ['empty'] },
    { name: 'a string item', patch: docs(['https://tidewatch.example.com/docs']), messages: ['notObject'] },
    { name: 'no description', patch: docs([{ url: 'https://tidewatch.example.com/docs' }]), messages: ['missing'] },
    { name: 'a number description and an unknown key', patch: docs([{ url: 'https://tidewatch.example.com/docs', description: 1, title: 'Docs' }]), messages: ['notString', 'unknownKey'] },
    { name: 'a relative url', patch: docs([{ url: '/docs', description: 'Docs' }]), messages: ['notUrl'] },
  ],
});
