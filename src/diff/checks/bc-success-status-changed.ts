import { defineCheck, type DiffCheckDocs } from '../check.js';

export const docs: DiffCheckDocs = {
  rationale: 'Outputs keep flowing, but flows that branch on the status code, or run-after conditions built on it, see another value.',
  fix: 'Keep the old status code documented; if the service now returns another, list both responses with the same schema.',
  source: 'oasdiff response-success-status-removed; Azure openapi-diff 1011 AddingResponseCode and 1012 RemovedResponseCode.',
};

export default defineCheck({
  id: 'bc-success-status-changed',
  area: 'output',
  level: 'warning',
  description: 'The 2xx status code the designer reads outputs from changed (for example 200 to 201); a move from `default` to a 2xx code is not reported.',
  messages: {
    changed: "The success response of '{operationId}' changed from {from} to {to}; existing flows that check the status code may take another branch.",
  },
  visit: {
    operation({ base, revision }, report) {
      const from = base?.response;
      const to = revision?.response;
      if (!from || !to || from.code === to.code || from.code === 'default' || to.code === 'default') return;
      report({ messageId: 'changed', data: { operationId: revision!.key, from: from.code, to: to.code }, base: from.pointer, revision: to.pointer });
    },
  },
});
