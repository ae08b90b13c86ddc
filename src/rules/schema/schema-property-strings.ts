import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';

/** "watermark_removed", "watermarkRemoved" and "Watermark removed" all echo the key `watermark_removed`. */
function comparable(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) out += char;
  return out;
}

function echoes(description: string, name: string): boolean {
  // The description is compared as it is read, so a long one that differs early costs little.
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
        const shown: string[] = []; // the first names lacking strings, all the message lists
        let lacking = 0;
        for (const name of Object.keys(properties)) {
          const property = properties[name];
          // A `$ref` property cannot carry strings beside it; its definition is judged where it is written.
          if (!isObject(property) || property.$ref !== undefined) continue;
          if (property['x-ms-summary'] === undefined || property.description === undefined) {
            if (lacking++ < maxNames) shown.push(name);
          } else if (typeof property.description === 'string' && echoes(property.description, name)) {
            context.report({ messageId: 'echoesName', pointer: joinPointer(node.pointer, 'properties', name, 'description'), data: { name } });
          }
        }
        if (lacking === 0) return;
        const names = shown.join(', ') + (lacking > maxNames ? ', ...' : '');
        context.report({ messageId: 'missing', pointer: joinPointer(node.pointer, 'properties'), data: { names } });
      },
    };
  },
});
