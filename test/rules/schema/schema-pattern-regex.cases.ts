import rule from '../../../src/rules/schema/schema-pattern-regex.js';
import { defineCases } from '../../helpers/rule-tester.js';

const property = (pattern: string) => ({ apiDefinition: { definitions: { Station: { properties: { id: { pattern } } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a valid pattern', patch: property('^[A-Z]{2}[0-9]+$') },
    { name: 'a slow pattern is compiled, never run', patch: property('^(a+)+$') },
  ],
  invalid: [
    { name: 'an unbalanced group', patch: property('^(abc$'), messages: ['invalid'] },
    { name: 'a bad parameter pattern', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', pattern: '[a-' }] } } } } }, messages: ['invalid'] },
  ],
});
