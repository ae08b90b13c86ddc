import { joinPointer } from '../../parse/pointer.js';
import { jsonType } from '../../core/json-object.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { convertedTo, replaceWith } from '../shared/fixes.js';
import { has } from '../shared/operations.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

function matches(type: string, value: unknown): boolean {
  const actual = jsonType(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const checkedTypes = ['string', 'number', 'integer', 'boolean', 'array'];

export const docs: RuleDocs = {
  rationale: 'The platform sends the default as the parameter value; a default of another type is refused by the validator and would not reach the service as intended.',
  fix: 'Write the default in the parameter\'s type: `"default": 10` (not `"10"`) for an integer, `true` for a boolean. When the default converts without doubt ("10" to 10, "true" to true), the message shows it written in the right type and the finding\'s fix writes it.',
  source: "Swagger Validator DefaultValueMustMatchType.",
};

export default defineRule({
  meta: {
    id: 'param-default-type',
    area: 'param',
    description: "A parameter's `default` has the JSON type its `type` names.",
    severity: certification('error'),
    fixable: true,
    messages: {
      mismatch: "The default of parameter {parameter} is of type {actual} but the parameter is {type}; write the default as {type}, such as {example}.",
      convert: "The default of parameter {parameter} is of type {actual} but the parameter is {type}; write it as {value}.",
      nullDefault: "The default of parameter {parameter} is null, which is not a {type}; remove the default if there is none, or give a {type}.",
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const type = value.type;
        if (locationOf(value) === 'body' || !has(value, 'default') || typeof type !== 'string' || !checkedTypes.includes(type)) return;
        if (matches(type, value.default)) return;
        const data = { parameter: parameterLabel(value), actual: jsonType(value.default), type };
        const at = joinPointer(node.pointer, 'default');
        if (value.default === null) return context.report({ messageId: 'nullDefault', pointer: at, data });
        const fixed = convertedTo(type, value.default);
        if (fixed) return context.report({ messageId: 'convert', pointer: at, data: { ...data, value: JSON.stringify(fixed.value) }, fix: replaceWith(at, fixed.value) });
        const example = { string: '"text"', number: '1.5', integer: '10', boolean: 'true', array: '["a"]' }[type];
        context.report({ messageId: 'mismatch', pointer: at, data: { ...data, example: example ?? '' } });
      },
    };
  },
});
