import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { connectionParameters } from '../shared/auth.js';

export const docs: RuleDocs = {
  rationale: 'Custom code runs in the cloud and is not supported for connections made through the on-premises data gateway, so the operations that use the script fail on gateway connections.',
  fix: 'Remove the gatewaySetting connection parameter, or move the script logic into the service or policy templates.',
  source: 'Microsoft Learn, write code in a custom connector, FAQ (custom code is not supported with the on-premises data gateway).',
};

export default defineRule({
  meta: {
    id: 'script-no-gateway',
    area: 'script',
    description: 'A connector with custom code does not connect through the on-premises data gateway.',
    severity: everywhere('warning'),
    messages: {
      gateway: "Connection parameter '{name}' routes the connector through the on-premises data gateway, but custom code does not run there; drop the gateway parameter or the script.",
    },
  },
  create(context) {
    return {
      script() {
        for (const param of connectionParameters(context.input)) {
          if (param.value.type !== 'gatewaySetting') continue;
          context.report({ messageId: 'gateway', file: param.file, pointer: `${param.pointer}/type`, data: { name: param.name } });
        }
      },
    };
  },
});
