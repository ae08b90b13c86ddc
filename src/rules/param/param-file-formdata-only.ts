import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'A file is uploaded as a part of a multipart form; in any other location the platform has nowhere to put it.',
  fix: "Move the parameter to `in: formData` (with `consumes: ['multipart/form-data']`), or send the content in a body schema of `type: string, format: binary`.",
  source: "Swagger Validator FileParameterMustBeInFormData; Swagger 2.0 specification.",
};

export default defineRule({
  meta: {
    id: 'param-file-formdata-only',
    area: 'param',
    description: 'Only formData parameters have `type: file`.',
    severity: everywhere('error'),
    messages: {
      file: 'The parameter {parameter} has type file, which only formData parameters may have; make it a formData parameter or use type string.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        if (value.type !== 'file' || locationOf(value) === 'formData') return;
        context.report({ messageId: 'file', pointer: joinPointer(node.pointer, 'type'), data: { parameter: parameterLabel(value) } });
      },
    };
  },
});
