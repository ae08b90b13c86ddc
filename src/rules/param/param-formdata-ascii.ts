import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';
import { locationOf } from '../shared/parameters.js';
import { showChar } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale: 'Form field names travel in multipart headers and URL-encoded bodies, where the platform supports only US-ASCII.',
  fix: 'Rename the parameter with plain ASCII characters; the label users see is x-ms-summary, which may say anything.',
  source: "Swagger Validator InvalidFormDataParameterName.",
};

export default defineRule({
  meta: {
    id: 'param-formdata-ascii',
    area: 'param',
    description: 'formData parameter names use US-ASCII characters only.',
    severity: certification('error'),
    messages: {
      nonAscii: "The formData parameter name '{name}' contains {char}; use US-ASCII characters only.",
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const name = stringField(value, 'name');
        if (name === undefined || locationOf(value) !== 'formData') return;
        const char = [...name].find((c) => c.codePointAt(0)! > 0x7f);
        if (char) context.report({ messageId: 'nonAscii', pointer: joinPointer(node.pointer, 'name'), data: { name: clip(name), char: showChar(char) } });
      },
    };
  },
});
