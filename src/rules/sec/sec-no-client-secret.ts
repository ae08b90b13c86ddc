import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { entries, isObject } from '../../core/walk.js';
import { oAuthSettingsOf } from '../shared/auth.js';
import { isPlaceholder, maskSecret } from '../shared/secrets.js';

export const docs: RuleDocs = {
  rationale:
    'Connector files are public in the certification repository: a client secret committed there is exposed to everyone. Placeholders such as "[[DUMMY]]" or "<Enter your client secret>" are fine.',
  fix: 'Delete the value (or leave a placeholder), rotate the secret, and give it to paconn with --secret when you create or update the connector.',
  source: 'microsoft/PowerPlatformConnectors README.',
};

export default defineRule({
  meta: {
    id: 'sec-no-client-secret',
    area: 'sec',
    description: 'apiProperties.json holds no real OAuth client secret.',
    severity: certification('error'),
    messages: {
      clientSecret: "oAuthSettings.clientSecret of '{name}' holds what looks like a real secret ({hint}); remove it, revoke it at the identity provider and pass it to paconn with --secret instead.",
      customSecret: "customParameters.{key} of '{name}' holds what looks like a real secret ({hint}); remove it and revoke it at the identity provider.",
    },
  },
  create(context) {
    return {
      connectionParameter(param) {
        const settings = oAuthSettingsOf(param.value);
        if (!settings) return;
        const { name } = param;
        const secret = settings.clientSecret;
        if (typeof secret === 'string' && !isPlaceholder(secret)) {
          const pointer = joinPointer(param.pointer, 'oAuthSettings', 'clientSecret');
          context.report({ messageId: 'clientSecret', pointer, data: { name, hint: maskSecret(secret) } });
        }
        for (const [key, custom] of entries(settings.customParameters)) {
          const value = isObject(custom) ? custom.value : undefined;
          if (!/secret/i.test(key) || typeof value !== 'string' || isPlaceholder(value)) continue;
          const pointer = joinPointer(param.pointer, 'oAuthSettings', 'customParameters', key, 'value');
          context.report({ messageId: 'customSecret', pointer, data: { name, key, hint: maskSecret(value) } });
        }
      },
    };
  },
});
