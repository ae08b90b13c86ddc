import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { oAuthSettingsOf } from '../shared/auth.js';
import { isPlaceholder } from '../shared/secrets.js';

export const docs: RuleDocs = {
  rationale:
    "Microsoft asks that submissions hold no client IDs: the certified connector signs in with Microsoft's own OAuth app, and a personal app ID in public files ties the connector to your tenant. A client ID is not a secret, so this is a warning.",
  fix: "Set clientId to a placeholder such as '[[DUMMY]]' and describe in the readme how to create the app.",
  source: 'microsoft/PowerPlatformConnectors README. An id of connector-certify, beside sec-no-client-secret.',
};

export default defineRule({
  meta: {
    id: 'sec-no-client-id',
    area: 'sec',
    description: 'apiProperties.json holds a placeholder, not the client ID of your own OAuth app.',
    severity: certification('warning'),
    messages: {
      clientId: "oAuthSettings.clientId of '{name}' looks like the ID of your own OAuth app; replace it with a placeholder such as '[[DUMMY]]', Microsoft sets its own app at certification.",
    },
  },
  create(context) {
    return {
      connectionParameter(param) {
        const clientId = oAuthSettingsOf(param.value)?.clientId;
        if (typeof clientId !== 'string' || isPlaceholder(clientId)) return;
        context.report({
          messageId: 'clientId',
          pointer: joinPointer(param.pointer, 'oAuthSettings', 'clientId'),
          data: { name: param.name },
        });
      },
    };
  },
});
