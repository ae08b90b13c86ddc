import type { ExtensionNode } from '../../core/nodes.js';
import { parsePointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { findWord } from '../shared/words.js';
import { declaredType, fitsType, jsonTypeOf } from '../shared/schemas.js';

const scalarTypes = ['string', 'number', 'integer', 'boolean'];
/** Words in an input's name that say it holds a credential. */
const secretWords = ['password', 'passwd', 'secret', 'token', 'apikey', 'api key', 'api_key', 'api-key', 'credential', 'credentials'];

/** The name of the input holding the extension: the parameter name, or the property name of a schema. */
function inputName({ owner, ownerValue, ownerPointer }: ExtensionNode): string {
  if (owner === 'parameter') return typeof ownerValue.name === 'string' ? ownerValue.name : '';
  const segments = parsePointer(ownerPointer) ?? [];
  return segments[segments.length - 2] === 'properties' ? segments.at(-1)! : '';
}

/** "someone@example.com": an at sign with text before it and a dotted domain after it, no spaces. */
function looksLikeEmail(text: string): boolean {
  const at = text.indexOf('@');
  const dot = text.lastIndexOf('.');
  return at > 0 && dot > at + 1 && dot < text.length - 1 && !/\s/.test(text);
}

export const docs: RuleDocs = {
  rationale:
    'Test values are published with the connector and used to run its operations; they must be valid and must not leak secrets or personal data. Whether a value is secret can only be guessed, so this is a warning.',
  fix: 'Use a harmless example of the right type, and no test value at all for keys, tokens and passwords.',
  source: 'The repository schema apiDefinition.swagger.schema.json.',
};

export default defineRule({
  meta: {
    id: 'ext-test-value',
    area: 'ext',
    description: '`x-ms-test-value` fits the input\'s type and holds no credential or personal data.',
    severity: certification('warning'),
    messages: {
      typeMismatch: "The test value is of type '{actual}' but the input is of type '{type}'; give a value of that type.",
      secret: "The input '{name}' holds a credential, so its test value would publish one; remove the x-ms-test-value.",
      personal: 'The test value looks like an e-mail address; use a placeholder such as someone@example.com instead of real personal data.',
    },
  },
  create(context) {
    return {
      'extension:x-ms-test-value'(node) {
        const { value, ownerValue } = node;
        const type = declaredType(ownerValue);
        if (type && scalarTypes.includes(type) && !fitsType(value, type)) context.report({ messageId: 'typeMismatch', pointer: node.pointer, data: { actual: jsonTypeOf(value), type } });
        const input = inputName(node);
        const words = input.replace(/([a-z])([A-Z])/g, '$1 $2');
        if (ownerValue.format === 'password' || secretWords.some((word) => findWord(words, word))) {
          context.report({ messageId: 'secret', pointer: node.pointer, data: { name: input || 'this input' } });
        } else if (typeof value === 'string' && looksLikeEmail(value) && !value.toLowerCase().endsWith('example.com')) {
          context.report({ messageId: 'personal', pointer: node.pointer });
        }
      },
    };
  },
});
