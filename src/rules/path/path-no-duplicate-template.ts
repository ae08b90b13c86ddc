import type { OperationNode } from '../../core/nodes.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { operationLabel } from '../shared/operations.js';
import { templateShape } from '../shared/paths.js';

export const docs: RuleDocs = {
  rationale: "A request to '/items/42' matches both '/items/{id}' and '/items/{name}'; the platform cannot route it deterministically and rejects the definition.",
  fix: "Merge the two operations, or make the paths differ in a fixed segment: '/items/{id}' and '/items/by-name/{name}'.",
  source: 'Swagger Validator DuplicateOperationPath.',
};

export default defineRule({
  meta: {
    id: 'path-no-duplicate-template',
    area: 'path',
    description: 'No two operations of one method have paths that differ only in the names of their variables.',
    severity: everywhere('error'),
    messages: {
      duplicate: "Operation '{operation}' ({method} '{path}') cannot be told apart from '{other}' ({method} '{otherPath}'): the paths differ only in variable names; make a static segment differ.",
    },
  },
  create(context) {
    const seen = new Map<string, OperationNode>();
    return {
      operation(operation) {
        const key = `${operation.method} ${templateShape(operation.path)}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, operation);
          return;
        }
        // Paths equal but for case are path-unique-case-insensitive's finding.
        const otherPath = clip(first.path);
        if (otherPath.toLowerCase() !== operation.path.toLowerCase()) {
          context.report({
            messageId: 'duplicate',
            pointer: operation.pointer,
            target: 'key',
            data: { operation: operationLabel(operation), method: operation.method.toUpperCase(), path: clip(operation.path), other: operationLabel(first), otherPath },
          });
        }
      },
    };
  },
});
