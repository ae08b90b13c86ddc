import rule from '../../../src/rules/ext/ext-dynamic-properties-path.js';
import { defineCases } from '../../helpers/rule-tester.js';

const both = (valuePath: string | undefined, itemValuePath: string | undefined) => ({
  apiDefinition: {
    definitions: {
      TidePredictions: {
        'x-ms-dynamic-schema': { operationId: 'ListStations', 'value-path': valuePath },
        'x-ms-dynamic-properties': { operationId: 'ListStations', itemValuePath },
      },
    },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'properties ending removed', patch: both('schema/properties', 'schema') },
    { name: 'the same path', patch: both('schema', 'schema') },
    { name: 'both at the root', patch: both(undefined, undefined) },
    { name: 'properties at the root', patch: both('properties', undefined) },
  ],
  invalid: [
    { name: 'a path that keeps properties', patch: both('schema/properties', 'schema/properties'), messages: ['mismatch'] },
    { name: 'a missing itemValuePath', patch: both('schema/properties', undefined), messages: ['mismatch'] },
  ],
});
