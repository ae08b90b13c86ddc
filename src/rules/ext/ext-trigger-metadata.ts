import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { show } from '../shared/extensions.js';

const expected: Record<string, string> = { kind: 'query', mode: 'polling' };

export const docs: RuleDocs = {
  rationale: 'The platform knows one kind of trigger metadata, for polling triggers: both keys are required with these values.',
  fix: 'Write `"x-ms-trigger-metadata": { "kind": "query", "mode": "polling" }`.',
  source: 'The repository schema apiDefinition.swagger.schema.json (x-ms-trigger-metadata).',
};

export default defineRule({
  meta: {
    id: 'ext-trigger-metadata',
    area: 'ext',
    description: '`x-ms-trigger-metadata` is `{ "kind": "query", "mode": "polling" }`.',
    severity: everywhere('error'),
    messages: {
      notObject: 'x-ms-trigger-metadata is {value}; write it as { "kind": "query", "mode": "polling" }.',
      wrongValue: "x-ms-trigger-metadata.{key} is {value}; it must be '{expected}'.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-trigger-metadata'(node) {
        const { value } = node;
        if (!isObject(value)) {
          context.report({ messageId: 'notObject', pointer: node.pointer, data: { value: show(value) } });
          return;
        }
        for (const [key, wanted] of Object.entries(expected)) {
          if (value[key] === wanted) continue;
          const at = value[key] === undefined ? node.pointer : joinPointer(node.pointer, key);
          context.report({ messageId: 'wrongValue', pointer: at, data: { key, value: value[key] === undefined ? 'missing' : show(value[key]), expected: wanted } });
        }
      },
    };
  },
});
