import type { OperationNode } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { apiDefinitionName, bodyParameterOf, forEachExpanded } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale:
    'Raw binary content cannot sit inside a JSON request; the validator accepts string/binary only as a whole body. Only inputs are judged: a nested string/binary in a response or a webhook payload describes what the service sends, and merged certified connectors (PDF4me Connect, Exact Online) use it there.',
  fix: 'Use `"format": "byte"` and send the content base64-encoded, or make the binary the whole body.',
  source: 'Microsoft Learn, Swagger Validator rule InvalidStringBinaryProperty.',
};

export default defineRule({
  meta: {
    id: 'schema-string-binary-position',
    area: 'schema',
    description: '`type: string` with `format: binary` appears in a request body only as the whole body, not as a nested property.',
    severity: everywhere('error'),
    messages: {
      nested: "A string/binary schema can only be a whole request body, not a nested property of it; use format 'byte' (base64) for file content inside JSON.",
    },
  },
  create(context) {
    const nested: string[] = [];
    const operations: OperationNode[] = [];
    return {
      schema(node) {
        const { value, depth } = node;
        if (value.type === 'string' && value.format === 'binary' && depth > 0) nested.push(node.pointer);
      },
      operation(operation) {
        operations.push(operation);
      },
      connectorEnd() {
        if (nested.length === 0) return;
        // Schemas reachable from request bodies, `$ref`s followed; a definition used by a body counts wherever it is written.
        const inputs = new Set<string>();
        const visited = new Set<string>();
        for (const operation of operations) {
          const body = bodyParameterOf(operation.parameters);
          if (body) forEachExpanded(context.refs, body.value.schema, joinPointer(body.pointer, 'schema'), visited, ({ pointer }) => inputs.add(pointer));
        }
        for (const pointer of nested) {
          if (inputs.has(pointer)) context.report({ messageId: 'nested', pointer: joinPointer(pointer, 'format'), file: apiDefinitionName(context) });
        }
      },
    };
  },
});
