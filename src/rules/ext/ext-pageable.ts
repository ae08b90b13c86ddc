import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { show, unknownKeys } from '../shared/extensions.js';

const nextLinkNames = ['nextLink', '@odata.nextLink'];

export const docs: RuleDocs = {
  rationale: 'The platform follows the next-page link at the named property of the response; it recognises two names only.',
  fix: "Set `nextLinkName` to `@odata.nextLink` or `nextLink` (case matters), and add the `updatenextlink` policy template if the link must be routed through the connector.",
  source: 'Microsoft Learn, Swagger Validator rule InvalidNextLinkNameValue; the repository schema (x-ms-pageable).',
};

export default defineRule({
  meta: {
    id: 'ext-pageable',
    area: 'ext',
    description: "`x-ms-pageable` is `{ \"nextLinkName\": ... }` with 'nextLink' or '@odata.nextLink'.",
    severity: everywhere('error'),
    messages: {
      notObject: 'x-ms-pageable is {value}; write { "nextLinkName": "@odata.nextLink" } (or "nextLink").',
      missing: "x-ms-pageable has no 'nextLinkName'; add \"nextLinkName\": \"@odata.nextLink\" (or \"nextLink\").",
      invalid: "nextLinkName is {value}; the platform supports only 'nextLink' and '@odata.nextLink'.",
      unknownKey: "'{key}' is not part of x-ms-pageable; keep only 'nextLinkName'.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-pageable'(node) {
        const { value } = node;
        if (!isObject(value)) return context.report({ messageId: 'notObject', pointer: node.pointer, data: { value: show(value) } });
        for (const key of unknownKeys(value, ['nextLinkName'])) context.report({ messageId: 'unknownKey', pointer: joinPointer(node.pointer, key), target: 'key', data: { key } });
        if (value.nextLinkName === undefined) context.report({ messageId: 'missing', pointer: node.pointer });
        else if (!nextLinkNames.includes(value.nextLinkName as string)) {
          context.report({ messageId: 'invalid', pointer: joinPointer(node.pointer, 'nextLinkName'), data: { value: show(value.nextLinkName) } });
        }
      },
    };
  },
});
