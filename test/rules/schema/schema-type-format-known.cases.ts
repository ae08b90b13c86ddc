import rule from '../../../src/rules/schema/schema-type-format-known.js';
import { defineCases } from '../../helpers/rule-tester.js';

const property = (schema: object) => ({ apiDefinition: { definitions: { Station: { properties: { code: schema } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'known pairs', patch: {} },
    { name: 'Power Platform formats', patch: property({ type: 'string', format: 'date-no-tz' }) },
    { name: 'a format without a type', patch: property({ format: 'uuid' }) },
  ],
  invalid: [
    { name: 'an unknown format', patch: property({ type: 'string', format: 'url' }), messages: ['unknown'] },
    { name: 'a format of another type', patch: property({ type: 'number', format: 'int32' }), messages: ['mismatch'] },
    { name: 'a parameter with a type name as format', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', format: 'string' }] } } } } }, messages: ['unknown'] },
  ],
});
