import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { declaredType } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'The dictionary editor lets users add key/value pairs, which only an object with additional properties can hold.',
  fix: 'Set `"type": "object"` and `"additionalProperties": { "type": "string" }` (or the value schema), or remove the editor.',
  source: 'Microsoft Learn, Swagger Validator rule InvalidCustomEditorExtensionDictionaryValue.',
};

export default defineRule({
  meta: {
    id: 'ext-editor-dictionary',
    area: 'ext',
    description: "`x-ms-editor: \"dictionary\"` appears only on object schemas that allow additional properties.",
    severity: everywhere('error'),
    messages: {
      notDictionary: "x-ms-editor 'dictionary' needs an object schema that allows additional properties; {problem}.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-editor'(node) {
        const { value, ownerValue } = node;
        if (value !== 'dictionary') return;
        const type = declaredType(ownerValue);
        const problem =
          type !== 'object' ? `this schema's type is ${type === undefined ? 'not given' : `'${type}'`}` : ownerValue.additionalProperties === false ? 'this one sets additionalProperties to false' : undefined;
        if (problem) context.report({ messageId: 'notDictionary', pointer: node.pointer, data: { problem } });
      },
    };
  },
});
