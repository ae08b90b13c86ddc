import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { show, unknownKeys } from '../shared/extensions.js';

/** An absolute http(s) URL with a host. */
function isAbsoluteUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const docs: RuleDocs = {
  rationale: 'Documentation links are shown with the connector; each needs an absolute address and a label.',
  fix: 'List `{ "url": "https://...", "description": "..." }` objects, or remove the key.',
  source: 'The repository schema apiDefinition.swagger.schema.json (x-ms-docs).',
};

export default defineRule({
  meta: {
    id: 'ext-docs',
    area: 'ext',
    description: '`x-ms-docs` is a non-empty list of `{ url, description }`, each url absolute.',
    severity: everywhere('error'),
    messages: {
      notArray: 'x-ms-docs is {value}; write a list of { "url": ..., "description": ... } objects.',
      empty: 'x-ms-docs is empty; list at least one documentation link or remove it.',
      notObject: 'Item {index} of x-ms-docs is {value}; write { "url": ..., "description": ... }.',
      missing: "Item {index} of x-ms-docs has no '{key}'; add it.",
      notString: 'The {key} of item {index} is {value}; write it as a string.',
      notUrl: "The url '{url}' is not an absolute URL; write it in full, starting with https://.",
      unknownKey: "'{key}' is not part of an x-ms-docs item; keep only 'url' and 'description'.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-docs'(node) {
        const { value, owner } = node;
        if (owner !== 'root') return;
        if (!Array.isArray(value)) return context.report({ messageId: 'notArray', pointer: node.pointer, data: { value: show(value) } });
        if (value.length === 0) context.report({ messageId: 'empty', pointer: node.pointer });
        value.forEach((item, index) => {
          const at = joinPointer(node.pointer, index);
          if (!isObject(item)) return context.report({ messageId: 'notObject', pointer: at, data: { index, value: show(item) } });
          for (const key of unknownKeys(item, ['url', 'description'])) context.report({ messageId: 'unknownKey', pointer: joinPointer(at, key), target: 'key', data: { key } });
          for (const key of ['url', 'description']) {
            if (item[key] === undefined) context.report({ messageId: 'missing', pointer: at, data: { index, key } });
            else if (typeof item[key] !== 'string') context.report({ messageId: 'notString', pointer: joinPointer(at, key), data: { index, key, value: show(item[key]) } });
          }
          if (typeof item.url === 'string' && !isAbsoluteUrl(item.url)) context.report({ messageId: 'notUrl', pointer: joinPointer(at, 'url'), data: { url: item.url } });
        });
      },
    };
  },
});
