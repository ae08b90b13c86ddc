import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';

export const docs: RuleDocs = {
  rationale: 'A path key is the path alone: a query string or fragment in it is not routed. Query values belong in `in: query` parameters.',
  fix: "Move '?name=value' into a query parameter (internal with a default for a fixed value); encode a literal '?' as %3F and '#' as %23.",
  source: 'Swagger Validator OperationPathMayNotContainQueryOrFragment.',
};

export default defineRule({
  meta: {
    id: 'path-no-query-fragment',
    area: 'path',
    description: 'Paths contain no raw `?` or `#`.',
    severity: everywhere('error'),
    messages: {
      query: "The path '{path}' contains '{char}'; declare query values as query parameters, or write the character as {encoded}.",
    },
  },
  create(context) {
    return {
      pathItem(node) {
        const { path } = node;
        const at = [...path].find((char) => char === '?' || char === '#');
        if (at) context.report({ messageId: 'query', pointer: node.pointer, target: 'key', data: { path: clip(path), char: at, encoded: at === '?' ? '%3F' : '%23' } });
      },
    };
  },
});
