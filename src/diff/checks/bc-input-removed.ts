import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'Flows store a value for every input their author filled in. When the input disappears, the value has nowhere to go: the designer reports the flow as invalid and the service no longer receives it.',
  fix: 'Keep the input and ignore it in the service, marking it "(deprecated)" in its description with `x-ms-visibility: advanced`; or add a new version of the operation without it.',
  source: 'Microsoft Learn, connector versioning; rules catalogue bc-input-removed; oasdiff request-parameter-removed.',
};

export default defineCheck({
  id: 'bc-input-removed',
  area: 'input',
  level: 'breaking',
  description:
    'A parameter or body property of an existing operation was removed (warning when it was internal), renamed with another case or separators (one change, naming the new spelling), or the body parameter was renamed.',
  messages: {
    removed: "Input {field} was removed from '{operationId}'; existing flows that set it lose the value and cannot be edited without an error.",
    caseRenamed:
      "Input {field} of '{operationId}' was renamed to '{newName}', which differs only in case or separators; flows store inputs by exact name, so the values existing flows set are lost.",
    internal: "Internal input {field} was removed from '{operationId}'; flows never set it, but the service no longer receives the value it used to.",
    bodyRenamed:
      "The body of '{operationId}' was renamed from '{from}' to '{to}'; existing flows store its fields under the old name ('{from}/...'), so the values they set are lost.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind === 'renamed') {
        const data = { operationId: delta.operation.key, from: delta.from, to: delta.to };
        report({ messageId: 'bodyRenamed', data, base: delta.base, revision: delta.revision });
      }
      if (delta.kind !== 'removed' || delta.direction !== 'input') return;
      report({
        messageId: delta.internal ? 'internal' : delta.renamedTo ? 'caseRenamed' : 'removed',
        level: delta.internal ? 'warning' : 'breaking',
        data: { field: fieldLabel(delta), operationId: delta.operation.key, newName: delta.renamedTo ?? '' },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});
