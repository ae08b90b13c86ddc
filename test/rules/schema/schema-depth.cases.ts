import rule from '../../../src/rules/schema/schema-depth.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** An object nested `levels` deep. */
const nested = (levels: number): object => (levels <= 1 ? { type: 'string' } : { type: 'object', properties: { child: nested(levels - 1) } });

const response = (schema: object, definitions: object = {}) => ({
  apiDefinition: { definitions, paths: { '/stations': { get: { responses: { '200': { schema: { type: null, items: null, ...schema } } } } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: '32 levels', patch: response(nested(32)) },
    { name: 'a recursive definition', patch: response({ $ref: '#/definitions/Node' }, { Node: { type: 'object', properties: { next: { $ref: '#/definitions/Node' } } } }) },
  ],
  invalid: [
    { name: '33 inline levels', patch: response(nested(33)), messages: ['tooDeep'] },
    { name: 'levels added by references', patch: response({ type: 'object', properties: { deep: { $ref: '#/definitions/Deep' } } }, { Deep: nested(32) }), messages: ['tooDeep'] },
  ],
});
