import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';
import { isSecretName } from '../shared/secrets.js';

export const docs: RuleDocs = {
  rationale:
    'A securestring value is stored encrypted and never returned to makers; a string is readable by anyone the connection is shared with. The name is the clue (password, secret, api key, token...), so this is a warning; parameters with other names (a user name, an instance URL) are not checked.',
  fix: "Set `type` to 'securestring' and `uiDefinition.constraints.clearText` to false.",
  source: 'microsoft/PowerPlatformConnectors README (apiProperties example); Microsoft Learn, multiple authentication (examples use securestring for keys and passwords).',
};

export default defineRule({
  meta: {
    id: 'sec-secret-is-securestring',
    area: 'sec',
    description: 'Connection parameters that hold keys, tokens or passwords are `securestring` and not shown in clear text.',
    severity: certification('warning'),
    messages: {
      plainString: "Connection parameter '{name}' looks like it holds a secret but has type 'string'; make it 'securestring' so the value is stored encrypted and masked.",
      clearText: "Connection parameter '{name}' is a securestring shown in clear text; set uiDefinition.constraints.clearText to false.",
    },
  },
  create(context) {
    return {
      connectionParameter(node) {
        const { name, value } = node;
        // A sub-parameter such as token:clientId is judged by its own part.
        const ownName = name.slice(name.indexOf(':') + 1);
        if (!isSecretName(ownName) || /id$/i.test(ownName)) return;
        if (value.type === 'string') {
          context.report({ messageId: 'plainString', pointer: `${node.pointer}/type`, data: { name } });
        }
        const ui = isObject(value.uiDefinition) ? value.uiDefinition : undefined;
        const constraints = ui && isObject(ui.constraints) ? ui.constraints : undefined;
        if (value.type === 'securestring' && constraints && (constraints.clearText === true || constraints.clearText === 'true')) {
          context.report({ messageId: 'clearText', pointer: joinPointer(node.pointer, 'uiDefinition', 'constraints', 'clearText'), data: { name } });
        }
      },
    };
  },
});
