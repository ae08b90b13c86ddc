import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';

export const docs: RuleDocs = {
  rationale: 'The suffix tells revisions apart where only the operationId is shown (flow definitions, code), as Microsoft\'s own connectors do.',
  fix: 'Rename the operation to end in `_V2`, `_V3`, ... matching its revision (a new operation, so flows are not broken).',
  source: 'Microsoft Learn, Swagger Validator rule OperationIdShouldEndWithRevision ("should"); operational versioning example GetItems_V2.',
};

export default defineRule({
  meta: {
    id: 'ext-api-annotation-revision-suffix',
    area: 'ext',
    description: 'An operation with revision N above 1 has an operationId ending in the revision suffix `_VN`.',
    severity: certification('warning'),
    messages: {
      suffix: "Operation '{operationId}' is revision {revision}; end its operationId with '_V{revision}' (for example '{suggestion}').",
    },
  },
  create(context) {
    return {
      operation(node) {
        const { value } = node;
        const annotation = value['x-ms-api-annotation'];
        const operationId = value.operationId;
        if (!isObject(annotation) || typeof operationId !== 'string') return;
        const revision = annotation.revision;
        if (typeof revision !== 'number' || !Number.isInteger(revision) || revision <= 1) return;
        if (operationId.toLowerCase().endsWith(`v${revision}`)) return;
        context.report({
          messageId: 'suffix',
          pointer: joinPointer(node.pointer, 'operationId'),
          data: { operationId, revision, suggestion: `${operationId}_V${revision}` },
        });
      },
    };
  },
});
