import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { mediaTypesIn } from '../shared/media-lists.js';
import { operationLabel } from '../shared/operations.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

const isBinary = (value: unknown) => isObject(value) && (value.type === 'file' || (value.type === 'string' && value.format === 'binary'));

export const docs: RuleDocs = {
  rationale: 'A URL-encoded form carries text only; the platform cannot put a file or binary string in it, and the validator rejects the combination.',
  fix: "Change the operation's consumes to 'multipart/form-data', or send the content as a base64 string (`format: byte`).",
  source: "Swagger Validator StringBinaryNotSupportedForFormUrlEncoded.",
};

export default defineRule({
  meta: {
    id: 'op-form-urlencoded-no-binary',
    area: 'op',
    description: 'An operation that consumes `application/x-www-form-urlencoded` sends no file or binary parameter.',
    severity: certification('error'),
    messages: {
      binary: "Operation '{operation}' consumes 'application/x-www-form-urlencoded' but its parameter {parameter} is binary; send files as 'multipart/form-data'.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const { consumes } = operation;
        if (!consumes || !mediaTypesIn(consumes.list, context.refs).includes('application/x-www-form-urlencoded')) return;
        for (const parameter of operation.parameters) {
          const schema = locationOf(parameter.value) === 'body' ? context.refs.follow(parameter.value.schema).value : parameter.value;
          if (!isBinary(schema)) continue;
          context.report({
            messageId: 'binary',
            pointer: parameter.usePointer,
            data: { operation: operationLabel(operation), parameter: parameterLabel(parameter.value) },
          });
        }
      },
    };
  },
});
