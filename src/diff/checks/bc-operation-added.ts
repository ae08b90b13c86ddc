import { defineCheck, type DiffCheckDocs } from '../check.js';
import { routeLabel, routePointer } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'Adding an operation is the safe way to grow a connector: no existing flow refers to it.',
  fix: 'Nothing to fix. Give the operation a summary, description and visibility, and list it in the readme.',
  source: 'Microsoft Learn, connector versioning; rules catalogue bc-non-breaking.',
};

export default defineCheck({
  id: 'bc-operation-added',
  area: 'operation',
  level: 'info',
  description: 'The revision has an operation the base did not have (renames are reported by bc-operation-deleted).',
  messages: {
    added: "New operation '{operationId}' ({route}); existing flows are not affected.",
  },
  visit: {
    operation(pair, report, connector) {
      const added = pair.revision;
      if (!added || pair.base || pair.renamedFrom) return;
      report({
        messageId: 'added',
        data: { operationId: pair.key, route: routeLabel(added) },
        base: routePointer(connector.base.apiDefinition.root, added),
        revision: added.pointer,
      });
    },
  },
});
