import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { entries, isObject } from '../../core/walk.js';
import { show, unknownKeys } from '../shared/extensions.js';

const treeKeys = ['settings', 'open', 'browse'];

export const docs: RuleDocs = {
  rationale: 'The file picker walks a tree of folders with the `open` and `browse` calls of x-ms-dynamic-tree; without them it cannot show anything.',
  fix: 'Add `x-ms-dynamic-tree` with `settings`, `open` and `browse`, and keep `selectedItemValuePath` inside `browse`.',
  source: 'Microsoft Learn, Swagger Validator rules DynamicTreeExtensionMissing and SelectedItemValuePathNotAllowedInThisPosition; the repository schema.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-tree',
    area: 'ext',
    description:
      "A file-picker input defines `x-ms-dynamic-tree` ('settings', 'open', 'browse' objects), and 'selectedItemValuePath' appears only in its 'browse' call.",
    severity: everywhere('error'),
    messages: {
      treeMissing: "This input uses the file-picker capability but has no x-ms-dynamic-tree; add one with the 'open' and 'browse' calls.",
      notObject: '{key} is {value}; write it as an object.',
      unknownKey: "'{key}' is not part of x-ms-dynamic-tree; use 'settings', 'open' or 'browse'.",
      selectedItemValuePath: "'selectedItemValuePath' is only allowed in the 'browse' call of x-ms-dynamic-tree; move it there.",
    },
  },
  create(context) {
    const misplacedPath = (holder: unknown, at: string) => {
      if (isObject(holder) && holder.selectedItemValuePath !== undefined) {
        context.report({ messageId: 'selectedItemValuePath', pointer: joinPointer(at, 'selectedItemValuePath'), target: 'key' });
      }
    };
    return {
      'extension:x-ms-dynamic-values'(node) {
        const { value, ownerValue, ownerPointer } = node;
        misplacedPath(value, node.pointer);
        if (isObject(value) && value.capability === 'file-picker' && ownerValue['x-ms-dynamic-tree'] === undefined) {
          context.report({ messageId: 'treeMissing', pointer: ownerPointer });
        }
      },
      'extension:x-ms-dynamic-list'(node) {
        misplacedPath(node.value, node.pointer);
      },
      'extension:x-ms-dynamic-tree'(node) {
        const { name, value } = node;
        if (!isObject(value)) return context.report({ messageId: 'notObject', pointer: node.pointer, data: { key: name, value: show(value) } });
        for (const key of unknownKeys(value, treeKeys)) context.report({ messageId: 'unknownKey', pointer: joinPointer(node.pointer, key), target: 'key', data: { key } });
        for (const [key, part] of entries(value)) {
          if (!treeKeys.includes(key)) continue;
          const at = joinPointer(node.pointer, key);
          if (!isObject(part)) context.report({ messageId: 'notObject', pointer: at, data: { key: `x-ms-dynamic-tree.${key}`, value: show(part) } });
          else if (key !== 'browse') misplacedPath(part, at);
        }
      },
    };
  },
});
