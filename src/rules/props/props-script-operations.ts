import { getOwn, joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';

interface Listed {
  name: string;
  pointer: string;
}

export const docs: RuleDocs = {
  rationale:
    'scriptOperations tells the platform which operations run the custom code in script.csx (an empty list means all of them). A name that matches no operation leaves that operation without its code, and without a script there is nothing to run.',
  fix: 'List the exact operationIds that the script handles, or use an empty list when it handles every operation.',
  source: 'paconn README; Microsoft Learn, write code in a custom connector.',
};

export default defineRule({
  meta: {
    id: 'props-script-operations',
    area: 'props',
    description: '`scriptOperations` names operationIds of the definition, and is only given with a script.csx.',
    severity: certification('warning'),
    messages: {
      unknownOperation: "scriptOperations names '{operation}', which is not an operationId of the definition; correct the name or remove it.",
      noScript: 'scriptOperations is set but the connector has no script.csx; add the script or remove scriptOperations.',
    },
  },
  create(context) {
    const operationIds = new Set<string>();
    let definitionRead = false;
    let listed: { file: string; entries: Listed[] } | undefined;
    return {
      apiDefinition() {
        definitionRead = true;
      },
      operation({ value }) {
        if (typeof value.operationId === 'string') operationIds.add(value.operationId);
      },
      apiProperties({ file, value }) {
        const list = getOwn(propertiesOf(value), 'scriptOperations');
        if (!Array.isArray(list)) return;
        const entries: Listed[] = [];
        list.forEach((name, index) => {
          if (typeof name === 'string') entries.push({ name, pointer: joinPointer('/properties/scriptOperations', index) });
        });
        listed = { file: file.name, entries };
      },
      connectorEnd() {
        if (!listed) return;
        const { file, entries } = listed;
        if (!context.fileOf('script')) context.report({ messageId: 'noScript', file, pointer: '/properties/scriptOperations', target: 'key' });
        if (!definitionRead) return;
        for (const { name, pointer } of entries) {
          if (!operationIds.has(name)) context.report({ messageId: 'unknownOperation', file, pointer, data: { operation: name.slice(0, 80) } });
        }
      },
    };
  },
});
