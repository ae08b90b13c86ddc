import rule from '../../../src/rules/ext/ext-trigger-value.js';
import { defineCases } from '../../helpers/rule-tester.js';

const value = (extension: unknown) => ({
  apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'search', in: 'query', type: 'string', 'x-ms-trigger-value': extension }] } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'both paths', patch: value({ 'value-collection': 'value', 'value-path': 'id' }) },
    { name: 'one path', patch: value({ 'value-path': 'id' }) },
  ],
  invalid: [
    { name: 'a string', patch: value('id'), messages: ['notObject'] },
    { name: 'an empty object', patch: value({}), messages: ['empty'] },
    { name: 'a number path and an unknown key', patch: value({ 'value-path': 3, 'value-title': 'name' }), messages: ['notString', 'unknownKey'] },
  ],
});
