import { defineCheck, type DiffCheckDocs } from '../check.js';
import { connectionParameters } from '../connection.js';

export const docs: DiffCheckDocs = {
  rationale: 'Existing connections were created with a value for the parameter, and the policies or host that used it no longer receive it.',
  fix: 'Keep the parameter (marked as no longer used in its description) until the service no longer needs it, or publish the change with the authentication it belongs to as a new connector.',
  source: 'DESIGN.md section 5 (connection parameter added/removed/retyped).',
};

export default defineCheck({
  id: 'bc-connection-parameter-removed',
  area: 'connection',
  level: 'warning',
  description: 'A connection parameter was removed from `apiProperties.json`.',
  messages: {
    removed: "Connection parameter '{name}' was removed; existing connections keep a value that is no longer sent, so calls that relied on it may fail.",
  },
  visit: {
    connector(pair, report) {
      if (!pair.comparable('apiProperties')) return;
      const after = connectionParameters(pair.revision);
      for (const [key, param] of connectionParameters(pair.base)) {
        if (!after.has(key)) report({ messageId: 'removed', file: 'apiProperties', data: { name: key }, base: param.pointer, revision: '/properties' });
      }
    },
  },
});
