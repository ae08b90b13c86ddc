import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { missingMessage, shapeMessages, shapeProblems, type DynamicShape } from '../shared/dynamic-shape.js';

const shape: DynamicShape = {
  keys: ['operationId', 'parameters', 'itemValuePath'],
  required: ['operationId'],
  strings: ['operationId', 'itemValuePath'],
  arguments: 'reference',
};

export const docs: RuleDocs = {
  rationale: 'x-ms-dynamic-properties is the path-based companion of x-ms-dynamic-schema: each argument says whether it is a literal or a reference to an input.',
  fix: 'Keep `operationId`, `parameters` as `{ "value": ... }` or `{ "parameterReference": "body/siteId" }`, and `itemValuePath` (a string).',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-dynamic-properties); the repository schema apiDefinition.swagger.schema.json.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-properties-shape',
    area: 'ext',
    description:
      '`x-ms-dynamic-properties` holds only `operationId` (required), `parameters` (as `{ "value": ... }` or `{ "parameterReference": "path" }`) and `itemValuePath`.',
    severity: everywhere('error'),
    messages: { ...missingMessage('x-ms-dynamic-properties'), ...shapeMessages('x-ms-dynamic-properties', 'write { "value": <literal> } or { "parameterReference": "<input>/<property path>" }.') },
  },
  create(context) {
    return {
      'extension:x-ms-dynamic-properties'(node) {
        const { value } = node;
        for (const problem of shapeProblems(shape, value, node.pointer)) context.report(problem);
      },
    };
  },
});
