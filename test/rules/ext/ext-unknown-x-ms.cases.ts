import rule from '../../../src/rules/ext/ext-unknown-x-ms.js';
import { defineCases } from '../../helpers/rule-tester.js';

const property = (value: object) => ({ apiDefinition: { definitions: { Station: { properties: { id: { type: 'string', ...value } } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'known extensions where they belong', patch: property({ 'x-ms-visibility': 'advanced', 'x-ms-summary': 'ID' }) },
    { name: 'other vendor extensions', patch: property({ 'x-acme-note': 'internal' }) },
  ],
  invalid: [
    { name: 'a misspelling', patch: property({ 'x-ms-visbility': 'advanced' }), messages: ['misspelt'], fixes: [[{ op: 'remove', path: '/definitions/Station/properties/id/x-ms-visbility' }, { op: 'add', path: '/definitions/Station/properties/id/x-ms-visibility', value: 'advanced' }]] },
    { name: 'an unknown name', patch: property({ 'x-ms-tooltip': 'Shown on hover.' }), messages: ['unknown'] },
    { name: 'a known name on a schema', patch: property({ 'x-ms-url-encoding': 'single' }), messages: ['misplaced'] },
    { name: 'a trigger on a parameter', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'search', in: 'query', type: 'string', 'x-ms-trigger': 'single' }] } } } } }, messages: ['misplaced'] },
    { name: 'an unknown name among the paths', patch: { apiDefinition: { paths: { 'x-ms-paths': {} } } }, messages: ['unknown'] },
  ],
});
