import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { missingMessage, shapeMessages, shapeProblems, type DynamicShape } from '../shared/dynamic-shape.js';

const shape: DynamicShape = {
  keys: ['operationId', 'parameters', 'itemsPath', 'itemTitlePath', 'itemValuePath'],
  required: ['operationId'],
  strings: ['operationId', 'itemsPath', 'itemTitlePath', 'itemValuePath'],
  arguments: 'reference',
};

export const docs: RuleDocs = {
  rationale: 'The designer fills a drop-down by calling the named operation; x-ms-dynamic-list names each input by its full path, so every argument must say whether it is a literal or a reference.',
  fix: 'Give `operationId`, `parameters` as `{ "value": ... }` or `{ "parameterReference": "body/siteId" }`, and `itemsPath`, `itemValuePath`, `itemTitlePath` as strings.',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-dynamic-list); the repository schema apiDefinition.swagger.schema.json.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-list-shape',
    area: 'ext',
    description:
      '`x-ms-dynamic-list` has an `operationId`, passes each parameter as `{ "value": ... }` or `{ "parameterReference": "path" }`, and gives its paths as strings.',
    severity: everywhere('error'),
    messages: { ...missingMessage('x-ms-dynamic-list'), ...shapeMessages('x-ms-dynamic-list', 'write { "value": <literal> } or { "parameterReference": "<input>/<property path>" }.') },
  },
  create(context) {
    return {
      'extension:x-ms-dynamic-list'(node) {
        const { value } = node;
        for (const problem of shapeProblems(shape, value, node.pointer)) context.report(problem);
      },
    };
  },
});
