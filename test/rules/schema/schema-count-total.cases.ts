import rule from '../../../src/rules/schema/schema-count-total.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** D0 has two properties; each next level has two properties referencing the level below, doubling the expanded size. */
const doubling = (levels: number) => {
  const definitions: Record<string, object> = { D0: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } } };
  for (let i = 1; i <= levels; i++) {
    definitions[`D${i}`] = { type: 'object', properties: { a: { $ref: `#/definitions/D${i - 1}` }, b: { $ref: `#/definitions/D${i - 1}` } } };
  }
  return {
    apiDefinition: { definitions, paths: { '/stations': { get: { responses: { '200': { schema: { type: null, items: null, $ref: `#/definitions/D${levels}` } } } } } } },
  };
};

export default defineCases({
  rule,
  valid: [
    { name: 'the example', patch: {} },
    { name: 'about 3 million schemas', patch: doubling(19) },
  ],
  invalid: [{ name: 'about 6 million schemas', patch: doubling(20), messages: ['tooMany'] }],
});
