import rule from '../../../src/rules/param/param-body-schema.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, bodyParameter, newOperation, withRootParameters } from '../op/helpers.js';

const post = (...parameters: unknown[]) => addPaths({ '/regions': { post: newOperation('AddRegion', { parameters }) } });
const { schema: _, ...schemaless } = bodyParameter;

export default defineCases({
  rule,
  valid: [{ name: 'schema only', patch: post(bodyParameter) }],
  invalid: [
    { name: 'no schema', patch: post(schemaless), messages: ['missing'] },
    { name: 'type instead of schema', patch: post({ ...schemaless, type: 'string', format: 'binary' }), messages: ['missing', 'keyword', 'keyword'] },
    { name: 'enum beside the schema', patch: post({ ...bodyParameter, enum: ['a'] }), messages: ['keyword'] },
    { name: 'root definition', patch: withRootParameters(post({ $ref: '#/parameters/body' }), { body: schemaless }), messages: ['missing'] },
  ],
});
