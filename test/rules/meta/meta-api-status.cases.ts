import rule from '../../../src/rules/meta/meta-api-status.js';
import { defineCases } from '../../helpers/rule-tester.js';

const status = (connector: string | null, operation: string | null) => ({
  apiDefinition: {
    info: { 'x-ms-api-annotation': connector === null ? null : { status: connector } },
    paths: { '/stations': { get: { 'x-ms-api-annotation': operation === null ? null : { status: operation } } } },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'no annotations', patch: {} },
    { name: 'both in preview', patch: status('Preview', 'Preview') },
    { name: 'a preview operation in a production connector', patch: status('Production', 'Preview') },
    { name: 'a production operation in a connector without status', patch: status(null, 'Production') },
  ],
  invalid: [
    { name: 'a production operation in a preview connector', patch: status('Preview', 'Production'), messages: ['aheadOfConnector'] },
    {
      name: 'an operation without operationId',
      patch: {
        apiDefinition: {
          info: { 'x-ms-api-annotation': { status: 'Preview' } },
          paths: { '/stations': { get: { operationId: null, 'x-ms-api-annotation': { status: 'Production' } } } },
        },
      },
      messages: ['aheadOfConnector'],
    },
  ],
});
