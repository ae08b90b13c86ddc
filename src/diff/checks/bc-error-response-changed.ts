import { getOwn, joinPointer } from '../../parse/pointer.js';
import { entries } from '../../core/walk.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import type { OperationView } from '../side.js';
import { sameValue } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale:
    'Flows read the success response. Error responses only describe what a failed run shows, and a flow that handles failures reads them through the run result, not through dynamic content, so changes there rarely matter; they are listed so the changelog is complete.',
  fix: 'Nothing to fix; describe error responses as the service really sends them.',
  source: 'Microsoft Learn, connector versioning (only what flows use is a breaking change); oasdiff response-non-success-status-removed (informational).',
};

export default defineCheck({
  id: 'bc-error-response-changed',
  area: 'output',
  level: 'info',
  description: 'A response other than the success response was added, removed or changed (status codes, `default` beside a success code).',
  messages: {
    removed: "Response '{code}' of '{operationId}' was removed from the definition; existing flows are not affected.",
    added: "Response '{code}' of '{operationId}' was added to the definition; existing flows are not affected.",
    changed: "Response '{code}' of '{operationId}' changed; existing flows are not affected.",
  },
  visit: {
    operation({ base, revision, key }, report, connector) {
      if (!base || !revision) return;
      const from = otherResponses(base);
      const to = otherResponses(revision);
      const list = (op: OperationView) => joinPointer(op.pointer, 'responses');
      for (const [code, value] of from) {
        const now = to.get(code);
        const pointer = joinPointer(base.pointer, 'responses', code);
        if (now === undefined) report({ messageId: 'removed', data: { code, operationId: key }, base: pointer, revision: list(revision) });
        else if (!sameValue(connector.base.refs.follow(value).value, connector.revision.refs.follow(now).value)) {
          report({ messageId: 'changed', data: { code, operationId: key }, base: pointer, revision: joinPointer(revision.pointer, 'responses', code) });
        }
      }
      for (const code of to.keys()) {
        if (!from.has(code)) report({ messageId: 'added', data: { code, operationId: key }, base: list(base), revision: joinPointer(revision.pointer, 'responses', code) });
      }
    },
  },
});

/** Every response but the one flows read (the success response), by status code. */
function otherResponses(op: OperationView): Map<string, unknown> {
  return new Map(entries(getOwn(op.value, 'responses')).filter(([code]) => code !== op.response?.code && !/^2/.test(code)));
}
