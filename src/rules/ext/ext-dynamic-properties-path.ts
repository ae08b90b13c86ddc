import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';

/** A path without empty segments: `/a/b/` and `a/b` are the same path. */
function normalise(path: string): string {
  return path.split('/').filter((segment) => segment !== '').join('/');
}

/** The dynamic-schema path with a final `properties` segment removed. */
function expectedPath(valuePath: string): string {
  const segments = normalise(valuePath).split('/');
  if (segments.at(-1) === 'properties') segments.pop();
  return segments.join('/');
}

export const docs: RuleDocs = {
  rationale: 'Both extensions point at the same schema in the same response: x-ms-dynamic-schema at its properties, x-ms-dynamic-properties at the schema object.',
  fix: "Set `itemValuePath` to the value-path of x-ms-dynamic-schema with the trailing `/properties` removed.",
  source: 'Microsoft Learn, Swagger Validator rule DynamicPropertiesItemValuePathMismatch.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-properties-path',
    area: 'ext',
    description: "`x-ms-dynamic-properties.itemValuePath` is the x-ms-dynamic-schema 'value-path' without a final 'properties' segment.",
    severity: everywhere('error'),
    messages: {
      mismatch: "itemValuePath is {actual} but x-ms-dynamic-schema reads the schema at '{valuePath}'; use '{expected}'.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-dynamic-properties'(node) {
        const { value, ownerValue } = node;
        if (!isObject(value)) return;
        const schema = ownerValue['x-ms-dynamic-schema'];
        if (!isObject(schema)) return;
        const valuePath = schema['value-path'] ?? '';
        const actual = value.itemValuePath ?? '';
        if (typeof valuePath !== 'string' || typeof actual !== 'string') return;
        const expected = expectedPath(valuePath);
        if (normalise(actual) === expected) return;
        const at = value.itemValuePath === undefined ? node.pointer : joinPointer(node.pointer, 'itemValuePath');
        context.report({ messageId: 'mismatch', pointer: at, data: { actual: value.itemValuePath === undefined ? 'missing' : `'${actual}'`, valuePath, expected } });
      },
    };
  },
});
