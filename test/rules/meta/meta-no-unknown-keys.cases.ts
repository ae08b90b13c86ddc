import rule from '../../../src/rules/meta/meta-no-unknown-keys.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'the example', patch: {} },
    { name: 'a vendor extension', patch: { apiDefinition: { info: { 'x-contoso-team': 'connectors' } } } },
  ],
  invalid: [
    { name: 'a misspelled extension in a definition', patch: { apiDefinition: { definitions: { Station: { 'x-ms-visbility': 'advanced' } } } }, messages: ['unknownKey'] },
    { name: 'an unknown x-ms- extension at the root', patch: { apiDefinition: { 'x-ms-tooltip': 'Tides' } }, messages: ['unknownKey'] },
    { name: 'a misspelled Swagger key', patch: { apiDefinition: { info: { titel: 'Tidewatch' } } }, messages: ['unknownKey'], profile: 'custom' },
    { name: 'a misplaced key in a referenced parameter', patch: { apiDefinition: { parameters: { Limit: { name: 'limit', in: 'query', type: 'integer', 'x-ms-dynamic-value': {} } } } }, messages: ['unknownKey'] },
  ],
});
