import rule from '../../../src/rules/ext/ext-operation-context.js';
import { defineCases } from '../../helpers/rule-tester.js';

const context = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { 'x-ms-operation-context': value } } } } });

export default defineCases({
  rule,
  valid: [{ name: 'a simulate call', patch: context({ simulate: { operationId: 'GetTidePredictions', parameters: { stationId: 'A1' } } }) }],
  invalid: [
    { name: 'a string', patch: context('GetTidePredictions'), messages: ['notObject'] },
    { name: 'no simulate', patch: context({}), messages: ['missing'] },
    { name: 'simulate as a string', patch: context({ simulate: 'GetTidePredictions' }), messages: ['notObject'] },
    { name: 'simulate without operationId, with parameters as a list', patch: context({ simulate: { parameters: [] } }), messages: ['missing', 'notObject'] },
    { name: 'unknown keys and a number operationId', patch: context({ simulate: { operationId: 1, mode: 'x' }, extra: true }), messages: ['unknownKey', 'unknownKey', 'notString'] },
  ],
});
