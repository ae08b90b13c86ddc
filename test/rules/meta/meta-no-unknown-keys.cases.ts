import rule from '../../../src/rules/meta/meta-no-unknown-keys.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'the example', patch: {} },
    { name: 'a vendor extension', patch: { apiDefinition: { info: { 'x-contoso-team': 'connectors' } } } },
    { name: 'x-ms- keys are left to ext-unknown-x-ms', patch: { apiDefinition: { 'x-ms-tooltip': 'Tides', definitions: { Station: { 'x-ms-visbility': 'advanced' } } } } },
    {
      name: 'keys inside x-ms-capabilities are left to ext-capabilities (Asite (US Gov.))',
      patch: { apiDefinition: { 'x-ms-capabilities': { 'file-picker': { open: { operationId: 'ListStations' }, 'value-title': 'name', 'value-path': 'id' } } } },
    },
  ],
  invalid: [
    // The right key is there too, so renaming would overwrite it: no fix.
    { name: 'a misspelled Swagger key', patch: { apiDefinition: { info: { titel: 'Tidewatch' } } }, messages: ['unknownKey'], profile: 'custom' },
    { name: 'a key in another case', patch: { apiDefinition: { info: { description: null, Description: 'Tide predictions for coastal stations.' } } }, messages: ['unknownKey'], fixes: [[{ op: 'remove', path: '/info/Description' }, { op: 'add', path: '/info/description', value: 'Tide predictions for coastal stations.' }]] },
    {
      name: 'a misspelled key in a referenced parameter',
      patch: { apiDefinition: { parameters: { Limit: { name: 'limit', in: 'query', type: 'integer', requird: true } } } },
      messages: ['unknownKey'], fixes: [[{ op: 'remove', path: '/parameters/Limit/requird' }, { op: 'add', path: '/parameters/Limit/required', value: true }]],
    },
  ],
});
