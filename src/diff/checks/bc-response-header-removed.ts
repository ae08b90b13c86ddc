import { getOwn, joinPointer } from '../../parse/pointer.js';
import { entries } from '../../core/walk.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';

export const docs: DiffCheckDocs = {
  rationale:
    'The headers of the success response are offered to flows as dynamic content beside the body. A flow that reads one finds nothing once it is gone from the definition.',
  fix: 'Keep the header in the response definition as long as the service sends it; when it really goes, add a new version of the operation.',
  source: 'Swagger 2.0 specification (response headers); oasdiff response-header-removed; Azure openapi-diff 1046 RemovedResponseHeader.',
};

export default defineCheck({
  id: 'bc-response-header-removed',
  area: 'output',
  level: 'breaking',
  description: 'A header of the success response was removed (breaking) or added (info). Header names are compared case-insensitively, as HTTP does.',
  messages: {
    removed: "Response header '{name}' of '{operationId}' was removed; existing flows that read it as dynamic content get no value.",
    added: "Response header '{name}' of '{operationId}' is new; existing flows are not affected.",
  },
  visit: {
    operation({ base, revision, key }, report) {
      const from = base?.response;
      const to = revision?.response;
      if (!from || !to || base.outputs?.from === 'notification') return;
      const names = (value: unknown) => new Map(entries(getOwn(value, 'headers')).map(([name]) => [name.toLowerCase(), name]));
      const before = names(from.value);
      const after = names(to.value);
      const headers = (pointer: string, has: boolean) => (has ? joinPointer(pointer, 'headers') : pointer);
      for (const [lower, name] of before) {
        if (!after.has(lower)) {
          report({ messageId: 'removed', data: { name, operationId: key }, base: joinPointer(from.pointer, 'headers', name), revision: headers(to.pointer, after.size > 0) });
        }
      }
      for (const [lower, name] of after) {
        if (!before.has(lower)) {
          report({ messageId: 'added', level: 'info', data: { name, operationId: key }, base: headers(from.pointer, before.size > 0), revision: joinPointer(to.pointer, 'headers', name) });
        }
      }
    },
  },
});
