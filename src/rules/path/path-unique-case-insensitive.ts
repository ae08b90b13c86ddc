import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';

export const docs: RuleDocs = {
  rationale: 'The platform matches paths without regard to case, so two keys that differ only in case are one path defined twice; the import fails.',
  fix: 'Put the operations of both keys under one path key.',
  source: "Swagger Validator PathRedefined, also reported by the platform at import (microsoft/powerapps-tools#222).",
};

export default defineRule({
  meta: {
    id: 'path-unique-case-insensitive',
    area: 'path',
    description: 'No two paths differ only in letter case.',
    severity: everywhere('error'),
    messages: {
      redefined: "The path '{path}' differs only in letter case from '{other}'; the platform compares paths case-insensitively, so merge their operations under one path.",
    },
  },
  create(context) {
    const seen = new Map<string, string>();
    return {
      pathItem(node) {
        const { path } = node;
        const other = seen.get(path.toLowerCase());
        if (other === undefined) seen.set(path.toLowerCase(), path);
        else context.report({ messageId: 'redefined', pointer: node.pointer, target: 'key', data: { path: clip(path), other: clip(other) } });
      },
    };
  },
});
