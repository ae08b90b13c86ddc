import rule from '../../../src/rules/props/props-policy-operations-exist.js';
import { defineCases } from '../../helpers/rule-tester.js';

const limitedTo = (...operations: unknown[]) => ({
  apiProperties: {
    properties: {
      policyTemplateInstances: [
        {
          templateId: 'setheader',
          title: 'Set the API version',
          parameters: {
            'x-ms-apimTemplateParameter.name': 'Api-Version',
            'x-ms-apimTemplateParameter.value': '2',
            'x-ms-apimTemplate-operationName': operations,
          },
        },
      ],
    },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'operations of the definition', patch: limitedTo('ListStations', 'GetTidePredictions') },
    { name: 'no definition to compare with', patch: { ...limitedTo('Anything'), remove: ['apiDefinition.swagger.json'] } },
  ],
  invalid: [
    { name: 'an operation that does not exist', patch: limitedTo('ListStations', 'CreateScene'), messages: ['unknownOperation'] },
    { name: 'another case', patch: limitedTo('liststations'), messages: ['unknownOperation'] },
    {
      name: 'an operation renamed in the definition',
      patch: { ...limitedTo('ListStations'), apiDefinition: { paths: { '/stations': { get: { operationId: 'SearchStations' } } } } },
      messages: ['unknownOperation'],
    },
  ],
});
