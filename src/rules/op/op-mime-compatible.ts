import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { formTypes, mediaTypesOf } from '../shared/mime.js';
import { clip } from '../shared/operation-text.js';
import { operationLabel } from '../shared/operations.js';
import { locationOf } from '../shared/parameters.js';

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
        const types = consumes ? mediaTypesOf(consumes.list) : [];
        if (!consumes || types.length === 0) return;
        const own = consumes.pointer !== '/consumes';
        const at = own ? { pointer: consumes.pointer } : { pointer: operation.pointer, target: 'key' as const };
        const locations = new Set(operation.parameters.map((p) => locationOf(p.value)));
        const data = { operation: operationLabel(operation), types: clip(types.map((t) => `'${t}'`).join(', ')) };
        if (locations.has('formData') && !types.some((type) => formTypes.includes(type))) {
          context.report({ messageId: 'formData', ...at, data });
        }
        if (locations.has('body') && types.every((type) => type === 'multipart/form-data')) {
          context.report({ messageId: 'body', ...at, data });
        }
      },
    };
  },
});
