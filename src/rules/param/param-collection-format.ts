import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

const supported = ['csv', 'ssv', 'tsv', 'pipes'];

export const docs: RuleDocs = {
  rationale: "The collection format says how array values are joined; 'multi' repeats the field (`?id=1&id=2`) and exists only for query strings and forms.",
  fix: "Use 'csv' (the default) unless the service expects another separator.",
  source: 'Swagger Validator CollectionFormatValueNotSupported; Swagger 2.0 schema (collectionFormat, collectionFormatWithMulti).',
};

export default defineRule({
  meta: {
    id: 'param-collection-format',
    area: 'param',
    description: "`collectionFormat` is csv, ssv, tsv or pipes; 'multi' only on query and formData parameters.",
    severity: everywhere('error'),
    messages: {
      unsupported: "The parameter {parameter} has collectionFormat '{format}'; use csv, ssv, tsv or pipes (or multi for query and formData).",
      multi: "The {location} parameter {parameter} has collectionFormat 'multi', which repeats a query or form field; use csv, ssv, tsv or pipes.",
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const format = value.collectionFormat;
        if (typeof format !== 'string') return;
        const at = joinPointer(node.pointer, 'collectionFormat');
        const location = locationOf(value);
        const parameter = parameterLabel(value);
        if (format === 'multi') {
          if (location !== 'query' && location !== 'formData') context.report({ messageId: 'multi', pointer: at, data: { location: location ?? 'unplaced', parameter } });
        } else if (!supported.includes(format)) {
          context.report({ messageId: 'unsupported', pointer: at, data: { parameter, format: clip(format) } });
        }
      },
    };
  },
});
