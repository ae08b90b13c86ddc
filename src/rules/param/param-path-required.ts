import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'A path parameter fills a segment of the URL, so it always needs a value. Swagger 2.0 requires `required: true` on it.',
  fix: 'Add `"required": true` to the parameter.',
  source: 'Swagger Validator PathParameterMustBeRequired; Swagger 2.0 schema (pathParameterSubSchema required enum [true]).',
};

export default defineRule({
  meta: {
    id: 'param-path-required',
    area: 'param',
    description: 'Path parameters are marked `required: true`.',
    severity: everywhere('error'),
    messages: {
      notRequired: 'The path parameter {parameter} is not marked required; set "required": true, since the path cannot be built without it.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        if (locationOf(value) !== 'path' || value.required === true) return;
        const at = has(value, 'required') ? joinPointer(node.pointer, 'required') : node.pointer;
        context.report({ messageId: 'notRequired', pointer: at, data: { parameter: parameterLabel(value) } });
      },
    };
  },
});
