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
    {
      name: "required beside type array, the names under items (allGeo, updateTimeClock)",
      patch: { apiDefinition: { definitions: { TimeClocks: { type: 'array', items: { type: 'object', properties: { deviceId: { type: 'string' }, time: { type: 'string' } } }, required: ['deviceId'] } } } },
      messages: ['intoItems'],
    },
    { name: 'required on an array naming nothing of its items', patch: { apiDefinition: { definitions: { TidePredictions: { properties: { tides: { required: ['station'] } } } } } }, messages: ['notObject'] },
  ],
});
