import rule from '../../../src/rules/ext/ext-dynamic-properties-shape.js';
import { defineCases } from '../../helpers/rule-tester.js';

const properties = (value: unknown) => ({ apiDefinition: { definitions: { TidePredictions: { 'x-ms-dynamic-properties': value } } } });

export default defineCases({
  rule,
  valid: [{ name: 'operation, arguments and path', patch: properties({ operationId: 'ListStations', parameters: { search: { value: 'a' } }, itemValuePath: 'schema' }) }],
  invalid: [
    { name: 'a boolean', patch: properties(true), messages: ['notObject'] },
    { name: 'no operationId', patch: properties({ itemValuePath: 'schema' }), messages: ['missing'] },
    { name: 'a number path and an unknown key', patch: properties({ operationId: 'ListStations', itemValuePath: 1, 'value-path': 'schema' }), messages: ['notString', 'unknownKey'] },
    { name: 'parameters as a list', patch: properties({ operationId: 'ListStations', parameters: [] }), messages: ['parametersNotObject'] },
    { name: 'a literal argument', patch: properties({ operationId: 'ListStations', parameters: { search: 'a' } }), messages: ['badArgument'] },
  ],
});
