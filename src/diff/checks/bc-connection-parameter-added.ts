import { getOwn } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import { connectionParameters } from '../connection.js';

export const docs: DiffCheckDocs = {
  rationale: 'Connections are created once and reused by many flows. A connection created before the update has no value for a new parameter.',
  fix: 'Make the parameter optional and let the service assume the old behaviour without it; or give it a default through a policy template.',
  source: 'DESIGN.md section 5 (connection parameter added/removed/retyped); Microsoft Learn, updating a connector.',
};

export default defineCheck({
  id: 'bc-connection-parameter-added',
  area: 'connection',
  level: 'breaking',
  description: 'A connection parameter was added to `apiProperties.json`: breaking when required, info when optional.',
  messages: {
    required: "New required connection parameter '{name}'; existing connections have no value for it and must be edited or recreated before their flows work again.",
    optional: "New optional connection parameter '{name}'; existing connections leave it empty and are not affected.",
  },
  visit: {
    connector(pair, report) {
      if (!pair.comparable('apiProperties')) return;
      const before = connectionParameters(pair.base);
      for (const [key, param] of connectionParameters(pair.revision)) {
        if (before.has(key)) continue;
        const required = String(getOwn(getOwn(getOwn(param.value, 'uiDefinition'), 'constraints'), 'required')) === 'true';
        report({
          messageId: required ? 'required' : 'optional',
          level: required ? 'breaking' : 'info',
          file: 'apiProperties',
          data: { name: key },
          base: '/properties',
          revision: param.pointer,
        });
      }
    },
  },
});
