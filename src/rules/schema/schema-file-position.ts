import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'Swagger 2.0 knows files only as formData parameters and whole response bodies; elsewhere the validator rejects them.',
  fix: 'Use `"type": "string", "format": "binary"` for a raw body, or `"format": "byte"` for base64 content inside JSON.',
  source: 'Microsoft Learn, Swagger Validator rule SchemaTypeFileNotValid.',
};

export default defineRule({
  meta: {
    id: 'schema-file-position',
    area: 'schema',
    description: '`type: file` appears only in formData parameters or as the root schema of a response.',
    severity: everywhere('error'),
    messages: {
      misplaced: "A schema of type 'file' is only allowed as the root schema of a response; use type 'string' with format 'binary' (or 'byte' for base64) here.",
    },
  },
  create(context) {
    return {
      schema(node) {
        const { value, role, depth } = node;
        const { type } = value;
        if (type !== 'file' && !(Array.isArray(type) && type.includes('file'))) return;
        // A definition may be used as a response root; only its nested schemas are certainly misplaced.
        if (depth === 0 && (role === 'response' || role === 'definition')) return;
        context.report({ messageId: 'misplaced', pointer: joinPointer(node.pointer, 'type') });
      },
    };
  },
});
