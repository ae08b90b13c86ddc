import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { mediaTypesIn } from '../shared/media-lists.js';
import { formTypes } from '../shared/mime.js';
import { clip } from '../shared/operation-text.js';
import { operationLabel } from '../shared/operations.js';
import { locationOf } from '../shared/parameters.js';
import { quotedList } from '../../parse/wording.js';

export const docs: RuleDocs = {
  rationale:
    'The platform encodes the request by the consumes type: formData parameters can only be sent as a form, and a multipart request is built from formData parameters, not from a body schema. The validator rejects the mismatch.',
  fix: "For formData parameters, set `\"consumes\": [\"multipart/form-data\"]` (or 'application/x-www-form-urlencoded'). For a JSON body, set `\"consumes\": [\"application/json\"]`.",
  source: "Swagger Validator MimeTypeNotCompatibleWithRequestContentSchemaType.",
};

export default defineRule({
  meta: {
    id: 'op-mime-compatible',
    area: 'op',
    description: 'The `consumes` MIME types fit the request: form types for formData parameters, not multipart alone for a body.',
    severity: certification('error'),
    messages: {
      formData: "Operation '{operation}' sends formData parameters but consumes only {types}; list 'multipart/form-data' or 'application/x-www-form-urlencoded'.",
      body: "Operation '{operation}' sends a body parameter but consumes only 'multipart/form-data'; use formData parameters for a multipart request, or list the body's MIME type.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const { consumes } = operation;
        if (!consumes || operation.parameters.length === 0) return;
        const types = mediaTypesIn(consumes.list, context.refs);
        if (types.length === 0) return;
        let formData = false;
        let body = false;
        for (const parameter of operation.parameters) {
          const location = locationOf(parameter.value);
          if (location === 'formData') formData = true;
          else if (location === 'body') body = true;
        }
        const formMismatch = formData && !types.some((type) => formTypes.includes(type));
        const bodyMismatch = body && types.every((type) => type === 'multipart/form-data');
        if (!formMismatch && !bodyMismatch) return;
        const own = consumes.pointer !== '/consumes';
        const at = own ? { pointer: consumes.pointer } : { pointer: operation.pointer, target: 'key' as const };
        const data = { operation: operationLabel(operation), types: clip(quotedList(types)) };
        if (formMismatch) context.report({ messageId: 'formData', ...at, data });
        if (bodyMismatch) context.report({ messageId: 'body', ...at, data });
      },
    };
  },
});
