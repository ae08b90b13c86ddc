import rule from '../../../src/rules/op/op-consumes-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, bodyParameter, formFileParameter, newOperation } from './helpers.js';

const createStation = (fields: Record<string, unknown>, root: Record<string, unknown> = {}) =>
  addPaths({ '/stations/new': { post: newOperation('CreateStation', { parameters: [bodyParameter], ...fields }) } }, root);

export default defineCases({
  rule,
  valid: [
    { name: 'root consumes applies', patch: createStation({}) },
    { name: 'operation consumes', patch: createStation({ consumes: ['application/json'] }, { consumes: null }) },
    { name: 'no body, no consumes needed', patch: { apiDefinition: { consumes: null } } },
  ],
  invalid: [
    { name: 'no consumes anywhere', patch: createStation({}, { consumes: null }), messages: ['missing'] },
    { name: 'empty operation consumes', patch: createStation({ consumes: [] }), messages: ['empty'] },
    { name: 'empty root consumes', patch: createStation({ parameters: [formFileParameter] }, { consumes: [] }), messages: ['empty'] },
    { name: 'malformed only', patch: createStation({ consumes: ['json'] }), messages: ['empty'] },
  ],
});
