import rule from '../../../src/rules/ext/ext-editor-dictionary.js';
import { defineCases } from '../../helpers/rule-tester.js';

const property = (schema: object) => ({ apiDefinition: { definitions: { Station: { properties: { tags: { 'x-ms-editor': 'dictionary', ...schema } } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'an object of strings', patch: property({ type: 'object', additionalProperties: { type: 'string' } }) },
    { name: 'other editors are not judged', patch: { apiDefinition: { definitions: { Station: { properties: { id: { 'x-ms-editor': 'code' } } } } } } },
  ],
  invalid: [
    { name: 'a string', patch: property({ type: 'string' }), messages: ['notDictionary'] },
    { name: 'no type', patch: property({}), messages: ['notDictionary'] },
    { name: 'additional properties forbidden', patch: property({ type: 'object', additionalProperties: false }), messages: ['notDictionary'] },
  ],
});
