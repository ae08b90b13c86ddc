import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { templateVariables } from '../shared/paths.js';

export const docs: RuleDocs = {
  rationale: 'Swagger 2.0 templates are plain names; defaults belong on the parameter, where the platform reads them.',
  fix: "Write '{version}' in the path and put `\"default\": \"v1\"` on the `version` path parameter.",
  source: "Swagger Validator OperationPathVariablesContainDefaults.",
};

export default defineRule({
  meta: {
    id: 'path-no-template-defaults',
    area: 'path',
    description: 'Path template variables set no default with `=`.',
    severity: everywhere('error'),
    messages: {
      defaultValue: "The path '{path}' sets a default in '{{variable}}'; remove '=' and give the path parameter a `default` instead.",
    },
  },
  create(context) {
    return {
      pathItem(node) {
        const { path } = node;
        const variable = templateVariables(path).find((name) => name.includes('='));
        if (variable !== undefined) context.report({ messageId: 'defaultValue', pointer: node.pointer, target: 'key', data: { path: clip(path), variable: clip(variable) } });
      },
    };
  },
});
