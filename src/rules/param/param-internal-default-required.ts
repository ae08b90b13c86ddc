import type { JsonObject } from '../../core/nodes.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { isInternal, locationOf, parameterLabel } from '../shared/parameters.js';

/** Values the platform fills itself or builds from nested fields, which need no default of their own. */
function isFilledOtherwise(value: JsonObject): boolean {
  return value['x-ms-notification-url'] === true || value.type === 'object' || value.type === 'array' || has(value, 'properties');
}

export const docs: RuleDocs = {
  rationale:
    'Users never see internal fields, so the platform must fill them from their default; and it only sends internal fields that are required. Body parameters are left to their schema properties; object, array and notification-URL properties are filled otherwise.',
  fix: 'Give the internal field a `default` and mark it required (a `required: true` parameter, or its name in the parent schema\'s `required` list).',
  source: 'Microsoft Learn, OpenAPI extensions; Swagger Validator PropertyMustBeRequired and InternalPropertyWithDefaultOptional.',
};

export default defineRule({
  meta: {
    id: 'param-internal-default-required',
    area: 'param',
    description: 'Internal parameters and properties that are required have a default, and internal ones with a default are required.',
    severity: certification('error'),
    messages: {
      missingDefault: 'The internal {what} {name} is required but has no default; users cannot see it to fill it in, so give it a "default".',
      optional: 'The internal {what} {name} has a default but is not required; optional internal values are not sent, so mark it required.',
    },
  },
  create(context) {
    const check = (value: JsonObject, pointer: string, what: string, name: string, required: boolean) => {
      const data = { what, name };
      if (required && !has(value, 'default') && !isFilledOtherwise(value)) context.report({ messageId: 'missingDefault', pointer, data });
      else if (!required && has(value, 'default')) context.report({ messageId: 'optional', pointer, data });
    };
    return {
      parameter(node) {
        const { value } = node;
        if (isInternal(value) && locationOf(value) !== 'body') check(value, node.pointer, 'parameter', parameterLabel(value), value.required === true);
      },
      schema(node) {
        const { value, role, propertyName, parent } = node;
        if (!isInternal(value) || role !== 'property' || propertyName === undefined || !parent) return;
        const required = Array.isArray(parent.value.required) && parent.value.required.includes(propertyName);
        check(value, node.pointer, 'property', `'${propertyName}'`, required);
      },
    };
  },
});
