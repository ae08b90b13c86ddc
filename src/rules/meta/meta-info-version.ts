import { hasOwn } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { infoOf } from '../shared/info.js';

export const docs: RuleDocs = {
  rationale: 'Swagger 2.0 requires `info.version` next to `info.title`; the Power Platform schema rejects a definition without it.',
  fix: 'Add `"version": "1.0"` to `info` (a string). A wrong type is reported by meta-json-types.',
  source: 'Swagger 2.0 specification (Info Object: version is required); microsoft/PowerPlatformConnectors schemas/apiDefinition.swagger.schema.json (info.required: version, title).',
};

export default defineRule({
  meta: {
    id: 'meta-info-version',
    area: 'meta',
    description: 'The definition has a non-empty `info.version`.',
    severity: everywhere('error'),
    messages: {
      missing: "The definition has no info.version; add a version such as '1.0'.",
      empty: "info.version is empty; set it to a version such as '1.0'.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const info = infoOf(value);
        if (!info) return;
        if (!hasOwn(info, 'version')) context.report({ messageId: 'missing', pointer: '/info' });
        else if (typeof info.version === 'string' && info.version.trim() === '') context.report({ messageId: 'empty', pointer: '/info/version' });
      },
    };
  },
});
