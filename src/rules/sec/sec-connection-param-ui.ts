import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';

const texts = ['displayName', 'description', 'tooltip'] as const;

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function isHidden(constraints: Record<string, unknown> | undefined): boolean {
  return constraints !== undefined && String(constraints.hidden).toLowerCase() === 'true';
}

export const docs: RuleDocs = {
  rationale:
    'The connection dialog is built from uiDefinition: without a display name, description and tooltip users do not know what to enter. OAuth and hidden parameters are not shown, so they are not checked. In a multiple-authentication parameter set, Microsoft documents `uiDefinition.schema.description` as the place a string parameter\'s description is shown from, so a description there counts (earlier versions reported it missing, and props-root-shape rejected the `schema` key).',
  fix: 'Give the parameter uiDefinition.displayName, description, tooltip and constraints.required ("true" or "false").',
  source: 'microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json (uiDefinition); Microsoft Learn, certification updates (description and tooltip are user-facing strings); Microsoft Learn, multiple authentication (connectionParameterSets, uiDefinition.schema).',
};

export default defineRule({
  meta: {
    id: 'sec-connection-param-ui',
    area: 'sec',
    description: 'Each visible connection parameter has a display name, description, tooltip and a "true"/"false" required flag.',
    severity: certification('warning'),
    messages: {
      noUi: "Connection parameter '{name}' has no uiDefinition; add displayName, description, tooltip and constraints.required so the connection dialog can ask for it.",
      missingText: "Connection parameter '{name}' has no uiDefinition.{field}; add one, it is shown in the connection dialog.",
      requiredFlag: "Connection parameter '{name}' should say whether it is required with uiDefinition.constraints.required set to the string \"true\" or \"false\".",
    },
  },
  create(context) {
    return {
      connectionParameter(node) {
        const { name, value } = node;
        if (value.type === 'oauthSetting') return;
        const ui = isObject(value.uiDefinition) ? value.uiDefinition : undefined;
        const constraints = ui && isObject(ui.constraints) ? ui.constraints : undefined;
        if (isHidden(constraints)) return;
        if (!ui) {
          context.report({ messageId: 'noUi', pointer: node.pointer, target: 'key', data: { name } });
          return;
        }
        const uiPointer = joinPointer(node.pointer, 'uiDefinition');
        for (const field of texts) {
          // Multi-auth string parameters show their description from uiDefinition.schema, as Microsoft documents.
          const text = field === 'description' && isObject(ui.schema) && hasText(ui.schema.description) ? ui.schema.description : ui[field];
          if (typeof text !== 'string' || text.trim() === '') context.report({ messageId: 'missingText', pointer: uiPointer, target: 'key', data: { name, field } });
        }
        if (constraints?.required !== 'true' && constraints?.required !== 'false') {
          const at = constraints && Object.hasOwn(constraints, 'required') ? joinPointer(uiPointer, 'constraints', 'required') : uiPointer;
          context.report({ messageId: 'requiredFlag', pointer: at, target: at === uiPointer ? 'key' : 'value', data: { name } });
        }
      },
    };
  },
});
