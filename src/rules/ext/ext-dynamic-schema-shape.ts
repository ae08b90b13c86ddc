import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { missingMessage, shapeMessages, shapeProblems, type DynamicShape } from '../shared/dynamic-shape.js';

const shape: DynamicShape = {
  keys: ['operationId', 'parameters', 'value-path'],
  required: ['operationId'],
  strings: ['operationId', 'value-path'],
  arguments: 'parameter',
};

export const docs: RuleDocs = {
  rationale: 'The designer builds the schema of this value at design time by calling the named operation and reading the schema at `value-path`.',
  fix: 'Keep `operationId`, optional `parameters` and `value-path` (a string).',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-dynamic-schema); the repository schema apiDefinition.swagger.schema.json.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-schema-shape',
    area: 'ext',
    description: "`x-ms-dynamic-schema` holds only 'operationId' (required), 'parameters' and 'value-path'.",
    severity: everywhere('error'),
    messages: { ...missingMessage('x-ms-dynamic-schema'), ...shapeMessages('x-ms-dynamic-schema', 'give a literal value, or { "parameter": "<name of an input of this operation>" }.') },
  },
  create(context) {
    return {
      'extension:x-ms-dynamic-schema'(node) {
        const { value } = node;
        for (const problem of shapeProblems(shape, value, node.pointer)) context.report(problem);
      },
    };
  },
});
