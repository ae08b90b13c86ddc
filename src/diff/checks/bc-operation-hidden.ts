import { hasOwn, joinPointer } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import { isInternal } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale:
    'An internal operation is not offered in the designer. Flows that already use it still name it, but the designer cannot show the step, so their authors cannot edit them.',
  fix: 'Leave the operation visible and mark it `deprecated: true` with "(deprecated)" in its summary, pointing to its replacement; hide only operations no published flow can use.',
  source: 'Breaking Change Detector message for hidden operations (PowerPlatformConnectors PR #4215).',
};

export default defineCheck({
  id: 'bc-operation-hidden',
  area: 'operation',
  level: 'breaking',
  description: "An operation's `x-ms-visibility` became `internal`.",
  messages: {
    hidden:
      "Operation '{operationId}' is now hidden (x-ms-visibility: internal); existing flows that use it can no longer be opened or edited in the designer.",
  },
  visit: {
    operation({ base, revision }, report) {
      if (!base || !revision || isInternal(base.value) || !isInternal(revision.value)) return;
      const at = (pointer: string, value: object) => (hasOwn(value, 'x-ms-visibility') ? joinPointer(pointer, 'x-ms-visibility') : pointer);
      report({
        messageId: 'hidden',
        data: { operationId: revision.key },
        base: at(base.pointer, base.value),
        revision: at(revision.pointer, revision.value),
      });
    },
  },
});
