import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { mediaTypesIn } from '../shared/media-lists.js';
import { operationLabel } from '../shared/operations.js';
import { locationOf } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale:
    'The MIME type tells the platform how to encode the request. The validator asks for one, but many accepted connectors send JSON bodies with an empty list, which the platform treats as JSON, so this is a warning.',
  fix: "Add `\"consumes\": [\"application/json\"]` to the operation, or once at the root for the whole connector.",
  source: "Swagger Validator ConsumesMissing.",
};

export default defineRule({
  meta: {
    id: 'op-consumes-required',
    area: 'op',
    description: 'An operation that sends a body or form data lists at least one MIME type in `consumes`.',
    severity: certification('warning'),
    messages: {
      missing: "Operation '{operation}' sends a {location} parameter but no consumes list applies to it; add consumes with the request's MIME type, such as 'application/json'.",
      empty: "Operation '{operation}' sends a {location} parameter but its consumes list has no valid MIME type; list the request's MIME type, such as 'application/json'.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        let location: string | undefined;
        for (const parameter of operation.parameters) {
          location = locationOf(parameter.value);
          if (location === 'body' || location === 'formData') break;
          location = undefined;
        }
        if (!location) return;
        const { consumes } = operation;
        if (consumes && mediaTypesIn(consumes.list, context.refs).length > 0) return;
        const data = { operation: operationLabel(operation), location };
        if (!consumes) context.report({ messageId: 'missing', pointer: operation.pointer, target: 'key', data });
        else {
          // A root list is shared: report at the operation so that each finding has its own place.
          const own = consumes.pointer !== '/consumes';
          context.report({ messageId: 'empty', pointer: own ? consumes.pointer : operation.pointer, target: own ? 'value' : 'key', data });
        }
      },
    };
  },
});
