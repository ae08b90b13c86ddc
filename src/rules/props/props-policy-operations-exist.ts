import { getOwn, joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationNameKey } from '../shared/policy-templates.js';

interface Named {
  name: string;
  pointer: string;
  file: string;
}

export const docs: RuleDocs = {
  rationale: '`x-ms-apimTemplate-operationName` restricts a policy to the operations it names; a name that matches no operation means the policy never runs where it was meant to.',
  fix: 'Use the exact operationIds of the operations the policy applies to (the names are case-sensitive), or remove names of operations that no longer exist.',
  source: 'microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json (x-ms-apimTemplate-operationName); connector-certify addition, not in the catalogue.',
};

export default defineRule({
  meta: {
    id: 'props-policy-operations-exist',
    area: 'props',
    description: 'The operations a policy template is limited to are operationIds of the definition.',
    severity: certification('warning'),
    messages: {
      unknownOperation: "The policy template limits itself to '{operation}', which is not an operationId of the definition; correct the name or remove it.",
    },
  },
  create(context) {
    const operationIds = new Set<string>();
    let definitionRead = false;
    const named: Named[] = [];
    return {
      apiDefinition() {
        definitionRead = true;
      },
      operation({ value }) {
        if (typeof value.operationId === 'string') operationIds.add(value.operationId);
      },
      policyTemplate(node) {
        const { value } = node;
        const names = getOwn(getOwn(value, 'parameters'), operationNameKey);
        if (!Array.isArray(names)) return;
        const file = context.file?.name ?? 'apiProperties.json';
        names.forEach((name, index) => {
          if (typeof name === 'string') named.push({ name, file, pointer: joinPointer(node.pointer, 'parameters', operationNameKey, index) });
        });
      },
      connectorEnd() {
        if (!definitionRead) return;
        for (const { name, pointer, file } of named) {
          if (!operationIds.has(name)) context.report({ messageId: 'unknownOperation', file, pointer, data: { operation: name.slice(0, 80) } });
        }
      },
    };
  },
});
