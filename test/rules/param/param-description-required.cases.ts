import rule from '../../../src/rules/param/param-description-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, bodyParameter, newOperation, searchParameter, stationsWithParameters, withRootParameters } from '../op/helpers.js';

const { description: _, ...undescribed } = searchParameter;


// iMIS (certified): the internal operation PanelMetadataGetPanelCreateSchema feeds a dynamic schema; its query
// parameter has a description but no x-ms-summary, and the PanelMetadataGetPanelUpdateSchema twin has neither.
const iMisPanelSchema = (parameter: Record<string, unknown>, visibility?: string) =>
  addPaths({
    '/_metadata/Panel/Schema/Create': {
      get: newOperation('PanelMetadataGetPanelCreateSchema', {
        summary: 'Get schema for a panel create operation',
        description: 'Get schema for a panel create operation.',
        parameters: [parameter],
        ...(visibility && { 'x-ms-visibility': visibility }),
      }),
    },
  });

export default defineCases({
  rule,
  valid: [
    { name: 'described parameters', patch: {} },
    { name: 'body parameters are exempt', patch: stationsWithParameters(searchParameter, bodyParameter) },
    { name: 'parameters of an internal operation are exempt (iMIS)', patch: iMisPanelSchema({ in: 'query', name: 'panelNameSchemaCreate', type: 'string' }, 'internal') },
    { name: 'internal parameters are exempt', patch: stationsWithParameters({ ...undescribed, 'x-ms-visibility': 'internal', default: 'a' }) },
  ],
  invalid: [
    { name: 'the same parameter on a visible operation (iMIS)', patch: iMisPanelSchema({ in: 'query', name: 'panelNameSchemaCreate', type: 'string' }), messages: ['missing'] },
    { name: 'missing', patch: stationsWithParameters(undescribed), messages: ['missing'] },
    { name: 'empty', patch: stationsWithParameters({ ...searchParameter, description: '' }), messages: ['empty'] },
    { name: 'root definition', patch: withRootParameters(stationsWithParameters({ $ref: '#/parameters/search' }), { search: undescribed }), messages: ['missing'] },
  ],
});
