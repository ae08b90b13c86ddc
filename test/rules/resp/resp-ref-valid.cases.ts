import rule from '../../../src/rules/resp/resp-ref-valid.js';
import { defineCases } from '../../helpers/rule-tester.js';

const use = (ref: string, responses: object = {}) => ({
  apiDefinition: { responses, paths: { '/stations': { get: { responses: { '404': { $ref: ref } } } } } },
});

export default defineCases({
  rule,
  valid: [{ name: 'a reference to a shared response', patch: use('#/responses/NotFound', { NotFound: { description: 'Not found.' } }) }],
  invalid: [
    { name: 'a dangling reference', patch: use('#/responses/Missing'), messages: ['notFound'] },
    { name: 'a reference to definitions', patch: use('#/definitions/Station'), messages: ['notValid'] },
    { name: 'an external reference', patch: use('errors.json#/NotFound'), messages: ['notValid'] },
    { name: 'a broken percent escape', patch: use('#/responses/%E0%A4%A', { NotFound: { description: 'Not found.' } }), messages: ['notValid'] },
    { name: 'a reference inside a response', patch: use('#/responses/NotFound/headers', { NotFound: { description: 'Not found.', headers: {} } }), messages: ['notDirect'] },
    { name: 'a shared response that aliases another', patch: use('#/responses/Gone', { NotFound: { description: 'Not found.' }, Gone: { $ref: '#/responses/NotFound' } }), messages: ['aliasDefinition'] },
    {
      name: 'a reference cycle',
      patch: use('#/responses/A', { A: { $ref: '#/responses/B' }, B: { $ref: '#/responses/A' } }),
      messages: ['aliasDefinition', 'aliasDefinition'],
    },
  ],
});
