import rule from '../../../src/rules/schema/schema-required-object-only.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'required on an object', patch: { apiDefinition: { definitions: { Station: { required: ['id'] } } } } },
    { name: 'required without a declared type', patch: { apiDefinition: { definitions: { Station: { type: null, required: ['id'] } } } } },
  ],
  invalid: [
    { name: 'required on a string property', patch: { apiDefinition: { definitions: { Station: { properties: { id: { required: ['id'] } } } } } }, messages: ['notObject'] },
    { name: 'required on an array', patch: { apiDefinition: { definitions: { TidePredictions: { properties: { tides: { required: ['time'] } } } } } }, messages: ['notObject'] },
  ],
});
