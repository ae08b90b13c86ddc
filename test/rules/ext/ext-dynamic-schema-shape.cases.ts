import rule from '../../../src/rules/ext/ext-dynamic-schema-shape.js';
import { defineCases } from '../../helpers/rule-tester.js';

const schema = (value: unknown) => ({ apiDefinition: { definitions: { TidePredictions: { 'x-ms-dynamic-schema': value } } } });

export default defineCases({
  rule,
  valid: [{ name: 'operation, parameters and path', patch: schema({ operationId: 'ListStations', parameters: { search: 'a' }, 'value-path': 'schema' }) }],
  invalid: [
    { name: 'a list', patch: schema(['ListStations']), messages: ['notObject'] },
    { name: 'no operationId', patch: schema({ 'value-path': 'schema' }), messages: ['missing'] },
    { name: 'a number path and an unknown key', patch: schema({ operationId: 'ListStations', 'value-path': 0, itemValuePath: 'schema' }), messages: ['notString', 'unknownKey'] },
    { name: 'parameters as a number', patch: schema({ operationId: 'ListStations', parameters: 1 }), messages: ['parametersNotObject'] },
    { name: 'a parameter reference that is not a string', patch: schema({ operationId: 'ListStations', parameters: { search: { parameter: 3 } } }), messages: ['badArgument'] },
  ],
});
