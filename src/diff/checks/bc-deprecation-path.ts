import { getOwn, joinPointer } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import type { OperationView } from '../side.js';
import { stringAt } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale:
    'Deprecation is the safe way to retire an operation: existing flows keep running while new flows cannot pick it. Without a named replacement authors are left to find one, and the validator expects a deprecated operation to be superseded within its family.',
  fix: 'Set `x-ms-api-annotation.replacement` ({ api, operationId }) on the deprecated operation, or add its successor in the same `x-ms-api-annotation` family with a higher `revision`. Add "(deprecated)" to the summary and give users at least 30 days of notice before removing it.',
  source: 'Microsoft Learn, connector versioning and deprecation (L-VERSION, L-DEPRECATE: notice at least 30 days ahead); rules catalogue bc-deprecation-path.',
};

export default defineCheck({
  id: 'bc-deprecation-path',
  area: 'operation',
  level: 'info',
  description: 'An operation became deprecated: info when a replacement is named, warning when none is.',
  messages: {
    withReplacement:
      "Operation '{operationId}' is now deprecated in favour of '{replacement}'; existing flows keep working and authors are pointed to the replacement.",
    noReplacement:
      "Operation '{operationId}' is now deprecated without a replacement; existing flows keep working, but their authors are not told what to move to.",
  },
  visit: {
    operation({ base, revision }, report, connector) {
      if (!base || !revision || base.value.deprecated === true || revision.value.deprecated !== true) return;
      const replacement = replacementOf(revision, connector.revision.operations);
      report({
        messageId: replacement ? 'withReplacement' : 'noReplacement',
        data: { operationId: revision.key, replacement: replacement ?? '' },
        level: replacement ? 'info' : 'warning',
        base: base.pointer,
        revision: joinPointer(revision.pointer, 'deprecated'),
      });
    },
  },
});

/** The operation named as the replacement, or a newer, non-deprecated revision in the same family. */
function replacementOf(op: OperationView, operations: OperationView[]): string | undefined {
  const annotation = getOwn(op.value, 'x-ms-api-annotation');
  const named = stringAt(getOwn(annotation, 'replacement'), 'operationId');
  if (named) return named;
  const family = stringAt(annotation, 'family');
  if (!family) return undefined;
  const revisionOf = (value: unknown) => {
    const found = getOwn(getOwn(value, 'x-ms-api-annotation'), 'revision');
    return typeof found === 'number' ? found : 0;
  };
  const successor = operations.find(
    (other) =>
      other !== op &&
      other.value.deprecated !== true &&
      stringAt(getOwn(other.value, 'x-ms-api-annotation'), 'family') === family &&
      revisionOf(other.value) > revisionOf(op.value),
  );
  return successor?.key;
}
