import { joinPointer } from '../../core/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'Raw binary content cannot sit inside a JSON document; the validator accepts string/binary only as a whole body.',
  fix: 'Use `"format": "byte"` and send the content base64-encoded, or make the binary the whole body.',
  source: 'Microsoft Learn, Swagger Validator rule InvalidStringBinaryProperty.',
};

export default defineRule({
  meta: {
    id: 'schema-string-binary-position',
    area: 'schema',
    description: '`type: string` with `format: binary` appears only at the top of a body parameter or response schema.',
    severity: everywhere('error'),
    messages: {
      nested: "A string/binary schema can only be a whole request or response body, not a nested property; use format 'byte' (base64) for file content inside JSON.",
    },
  },
  create(context) {
    return {
      schema({ value, pointer, depth }) {
        if (value.type !== 'string' || value.format !== 'binary' || depth === 0) return;
        context.report({ messageId: 'nested', pointer: joinPointer(pointer, 'format') });
      },
    };
  },
});
