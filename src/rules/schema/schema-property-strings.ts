import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';

/** "watermark_removed", "watermarkRemoved" and "Watermark removed" all echo the key `watermark_removed`. */
function comparable(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) out += char;
  return out;
}

/** The text lower-cased with only its letters and digits, compared as it is read, so a long one that differs early costs little. */
function echoesByCase(description: string, name: string): boolean {
  const key = comparable(name);
  const text = description.toLowerCase();
  let matched = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (!((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9'))) continue;
    if (key[matched] !== char) return false;
    matched++;
  }
  return matched > 0 && matched === key.length;
}

const notAscii = -1;
const skipped = -2;

/** An ASCII letter (lower-cased) or digit as its code, `skipped` for other ASCII, `notAscii` beyond. */
function letterOrDigit(code: number): number {
  if (code >= 0x80) return notAscii;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? code : skipped;
}

/**
 * Whether the description's letters and digits are the name's, case aside. ASCII is compared code by code without
 * building strings; a non-ASCII character (whose lower case may be an ASCII letter) sends it to `echoesByCase`.
 */
function echoes(description: string, name: string): boolean {
  let at = 0;
  let matched = 0;
  for (let i = 0; i < description.length; i++) {
    const char = letterOrDigit(description.charCodeAt(i));
    if (char === skipped) continue;
    if (char === notAscii) return echoesByCase(description, name);
    let expected = skipped;
    while (expected === skipped && at < name.length) expected = letterOrDigit(name.charCodeAt(at++));
    if (expected === notAscii) return echoesByCase(description, name);
    if (expected !== char) return false;
    matched++;
  }
  for (; at < name.length; at++) {
    const rest = letterOrDigit(name.charCodeAt(at));
    if (rest === notAscii) return echoesByCase(description, name);
    if (rest !== skipped) return false;
  }
  return matched > 0;
}

/** At most this many names are listed in one message. */
const maxNames = 5;

export const docs: RuleDocs = {
  rationale:
    'The designer labels outputs and body fields with `x-ms-summary` and explains them with `description`. Reviewers ask for both, but most merged connectors leave some out, so this is information, reported once per object.',
  fix: 'Add `"x-ms-summary": "Watermark Removed"` and `"description": "Whether the watermark was removed."` to each property.',
  source:
    'Microsoft Learn, connector string guidance (responses); reviewer comment on PR#1286',
};

export default defineRule({
  meta: {
    id: 'schema-property-strings',
    area: 'schema',
    description: 'Schema properties have an `x-ms-summary` and a `description` that does more than repeat the property name.',
    severity: certification('info'),
    messages: {
      missing: 'Properties {names} of this schema lack an x-ms-summary or a description; give each a short Title Case x-ms-summary and a one-sentence description.',
      echoesName: "The description of property '{name}' only repeats its name; say what the value means.",
    },
  },
  create(context) {
    return {
      schema(node) {
        const properties = node.value.properties;
        if (!isObject(properties)) return;
        let shown: string[] | undefined; // the first names lacking strings, all the message lists
        let lacking = 0;
        for (const name in properties) {
          const property = properties[name];
          // A `$ref` property cannot carry strings beside it; its definition is judged where it is written.
          if (!isObject(property) || property.$ref !== undefined) continue;
          if (property['x-ms-summary'] === undefined || property.description === undefined) {
            if (lacking++ < maxNames) (shown ??= []).push(name);
          } else if (typeof property.description === 'string' && echoes(property.description, name)) {
            context.report({ messageId: 'echoesName', pointer: joinPointer(node.pointer, 'properties', name, 'description'), data: { name } });
          }
        }
        if (!shown) return;
        const names = shown.join(', ') + (lacking > maxNames ? ', ...' : '');
        context.report({ messageId: 'missing', pointer: joinPointer(node.pointer, 'properties'), data: { names } });
      },
    };
  },
});
