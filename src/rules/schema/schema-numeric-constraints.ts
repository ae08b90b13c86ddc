import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { onSchemaLike } from '../shared/schemas.js';

const counts = ['maxItems', 'maxLength', 'maxProperties', 'minItems', 'minLength', 'minProperties'];
const ranges: Array<[string, string]> = [
  ['minimum', 'maximum'],
  ['minItems', 'maxItems'],
  ['minLength', 'maxLength'],
];
const exclusives: Array<[string, string]> = [
  ['exclusiveMaximum', 'maximum'],
  ['exclusiveMinimum', 'minimum'],
];
const constraintKeys = new Set([...counts, ...ranges.flat(), ...exclusives.flat(), 'multipleOf']);

/** Most schemas have none of these keys: one pass over their few keys is cheaper than a dozen lookups of missing ones. */
function hasConstraint(value: Record<string, unknown>): boolean {
  for (const key in value) if (constraintKeys.has(key)) return true;
  return false;
}

export const docs: RuleDocs = {
  rationale: 'Contradictory limits make every value invalid, and the validator rejects them one by one.',
  fix: 'Correct the limit named in the message.',
  source:
    'Microsoft Learn, Swagger Validator rules MaxItems/MaxLength/MaxProperties/MinItems/MinLength/MinPropertiesMustBeGreaterThanOrEqualToZero, MinimumShouldBeLessThanOrEqualToMaximum, MinItemsShouldBeLessThanOrEqualToMaxItems, MinLengthShouldBeLessThanOrEqualToMaxLength, ExclusiveMaximumRequiresMaximum, ExclusiveMinimumRequiresMinimum, MultipleOfMustBeGreaterThanZero.',
};

export default defineRule({
  meta: {
    id: 'schema-numeric-constraints',
    area: 'schema',
    description: 'Numeric limits are consistent: counts are not negative, minimums do not exceed maximums, exclusive flags have their bound, `multipleOf` is positive.',
    severity: everywhere('error'),
    messages: {
      negative: "'{key}' is {value}; a count cannot be negative.",
      minAboveMax: "'{min}' ({minValue}) is greater than '{max}' ({maxValue}), so no value fits; swap or correct them.",
      exclusiveWithoutBound: "'{key}' is set but '{bound}' is not; add '{bound}' or remove '{key}'.",
      multipleOf: "'multipleOf' is {value}; it must be greater than zero.",
    },
  },
  create(context) {
    return onSchemaLike((target) => {
      const { value } = target;
      const number = (key: string) => (typeof value[key] === 'number' ? (value[key] as number) : undefined);
      for (const key of counts) {
        const count = number(key);
        if (count !== undefined && count < 0) context.report({ messageId: 'negative', pointer: joinPointer(target.pointer, key), data: { key, value: count } });
      }
      for (const [min, max] of ranges) {
        const low = number(min);
        const high = number(max);
        if (low !== undefined && high !== undefined && low > high) {
          context.report({ messageId: 'minAboveMax', pointer: joinPointer(target.pointer, min), data: { min, max, minValue: low, maxValue: high } });
        }
      }
      for (const [key, bound] of exclusives) {
        if (value[key] !== undefined && value[bound] === undefined) {
          context.report({ messageId: 'exclusiveWithoutBound', pointer: joinPointer(target.pointer, key), data: { key, bound } });
        }
      }
      const step = number('multipleOf');
      if (step !== undefined && step <= 0) context.report({ messageId: 'multipleOf', pointer: joinPointer(target.pointer, 'multipleOf'), data: { value: step } });
    }, hasConstraint);
  },
});
