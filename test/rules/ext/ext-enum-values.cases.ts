import rule from '../../../src/rules/ext/ext-enum-values.js';
import { defineCases } from '../../helpers/rule-tester.js';

const parameter = (values: unknown, schema: object = { enum: ['high', 'low'] }) => ({
  apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'kind', in: 'query', type: 'string', ...schema, 'x-ms-enum-values': values }] } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'display names for the enum', patch: parameter([{ value: 'high', displayName: 'High tide' }, { value: 'low', displayName: 'Low tide' }]) },
    { name: 'no sibling enum', patch: parameter([{ value: 'x', displayName: 'X' }], {}) },
  ],
  invalid: [
    { name: 'an object', patch: parameter({ high: 'High tide' }), messages: ['notArray'] },
    { name: 'a string item', patch: parameter(['high']), messages: ['notObject'] },
    { name: 'no display name', patch: parameter([{ value: 'high' }]), messages: ['missing'] },
    { name: 'a number display name and an unknown key', patch: parameter([{ value: 'high', displayName: 1, description: 'x' }]), messages: ['displayName', 'unknownKey'] },
    { name: 'a value outside the enum', patch: parameter([{ value: 'mid', displayName: 'Mid' }]), messages: ['notInEnum'] },
    { name: 'a value listed twice', patch: parameter([{ value: 'high', displayName: 'High' }, { value: 'high', displayName: 'High tide' }]), messages: ['duplicate'] },
  ],
});
