import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { show, unknownKeys } from '../shared/extensions.js';
import { quotedList } from '../../parse/wording.js';

const statuses = ['Preview', 'Production'];

export const docs: RuleDocs = {
  rationale: 'The annotation drives operation versioning and release status; the platform accepts only these keys and value types.',
  fix: 'Keep `family`, `revision`, `status` and `replacement` on operations, and only `status` on `info`.',
  source: 'Microsoft Learn, OpenAPI extensions and operational versioning (x-ms-api-annotation); the repository schema.',
};

export default defineRule({
  meta: {
    id: 'ext-api-annotation-shape',
    area: 'ext',
    description:
      "`x-ms-api-annotation` holds, on an operation, 'family' (string), 'revision' (integer ≥ 1), 'status' (Preview or Production) and 'replacement'; on `info`, only 'status'.",
    severity: everywhere('error'),
    messages: {
      notObject: 'x-ms-api-annotation is {value}; write it as an object.',
      unknownKey: "'{key}' is not allowed in x-ms-api-annotation {where}; use {allowed}.",
      family: 'x-ms-api-annotation.family is {value}; write the family name (usually the first operationId) as a string.',
      revision: 'x-ms-api-annotation.revision is {value}; write a whole number from 1.',
      status: "x-ms-api-annotation.status is {value}; use 'Preview' or 'Production'.",
      replacement: "x-ms-api-annotation.replacement is {value}; write an object with 'api' and 'operationId' strings.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-api-annotation'(node) {
        const { value, owner } = node;
        if ((owner !== 'operation' && owner !== 'info')) return;
        if (!isObject(value)) return context.report({ messageId: 'notObject', pointer: node.pointer, data: { value: show(value) } });
        const allowed = owner === 'info' ? ['status'] : ['family', 'revision', 'status', 'replacement'];
        for (const key of unknownKeys(value, allowed)) {
          const where = owner === 'info' ? 'on info' : 'on an operation';
          context.report({ messageId: 'unknownKey', pointer: joinPointer(node.pointer, key), target: 'key', data: { key, where, allowed: quotedList(allowed) } });
        }
        const at = (key: string) => joinPointer(node.pointer, key);
        if (value.status !== undefined && !statuses.includes(value.status as string)) context.report({ messageId: 'status', pointer: at('status'), data: { value: show(value.status) } });
        if (owner === 'info') return;
        if (value.family !== undefined && typeof value.family !== 'string') context.report({ messageId: 'family', pointer: at('family'), data: { value: show(value.family) } });
        const revision = value.revision;
        if (revision !== undefined && !(typeof revision === 'number' && Number.isInteger(revision) && revision >= 1)) {
          context.report({ messageId: 'revision', pointer: at('revision'), data: { value: show(revision) } });
        }
        const replacement = value.replacement;
        const replacementValid = isObject(replacement) && unknownKeys(replacement, ['api', 'operationId']).length === 0 && Object.values(replacement).every((v) => typeof v === 'string');
        if (replacement !== undefined && !replacementValid) context.report({ messageId: 'replacement', pointer: at('replacement'), data: { value: show(replacement) } });
      },
    };
  },
});
