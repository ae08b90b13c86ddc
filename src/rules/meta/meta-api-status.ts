import { getOwn, joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoOf } from '../shared/info.js';

const annotation = 'x-ms-api-annotation';

export const docs: RuleDocs = {
  rationale:
    'An operation cannot be more mature than the connector that holds it; the validator rejects an operation marked Production in a Preview connector. Values outside Preview and Production are reported by meta-json-enums.',
  fix: 'Set the operation\'s `x-ms-api-annotation.status` to `Preview`, or set `info.x-ms-api-annotation.status` to `Production` once the connector is released.',
  source: 'Microsoft Learn, Swagger Validator rule OperationStatusAheadOfConnector; operational versioning (x-ms-api-annotation).',
};

export default defineRule({
  meta: {
    id: 'meta-api-status',
    area: 'meta',
    description: 'No operation is marked `Production` while the connector is marked `Preview`.',
    severity: certification('error'),
    messages: {
      aheadOfConnector: "Operation '{operation}' is marked Production while the connector is in Preview; mark the operation Preview, or the connector Production.",
    },
  },
  create(context) {
    let connectorInPreview = false;
    return {
      apiDefinition({ value }) {
        connectorInPreview = getOwn(getOwn(infoOf(value), annotation), 'status') === 'Preview';
      },
      operation(node) {
        const { value, method, path } = node;
        if (!connectorInPreview || getOwn(getOwn(value, annotation), 'status') !== 'Production') return;
        const operation = typeof value.operationId === 'string' ? value.operationId : `${method.toUpperCase()} ${path}`;
        context.report({ messageId: 'aheadOfConnector', pointer: joinPointer(node.pointer, annotation, 'status'), data: { operation: operation.slice(0, 80) } });
      },
    };
  },
});
